import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { median } from './stats';
import type { BenchResult } from './types';

const BUDGET_SECONDS = 5;

function timeNode(root: string, args: string[]): number {
  const started = performance.now();
  execFileSync(process.execPath, args, { cwd: root, stdio: 'ignore' });
  return (performance.now() - started) / 1000;
}

/** A full production build, beside the bare start-up of the same Node process it runs in. */
export async function benchBuild(root: string): Promise<BenchResult> {
  const runs = [0, 1, 2].map(() => ({
    baseline: timeNode(root, ['-e', "import('esbuild')"]),
    build: timeNode(root, [path.join(root, 'build.mjs')]),
  }));
  const build = median(runs.map((run) => run.build));
  const baseline = median(runs.map((run) => run.baseline));
  return {
    name: 'full build (median of 3)',
    value: `${build.toFixed(2)} s`,
    baseline: `${baseline.toFixed(2)} s (node + esbuild start-up)`,
    ratio: build / baseline,
    budget: `< ${BUDGET_SECONDS} s`,
    pass: build < BUDGET_SECONDS,
  };
}
