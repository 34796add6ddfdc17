import { defineConfig } from 'vitest/config';

/** Tests over tens of thousands of generated drafts: their own project, so `--project unit` stays quick while working. */
const FUZZ = ['test/unit/fuzz.test.ts'];

export default defineConfig({
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.{ts,tsx}'],
          exclude: FUZZ,
          environment: 'node',
          setupFiles: ['test/unit/setup.ts'],
          // A guard against hangs, not a speed check: the corpus sweeps take seconds, several times that on a busy machine.
          testTimeout: 30_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'fuzz',
          include: FUZZ,
          environment: 'node',
          setupFiles: ['test/unit/setup.ts'],
          testTimeout: 600_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          exclude: ['test/e2e/firefox/**'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
          retry: 0,
        },
      },
      {
        extends: true,
        test: {
          name: 'firefox',
          include: ['test/e2e/firefox/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
          retry: 0,
        },
      },
    ],
  },
});
