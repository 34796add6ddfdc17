import { existsSync, readFileSync } from 'node:fs';
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

const FIXTURE = new URL('../fixtures/drafts.tsv', import.meta.url);
const GOEMOTIONS_DEV = new URL('../../../shared/data/goemotions/dev.tsv', import.meta.url);

function lines(file: URL): string[] {
  return readFileSync(file, 'utf8').split(/\r?\n/).filter((line) => line.trim() !== '');
}

/** Heated means the nudge can name a flagged word: at least one reason, every span a non-empty piece of the text. */
function expectNamedReasons(text: string): void {
  for (const sensitivity of SENSITIVITIES) {
    const result = analyze(text, { sensitivity });
    if (!result.heated) continue;
    expect(result.reasons.length, text).toBeGreaterThan(0);
    for (const reason of result.reasons) {
      expect(reason.spans.length, text).toBeGreaterThan(0);
      for (const span of reason.spans) {
        expect(span.start, text).toBeGreaterThanOrEqual(0);
        expect(span.end, text).toBeGreaterThan(span.start);
        expect(span.end, text).toBeLessThanOrEqual(text.length);
        expect(text.slice(span.start, span.end).trim(), text).not.toBe('');
      }
    }
  }
}

describe('analyze: every heated draft names what drove it', () => {
  it('gives each heated fixture draft at least one reason with spans inside the text', () => {
    const drafts = lines(FIXTURE)
      .map((line) => line.split('\t'))
      .filter(([label]) => label === 'heated')
      .map((fields) => fields.slice(2).join('\t').replace(/\\n/g, '\n'));
    expect(drafts.length).toBeGreaterThan(200);
    for (const text of drafts) expectNamedReasons(text);
  });

  it.skipIf(!existsSync(GOEMOTIONS_DEV))('gives each comment it flags in GoEmotions dev at least one reason with spans inside the text', () => {
    const comments = lines(GOEMOTIONS_DEV).map((line) => line.split('\t')[0] ?? '');
    expect(comments.length).toBeGreaterThan(5000);
    for (const text of comments) expectNamedReasons(text);
  }, 30_000);

  it('names the flagged word when only words without a kind of their own tip the draft over', () => {
    const text = 'stop it, this is bad';
    const result = analyze(text);
    expect(result.heated).toBe(true);
    const [first] = result.reasons;
    expect(first?.spans.map((span) => text.slice(span.start, span.end))).toContain('stop');
    expect(first?.message).toEqual({ key: 'reason_hostility', subs: ['stop'] });
  });

  it('orders reasons strongest first', () => {
    const result = analyze('You never listen, you fucking idiot!!!');
    expect(result.reasons.length).toBeGreaterThan(1);
    expect(result.reasons[0]?.kind).not.toBe('shouting');
  });
});
