/**
 * Trust (issue 8): the scorer and the reframer over 20,000 generated drafts (random Unicode with astral
 * characters and lone surrogates, emoji sequences, markup, control characters, very long runs, heated mixes).
 * A seeded generator, so a failure names the draft's index and reproduces exactly.
 */
import { describe, expect, test } from 'vitest';
import { analyze } from '../../src/analysis/analyze';
import { reframe } from '../../src/analysis/reframe';
import { SENSITIVITIES, type Analysis } from '../../src/analysis/types';

const DRAFTS = 20_000;
const SEED = 0x5eed_a77e;

/** mulberry32: small, fast, and the same sequence on every machine. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = state;
    mixed = Math.imul(mixed ^ (mixed >>> 15), mixed | 1);
    mixed ^= mixed + Math.imul(mixed ^ (mixed >>> 7), mixed | 61);
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const HEATED = [
  'you never', 'you always', 'YOU NEVER LISTEN', 'stupid', 'idiot', 'shut up', 'whatever', 'I hate you', 'fuck', 'FFS',
  'pathetic', 'not my fault', 'fine.', 'k.', 'why would you', 'are you kidding me?!', '!!!', '???', 'seriously', 'useless',
  'you are such a', 'go to hell', 'I don\'t care', 'leave me alone', 'disgusting', 'loser', 'moron', 'WTF',
];
const CALM = ['thanks', 'see you at six', 'could we talk', 'I feel', 'tomorrow', 'the plan', 'Sam', 'okay', 'love you', 'sorry', '.', ',', ' ', '\n'];
const MARKUP = [
  '<img src=x onerror=alert(1)>', '<script>alert(1)</script>', '</div>', '<b>', '&amp;', '&#x202E;', 'javascript:alert(1)',
  '${7*7}', '{{7*7}}', '%s%n', '\\u0000', '"\'`', '<!--', ']]>', 'data:text/html,<h1>',
];
const EMOJI = ['😂', '🙄', '😡', '👍🏽', '👨‍👩‍👧‍👦', '🏳️‍🌈', '🇫🇷', '❤️', '🤬', '💩', '☺︎', '🫠'];
const CONTROLS = ['\u200B', '\u200C', '\u200D', '\uFEFF', '\u202E', '\u202D', '\u2066', '\u2069', '\u200F', '\u0000', '\u0007', '\u007F', '\r\n', '\t', '\u00A0', '\u2028'];

/** One code point (or a lone surrogate) from a range a draft might hold. */
function randomCharacter(next: () => number): string {
  const pick = next();
  const between = (low: number, high: number) => low + Math.floor(next() * (high - low + 1));
  if (pick < 0.3) return String.fromCharCode(between(0x20, 0x7e));
  if (pick < 0.4) return String.fromCharCode(between(0xa0, 0x24f));
  if (pick < 0.5) return String.fromCharCode(between(0x300, 0x36f));
  if (pick < 0.6) return String.fromCharCode(between(0x590, 0x6ff));
  if (pick < 0.7) return String.fromCharCode(between(0x4e00, 0x9fff));
  if (pick < 0.8) return String.fromCodePoint(between(0x1f300, 0x1faff));
  if (pick < 0.9) return String.fromCodePoint(between(0x10000, 0x10ffff));
  return String.fromCharCode(between(0xd800, 0xdfff));
}

function draftAt(next: () => number): string {
  const choose = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  const parts: string[] = [];
  const count = 1 + Math.floor(next() * 30);
  for (let index = 0; index < count; index += 1) {
    const kind = next();
    if (kind < 0.3) parts.push(choose(HEATED));
    else if (kind < 0.45) parts.push(choose(CALM));
    else if (kind < 0.55) parts.push(choose(MARKUP));
    else if (kind < 0.65) parts.push(choose(EMOJI));
    else if (kind < 0.75) parts.push(choose(CONTROLS));
    else parts.push(Array.from({ length: 1 + Math.floor(next() * 12) }, () => randomCharacter(next)).join(''));
    if (next() < 0.6) parts.push(' ');
  }
  // One draft in a hundred carries a very long run: a held key, a pasted log, a 4,000-letter word.
  if (next() < 0.01) {
    const unit = choose(['a', '!', ' ', '😡', '\u200B', 'no ', 'STUPID ', randomCharacter(next)]);
    parts.splice(Math.floor(next() * parts.length), 0, unit.repeat(500 + Math.floor(next() * 3_500)));
  }
  if (next() < 0.1) return parts.join('').toUpperCase();
  return parts.join('');
}

function spansInside(text: string, analysis: Analysis): boolean {
  return analysis.reasons.every((reason) => reason.spans.every((span) => span.start >= 0 && span.start < span.end && span.end <= text.length));
}

interface Failure {
  index: number;
  problem: string;
  draft: string;
}

describe('fuzz: analyze() and reframe() over 20,000 generated drafts', () => {
  test('never throw, keep every span inside the text, and offer only replies that read calm at every sensitivity', () => {
    const next = random(SEED);
    const failures: Failure[] = [];
    const failedDrafts = new Set<number>();
    let heated = 0;
    let suggestions = 0;
    const fail = (index: number, problem: string, text: string) => {
      if (!failedDrafts.has(index) && failures.length < 5) failures.push({ index, problem, draft: JSON.stringify(text.slice(0, 200)) });
      failedDrafts.add(index);
    };

    for (let index = 0; index < DRAFTS; index += 1) {
      const text = draftAt(next);
      try {
        let balanced: Analysis | undefined;
        for (const sensitivity of SENSITIVITIES) {
          const analysis = analyze(text, { sensitivity });
          if (!spansInside(text, analysis)) fail(index, `a span outside the text at ${sensitivity}`, text);
          if (sensitivity === 'balanced') balanced = analysis;
        }
        if (!balanced) throw new Error('no balanced analysis');
        if (balanced.heated) heated += 1;
        for (const suggestion of reframe(text, balanced)) {
          suggestions += 1;
          if (typeof suggestion.text !== 'string' || suggestion.text.trim() === '') fail(index, 'an empty suggestion', text);
          for (const sensitivity of SENSITIVITIES) {
            if (analyze(suggestion.text, { sensitivity }).heated) fail(index, `suggestion reads heated at ${sensitivity}: ${JSON.stringify(suggestion.text)}`, text);
          }
        }
      } catch (error) {
        fail(index, `threw ${error instanceof Error ? error.message : String(error)}`, text);
      }
    }

    expect({ failedDrafts: failedDrafts.size, firstFailures: failures }).toEqual({ failedDrafts: 0, firstFailures: [] });
    // The generator reaches both sides of the scorer, and the reframer answered them.
    expect(heated).toBeGreaterThan(DRAFTS / 10);
    expect(heated).toBeLessThan(DRAFTS);
    expect(suggestions).toBeGreaterThan(DRAFTS);
  });
});
