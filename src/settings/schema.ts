/**
 * The settings schema: defaults, migrations from older stored shapes, and validation that never throws.
 * Every read goes through `validateSettings`, so stored data is never trusted as it is.
 */
import { SENSITIVITIES, type Sensitivity } from '../analysis/types';
import { SITES } from '../sites';
import { BREATHING_PATTERN_IDS, PAUSE_MODES } from './choices';
import { COUNTS_KEEP_DAYS, PAUSE_OUTCOMES, emptyDay, type DayCounts } from './counts';
import { MAX_CUSTOM_SITES, isPatternForHost, isValidHost, patternForHost } from './site-input';
import type { Counts, CustomSite, Settings } from './types';

export const SETTINGS_VERSION = 1;

export const MIN_BREATHS = 1;
export const MAX_BREATHS = 10;

/** Frozen all the way down, so no caller can change the defaults by accident. */
export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  version: SETTINGS_VERSION,
  sites: Object.freeze(Object.fromEntries(SITES.map((site) => [site.id, true]))),
  customSites: Object.freeze([]) as unknown as CustomSite[],
  sensitivity: 'balanced',
  mode: 'pause',
  breathing: Object.freeze({ pattern: 'cyclic-sighing', breaths: 3 }),
  snoozeUntil: 0,
  onDeviceReplies: false,
});

/** A fresh, mutable copy of the defaults. */
export function defaultSettings(): Settings {
  return structuredClone(DEFAULT_SETTINGS) as Settings;
}

type Raw = Record<string, unknown>;

function isRecord(value: unknown): value is Raw {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function oneOf<T extends string>(value: unknown, allowed: readonly T[], fallback: T): T {
  return typeof value === 'string' && (allowed as readonly string[]).includes(value) ? (value as T) : fallback;
}

/**
 * Version 0 is the pre-release format, kept only so early testers' settings carry over:
 * `{ enabled: { [siteId]: boolean }, sensitivity: 'low' | 'medium' | 'high', pauseBeforeSend?: boolean,
 *    breaths?: number, customHosts?: string[] }` with no `version` key.
 */
function migrateV0(raw: Raw): Raw {
  const sensitivityV0: Record<string, Sensitivity> = { low: 'gentle', medium: 'balanced', high: 'strict' };
  const customHosts = Array.isArray(raw.customHosts) ? raw.customHosts : [];
  return {
    version: 1,
    sites: raw.enabled,
    customSites: customHosts
      .filter((host): host is string => typeof host === 'string')
      .map((host) => ({ host, pattern: patternForHost(host), enabled: true })),
    sensitivity: typeof raw.sensitivity === 'string' ? sensitivityV0[raw.sensitivity] : undefined,
    mode: raw.pauseBeforeSend === false ? 'nudge' : 'pause',
    breathing: { breaths: raw.breaths },
    snoozeUntil: 0,
  };
}

/** Migration from version N to N + 1, indexed by N. */
const MIGRATIONS: Record<number, (raw: Raw) => Raw> = { 0: migrateV0 };

function storedVersion(raw: Raw): number {
  if (typeof raw.version === 'number' && Number.isInteger(raw.version) && raw.version >= 0) return raw.version;
  // No version: the pre-release format if it has its telltale key, otherwise a damaged current one.
  return 'enabled' in raw ? 0 : SETTINGS_VERSION;
}

/** Brings any older stored shape up to the current version's shape (not yet validated). */
export function migrateSettings(raw: unknown): unknown {
  if (!isRecord(raw)) return raw;
  let current = raw;
  for (let version = storedVersion(raw); version < SETTINGS_VERSION; version++) {
    const migrate = MIGRATIONS[version];
    if (!migrate) break;
    current = migrate(current);
  }
  return current;
}

function validateSites(raw: unknown): Record<string, boolean> {
  const stored = isRecord(raw) ? raw : {};
  return Object.fromEntries(
    SITES.map((site): [string, boolean] => {
      const value = stored[site.id];
      return [site.id, typeof value === 'boolean' ? value : true];
    }),
  );
}

function validateCustomSites(raw: unknown): CustomSite[] {
  if (!Array.isArray(raw)) return [];
  const sites: CustomSite[] = [];
  // Bounded work even if storage holds a huge array.
  for (const entry of raw.slice(0, MAX_CUSTOM_SITES * 4)) {
    if (sites.length >= MAX_CUSTOM_SITES) break;
    if (!isRecord(entry) || typeof entry.host !== 'string') continue;
    const host = entry.host.toLowerCase();
    if (!isValidHost(host) || SITES.some((site) => site.hosts.includes(host))) continue;
    if (sites.some((site) => site.host === host)) continue;
    const pattern =
      typeof entry.pattern === 'string' && isPatternForHost(entry.pattern, host) ? entry.pattern : patternForHost(host);
    sites.push({ host, pattern, enabled: typeof entry.enabled === 'boolean' ? entry.enabled : true });
  }
  return sites;
}

function validateBreaths(raw: unknown): number {
  if (typeof raw !== 'number' || !Number.isFinite(raw)) return DEFAULT_SETTINGS.breathing.breaths;
  return Math.min(MAX_BREATHS, Math.max(MIN_BREATHS, Math.round(raw)));
}

/** Settings as stored, made safe: never throws; anything missing, unknown or damaged becomes its default. */
export function validateSettings(raw: unknown): Settings {
  const migrated = migrateSettings(raw);
  const stored = isRecord(migrated) ? migrated : {};
  const breathing = isRecord(stored.breathing) ? stored.breathing : {};
  const snoozeUntil = stored.snoozeUntil;
  return {
    version: SETTINGS_VERSION,
    sites: validateSites(stored.sites),
    customSites: validateCustomSites(stored.customSites),
    sensitivity: oneOf(stored.sensitivity, SENSITIVITIES, DEFAULT_SETTINGS.sensitivity),
    mode: oneOf(stored.mode, PAUSE_MODES, DEFAULT_SETTINGS.mode),
    breathing: {
      pattern: oneOf(breathing.pattern, BREATHING_PATTERN_IDS, DEFAULT_SETTINGS.breathing.pattern),
      breaths: validateBreaths(breathing.breaths),
    },
    snoozeUntil: typeof snoozeUntil === 'number' && Number.isFinite(snoozeUntil) && snoozeUntil >= 0 ? snoozeUntil : 0,
    // Added within version 1: settings stored before it, or damaged, read as off.
    onDeviceReplies: stored.onDeviceReplies === true,
  };
}

const DAY_KEY = /^\d{4}-\d{2}-\d{2}$/;

function validateCount(raw: unknown): number {
  return typeof raw === 'number' && Number.isFinite(raw) && raw >= 0 ? Math.floor(raw) : 0;
}

/** Counts as stored, made safe: only well-formed days, only non-negative whole numbers, newest days only. */
export function validateCounts(raw: unknown): Counts {
  if (!isRecord(raw)) return {};
  const days = Object.keys(raw)
    .filter((key) => DAY_KEY.test(key))
    .sort()
    .slice(-COUNTS_KEEP_DAYS);
  const counts: Counts = {};
  for (const day of days) {
    const stored = raw[day];
    if (!isRecord(stored)) continue;
    const dayCounts: DayCounts = emptyDay();
    for (const outcome of PAUSE_OUTCOMES) dayCounts[outcome] = validateCount(stored[outcome]);
    counts[day] = dayCounts;
  }
  return counts;
}

/** Larger than any real settings file; a bigger one is refused unread. */
export const MAX_SETTINGS_FILE_BYTES = 100_000;

/** Settings from an exported file, or null if it is not one (not JSON, not an object, or without a version). */
export function parseSettingsFile(text: string): Settings | null {
  if (text.length > MAX_SETTINGS_FILE_BYTES) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return null;
  }
  if (!isRecord(parsed) || !(typeof parsed.version === 'number' || 'enabled' in parsed)) return null;
  return validateSettings(parsed);
}
