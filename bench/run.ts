// npm run bench: every budget of the product, each beside a baseline measured in the same run.
// Pass --quick to skip the browser typing benchmark.
import path from 'node:path';
import { benchAnalyze } from './analyze';
import { benchBuild } from './build';
import { benchContentSize } from './size';
import { benchTyping } from './typing';
import type { BenchResult } from './types';
import { ROOT } from '../test/e2e/harness';

async function analysisResult(): Promise<BenchResult> {
  const result = await benchAnalyze();
  return {
    name: result.name,
    value: `${result.ms.toFixed(1)} ms`,
    baseline: `${result.baselineMs.toFixed(1)} ms (sentiment.analyze)`,
    ratio: result.ratio,
    budget: '<= 3x; 2,000-char draft < 1 ms; 1 MB < 100 ms',
    pass: result.ratio <= 3 && (result.extra.draft2000MedianMs ?? Infinity) < 1 && (result.extra.oneMegabyteMs ?? Infinity) < 100,
    details: [`2,000-character draft: ${result.extra.draft2000MedianMs} ms median`, `1 MB string: ${result.extra.oneMegabyteMs} ms`],
  };
}

const quick = process.argv.includes('--quick');
const root = path.resolve(ROOT);
const results: BenchResult[] = [];
for (const bench of [() => benchContentSize(root), () => benchBuild(root), analysisResult, ...(quick ? [] : [benchTyping])]) {
  const result = await bench();
  results.push(result);
  console.log(`${result.pass ? 'ok  ' : 'OVER'} ${result.name}`);
  console.log(`     ${result.value} vs ${result.baseline}: ${result.ratio.toFixed(2)}x (budget ${result.budget})`);
  for (const detail of result.details ?? []) console.log(`     ${detail}`);
}
const over = results.filter((result) => !result.pass);
console.log(over.length === 0 ? 'all budgets met' : `${over.length} budget(s) not met`);
process.exitCode = over.length === 0 ? 0 : 1;
