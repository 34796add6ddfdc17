// Fits the scorer's feature weights by logistic regression on GoEmotions' training split and prints them scaled so
// that the F1-best threshold is 1. Run: node scripts/run-ts.mjs scripts/fit-weights.ts [train.tsv] [--words]
// The printed weights are reviewed by hand before they go into src/analysis/analyze.ts.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { collectHits } from '../src/analysis/analyze';
import { HEAT } from '../src/analysis/lexicon';
import { normalise } from '../src/analysis/tokens';

const args = process.argv.slice(2);
const file = args.find((arg) => !arg.startsWith('--')) ?? path.resolve('../shared/data/goemotions/train.tsv');
const perWord = args.includes('--words');
const MIN_SUPPORT = 15;

interface Example {
  features: Map<string, number>;
  heated: boolean;
}

const examples: Example[] = [];
for (const line of readFileSync(file, 'utf8').split('\n')) {
  const [raw = '', ids = ''] = line.split('\t');
  // GoEmotions masks names as "[NAME]"; as capitals it would read as shouting.
  const text = raw.replace(/\[NAME\]/g, 'Sam');
  if (!text) continue;
  const features = new Map<string, number>();
  for (const hit of collectHits(text)) {
    const word = text.slice(hit.start, hit.end).toLowerCase();
    // Per word, the fit sees the word's context factor alone, not its current weight.
    const value = perWord && hit.key === 'heat' ? hit.value / (HEAT.get(normalise(word))?.weight ?? 1) : hit.value;
    const key = perWord && hit.key === 'heat' ? `w:${normalise(word)}` : hit.key;
    features.set(key, (features.get(key) ?? 0) + value);
  }
  examples.push({ features, heated: ids.split(',').some((id) => id === '2' || id === '3' || id === '11') });
}

const support = new Map<string, number>();
for (const example of examples) for (const key of example.features.keys()) support.set(key, (support.get(key) ?? 0) + 1);
const keys = [...support.keys()].filter((key) => (support.get(key) ?? 0) >= MIN_SUPPORT).sort();
const weights = new Map(keys.map((key) => [key, 0]));
let bias = -2;

// Full-batch gradient descent with Adam and a light L2 penalty.
const L2 = 1e-4;
const rate = 0.05;
const m = new Map<string, number>();
const v = new Map<string, number>();
let mb = 0;
let vb = 0;
for (let step = 1; step <= 600; step++) {
  const grad = new Map<string, number>();
  let gradBias = 0;
  for (const example of examples) {
    let z = bias;
    for (const [key, value] of example.features) z += (weights.get(key) ?? 0) * value;
    const error = 1 / (1 + Math.exp(-z)) - (example.heated ? 1 : 0);
    gradBias += error;
    for (const [key, value] of example.features) if (weights.has(key)) grad.set(key, (grad.get(key) ?? 0) + error * value);
  }
  const adam = (g: number, key: string): number => {
    const mk = 0.9 * (m.get(key) ?? 0) + 0.1 * g;
    const vk = 0.999 * (v.get(key) ?? 0) + 0.001 * g * g;
    m.set(key, mk);
    v.set(key, vk);
    return (rate * (mk / (1 - 0.9 ** step))) / (Math.sqrt(vk / (1 - 0.999 ** step)) + 1e-8);
  };
  for (const key of keys) {
    const w = weights.get(key) ?? 0;
    weights.set(key, w - adam((grad.get(key) ?? 0) / examples.length + L2 * w, key));
  }
  gradBias /= examples.length;
  mb = 0.9 * mb + 0.1 * gradBias;
  vb = 0.999 * vb + 0.001 * gradBias * gradBias;
  bias -= (rate * (mb / (1 - 0.9 ** step))) / (Math.sqrt(vb / (1 - 0.999 ** step)) + 1e-8);
}

const logits = examples.map((example) => {
  let z = bias;
  for (const [key, value] of example.features) z += (weights.get(key) ?? 0) * value;
  return z;
});
let best = { f1: 0, threshold: 0 };
for (let t = -4; t <= 3; t += 0.05) {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  examples.forEach((example, i) => {
    const flagged = (logits[i] ?? 0) >= t;
    if (flagged && example.heated) tp++;
    else if (flagged) fp++;
    else if (example.heated) fn++;
  });
  const f1 = (2 * tp) / (2 * tp + fp + fn);
  if (f1 > best.f1) best = { f1, threshold: t };
}
const scale = best.threshold - bias;
console.log(`train F1 ${best.f1.toFixed(3)} at logit ${best.threshold.toFixed(2)}, bias ${bias.toFixed(2)}, ${examples.length} comments`);
for (const key of keys.sort((a, b) => (weights.get(b) ?? 0) - (weights.get(a) ?? 0))) {
  console.log(`${key}\t${((weights.get(key) ?? 0) / scale).toFixed(2)}\t(n=${support.get(key)})`);
}
