// Fits the leaning of everyday words (LEANING in src/analysis/lexicon.ts) on GoEmotions' training split, with the
// scorer's own score as a fixed input, so each word's weight is in score units and the balanced threshold stays 1.
//   node scripts/run-ts.mjs scripts/fit-weights.ts [train.tsv] [--words 500] [--l2 3e-3] [--holdout]
// --holdout fits on the first 80 % and reports the scorer's F1 on the last 20 % beside the shipped table's; without
// it, it fits on all of the file and prints a table in LEANING's grouped form ("weight:word word|..."). Never fit on dev.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { analyze, collectHits, scoreHits } from '../src/analysis/analyze';
import { WORDS } from '../src/analysis/lexicon';
import { tokenize } from '../src/analysis/tokens';

const args = process.argv.slice(2);
const option = (name: string, fallback: number): number => {
  const at = args.indexOf(name);
  return at >= 0 ? Number(args[at + 1]) : fallback;
};
const file = args.find((arg, i) => !arg.startsWith('--') && !(args[i - 1] ?? '').startsWith('--')) ?? path.resolve('../shared/data/goemotions/train.tsv');
const TABLE_SIZE = option('--words', 500);
const L2 = option('--l2', 3e-4);
const holdout = args.includes('--holdout');
/** A word must appear in this many comments to earn a weight. */
const MIN_SUPPORT = 25;
/** No one everyday word moves the score by more than this. */
const MAX_LEAN = 0.6;
/** A larger score adds no more evidence to the fit: it is heated either way. */
const SCORE_CAP = 2.5;

interface Comment {
  text: string;
  heated: boolean;
}

const comments: Comment[] = [];
for (const line of readFileSync(file, 'utf8').split('\n')) {
  const [text = '', ids = ''] = line.split('\t');
  if (text) comments.push({ text, heated: ids.split(',').some((id) => id === '2' || id === '3' || id === '11') });
}
const cut = holdout ? Math.floor(comments.length * 0.8) : comments.length;
const training = comments.slice(0, cut);
const checking = comments.slice(cut);

function f1(rows: Comment[]): string {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const row of rows) {
    const heated = analyze(row.text).heated;
    if (heated && row.heated) tp++;
    else if (heated) fp++;
    else if (row.heated) fn++;
  }
  return `P ${(tp / (tp + fp)).toFixed(3)} R ${(tp / (tp + fn)).toFixed(3)} F1 ${((2 * tp) / (2 * tp + fp + fn)).toFixed(3)}`;
}
if (holdout) console.error(`scorer as shipped, held-out 20 %: ${f1(checking)}`);

// Every plain word common enough to fit, except the heat words, which carry their own weights.
const support = new Map<string, number>();
for (const { text } of training) {
  for (const word of new Set(tokenize(text).flatMap((token) => (token.type === 'word' ? [token.norm] : [])))) {
    support.set(word, (support.get(word) ?? 0) + 1);
  }
}
const candidates = [...support.keys()].filter(
  (word) => (support.get(word) ?? 0) >= MIN_SUPPORT && WORDS.get(word)?.heat === undefined && /^[a-z0-9]+$/.test(word),
);

/** Sets every word's leaning in the scorer's own lexicon, adding words it does not know yet. */
function setLeaning(lean: (word: string) => number): void {
  for (const [word, facts] of WORDS) facts.lean = facts.heat === undefined ? lean(word) : 0;
  for (const word of candidates) if (!WORDS.has(word)) WORDS.set(word, { flags: 0, afinn: 0, warmth: 0, heat: undefined, lean: lean(word) });
}

// With every candidate at leaning 1, the scorer reports exactly which words it would weigh in each comment.
const index = new Map(candidates.map((word, i) => [word, i]));
setLeaning((word) => (index.has(word) ? 1 : 0));
const examples = training.map(({ text, heated }) => {
  const hits = collectHits(text);
  const at = new Map(tokenize(text).map((token) => [token.start, token.norm]));
  const words = hits.flatMap((hit) => (hit.key === 'leaning' ? [index.get(at.get(hit.start) ?? '') ?? -1] : [])).filter((i) => i >= 0);
  const score = Math.min(scoreHits(hits.filter((hit) => hit.key !== 'leaning')), SCORE_CAP);
  return { words, score, heated };
});

// Logistic regression on z = slope * (score + sum of leanings - 1) + offset, by full-batch Adam with an L2 penalty.
const lean = new Float64Array(candidates.length);
let slope = 1;
let offset = -1;
const m = new Float64Array(candidates.length + 2);
const v = new Float64Array(candidates.length + 2);
const RATE = 0.02;
for (let step = 1; step <= 800; step++) {
  const grad = new Float64Array(candidates.length + 2);
  for (const example of examples) {
    let sum = example.score - 1;
    for (const i of example.words) sum += lean[i] ?? 0;
    const error = 1 / (1 + Math.exp(-(slope * sum + offset))) - (example.heated ? 1 : 0);
    for (const i of example.words) grad[i] = (grad[i] ?? 0) + error * slope;
    grad[candidates.length] = (grad[candidates.length] ?? 0) + error * sum;
    grad[candidates.length + 1] = (grad[candidates.length + 1] ?? 0) + error;
  }
  const update = (i: number, g: number): number => {
    m[i] = 0.9 * (m[i] ?? 0) + 0.1 * g;
    v[i] = 0.999 * (v[i] ?? 0) + 0.001 * g * g;
    return (RATE * ((m[i] ?? 0) / (1 - 0.9 ** step))) / (Math.sqrt((v[i] ?? 0) / (1 - 0.999 ** step)) + 1e-8);
  };
  for (let i = 0; i < candidates.length; i++) {
    const w = lean[i] ?? 0;
    lean[i] = w - update(i, (grad[i] ?? 0) / examples.length + L2 * w);
  }
  slope -= update(candidates.length, (grad[candidates.length] ?? 0) / examples.length);
  offset -= update(candidates.length + 1, (grad[candidates.length + 1] ?? 0) / examples.length);
}

// The strongest words, quantised to one decimal.
const table = new Map<string, number>();
const ranked = candidates.map((word, i) => ({ word, weight: lean[i] ?? 0 })).sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight));
for (const { word, weight } of ranked) {
  const quantised = Math.round(Math.max(-MAX_LEAN, Math.min(MAX_LEAN, weight)) * 10) / 10;
  if (quantised !== 0 && table.size < TABLE_SIZE) table.set(word, quantised);
}
setLeaning((word) => table.get(word) ?? 0);

console.error(`${candidates.length} candidate words, slope ${slope.toFixed(2)}, offset ${offset.toFixed(2)}, ${table.size} kept`);
console.error(`scorer with this table, fitted comments: ${f1(training)}`);
if (holdout) console.error(`scorer with this table, held-out 20 %: ${f1(checking)}`);
const groups = new Map<number, string[]>();
for (const [word, weight] of table) groups.set(weight, [...(groups.get(weight) ?? []), word]);
const source = [...groups.entries()]
  .sort((a, b) => b[0] - a[0])
  .map(([weight, words]) => `${weight}:${words.sort().join(' ')}`)
  .join('|');
console.log(source);
