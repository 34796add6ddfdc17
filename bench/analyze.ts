// Times analyze() against plain sentiment.analyze() on the same GoEmotions comments, in interleaved rounds.
// Run alone: node scripts/run-ts.mjs bench/analyze.ts
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Sentiment from 'sentiment';
import { analyze } from '../src/analysis/analyze';
import { median } from './stats';
import type { BenchResult } from './types';

/** The raw figures: analyze() and sentiment over the same comments, a long draft, and a 1 MB string. */
export interface AnalyzeFigures {
  name: string;
  baselineMs: number;
  ms: number;
  ratio: number;
  draft2000MedianMs: number;
  oneMegabyteMs: number;
}

const COMMENTS = 5_000;
const ROUNDS = 9;

function repoRoot(): string {
  // Bundled by scripts/run-ts.mjs into node_modules/.run-ts-*/, so walk up to the folder holding package.json's bench/.
  let dir = path.dirname(fileURLToPath(import.meta.url));
  while (path.basename(dir) === 'bench' || dir.includes(`${path.sep}node_modules`)) dir = path.dirname(dir);
  return dir;
}


function timeOnce(run: () => void): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

/** A 2,000-character draft as people write them: sentences, a little heat, an emoji. */
function longDraft(): string {
  const parts = [
    'I honestly thought we agreed on Saturday, and now you tell me you have plans? ',
    'You never check the calendar, every single time I have to chase you. ',
    "I'm not angry, I'm tired, and I'd like us to sort this out calmly 🙂 ",
    'Whatever. Fine. Just tell me what time works for you this week. ',
  ];
  let draft = '';
  for (let i = 0; draft.length < 2_000; i++) draft += parts[i % parts.length];
  return draft.slice(0, 2_000);
}

export async function measureAnalyze(): Promise<AnalyzeFigures> {
  const file = path.resolve(repoRoot(), '../shared/data/goemotions/train.tsv');
  const comments = readFileSync(file, 'utf8')
    .split('\n')
    .slice(0, COMMENTS)
    .map((line) => line.split('\t')[0] ?? '');
  const sentiment = new Sentiment();
  let sink = 0;
  const baseline = (): void => {
    for (const comment of comments) sink += sentiment.analyze(comment).score;
  };
  const ours = (): void => {
    for (const comment of comments) sink += analyze(comment).score;
  };
  baseline();
  ours();
  const baselineTimes: number[] = [];
  const ourTimes: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    baselineTimes.push(timeOnce(baseline));
    ourTimes.push(timeOnce(ours));
  }

  const draft = longDraft();
  const draftTimes: number[] = [];
  for (let i = 0; i < 200; i++) draftTimes.push(timeOnce(() => (sink += analyze(draft).score)));

  const huge = 'you never listen to me and it is exhausting. '.repeat(Math.ceil(1_048_576 / 45)).slice(0, 1_048_576);
  const hugeMs = timeOnce(() => (sink += analyze(huge).score));

  if (Number.isNaN(sink)) throw new Error('benchmark produced no scores');
  const baselineMs = median(baselineTimes);
  const ms = median(ourTimes);
  return {
    name: `analyze() vs sentiment.analyze() over ${comments.length} GoEmotions comments`,
    baselineMs: Math.round(baselineMs * 100) / 100,
    ms: Math.round(ms * 100) / 100,
    ratio: Math.round((ms / baselineMs) * 100) / 100,
    draft2000MedianMs: Math.round(median(draftTimes) * 1000) / 1000,
    oneMegabyteMs: Math.round(hugeMs * 100) / 100,
  };
}

/** The analysis budgets: <= 3x plain sentiment, a 2,000-character draft under 1 ms, a 1 MB string under 100 ms. */
export async function benchAnalyze(): Promise<BenchResult> {
  const figures = await measureAnalyze();
  return {
    name: figures.name,
    value: `${figures.ms.toFixed(1)} ms`,
    baseline: `${figures.baselineMs.toFixed(1)} ms (sentiment.analyze)`,
    ratio: figures.ratio,
    budget: '<= 3x; 2,000-char draft < 1 ms; 1 MB < 100 ms',
    pass: figures.ratio <= 3 && figures.draft2000MedianMs < 1 && figures.oneMegabyteMs < 100,
    details: [`2,000-character draft: ${figures.draft2000MedianMs} ms median`, `1 MB string: ${figures.oneMegabyteMs} ms`],
  };
}

if (process.argv[1] !== undefined && path.basename(process.argv[1]) === 'analyze.ts') {
  console.log(JSON.stringify(await measureAnalyze(), null, 2));
}
