import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis/analyze';
import { SENSITIVITIES } from '../../src/analysis/types';

const heatedBits = ['you never', 'whatever', 'FUCK', '!!!', '?!', 'idiot', '> quoted', '\n', '😂', 'lol', ' ', 'é', '\uD83D', '\uDE00', '\u0000', 'שלום'];
const draft = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.array(fc.constantFrom(...heatedBits), { maxLength: 40 }).map((parts) => parts.join('')),
);

describe('analyze: properties over random drafts', () => {
  it('never throws and keeps every span non-empty and inside the text', () => {
    fc.assert(
      fc.property(draft, fc.constantFrom(...SENSITIVITIES), (text, sensitivity) => {
        const result = analyze(text, { sensitivity });
        expect(result.score).toBeGreaterThanOrEqual(0);
        for (const reason of result.reasons) {
          expect(reason.spans.length).toBeGreaterThan(0);
          for (const span of reason.spans) {
            expect(span.start).toBeGreaterThanOrEqual(0);
            expect(span.end).toBeGreaterThan(span.start);
            expect(span.end).toBeLessThanOrEqual(text.length);
          }
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('gives the same analysis for the same text every time', () => {
    fc.assert(
      fc.property(draft, (text) => {
        expect(analyze(text)).toEqual(analyze(text));
      }),
      { numRuns: 500 },
    );
  });

  it('flags at strict whatever it flags at balanced, and at balanced whatever it flags at gentle', () => {
    fc.assert(
      fc.property(draft, (text) => {
        if (analyze(text, { sensitivity: 'gentle' }).heated) expect(analyze(text, { sensitivity: 'balanced' }).heated).toBe(true);
        if (analyze(text, { sensitivity: 'balanced' }).heated) expect(analyze(text, { sensitivity: 'strict' }).heated).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});
