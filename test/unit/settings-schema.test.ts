import { describe, expect, it } from 'vitest';
import { SITES } from '../../src/sites';
import {
  DEFAULT_SETTINGS,
  MAX_SETTINGS_FILE_BYTES,
  SETTINGS_VERSION,
  migrateSettings,
  parseSettingsFile,
  validateCounts,
  validateSettings,
} from '../../src/settings/schema';
import { MAX_CUSTOM_SITES } from '../../src/settings/site-input';
import { BREATHING_PATTERN_IDS, PAUSE_MODES } from '../../src/settings/choices';
import { PAUSE_OUTCOMES, addOutcome, dayKey, weekSummary } from '../../src/settings/counts';

describe('settings defaults', () => {
  it('covers every catalogue site, balanced, pausing, with three cyclic sighs and no snooze', () => {
    const settings = validateSettings(undefined);
    expect(settings.version).toBe(SETTINGS_VERSION);
    expect(Object.keys(settings.sites).sort()).toEqual(SITES.map((site) => site.id).sort());
    expect(Object.values(settings.sites).every((on) => on === true)).toBe(true);
    expect(settings.customSites).toEqual([]);
    expect(settings.sensitivity).toBe('balanced');
    expect(settings.mode).toBe('pause');
    expect(settings.breathing).toEqual({ pattern: 'cyclic-sighing', breaths: 3 });
    expect(settings.snoozeUntil).toBe(0);
    expect(settings).toEqual(DEFAULT_SETTINGS);
  });

  it('cannot be changed by accident through the shared defaults object', () => {
    expect(() => {
      (DEFAULT_SETTINGS.breathing as { breaths: number }).breaths = 9;
    }).toThrow();
    expect(() => {
      DEFAULT_SETTINGS.customSites.push({ host: 'a.example.org', pattern: 'https://a.example.org/*', enabled: true });
    }).toThrow();
  });
});

describe('validateSettings', () => {
  it('keeps every valid stored value', () => {
    const stored = {
      version: 1,
      sites: { discord: false, slack: true },
      customSites: [{ host: 'chat.example.org', pattern: 'http://chat.example.org/*', enabled: false }],
      sensitivity: 'strict',
      mode: 'nudge',
      breathing: { pattern: 'box', breaths: 7 },
      snoozeUntil: 1_900_000_000_000,
    };
    const settings = validateSettings(stored);
    expect(settings.sites.discord).toBe(false);
    expect(settings.sites.slack).toBe(true);
    expect(settings.customSites).toEqual(stored.customSites);
    expect(settings.sensitivity).toBe('strict');
    expect(settings.mode).toBe('nudge');
    expect(settings.breathing).toEqual({ pattern: 'box', breaths: 7 });
    expect(settings.snoozeUntil).toBe(1_900_000_000_000);
  });

  it.each([
    ['null', null],
    ['a number', 42],
    ['a string', 'settings'],
    ['an array', [1, 2, 3]],
    ['a huge string', 'x'.repeat(5_000_000)],
  ])('falls back to the defaults when storage holds %s', (_label, raw) => {
    expect(validateSettings(raw)).toEqual(DEFAULT_SETTINGS);
  });

  it('replaces each wrong-typed field with its default and keeps the rest', () => {
    const settings = validateSettings({
      version: 1,
      sites: { discord: 'no', slack: 0, whatsapp: false },
      customSites: 'chat.example.org',
      sensitivity: 'extreme',
      mode: 7,
      breathing: { pattern: 'x'.repeat(100_000), breaths: '5' },
      snoozeUntil: Number.POSITIVE_INFINITY,
    });
    expect(settings.sites.discord).toBe(true);
    expect(settings.sites.slack).toBe(true);
    expect(settings.sites.whatsapp).toBe(false);
    expect(settings.customSites).toEqual([]);
    expect(settings.sensitivity).toBe('balanced');
    expect(settings.mode).toBe('pause');
    expect(settings.breathing).toEqual({ pattern: 'cyclic-sighing', breaths: 3 });
    expect(settings.snoozeUntil).toBe(0);
  });

  it('drops unknown keys, including unknown site ids and prototype tricks', () => {
    const raw = JSON.parse(
      '{"version":1,"draft":"you never listen","sites":{"myspace":false,"__proto__":{"polluted":true}},"extra":{"a":1}}',
    ) as unknown;
    const settings = validateSettings(raw);
    expect(Object.keys(settings).sort()).toEqual(
      ['breathing', 'customSites', 'mode', 'onDeviceReplies', 'sensitivity', 'sites', 'snoozeUntil', 'version'].sort(),
    );
    expect(settings.sites).not.toHaveProperty('myspace');
    expect(({} as { polluted?: boolean }).polluted).toBeUndefined();
    expect(JSON.stringify(settings)).not.toContain('listen');
  });

  it.each([
    [0, 1],
    [-4, 1],
    [1, 1],
    [4.6, 5],
    [10, 10],
    [11, 10],
    [1e9, 10],
  ])('clamps %s breaths to %s', (breaths, expected) => {
    expect(validateSettings({ version: 1, breathing: { breaths } }).breathing.breaths).toBe(expected);
  });

  it.each([[-1], [Number.NaN], ['1700000000000'], [null]])('resets a snooze of %s to 0', (snoozeUntil) => {
    expect(validateSettings({ version: 1, snoozeUntil }).snoozeUntil).toBe(0);
  });

  it('keeps only valid, unique, non-catalogue custom sites and repairs their patterns', () => {
    const settings = validateSettings({
      version: 1,
      customSites: [
        { host: 'Chat.Example.org', pattern: 'https://chat.example.org/*', enabled: true },
        { host: 'chat.example.org', pattern: 'https://chat.example.org/*', enabled: false },
        { host: 'discord.com', pattern: 'https://discord.com/*', enabled: true },
        { host: 'not a host', pattern: 'https://not a host/*', enabled: true },
        { host: `${'a'.repeat(300)}.com`, pattern: 'https://x/*', enabled: true },
        { host: 'team.example.net', pattern: '<all_urls>', enabled: 'yes' },
        { host: '*.example.com', pattern: 'https://*.example.com/*' },
        'mail.example.org',
        null,
      ],
    });
    expect(settings.customSites).toEqual([
      { host: 'chat.example.org', pattern: 'https://chat.example.org/*', enabled: true },
      { host: 'team.example.net', pattern: 'https://team.example.net/*', enabled: true },
      { host: '*.example.com', pattern: 'https://*.example.com/*', enabled: true },
    ]);
  });

  it(`keeps at most ${MAX_CUSTOM_SITES} custom sites, even from a huge stored array`, () => {
    const customSites = Array.from({ length: 100_000 }, (_, index) => ({
      host: `site${index}.example.org`,
      pattern: `https://site${index}.example.org/*`,
      enabled: true,
    }));
    const started = performance.now();
    const settings = validateSettings({ version: 1, customSites });
    expect(settings.customSites).toHaveLength(MAX_CUSTOM_SITES);
    expect(settings.customSites[0]?.host).toBe('site0.example.org');
    expect(performance.now() - started).toBeLessThan(200);
  });
});

describe('migration', () => {
  const preRelease = {
    enabled: { discord: false, gmail: true, bogus: false },
    sensitivity: 'high',
    pauseBeforeSend: false,
    breaths: 5,
    customHosts: ['chat.example.org', 'bad host', 42],
  };

  it('brings the pre-release (version 0) format up to version 1', () => {
    const settings = validateSettings(preRelease);
    expect(settings.version).toBe(1);
    expect(settings.sites.discord).toBe(false);
    expect(settings.sites.gmail).toBe(true);
    expect(settings.sensitivity).toBe('strict');
    expect(settings.mode).toBe('nudge');
    expect(settings.breathing).toEqual({ pattern: 'cyclic-sighing', breaths: 5 });
    expect(settings.customSites).toEqual([
      { host: 'chat.example.org', pattern: 'https://chat.example.org/*', enabled: true },
    ]);
  });

  it.each([
    ['low', 'gentle'],
    ['medium', 'balanced'],
    ['high', 'strict'],
    ['unheard-of', 'balanced'],
  ])('maps the old sensitivity %s to %s', (old, expected) => {
    expect(validateSettings({ enabled: {}, sensitivity: old }).sensitivity).toBe(expected);
  });

  it('treats a version 0 object that is damaged as the defaults without throwing', () => {
    expect(validateSettings({ enabled: 'everything', sensitivity: 3, customHosts: 'x', breaths: {} })).toEqual(
      DEFAULT_SETTINGS,
    );
  });

  it('leaves current-version data for validation untouched', () => {
    const current = { version: 1, sensitivity: 'gentle' };
    expect(migrateSettings(current)).toBe(current);
  });

  it('reads settings without a version and without the old telltale key as the current version', () => {
    expect(validateSettings({ sensitivity: 'gentle' }).sensitivity).toBe('gentle');
  });
});

describe('settings choices', () => {
  it.each(BREATHING_PATTERN_IDS)('keeps the breathing pattern %s through validation', (pattern) => {
    expect(validateSettings({ version: 1, breathing: { pattern } }).breathing.pattern).toBe(pattern);
  });

  it.each(PAUSE_MODES)('keeps the mode %s through validation', (mode) => {
    expect(validateSettings({ version: 1, mode }).mode).toBe(mode);
  });

  it('replaces a pattern or mode that is not on the lists with the default', () => {
    const settings = validateSettings({ version: 1, mode: 'Nudge', breathing: { pattern: 'box-breathing' } });
    expect(settings.mode).toBe(DEFAULT_SETTINGS.mode);
    expect(settings.breathing.pattern).toBe(DEFAULT_SETTINGS.breathing.pattern);
  });
});

describe('settings files', () => {
  it('reads an exported file back to the same settings', () => {
    const settings = validateSettings({ version: 1, sensitivity: 'strict', breathing: { pattern: '4-7-8', breaths: 2 } });
    expect(parseSettingsFile(JSON.stringify(settings, null, 2))).toEqual(settings);
  });

  it.each([
    ['not JSON', 'hello'],
    ['JSON that is not an object', '[1,2]'],
    ['an object with no version', '{"theme":"dark"}'],
    ['a file that is far too large', `{"version":1,"pad":"${'x'.repeat(MAX_SETTINGS_FILE_BYTES)}"}`],
  ])('refuses %s', (_label, text) => {
    expect(parseSettingsFile(text)).toBeNull();
  });
});

describe('counts', () => {
  const noon = new Date(2025, 5, 15, 12, 0, 0).getTime();

  it('keeps only well-formed days and non-negative whole counts', () => {
    expect(
      validateCounts({
        '2025-06-15': { paused: 2.7, reframed: -1, sentAnyway: 'three', keptEditing: 1, draft: 'words' },
        yesterday: { paused: 4 },
        '2025-06-14': 'lots',
      }),
    ).toEqual({ '2025-06-15': { paused: 2, reframed: 0, sentAnyway: 0, keptEditing: 1 } });
    expect(validateCounts('garbage')).toEqual({});
  });

  it.each(PAUSE_OUTCOMES)('counts the outcome %s under its own name and keeps it through validation', (outcome) => {
    const counts = addOutcome({}, outcome, noon);
    const today = counts[dayKey(noon)];
    expect(Object.entries(today ?? {}).filter(([, count]) => count > 0)).toEqual([[outcome, 1]]);
    expect(validateCounts(counts)).toEqual(counts);
  });

  it('increments today and drops days older than five weeks', () => {
    let counts = addOutcome({ '2025-04-01': { paused: 9, reframed: 0, sentAnyway: 0, keptEditing: 0 } }, 'paused', noon);
    counts = addOutcome(counts, 'paused', noon);
    counts = addOutcome(counts, 'reframed', noon);
    expect(counts).toEqual({ [dayKey(noon)]: { paused: 2, reframed: 1, sentAnyway: 0, keptEditing: 0 } });
    expect(dayKey(noon)).toBe('2025-06-15');
  });

  it('summarises the last seven local days, oldest first, with totals', () => {
    const counts = {
      '2025-06-08': { paused: 100, reframed: 0, sentAnyway: 0, keptEditing: 0 },
      '2025-06-09': { paused: 1, reframed: 1, sentAnyway: 0, keptEditing: 0 },
      '2025-06-15': { paused: 2, reframed: 0, sentAnyway: 1, keptEditing: 1 },
    };
    const summary = weekSummary(counts, noon);
    expect(summary.days.map((day) => day.date)).toEqual([
      '2025-06-09', '2025-06-10', '2025-06-11', '2025-06-12', '2025-06-13', '2025-06-14', '2025-06-15',
    ]);
    expect(summary.totals).toEqual({ paused: 3, reframed: 1, sentAnyway: 1, keptEditing: 1 });
  });
});

describe('the on-device replies setting', () => {
  it('is off by default', () => {
    expect(DEFAULT_SETTINGS.onDeviceReplies).toBe(false);
    expect(validateSettings(undefined).onDeviceReplies).toBe(false);
  });

  it('reads as off in settings stored before it existed, and in the pre-release format', () => {
    expect(validateSettings({ version: 1, sensitivity: 'strict', mode: 'nudge' }).onDeviceReplies).toBe(false);
    expect(validateSettings({ enabled: { discord: false }, sensitivity: 'high' }).onDeviceReplies).toBe(false);
  });

  it('is on only when stored as true', () => {
    expect(validateSettings({ version: 1, onDeviceReplies: true }).onDeviceReplies).toBe(true);
    for (const damaged of ['true', 1, null, {}]) expect(validateSettings({ version: 1, onDeviceReplies: damaged }).onDeviceReplies).toBe(false);
  });
});
