import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { REASON_KINDS } from '../../src/analysis/types';
import { FEELINGS, NEEDS } from '../../src/analysis/vocabulary';
import { t } from '../../src/i18n';
import { BREATHING_PATTERN_IDS } from '../../src/settings/choices';
import { BREATHING_PATTERNS, breathingPattern } from '../../src/ui/breathing-patterns';
import { vocabularyKey } from '../../src/ui/FeelingPicker';
import { pauseStyles } from '../../src/ui/pause-styles';
import { styles } from '../../src/ui/styles';

const catalogue = JSON.parse(readFileSync(new URL('../../_locales/en/messages.json', import.meta.url), 'utf8')) as Record<
  string,
  { message: string }
>;

describe('UI strings and styles', () => {
  it('has a catalogue word for every feeling and need, matching the vocabulary', () => {
    for (const feeling of FEELINGS) expect(catalogue[vocabularyKey('feeling', feeling.id)]?.message).toBe(feeling.word);
    for (const need of NEEDS) expect(catalogue[vocabularyKey('need', need.id)]?.message).toBeTruthy();
  });

  it('keeps no feeling or need words the vocabulary no longer has', () => {
    const current = new Set([
      ...FEELINGS.map((feeling) => vocabularyKey('feeling', feeling.id)),
      ...NEEDS.map((need) => vocabularyKey('need', need.id)),
    ]);
    const stale = Object.keys(catalogue).filter((key) => /^(feeling|need)_/.test(key) && !current.has(key as never));
    expect(stale).toEqual([]);
  });

  it('has a reason line quoting the phrase for every reason kind', () => {
    for (const kind of REASON_KINDS) expect(t(`reason_${kind}`, 'you never')).toContain('“you never”');
  });

  it('has an exercise with its own name for every breathing pattern id, and no exercise without an id', () => {
    expect(Object.keys(BREATHING_PATTERNS).sort()).toEqual([...BREATHING_PATTERN_IDS].sort());
    const names = BREATHING_PATTERN_IDS.map((id) => t(breathingPattern(id).name));
    expect(new Set(names).size).toBe(BREATHING_PATTERN_IDS.length);
  });

  it('names every breathing phase "Breathe in", "Hold" or "Breathe out"', () => {
    for (const pattern of Object.values(BREATHING_PATTERNS)) {
      expect(t(pattern.name)).not.toBe(pattern.name);
      for (const phase of pattern.phases) expect(t(phase.label)).toMatch(/^(Breathe in|Hold|Breathe out)/);
    }
  });

  it('styles light and dark themes, reduced motion, the shadow host and focus', () => {
    expect(styles).toMatch(/:host\s*\{\s*all:\s*initial;/);
    expect(styles).toContain('@media (prefers-color-scheme: dark)');
    expect(pauseStyles).toContain('@media (prefers-reduced-motion: reduce)');
    expect(styles).toContain(':focus-visible');
    for (const selector of `${styles}\n${pauseStyles}`.match(/^\.[\w-]+/gm) ?? []) expect(selector.startsWith('.attune-')).toBe(true);
  });
});
