/**
 * Typed access to stored settings and counts. Settings live in storage.sync under "settings",
 * counts in storage.local under "counts"; both are validated on every read. No text is ever stored.
 */
import browser from 'webextension-polyfill';
import { SITES, siteForHost, type SiteEntry } from '../sites';
import { validateCounts, validateSettings } from './schema';
import { hostCovers } from './site-input';
import type { Counts, CustomSite, Settings } from './types';

export { weekSummary } from './counts';

export const SETTINGS_KEY = 'settings';
export const COUNTS_KEY = 'counts';

export async function loadSettings(): Promise<Settings> {
  const stored = await browser.storage.sync.get(SETTINGS_KEY);
  return validateSettings(stored[SETTINGS_KEY]);
}

/** Updates run one after another in this context, so two quick changes never overwrite each other. */
let settingsWrites: Promise<unknown> = Promise.resolve();

/**
 * Reads the settings, applies `change` and writes the validated result, which also repairs anything
 * damaged in storage. Rejects if storage refuses the write (for example a sync quota).
 */
export function updateSettings(change: (settings: Settings) => Settings): Promise<Settings> {
  const write = settingsWrites.then(async () => {
    const next = validateSettings(change(await loadSettings()));
    await browser.storage.sync.set({ [SETTINGS_KEY]: next });
    return next;
  });
  settingsWrites = write.catch(() => undefined);
  return write;
}

/** Calls `listener` with the validated settings whenever they change in any context, until `signal` aborts. */
export function onSettingsChanged(listener: (settings: Settings) => void, signal?: AbortSignal): void {
  if (signal?.aborted) return;
  const handle = (changes: Record<string, browser.Storage.StorageChange>, area: string): void => {
    const change = changes[SETTINGS_KEY];
    if (area !== 'sync' || !change) return;
    listener(validateSettings(change.newValue));
  };
  browser.storage.onChanged.addListener(handle);
  signal?.addEventListener('abort', () => browser.storage.onChanged.removeListener(handle), { once: true });
}

export async function loadCounts(): Promise<Counts> {
  const stored = await browser.storage.local.get(COUNTS_KEY);
  return validateCounts(stored[COUNTS_KEY]);
}

export async function resetCounts(): Promise<void> {
  await browser.storage.local.remove(COUNTS_KEY);
}

/** Calls `listener` with the validated counts whenever they change, until `signal` aborts. */
export function onCountsChanged(listener: (counts: Counts) => void, signal?: AbortSignal): void {
  if (signal?.aborted) return;
  const handle = (changes: Record<string, browser.Storage.StorageChange>, area: string): void => {
    const change = changes[COUNTS_KEY];
    if (area !== 'local' || !change) return;
    listener(validateCounts(change.newValue));
  };
  browser.storage.onChanged.addListener(handle);
  signal?.addEventListener('abort', () => browser.storage.onChanged.removeListener(handle), { once: true });
}

export function isSnoozed(settings: Settings, now: number = Date.now()): boolean {
  return settings.snoozeUntil > now;
}

export interface Coverage {
  site?: SiteEntry;
  custom?: CustomSite;
  /** Whether Attune should be active on the host (ignoring snooze). */
  enabled: boolean;
}

/**
 * What covers `host`: a catalogue site (which wins when a custom wildcard also matches it) or a custom site.
 * "www." is not stripped: coverage matches exactly what the manifest and registered patterns cover.
 */
export function coverageFor(settings: Settings, host: string): Coverage {
  const normalized = host.toLowerCase();
  const site = siteForHost(normalized);
  if (site) return { site, enabled: settings.sites[site.id] !== false };
  const custom =
    settings.customSites.find((entry) => entry.host === normalized) ??
    settings.customSites.find((entry) => hostCovers(entry.host, normalized));
  if (custom) return { custom, enabled: custom.enabled };
  return { enabled: false };
}

export function setCatalogueSiteEnabled(id: string, enabled: boolean): Promise<Settings> {
  if (!SITES.some((site) => site.id === id)) return loadSettings();
  return updateSettings((settings) => ({ ...settings, sites: { ...settings.sites, [id]: enabled } }));
}

const HOUR = 60 * 60 * 1000;

/** The next local 06:00 after `now`: "until tomorrow" means until the morning. */
export function nextMorning(now: number): number {
  const morning = new Date(now);
  morning.setHours(6, 0, 0, 0);
  if (morning.getTime() <= now) morning.setDate(morning.getDate() + 1);
  return morning.getTime();
}

/** The next time the local clock shows `hours`:`minutes` after `now` (today or tomorrow). */
export function nextTimeOfDay(hours: number, minutes: number, now: number): number {
  const time = new Date(now);
  time.setHours(hours, minutes, 0, 0);
  if (time.getTime() <= now) time.setDate(time.getDate() + 1);
  return time.getTime();
}

export function snoozeUntil(until: number): Promise<Settings> {
  return updateSettings((settings) => ({ ...settings, snoozeUntil: Math.max(0, until) }));
}

export function snoozeFor(ms: number, now: number = Date.now()): Promise<Settings> {
  return snoozeUntil(now + ms);
}

export function snoozeForAnHour(now: number = Date.now()): Promise<Settings> {
  return snoozeFor(HOUR, now);
}

export function snoozeUntilTomorrow(now: number = Date.now()): Promise<Settings> {
  return snoozeUntil(nextMorning(now));
}

export function cancelSnooze(): Promise<Settings> {
  return snoozeUntil(0);
}
