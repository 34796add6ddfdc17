import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fake } from './fake-browser';
import {
  cancelSnooze,
  coverageFor,
  isSnoozed,
  loadCounts,
  loadSettings,
  nextMorning,
  onCountsChanged,
  onSettingsChanged,
  resetCounts,
  setCatalogueSiteEnabled,
  snoozeFor,
  snoozeUntilTomorrow,
  updateSettings,
} from '../../src/settings/store';
import { DEFAULT_SETTINGS, validateSettings } from '../../src/settings/schema';
import { MAX_CUSTOM_SITES } from '../../src/settings/site-input';
import type { Counts, Settings } from '../../src/settings/types';

vi.mock('webextension-polyfill', async () => ({ default: (await import('./fake-browser')).fakeBrowser }));

beforeEach(() => fake.reset());

describe('settings store', () => {
  it('reads the defaults from empty storage', async () => {
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('round-trips a change through storage.sync under "settings"', async () => {
    await updateSettings((settings) => ({ ...settings, sensitivity: 'strict', mode: 'nudge' }));
    expect(fake.sync.data.get('settings')).toMatchObject({ version: 1, sensitivity: 'strict', mode: 'nudge' });
    const loaded = await loadSettings();
    expect(loaded.sensitivity).toBe('strict');
    expect(loaded.mode).toBe('nudge');
    expect(fake.local.data.has('settings')).toBe(false);
  });

  it('reads garbage in storage as the defaults and repairs it on the next write', async () => {
    fake.sync.data.set('settings', { version: 1, sensitivity: ['x'], breathing: 'deep', junk: 'y'.repeat(10_000) });
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
    await updateSettings((settings) => ({ ...settings, mode: 'nudge' }));
    expect(fake.sync.data.get('settings')).toEqual({ ...DEFAULT_SETTINGS, mode: 'nudge' });
  });

  it('validates what a change returns before writing it', async () => {
    await updateSettings((settings) => ({ ...settings, breathing: { pattern: 'box', breaths: 99 } }));
    expect((fake.sync.data.get('settings') as Settings).breathing).toEqual({ pattern: 'box', breaths: 10 });
  });

  it('applies quick successive changes one after another without losing any', async () => {
    await Promise.all([
      setCatalogueSiteEnabled('discord', false),
      setCatalogueSiteEnabled('slack', false),
      updateSettings((settings) => ({ ...settings, sensitivity: 'gentle' })),
    ]);
    const settings = await loadSettings();
    expect(settings.sites.discord).toBe(false);
    expect(settings.sites.slack).toBe(false);
    expect(settings.sensitivity).toBe('gentle');
  });

  it('rejects when storage refuses the write, and later writes still work', async () => {
    fake.sync.failWrites = new Error('QUOTA_BYTES quota exceeded');
    await expect(updateSettings((settings) => ({ ...settings, mode: 'nudge' }))).rejects.toThrow('QUOTA');
    fake.sync.failWrites = undefined;
    await expect(updateSettings((settings) => ({ ...settings, mode: 'nudge' }))).resolves.toMatchObject({ mode: 'nudge' });
  });

  it(`fits ${MAX_CUSTOM_SITES} long custom hosts within storage.sync's 8 KB per-item quota`, async () => {
    const customSites = Array.from({ length: MAX_CUSTOM_SITES }, (_, index) => {
      const host = `team-${index}.chat.example.org`;
      return { host, pattern: `https://${host}/*`, enabled: true };
    });
    await expect(updateSettings((settings) => ({ ...settings, customSites }))).resolves.toBeTruthy();
    expect((await loadSettings()).customSites).toHaveLength(MAX_CUSTOM_SITES);
  });

  it('tells listeners about changes with validated settings, and stops when the signal aborts', async () => {
    const seen: Settings[] = [];
    const controller = new AbortController();
    onSettingsChanged((settings) => seen.push(settings), controller.signal);
    await updateSettings((settings) => ({ ...settings, sensitivity: 'strict' }));
    await fake.sync.set({ settings: { version: 1, sensitivity: 'loud', breathing: { breaths: -3 } } });
    await fake.local.set({ settings: { version: 1, sensitivity: 'gentle' } });
    await fake.settle();
    expect(seen.map((settings) => settings.sensitivity)).toEqual(['strict', 'balanced']);
    expect(seen[1]).toEqual(validateSettings({ version: 1, breathing: { breaths: -3 } }));

    controller.abort();
    await updateSettings((settings) => ({ ...settings, sensitivity: 'gentle' }));
    await fake.settle();
    expect(seen).toHaveLength(2);
  });

  it('delivers the defaults when the settings are removed from storage', async () => {
    await updateSettings((settings) => ({ ...settings, sensitivity: 'strict' }));
    await fake.settle();
    const seen: Settings[] = [];
    onSettingsChanged((settings) => seen.push(settings));
    await fake.sync.clear();
    await fake.settle();
    expect(seen).toEqual([DEFAULT_SETTINGS]);
  });
});

describe('counts in storage', () => {
  it('loads validated counts from storage.local and resets them', async () => {
    fake.local.data.set('counts', { '2025-06-15': { paused: 3, reframed: 'x' }, nonsense: 1 });
    expect(await loadCounts()).toEqual({ '2025-06-15': { paused: 3, reframed: 0, sentAnyway: 0, keptEditing: 0 } });
    await resetCounts();
    expect(await loadCounts()).toEqual({});
    expect(fake.local.data.has('counts')).toBe(false);
  });

  it('tells listeners about counts changed in storage.local only, validated, empty once reset, until the signal aborts', async () => {
    const seen: Counts[] = [];
    const controller = new AbortController();
    onCountsChanged((counts) => seen.push(counts), controller.signal);
    await fake.local.set({ counts: { '2025-06-15': { paused: 2, sentAnyway: -1 }, later: { paused: 1 } } });
    await fake.sync.set({ counts: { '2025-06-16': { paused: 5 } } });
    await resetCounts();
    await fake.settle();
    expect(seen).toEqual([{ '2025-06-15': { paused: 2, reframed: 0, sentAnyway: 0, keptEditing: 0 } }, {}]);

    controller.abort();
    await fake.local.set({ counts: { '2025-06-17': { paused: 1 } } });
    await fake.settle();
    expect(seen).toHaveLength(2);
  });
});

describe('coverage', () => {
  const settings = validateSettings({
    version: 1,
    sites: { slack: false },
    customSites: [
      { host: 'chat.example.org', pattern: 'https://chat.example.org/*', enabled: true },
      { host: 'off.example.net', pattern: 'https://off.example.net/*', enabled: false },
      { host: '*.google.com', pattern: 'https://*.google.com/*', enabled: true },
    ],
  });

  it('reports a catalogue site and whether it is switched on', () => {
    expect(coverageFor(settings, 'discord.com')).toMatchObject({ site: { id: 'discord' }, enabled: true });
    expect(coverageFor(settings, 'APP.SLACK.COM')).toMatchObject({ site: { id: 'slack' }, enabled: false });
  });

  it('lets a catalogue site win over a custom wildcard that also matches it', () => {
    const coverage = coverageFor(settings, 'mail.google.com');
    expect(coverage.site?.id).toBe('gmail');
    expect(coverage.custom).toBeUndefined();
  });

  it('reports custom sites, wildcards included, and whether they are on', () => {
    expect(coverageFor(settings, 'chat.example.org')).toMatchObject({ custom: { host: 'chat.example.org' }, enabled: true });
    expect(coverageFor(settings, 'off.example.net').enabled).toBe(false);
    expect(coverageFor(settings, 'docs.google.com')).toMatchObject({ custom: { host: '*.google.com' }, enabled: true });
  });

  it('does not strip "www.": only what the patterns cover counts', () => {
    expect(coverageFor(settings, 'www.chat.example.org')).toEqual({ enabled: false });
    expect(coverageFor(settings, 'www.discord.com')).toEqual({ enabled: false });
  });
});

describe('snooze', () => {
  it('is snoozed only while snoozeUntil is in the future', () => {
    const settings = validateSettings({ version: 1, snoozeUntil: 2_000 });
    expect(isSnoozed(settings, 1_999)).toBe(true);
    expect(isSnoozed(settings, 2_000)).toBe(false);
    expect(isSnoozed(DEFAULT_SETTINGS, 0)).toBe(false);
  });

  it('snoozes for a duration, until the next morning, and resumes', async () => {
    const now = new Date(2025, 5, 15, 22, 30).getTime();
    expect((await snoozeFor(60 * 60 * 1000, now)).snoozeUntil).toBe(now + 60 * 60 * 1000);
    const tomorrow = await snoozeUntilTomorrow(now);
    expect(new Date(tomorrow.snoozeUntil)).toEqual(new Date(2025, 5, 16, 6, 0));
    expect((await cancelSnooze()).snoozeUntil).toBe(0);
    expect(isSnoozed(await loadSettings())).toBe(false);
  });

  it('treats the small hours as still before tomorrow morning', () => {
    const lateNight = new Date(2025, 5, 16, 2, 0).getTime();
    expect(new Date(nextMorning(lateNight))).toEqual(new Date(2025, 5, 16, 6, 0));
  });
});
