// Measures what a learned bag of words could add to the rule score on GoEmotions' training split: L1-regularised
// logistic regression on the rule score plus word and two-word indicators (the scorer's own tokens), 5-fold CV.
//   node scripts/run-ts.mjs scripts/fit-ceiling.ts [train.tsv] [--l1 25] [--top 40]
// Prints cross-validated F1 for the rules alone and for the blend, each at its best threshold, and the strongest
// words of a fit on the whole file. Never run it on dev: dev is for checking, not choosing.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { analyze } from '../src/analysis/analyze';
import { tokenize } from '../src/analysis/tokens';

const args = process.argv.slice(2);
const option = (name: string, fallback: number): number => {
  const at = args.indexOf(name);
  return at >= 0 ? Number(args[at + 1]) : fallback;
};
const file = args.find((arg, i) => !arg.startsWith('--') && !(args[i - 1] ?? '').startsWith('--')) ?? path.resolve('../shared/data/goemotions/train.tsv');
const L1 = option('--l1', 25);
const TOP = option('--top', 40);
const L2 = 10;
const FOLDS = 5;
const EPOCHS = 8;
/** Words below this many comments (phrases: PHRASE_SUPPORT) are too rare to trust. */
const WORD_SUPPORT = 5;
const PHRASE_SUPPORT = 15;
/** A larger rule score adds no more evidence: it is heated either way. */
const SCORE_CAP = 3;

interface Example {
  rule: number;
  grams: number[];
  heated: boolean;
}

/** Words, emoji and two-token phrases of a comment, as the scorer tokenizes them. */
function gramsOf(text: string): string[] {
  const tokens = tokenize(text).filter((token) => token.type === 'word' || token.type === 'emoji');
  const grams = new Set<string>();
  tokens.forEach((token, i) => {
    grams.add(token.norm);
    const next = tokens[i + 1];
    if (next && next.sentence === token.sentence) grams.add(`${token.norm} ${next.norm}`);
  });
  return [...grams];
}

const comments = readFileSync(file, 'utf8')
  .split('\n')
  .filter((line) => line !== '')
  .map((line) => {
    const [text = '', ids = ''] = line.split('\t');
    return { text, grams: gramsOf(text), heated: ids.split(',').some((id) => id === '2' || id === '3' || id === '11') };
  });
const support = new Map<string, number>();
for (const { grams } of comments) for (const gram of grams) support.set(gram, (support.get(gram) ?? 0) + 1);
const vocabulary = [...support.entries()].filter(([gram, n]) => n >= (gram.includes(' ') ? PHRASE_SUPPORT : WORD_SUPPORT)).map(([gram]) => gram);
const index = new Map(vocabulary.map((gram, i) => [gram, i]));
const examples: Example[] = comments.map(({ text, grams, heated }) => ({
  rule: Math.min(analyze(text).score, SCORE_CAP),
  grams: grams.flatMap((gram) => (index.has(gram) ? [index.get(gram) ?? 0] : [])),
  heated,
}));

interface Model {
  weights: Float64Array;
  slope: number;
  bias: number;
}

/** FTRL-proximal logistic regression on z = slope * rule + sum of gram weights + bias; only gram weights pay L1. */
function fit(rows: Example[]): Model {
  const n = vocabulary.length + 2;
  const z = new Float64Array(n);
  const q = new Float64Array(n);
  const w = new Float64Array(n);
  const alpha = 0.1;
  const beta = 1;
  const weightOf = (i: number): number => {
    const sparse = i < vocabulary.length;
    const zi = z[i] ?? 0;
    const l1 = sparse ? L1 : 0;
    if (Math.abs(zi) <= l1) return 0;
    return -(zi - Math.sign(zi) * l1) / ((beta + Math.sqrt(q[i] ?? 0)) / alpha + (sparse ? L2 : 0.01));
  };
  const order = rows.map((_, i) => i);
  let seed = 7;
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      const j = seed % (i + 1);
      [order[i], order[j]] = [order[j] ?? 0, order[i] ?? 0];
    }
    for (const k of order) {
      const row = rows[k]!;
      const indices = [...row.grams, vocabulary.length, vocabulary.length + 1];
      const values = [...row.grams.map(() => 1), row.rule, 1];
      let dot = 0;
      indices.forEach((i, m) => {
        w[i] = weightOf(i);
        dot += (w[i] ?? 0) * (values[m] ?? 0);
      });
      const error = 1 / (1 + Math.exp(-Math.max(-30, Math.min(30, dot)))) - (row.heated ? 1 : 0);
      indices.forEach((i, m) => {
        const g = error * (values[m] ?? 0);
        const qi = q[i] ?? 0;
        z[i] = (z[i] ?? 0) + g - ((Math.sqrt(qi + g * g) - Math.sqrt(qi)) / alpha) * (w[i] ?? 0);
        q[i] = qi + g * g;
      });
    }
  }
  for (let i = 0; i < n; i++) w[i] = weightOf(i);
  return { weights: w.subarray(0, vocabulary.length), slope: w[vocabulary.length] ?? 0, bias: w[vocabulary.length + 1] ?? 0 };
}

const predict = (model: Model, row: Example): number => row.grams.reduce((sum, i) => sum + (model.weights[i] ?? 0), model.slope * row.rule + model.bias);

/** F1, precision and recall at the threshold that maximises F1. */
function best(scores: number[], labels: boolean[]): string {
  const order = scores.map((_, i) => i).sort((a, b) => (scores[b] ?? 0) - (scores[a] ?? 0));
  const positives = labels.filter(Boolean).length;
  let tp = 0;
  let top = { f1: 0, precision: 0, recall: 0 };
  order.forEach((i, k) => {
    if (labels[i]) tp++;
    const f1 = (2 * tp) / (k + 1 + positives);
    if (f1 > top.f1) top = { f1, precision: tp / (k + 1), recall: tp / positives };
  });
  return `F1 ${top.f1.toFixed(3)} (P ${top.precision.toFixed(3)} R ${top.recall.toFixed(3)})`;
}

const outOfFold = new Array<number>(examples.length).fill(0);
const kept: number[] = [];
for (let fold = 0; fold < FOLDS; fold++) {
  const model = fit(examples.filter((_, i) => i % FOLDS !== fold));
  kept.push(model.weights.filter((w) => w !== 0).length);
  examples.forEach((row, i) => {
    if (i % FOLDS === fold) outOfFold[i] = predict(model, row);
  });
}
const labels = examples.map((row) => row.heated);
console.log(`${examples.length} comments, ${vocabulary.length} candidate grams, ${kept.join('/')} kept per fold`);
console.log(`rules alone, best threshold:         ${best(examples.map((row) => row.rule), labels)}`);
console.log(`rules + learned grams, ${FOLDS}-fold CV: ${best(outOfFold, labels)}`);
const model = fit(examples);
const ranked = vocabulary.map((gram, i) => ({ gram, weight: (model.weights[i] ?? 0) / model.slope })).sort((a, b) => b.weight - a.weight);
const show = (list: typeof ranked): string => list.map(({ gram, weight }) => `${gram}:${weight.toFixed(2)}`).join(' ');
console.log(`slope ${model.slope.toFixed(2)}; weights below in rule-score units`);
console.log(`heated: ${show(ranked.slice(0, TOP))}`);
console.log(`calm:   ${show(ranked.slice(-TOP).reverse())}`);
