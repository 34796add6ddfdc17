// Fits the learned reading of the other person's feeling (src/analysis/their-message-model.ts) and writes
// src/analysis/their-weights.ts:
//   node scripts/run-ts.mjs scripts/fit-their.ts [--keep 500] [--l2 1e-3] [--reddit-weight 0.03] [--close-share 0.3] [--cv] [--dry-run]
// Multinomial logistic regression over the message's words, in-sentence word pairs and the feelings the hand-written
// signs found, L2, full-batch Adam; the --keep strongest features are kept and refitted, so the table stays small.
// The messages: the `theirs` of the annotated conversation sets whose `feeling` is what the other person feels (the
// first four blind sets; the development set annotates the writer of the draft instead, so it is only measured), and
// GoEmotions' training comments whose emotions map onto a feeling, with an intercept of their own and read only
// among the feelings GoEmotions can name. --cv fits on three of the four sets and measures on the fourth, for each,
// for every neutral margin and evidence lead readTheirMessage might use; every run also counts the feelings read into
// GoEmotions' development comments rated neutral, since everyday chat is mostly neutral and the annotated sets are not.
// The defaults were chosen that way: left-out sets 44.9 % -> 66.9 % matched, a feeling read into 23 % of those
// neutral comments (7 % by the signs alone); since only words that carry meaning show a feeling (lead 0.2), 17 %.
import { readFileSync, writeFileSync } from 'node:fs';
import { frontCode } from '../src/analysis/front-coding';
import { loadLanguage } from '../src/analysis/nlp';
import { feelingOf, signsOf, type SignReading } from '../src/analysis/their-message';
import { mergePairs, scoreFeelings, theirFeatures, THEIR_FEELINGS, theirTokens, WEIGHT_DIGITS, weightDigit, type TheirFeeling, type TheirModel } from '../src/analysis/their-message-model';
import { args, option } from './fit-options';
import { adamStep } from './adam';

const KEEP = option('--keep', 500);
const L2 = option('--l2', 1e-3);
const SUPPORT = option('--support', 2);
const ITERATIONS = option('--iterations', 250);
/** Each GoEmotions comment weighs this much of an annotated chat message. */
const REDDIT_WEIGHT = option('--reddit-weight', 0.03);
/** The share of a message's target spread over the feelings its reader called close. */
const CLOSE_SHARE = option('--close-share', 0.3);
/** One neutral GoEmotions comment in this many is read; they outnumber every other emotion. */
const NEUTRAL_EVERY = option('--neutral-every', 4);

const SETS = ['blind', 'blind2', 'blind3', 'blind4'];
const DEVELOPMENT = 'dev';
const C = THEIR_FEELINGS.length;
const index = (feeling: string): number => THEIR_FEELINGS.indexOf(feeling as TheirFeeling);

/** GoEmotions' emotions that mean one of the feelings (labels.txt order); the rest say nothing of them. */
const FROM_GOEMOTIONS: Readonly<Record<string, TheirFeeling>> = {
  anger: 'angry', annoyance: 'angry', disgust: 'angry',
  sadness: 'hurt', grief: 'hurt', disappointment: 'hurt',
  fear: 'worried', nervousness: 'worried',
  remorse: 'apologetic',
  excitement: 'excited', joy: 'excited',
  confusion: 'confused',
  neutral: 'neutral',
};
const REDDIT_FEELINGS = new Set(Object.values(FROM_GOEMOTIONS).map(index));

interface Row {
  theirs: string;
  set: string;
  /** The target distribution over the feelings. */
  target: Float64Array;
  accepted: Set<number>;
  weight: number;
  reddit: boolean;
  signs: SignReading;
  features: Set<string>;
}

await loadLanguage();

function rowOf(theirs: string, set: string, target: Float64Array, accepted: Set<number>, weight: number, reddit: boolean): Row {
  const signs = signsOf(theirs);
  return { theirs, set, target, accepted, weight, reddit, signs, features: theirFeatures(theirTokens(theirs.slice(0, 1_000).toLowerCase()), signs.found.keys()) };
}

function readConversations(set: string): Row[] {
  const lines = readFileSync(`test/fixtures/conversations-${set}.jsonl`, 'utf8').split('\n').filter((line) => line.trim());
  return lines.map((line) => {
    const row = JSON.parse(line) as { theirs: string; feeling: string; close?: string[] };
    const close = (row.close ?? []).map(index).filter((i) => i >= 0);
    const target = new Float64Array(C);
    target[index(row.feeling)] = close.length > 0 ? 1 - CLOSE_SHARE : 1;
    for (const i of close) target[i]! += CLOSE_SHARE / close.length;
    return rowOf(row.theirs, set, target, new Set([index(row.feeling), ...close]), 1, false);
  });
}

function readGoEmotions(): Row[] {
  const names = readFileSync('../shared/data/goemotions/labels.txt', 'utf8').split(/\s+/).filter(Boolean);
  const rows: Row[] = [];
  let neutrals = 0;
  for (const line of readFileSync('../shared/data/goemotions/train.tsv', 'utf8').split('\n')) {
    const [text, ids] = line.split('\t');
    if (!text || !ids) continue;
    const feelings = new Set(ids.split(',').flatMap((id) => FROM_GOEMOTIONS[names[Number(id)] ?? ''] ?? []));
    // A comment whose emotions map onto two feelings teaches neither.
    if (feelings.size !== 1) continue;
    const feeling = [...feelings][0]!;
    if (feeling === 'neutral' && neutrals++ % NEUTRAL_EVERY !== 0) continue;
    const target = new Float64Array(C);
    target[index(feeling)] = 1;
    rows.push(rowOf(text, 'goemotions', target, new Set([index(feeling)]), REDDIT_WEIGHT, true));
  }
  return rows;
}

interface Fitted {
  intercepts: number[];
  weights: Map<string, Float64Array>;
}

/** L2 multinomial logistic regression by full-batch Adam over the features `allowed` (all when undefined). */
function fit(rows: readonly Row[], allowed?: ReadonlySet<string>): Fitted {
  const support = new Map<string, number>();
  for (const row of rows) for (const name of row.features) support.set(name, (support.get(name) ?? 0) + 1);
  const names = [...support].filter(([name, count]) => (count >= SUPPORT || name.startsWith('#')) && (!allowed || allowed.has(name))).map(([name]) => name);
  const at = new Map(names.map((name, i) => [name, i]));
  const encoded = rows.map((row) => Int32Array.from([...row.features].flatMap((name) => at.get(name) ?? [])));
  // Features, then the chat intercepts, then GoEmotions' own.
  const n = (names.length + 2) * C;
  const bias = names.length * C;
  const w = new Float64Array(n);
  const m = new Float64Array(n);
  const v = new Float64Array(n);
  const g = new Float64Array(n);
  const z = new Float64Array(C);
  const total = rows.reduce((sum, row) => sum + row.weight, 0);
  for (let step = 1; step <= ITERATIONS; step++) {
    g.fill(0);
    rows.forEach((row, r) => {
      const features = encoded[r]!;
      const own = row.reddit ? bias + C : bias;
      let max = -Infinity;
      for (let c = 0; c < C; c++) {
        if (row.reddit && !REDDIT_FEELINGS.has(c)) {
          z[c] = -Infinity;
          continue;
        }
        let sum = w[own + c]!;
        for (let k = 0; k < features.length; k++) sum += w[features[k]! * C + c]!;
        z[c] = sum;
        if (sum > max) max = sum;
      }
      let norm = 0;
      for (let c = 0; c < C; c++) norm += (z[c] = Math.exp(z[c]! - max));
      for (let c = 0; c < C; c++) {
        const error = ((z[c]! / norm - row.target[c]!) * row.weight) / total;
        if (error === 0) continue;
        g[own + c]! += error;
        for (let k = 0; k < features.length; k++) g[features[k]! * C + c]! += error;
      }
    });
    adamStep(w, g, m, v, step, L2, bias);
  }
  return {
    intercepts: [...w.slice(bias, bias + C)],
    weights: new Map(names.map((name, i) => [name, w.slice(i * C, (i + 1) * C)])),
  };
}

/** Fits on every feature, keeps the --keep strongest, fits again on those alone, and rounds as the table stores them. */
function train(rows: readonly Row[]): TheirModel {
  const wide = fit(rows);
  const strength = (weights: Float64Array): number => Math.max(...weights.map(Math.abs));
  const strongest = [...wide.weights].sort((a, b) => strength(b[1]) - strength(a[1])).slice(0, KEEP);
  const narrow = fit(rows, new Set(strongest.map(([name]) => name)));
  const weights = new Map<string, readonly number[]>();
  for (const [name, values] of narrow.weights) {
    const kept = [...values].map((value) => (WEIGHT_DIGITS.indexOf(weightDigit(value)) - 32) / 10);
    if (kept.some((value) => value !== 0)) weights.set(name, kept);
  }
  return { intercepts: narrow.intercepts.map((value) => Math.round(value * 100) / 100), weights };
}

/** Ways to join the signs and the model, as readTheirMessage might. */
const RULES: Readonly<Record<string, (signs: SignReading, scores: number[]) => number>> = {
  'signs alone': (signs) => index(signs.feeling),
  'model alone': (_, scores) => scores.indexOf(Math.max(...scores)),
  'apology first, then model': (signs, scores) => (signs.apologised ? index('apologetic') : scores.indexOf(Math.max(...scores))),
  'signs first, model when neutral': (signs, scores) => (signs.feeling !== 'neutral' ? index(signs.feeling) : scores.indexOf(Math.max(...scores))),
};

const LEADS = [0, 0.2, 0.5];
const MARGINS = [0.5, 1, 1.5, Infinity];
const CHOICES = LEADS.flatMap((least) => MARGINS.map((margin) => ({ margin, least, name: `margin ${margin} lead ${least}` })));
const NAMES = [...CHOICES.map(({ name }) => name), ...Object.keys(RULES)];

function measure(model: TheirModel, rows: readonly Row[]): Record<string, number> {
  const right: Record<string, number> = {};
  for (const row of rows) {
    for (const { margin, least, name } of CHOICES) if (row.accepted.has(index(feelingOf(row.theirs, row.signs, model, margin, least).feeling))) right[name] = (right[name] ?? 0) + 1;
    const scores = scoreFeelings(model, row.features);
    for (const [name, rule] of Object.entries(RULES)) if (row.accepted.has(rule(row.signs, scores))) right[name] = (right[name] ?? 0) + 1;
  }
  return right;
}

const share = (part: number, whole: number): string => `${part}/${whole} (${((100 * part) / whole).toFixed(1)} %)`;

function report(label: string, model: TheirModel, rows: readonly Row[]): void {
  const right = measure(model, rows);
  console.log(`${label}: ${NAMES.map((name) => `${name} ${share(right[name] ?? 0, rows.length)}`).join('; ')}`);
}

const conversations = new Map(SETS.map((set) => [set, readConversations(set)]));
const development = readConversations(DEVELOPMENT);
const reddit = REDDIT_WEIGHT > 0 ? readGoEmotions() : [];
console.log(`${[...conversations.values()].flat().length} annotated messages, ${reddit.length} GoEmotions comments`);

if (args.includes('--cv')) {
  const totals: Record<string, number> = {};
  let count = 0;
  for (const held of SETS) {
    const model = train([...SETS.filter((set) => set !== held).flatMap((set) => conversations.get(set)!), ...reddit]);
    const rows = conversations.get(held)!;
    report(`fitted without ${held}, measured on it`, model, rows);
    for (const [name, value] of Object.entries(measure(model, rows))) totals[name] = (totals[name] ?? 0) + value;
    count += rows.length;
  }
  console.log(`leave one set out, all four: ${NAMES.map((name) => `${name} ${share(totals[name] ?? 0, count)}`).join('; ')}`);
}

/**
 * Everyday chat is mostly neutral, the annotated sets are not: the share of GoEmotions' development comments rated
 * neutral alone (never fitted on) that each margin reads a feeling into.
 */
function falseFeelings(model: TheirModel): string {
  const neutral = readFileSync('../shared/data/goemotions/dev.tsv', 'utf8').split('\n').flatMap((line) => {
    const [text, ids] = line.split('\t');
    return text && ids === '27' ? [text] : [];
  });
  const signs = neutral.map((text) => signsOf(text));
  return CHOICES.map(({ margin, least, name }) => {
    const told = neutral.filter((text, i) => feelingOf(text, signs[i]!, model, margin, least).feeling !== 'neutral').length;
    return `${name} ${share(told, neutral.length)}`;
  }).join('; ');
}

const model = train([...[...conversations.values()].flat(), ...reddit]);
for (const set of SETS) report(`in-sample ${set}`, model, conversations.get(set)!);
report('development (annotates the draft writer, not them)', model, development);
console.log(`feelings read into neutral GoEmotions development comments: ${falseFeelings(model)}`);

const names = [...model.weights.keys()].sort();
const features = frontCode(names);
const digits = names.map((name) => model.weights.get(name)!.map(weightDigit).join('')).join('');
/** A table as their-weights.ts holds it: [its text with frequent pairs merged, the merges]. */
const merged = (table: string): string => JSON.stringify(Object.values(mergePairs(table)));
console.log(`${names.length} features kept, table ${features.length + digits.length} characters; intercepts ${model.intercepts.join(' ')}`);
if (!args.includes('--dry-run')) {
  writeFileSync(
    'src/analysis/their-weights.ts',
    `// Written by scripts/fit-their.ts; do not edit by hand. ${model.weights.size} features of their messages (see their-message-model.ts).\n` +
      `export const THEIR_INTERCEPTS: readonly number[] = [${model.intercepts.join(', ')}];\n` +
      `export const THEIR_FEATURES: readonly [string, string] = ${merged(features)};\n` +
      `export const THEIR_WEIGHTS: readonly [string, string] = ${merged(digits)};\n`,
  );
  console.log('wrote src/analysis/their-weights.ts');
}
