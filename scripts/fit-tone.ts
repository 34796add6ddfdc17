// Fits the scorer's word tone (src/analysis/tone.ts) on GoEmotions' training split, the Contextual Abuse Dataset's
// training split and the chat drafts written for the fit (scripts/data/chat-train.tsv), and writes
// src/analysis/tone-weights.ts.
//   node scripts/run-ts.mjs scripts/fit-tone.ts [--keep 1200] [--l2 1e-3] [--support 8] [--cad-weight W]
//     [--cad-heated H] [--chat-weight C] [--common-l2 F] [--chat-support S] [--calibrate goemotions|chat|both]
//     [--drop r,o] [--sample N] [--cv] [--folds K] [--dry-run]
// Abusive comments aimed at a person are a twentieth of the abuse dataset, so its heated rows weigh --cad-heated (2)
// times its calm ones; the whole dataset weighs --cad-weight (0.25) per row. The chat drafts are about 13,900 lines
// in the register Attune reads (half heated, many of them the hard cases: sarcasm, ultimatums, banter, venting);
// each weighs --chat-weight (3), the weight whose 2-fold CV mean F1 over GoEmotions and the chat drafts was the
// better of 3 and 4 (3: chat 0.661, GoEmotions 0.441; 4: 0.664, 0.417; on fewer drafts, heavier weights trade more
// GoEmotions F1 for chat F1: the sources disagree on venting and owned anger, which GoEmotions labels heated and a
// chat reader does not). Each source has its own intercept in the fit, so words frequent in the heated-rich chat
// drafts ("you") are not taught heat for the prevalence alone.
// --sample N keeps every N-th comment, for quick exploration.
// Each comment's features come from the scorer itself (collectHits with a sink), so a word counts with the same
// context it has when a draft is scored: aimed at the reader, owned ("I feel annoyed"), venting at a printer,
// negated, cheerful swearing. Besides words, letter pieces and two-word phrases, a word said to the reader (r:) and
// a sentence's opening pair (o:) are features. Logistic regression, L2, full-batch Adam; the `--keep` strongest
// pieces are kept and refitted. Hand-set structure (patterns, capitals, punctuation) enters as a fixed offset in
// score units, and the weights are divided by the gap between an empty comment and the F1-best cut on held-out
// GoEmotions comments (--calibrate), so the balanced threshold of 1 is that cut. --cv reports 5-fold
// cross-validated F1 of the whole scorer at the balanced threshold. Never fit or choose on dev: dev is for checking.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { collectHits, scoreHits, THRESHOLDS } from '../src/analysis/analyze';
import { frontCode } from '../src/analysis/front-coding';
import { ENGLISH, WORDS } from '../src/analysis/lexicon';
import { parseTone, type ToneModel } from '../src/analysis/tone';
import { readLabelledRows, type LabelledRow } from './labelled-rows';
import { args, option } from './fit-options';

const DATA = path.resolve('../shared/data');
const CAD_WEIGHT = option('--cad-weight', 0.25);
const CAD_HEATED = option('--cad-heated', 2);
/** Chat drafts written for the fit (scripts/data/chat-train.tsv): few, but in the register Attune reads. */
const CHAT_DRAFTS = path.resolve('scripts/data/chat-train.tsv');
const CHAT_WEIGHT = option('--chat-weight', 3);
/** A chat draft counts this many comments towards a piece's support: its phrases are rarer but all on topic. */
const CHAT_SUPPORT = option('--chat-support', 3);
/** Every n-th row only, for quick exploration on a shared machine. */
const SAMPLE = option('--sample', 1);
/**
 * Word pieces and phrases kept. 2-fold CV F1 at balanced (chat drafts / GoEmotions): 1,200 0.665 / 0.441, 1,800
 * 0.687 / 0.441, 2,400 0.687 / 0.440, 3,600 0.675 / 0.435. 1,800 was fitted and read worse on the fourth blind
 * set (F1 0.806 -> 0.788, recall 0.700 -> 0.667) for 5 KB more in the content script, so 1,200 stays.
 */
const KEEP = option('--keep', 1200);
const L2 = option('--l2', 1e-3);
/** Structural features (AFINN, lexicon categories) are few and well supported: they pay a tenth of the penalty. */
const STRUCTURE_L2 = L2 / 10;
const ITERATIONS = option('--iterations', 200);
/** A piece or phrase seen in fewer comments than this is noise. */
const MIN_SUPPORT = option('--support', 8);
const FOLDS = 5;
/** Models averaged, each fitted without one of this many folds, whose left-out comments set the scale. */
const BAGS = option('--bags', 4);
const CALIBRATE = (() => {
  const at = args.indexOf('--calibrate');
  return at >= 0 ? args[at + 1] : 'goemotions';
})();

interface Row {
  /** Feature indices and values. */
  index: Int32Array;
  value: Float64Array;
  /** Score of the hand-set structure (patterns, capitals, punctuation) in score units. */
  structure: number;
  heated: boolean;
  text: string;
  /** How much the row counts in the fit and in every F1 the fit reports. */
  weight: number;
  source: Source;
}

type Source = 'goemotions' | 'cad' | 'chat';
const SOURCES: readonly Source[] = ['goemotions', 'cad', 'chat'];

const EMPTY: ToneModel = parseTone('');
/** Learned pieces: words (w), letter pieces (c), two-word phrases (b), words said to the reader (r), sentence openings (o). */
const isGram = (name: string): boolean => name[1] === ':' && 'wcbro'.includes(name[0]!);

function featuresOf(text: string): { features: Map<string, number>; structure: number } {
  const features = new Map<string, number>();
  const hits = collectHits(text, EMPTY, (name, value) => features.set(name, (features.get(name) ?? 0) + value));
  return { features, structure: scoreHits(hits) };
}

function load(source: Source, weightOf: (row: LabelledRow) => number): { source: Source; weight: number; text: string; heated: boolean }[] {
  const file = source === 'chat' ? CHAT_DRAFTS : path.join(DATA, source, 'train.tsv');
  const layout = source === 'goemotions' ? 'goemotions' : source === 'cad' ? 'labelled' : 'drafts';
  const { rows } = readLabelledRows(readFileSync(file, 'utf8'), layout);
  return rows.filter((_, i) => i % SAMPLE === 0).map((row) => ({ source, weight: weightOf(row), text: row.text, heated: row.heated }));
}
const comments = [
  ...load('goemotions', () => 1),
  // With --cad-weight 0 the abuse dataset is only measured, never fitted.
  ...load('cad', (row) => CAD_WEIGHT * (row.heated ? CAD_HEATED : 1)),
  ...load('chat', () => CHAT_WEIGHT),
].map((row) => ({ ...row, ...featuresOf(row.text) }));
const support = new Map<string, number>();
for (const { features, source } of comments) {
  const witness = source === 'chat' ? CHAT_SUPPORT : 1;
  for (const name of features.keys()) support.set(name, (support.get(name) ?? 0) + witness);
}
/** Feature families left out of the fit (--drop r,o), for comparing what each adds. */
const DROPPED = new Set((args.includes('--drop') ? args[args.indexOf('--drop') + 1]! : '').split(',').filter(Boolean));
const names = [...support.entries()].filter(([name, n]) => !DROPPED.has(name[0]!) && (!isGram(name) || n >= MIN_SUPPORT)).map(([name]) => name);
const indexOf = new Map(names.map((name, i) => [name, i]));
const rows: Row[] = comments.map(({ text, heated, features, structure, weight, source }) => {
  const kept = [...features.entries()].filter(([name]) => indexOf.has(name));
  return {
    index: Int32Array.from(kept, ([name]) => indexOf.get(name) ?? 0),
    value: Float64Array.from(kept, ([, value]) => value),
    structure,
    heated,
    text,
    weight,
    source,
  };
});
/**
 * The commonest English words ("if", "or", "to") pay --common-l2 (10) times the penalty: their tone belongs to the
 * phrases and openings they stand in ("if you cared", "or else"), not to every "if". 2-fold CV: chat F1 0.661 -> 0.669,
 * GoEmotions 0.441 -> 0.438.
 */
const COMMON_L2 = option('--common-l2', 10);
const isCommon = (name: string): boolean => {
  // A word's own weight (w:) and, for the shortest words, the letter piece that is the whole word (c:<or>).
  const word = name.startsWith('w:') ? name.slice(2) : name.startsWith('c:<') && name.endsWith('>') ? name.slice(3, -1) : undefined;
  return word !== undefined && ((WORDS.get(word)?.flags ?? 0) & ENGLISH) !== 0;
};
const penalty = Float64Array.from(names, (name) => (isGram(name) ? L2 * (isCommon(name) ? COMMON_L2 : 1) : STRUCTURE_L2));

/**
 * Weights, and one intercept per source. The sources are heated at very different rates (a tenth of GoEmotions, half
 * of the chat drafts, a twentieth of the abuse dataset): with one shared intercept, words common in the heated-rich
 * source ("you", "your") would be taught heat they do not carry. Only the weights ship; the scale is set on held-out
 * rows with their own source's intercept.
 */
interface Fit {
  weights: Float64Array;
  bias: Record<Source, number>;
}

const zeroBias = (): Record<Source, number> => ({ goemotions: 0, cad: 0, chat: 0 });

/** Logistic regression on the rows, with `offset` x structure added to each row's log-odds; `mask` limits the features. */
function fit(training: Row[], offset: number, mask?: Uint8Array): Fit {
  const n = names.length;
  const w = new Float64Array(n);
  const m = new Float64Array(n);
  const v = new Float64Array(n);
  const g = new Float64Array(n);
  const bias = zeroBias();
  const mb = zeroBias();
  const vb = zeroBias();
  const rate = 0.05;
  const total = training.reduce((sum, row) => sum + row.weight, 0);
  for (let step = 1; step <= ITERATIONS; step++) {
    g.fill(0);
    const gb = zeroBias();
    for (const row of training) {
      const z = logOdds({ weights: w, bias }, offset, row);
      const error = ((1 / (1 + Math.exp(-z)) - (row.heated ? 1 : 0)) * row.weight) / total;
      for (let k = 0; k < row.index.length; k++) g[row.index[k]!]! += error * row.value[k]!;
      gb[row.source] += error;
    }
    const correction1 = 1 - 0.9 ** step;
    const correction2 = 1 - 0.999 ** step;
    for (let i = 0; i < n; i++) {
      if (mask && !mask[i]) continue;
      const gi = g[i]! + penalty[i]! * w[i]!;
      m[i] = 0.9 * m[i]! + 0.1 * gi;
      v[i] = 0.999 * v[i]! + 0.001 * gi * gi;
      w[i]! -= (rate * (m[i]! / correction1)) / (Math.sqrt(v[i]! / correction2) + 1e-8);
    }
    for (const source of SOURCES) {
      mb[source] = 0.9 * mb[source] + 0.1 * gb[source];
      vb[source] = 0.999 * vb[source] + 0.001 * gb[source] * gb[source];
      bias[source] -= (rate * (mb[source] / correction1)) / (Math.sqrt(vb[source] / correction2) + 1e-8);
    }
  }
  return { weights: w, bias };
}

/** A row's log-odds under the model, with `offset` x its structure added. */
function logOdds(model: Fit, offset: number, row: Row): number {
  let z = model.bias[row.source] + offset * row.structure;
  for (let k = 0; k < row.index.length; k++) z += (model.weights[row.index[k]!] ?? 0) * row.value[k]!;
  return z;
}

/** The score at which F1, counting each row by its weight, is best, and that F1. */
function bestCut(scores: number[], rows: Row[]): { cut: number; f1: number } {
  const order = scores.map((_, i) => i).sort((a, b) => scores[b]! - scores[a]!);
  const positives = rows.reduce((sum, row) => sum + (row.heated ? row.weight : 0), 0);
  let tp = 0;
  let flagged = 0;
  let top = { cut: Infinity, f1: 0 };
  order.forEach((i) => {
    const row = rows[i]!;
    flagged += row.weight;
    if (row.heated) tp += row.weight;
    const f1 = (2 * tp) / (flagged + positives);
    if (f1 > top.f1) top = { cut: scores[i]!, f1 };
  });
  return top;
}

/**
 * Fits the rows and returns the weights in score units: the kept features, each divided by the gap between an
 * empty comment's log-odds and the F1-best cut, so that a score of 1 (balanced) is the cut.
 */
/** The structural features and the `--keep` word pieces and phrases that weigh most in a fit on every feature. */
function select(training: Row[], scale: number): Uint8Array {
  const broad = fit(training, scale);
  const mask = new Uint8Array(names.length);
  names
    .map((name, i) => ({ i, strength: isGram(name) ? Math.abs(broad.weights[i]!) : Infinity }))
    .sort((a, b) => b.strength - a.strength)
    .slice(0, KEEP + names.filter((name) => !isGram(name)).length)
    .forEach(({ i }) => (mask[i] = 1));
  return mask;
}

/**
 * Fits one model per bag (the comments outside one of BAGS folds), each choosing its own features, and averages
 * them: a single choice of 1,200 pieces among 70,000 fits its sample's noise. The scale between log-odds and score
 * units comes from the comments each bag left out, so the balanced threshold of 1 is the best cut on unseen
 * comments, measured on the scorer's own scores (structure that calm words cannot cancel and the per-word caps
 * bend the plain sum).
 */
function train(training: Row[]): Map<string, number> {
  const inBag = (bag: number) => training.filter((_, i) => i % BAGS !== bag);
  const leftOut = (bag: number) => training.filter((_, i) => i % BAGS === bag);
  let scale = 2.5;
  const masks = Array.from({ length: BAGS }, (_, bag) => select(inBag(bag), scale));
  const first = fit(inBag(0), scale, masks[0]);
  // The scale is set on GoEmotions alone: its tenth of heated comments is what the balanced threshold is cut for,
  // while the abuse dataset teaches words aimed at a person.
  const check = leftOut(0).filter(calibrates);
  // Log-odds without the intercept: the score is the weights' sum, so the cut is placed on that sum.
  const sums = check.map((row) => logOdds(first, scale, row) - first.bias[row.source]);
  scale = Math.max(0.5, bestCut(sums, check).cut);
  const models = masks.map((mask, bag) => fit(inBag(bag), scale, mask));
  const scores: number[] = [];
  const held: Row[] = [];
  models.forEach((model, bag) => {
    const tone = parseTone(serialise(inScoreUnits(model, scale)));
    for (const row of leftOut(bag).filter(calibrates)) {
      scores.push(scoreHits(collectHits(row.text, tone)));
      held.push(row);
    }
  });
  const calibrated = bestCut(scores, held);
  console.log(`scale ${scale.toFixed(2)} log-odds per unit, then x ${calibrated.cut.toFixed(2)}: the best cut of held-out scores (F1 ${calibrated.f1.toFixed(3)})`);
  scale *= Math.max(0.5, calibrated.cut);
  const weights = new Float64Array(names.length);
  for (const model of models) model.weights.forEach((weight, i) => (weights[i]! += weight / BAGS));
  return inScoreUnits({ weights, bias: zeroBias() }, scale);
}

function inScoreUnits(model: Fit, scale: number): Map<string, number> {
  const weights = new Map<string, number>();
  names.forEach((name, i) => {
    const weight = Math.round((model.weights[i]! / scale) * 100) / 100;
    if (weight !== 0) weights.set(name, weight);
  });
  return weights;
}

function serialise(weights: Map<string, number>): string {
  const byWeight = new Map<number, string[]>();
  for (const [name, weight] of weights) {
    const hundredths = Math.round(weight * 100);
    byWeight.set(hundredths, [...(byWeight.get(hundredths) ?? []), name]);
  }
  return [...byWeight.entries()]
    .sort((a, b) => b[0] - a[0])
    .map(([hundredths, list]) => `${hundredths} ${frontCode(list)}`)
    .join('\n');
}

function f1At(model: ToneModel, held: Row[]): { f1: number; precision: number; recall: number } {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const row of held) {
    const heated = scoreHits(collectHits(row.text, model)) >= THRESHOLDS.balanced;
    if (heated && row.heated) tp++;
    else if (heated) fp++;
    else if (row.heated) fn++;
  }
  return { f1: (2 * tp) / (2 * tp + fp + fn), precision: tp / (tp + fp), recall: tp / (tp + fn) };
}

/** The rows whose held-out scores place the balanced threshold (--calibrate goemotions|chat|both). */
function calibrates(row: Row): boolean {
  return CALIBRATE === 'both' ? row.source !== 'cad' : row.source === CALIBRATE;
}

const count = (source: Source): string => {
  const own = rows.filter((row) => row.source === source);
  return `${own.length} ${source} (${own.filter((row) => row.heated).length} heated)`;
};
console.log(`${SOURCES.map(count).join(', ')}; ${names.length} features (${names.filter((name) => !isGram(name)).length} structural)`);
if (args.includes('--cv')) {
  const folds: Record<Source, number[]> = { goemotions: [], cad: [], chat: [] };
  for (let fold = 0; fold < option('--folds', FOLDS); fold++) {
    const model = parseTone(serialise(train(rows.filter((_, i) => i % FOLDS !== fold))));
    for (const source of SOURCES) {
      const held = rows.filter((row, i) => i % FOLDS === fold && row.source === source);
      if (held.length === 0) continue;
      const result = f1At(model, held);
      folds[source].push(result.f1);
      console.log(`fold ${fold + 1} ${source}: F1 ${result.f1.toFixed(3)} (P ${result.precision.toFixed(3)} R ${result.recall.toFixed(3)})`);
    }
  }
  const mean = (list: number[]): string => (list.reduce((a, b) => a + b, 0) / Math.max(1, list.length)).toFixed(3);
  console.log(`${FOLDS}-fold CV at the balanced threshold (${folds.goemotions.length} run): F1 GoEmotions ${mean(folds.goemotions)}, abuse dataset ${mean(folds.cad)}, chat drafts ${mean(folds.chat)}`);
}
// Cross-validation alone when nothing is to be written: the full fit would only repeat its figures.
if (args.includes('--cv') && args.includes('--dry-run')) process.exit(0);
const weights = train(rows);
const table = serialise(weights);
const structural = [...weights.entries()].filter(([name]) => !isGram(name));
console.log(`kept ${weights.size} weights; structural: ${structural.map(([name, weight]) => `${name} ${weight}`).join(', ')}`);
if (!args.includes('--dry-run')) {
  const target = path.resolve('src/analysis/tone-weights.ts');
  writeFileSync(
    target,
    `// Written by scripts/fit-tone.ts from the training splits of GoEmotions (CC BY 4.0) and of the Contextual Abuse\n// Dataset (Vidgen et al. 2021, CC BY 4.0; see README); do not edit by hand.\n// One line per weight in hundredths of a score unit, then the features that carry it, front-coded.\nexport const TONE_WEIGHTS = ${JSON.stringify(table)};\n`,
  );
  console.log(`wrote ${path.relative(process.cwd(), target)} (${table.length} characters)`);
}
