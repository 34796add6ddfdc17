import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/** Tests over tens of thousands of generated drafts: their own project, so `--project unit` stays quick while working. */
const FUZZ = ['test/unit/fuzz.test.ts'];

/**
 * The files that take longest, started first: with two at a time, a long file started last would run on alone at
 * the end. The rest keep vitest's own order.
 */
const LONGEST_FIRST = [
  'test/e2e/firefox/scenarios.test.ts',
  'test/e2e/chat-habits.test.ts',
  'test/e2e/scenarios.test.ts',
  'test/e2e/sites.test.ts',
  ...FUZZ,
];

class LongestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const rank = (file: TestSpecification): number => {
      const index = LONGEST_FIRST.findIndex((path) => file.moduleId.endsWith(path));
      return index < 0 ? LONGEST_FIRST.length : index;
    };
    return (await super.sort(files)).sort((a, b) => rank(a) - rank(b));
  }
}

/** The end-to-end projects: each file drives its own browser; the fixture sites are built once for the whole run. */
const BROWSER_TESTS = {
  environment: 'node' as const,
  globalSetup: ['test/e2e/global-setup.ts'],
  testTimeout: 60_000,
  hookTimeout: 120_000,
  retry: 0,
};

export default defineConfig({
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  test: {
    // The CI machine has two cores: two files at a time, also two browsers at a time (Chromium beside Firefox).
    maxWorkers: 2,
    sequence: { sequencer: LongestFirst },
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
          ...BROWSER_TESTS,
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          exclude: ['test/e2e/firefox/**'],
        },
      },
      {
        extends: true,
        test: {
          ...BROWSER_TESTS,
          name: 'firefox',
          include: ['test/e2e/firefox/**/*.test.ts'],
        },
      },
    ],
  },
});
