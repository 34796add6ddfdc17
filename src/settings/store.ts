/**
 * Typed access to stored settings and counts. Settings live in storage.sync under "settings",
 * counts in storage.local under "counts"; both are validated on every read. No text is ever stored.
 */
import { extensionApi, type StorageChange } from '../extension-api';
import { SITES, siteForHost, type SiteEntry } from '../sites';
import { validateCounts, validateSettings } from './schema';
import { hostCovers } from './site-input';
import type { Counts, CustomSite, Settings } from './types';

export { weekSummary } from './counts';

export const SETTINGS_KEY = 'settings';
export const COUNTS_KEY = 'counts';

type AreaName = 'sync' | 'local';

/** One value in storage, typed by its validator: every read and every change goes through it. */
interface StoredItem<T> {
  get(): Promise<T>;
  /** Calls `listener` with the validated value whenever it changes in any context, until `signal` aborts. */
  onChanged(listener: (value: T) => void, signal?: AbortSignal): void;
}

// Not webext-storage: its items hand back stored data cast to their type, unvalidated, so it would need the
// validation wrapped around it anyway. The store runs in the content script too, so it uses no polyfill.
function storedItem<T>(area: AreaName, key: string, validate: (raw: unknown) => T): StoredItem<T> {
  return {
    async get() {
      const stored = await extensionApi().storage[area].get(key);
      return validate(stored[key]);
    },
    onChanged(listener, signal) {
      if (signal?.aborted) return;
      const handle = (changes: Record<string, StorageChange>, changedArea: string): void => {
        const change = changes[key];
        if (changedArea !== area || !change) return;
        listener(validate(change.newValue));
      };
      const { onChanged } = extensionApi().storage;
      onChanged.addListener(handle);
      signal?.addEventListener('abort', () => onChanged.removeListener(handle), { once: true });
    },
  };
}

// Marked pure so a bundle that never reads an item leaves it and its validator out (content.js reads no counts).
const settingsItem = /* @__PURE__ */ storedItem('sync', SETTINGS_KEY, validateSettings);
const countsItem = /* @__PURE__ */ storedItem('local', COUNTS_KEY, validateCounts);

export function loadSettings(): Promise<Settings> {
  return settingsItem.get();
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
    await extensionApi().storage.sync.set({ [SETTINGS_KEY]: next });
    return next;
  });
  settingsWrites = write.catch(() => undefined);
  return write;
}

/** Calls `listener` with the validated settings whenever they change in any context, until `signal` aborts. */
export function onSettingsChanged(listener: (settings: Settings) => void, signal?: AbortSignal): void {
  settingsItem.onChanged(listener, signal);
}

export function loadCounts(): Promise<Counts> {
  return countsItem.get();
}

export async function resetCounts(): Promise<void> {
  await extensionApi().storage.local.remove(COUNTS_KEY);
}

/** Calls `listener` with the validated counts whenever they change, until `signal` aborts. */
export function onCountsChanged(listener: (counts: Counts) => void, signal?: AbortSignal): void {
  countsItem.onChanged(listener, signal);
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
