import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { collectHits } from '../../src/analysis/analyze';
import { frontCode } from '../../src/analysis/front-coding';
import { TONE, parseTone, phraseTone, toneWeight, wordGrams, wordTone } from '../../src/analysis/tone';

const TONE_KEYS = new Set(['tone', 'vent', 'thing', 'punct']);

describe('tone: the learned word weights', () => {
  it('reads the table the fit writes, one weight per line, and ignores lines it cannot read', () => {
    const model = parseTone(`35 ${frontCode(['w:hate', 'c:<hat', 'b:shut+up'])}\n-20 ${frontCode(['w:thanks'])}\nnot-a-number ${frontCode(['w:x'])}\n\n12`);
    expect(toneWeight(model, 'w:hate')).toBe(0.35);
    expect(toneWeight(model, 'b:shut+up')).toBe(0.35);
    expect(toneWeight(model, 'w:thanks')).toBe(-0.2);
    expect(toneWeight(model, 'w:x')).toBe(0);
    expect(phraseTone(model, 'shut', 'up')).toBe(0.35);
    expect(phraseTone(model, 'shut', 'down')).toBe(0);
  });

  it("sums a word's own weight and its letter pieces, the same names the fit learns", () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[a-z']{0,14}$/), (word) => {
        const expected = wordGrams(word).reduce((sum, gram) => sum + toneWeight(TONE, gram), 0);
        expect(wordTone(TONE, word)).toBeCloseTo(expected, 9);
      }),
    );
  });

  it('gives pieces of unseen words their tone: "idiots" and "disgustingly" lean heated, "gratefully" calm', () => {
    expect(wordTone(TONE, 'idiots')).toBeGreaterThan(0.3);
    expect(wordTone(TONE, 'disgustingly')).toBeGreaterThan(0.3);
    expect(wordTone(TONE, 'gratefully')).toBeLessThan(0);
  });

  it('scores exactly what the fit sees: the tone in the hits equals the features times their weights', () => {
    const drafts = [
      "you're so annoying, stop it",
      'I feel frustrated about the dishes, can we talk?',
      'this printer is the worst lol',
      'not bad at all, thanks!!',
      'why would you even say that?',
      'What a stupid idea. Nobody asked.',
    ];
    for (const draft of drafts) {
      let fitted = 0;
      const hits = collectHits(draft, TONE, (feature, value) => {
        fitted += toneWeight(TONE, feature) * value;
      });
      const scored = hits.reduce((sum, hit) => sum + (TONE_KEYS.has(hit.key) ? hit.value : hit.key === 'calm' ? -hit.value : 0), 0);
      expect(scored, draft).toBeCloseTo(fitted, 9);
    }
  });
});
