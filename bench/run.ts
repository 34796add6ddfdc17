// npm run bench: every budget of the product, each beside a baseline measured in the same run.
// Pass --quick to skip the browser benchmarks (Enter to dialog, typing).
import path from 'node:path';
import { benchAnalyze } from './analyze';
import { benchBuild } from './build';
import { benchLongDrafts } from './long-drafts';
import { benchPause, benchReplies } from './replies';
import { benchContentSize } from './size';
import { benchEnterToDialog } from './enter-to-dialog';
import { benchTyping } from './typing';
import type { BenchResult } from './types';
import { ROOT } from '../test/e2e/harness';

const quick = process.argv.includes('--quick');
const root = path.resolve(ROOT);
const results: BenchResult[] = [];
for (const bench of [() => benchContentSize(root), () => benchBuild(root), benchAnalyze, benchReplies, ...(quick ? [] : [() => benchPause(root), benchEnterToDialog, benchTyping, benchLongDrafts])]) {
  const result = await bench();
  results.push(result);
  console.log(`${result.pass ? 'ok  ' : 'OVER'} ${result.name}`);
  console.log(`     ${result.value} vs ${result.baseline}: ${result.ratio.toFixed(2)}x (budget ${result.budget})`);
  for (const detail of result.details ?? []) console.log(`     ${detail}`);
}
const over = results.filter((result) => !result.pass);
console.log(over.length === 0 ? 'all budgets met' : `${over.length} budget(s) not met`);
process.exitCode = over.length === 0 ? 0 : 1;
