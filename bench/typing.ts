import type { BrowserContext, Page } from 'playwright-core';
import { FIXTURE_HOST_OF, launchBrowser, openFixture, startFixtureServer, typeDraft, type FixtureName } from '../test/e2e/harness';
import type { BenchResult } from './types';

const FIXTURES: FixtureName[] = ['lexical', 'slate', 'textarea'];
const ROUNDS = 3;
const CHARACTERS = 400;
const BURST = 40;
/** Longer than the content script's debounce, so every burst is analysed as a person's pause would be. */
const PAUSE_MS = 350;

const SENTENCE = 'You never listen to me and I am so tired of repeating myself about the rent money. ';
const TEXT = SENTENCE.repeat(Math.ceil(CHARACTERS / SENTENCE.length)).slice(0, CHARACTERS);

interface Sample {
  /** Main-thread busy time of the renderer (CDP TaskDuration), seconds. */
  busy: number;
  longTasks: number;
}

/** Counts long tasks in the page's main world from the first script on. */
const LONG_TASK_OBSERVER = `
  window.__longTasks = 0;
  try {
    new PerformanceObserver((list) => { window.__longTasks += list.getEntries().length; })
      .observe({ type: 'longtask', buffered: true });
  } catch {}
`;

/** Reads the renderer's cumulative main-thread busy time through one devtools session kept for the whole sample. */
async function taskDurationReader(page: Page): Promise<() => Promise<number>> {
  const session = await page.context().newCDPSession(page);
  await session.send('Performance.enable', { timeDomain: 'threadTicks' });
  return async () => {
    const { metrics } = await session.send('Performance.getMetrics');
    return metrics.find((metric) => metric.name === 'TaskDuration')?.value ?? 0;
  };
}

async function typeOnce(context: BrowserContext, fixture: FixtureName): Promise<Sample> {
  const page = await openFixture(context, FIXTURE_HOST_OF[fixture]);
  await page.waitForTimeout(300);
  const taskDuration = await taskDurationReader(page);
  const before = await taskDuration();
  const longTasksBefore = await page.evaluate(() => (window as unknown as { __longTasks: number }).__longTasks);
  for (let offset = 0; offset < TEXT.length; offset += BURST) {
    await typeDraft(page, TEXT.slice(offset, offset + BURST), 0);
    await page.waitForTimeout(PAUSE_MS);
  }
  await page.waitForTimeout(600);
  const busy = (await taskDuration()) - before;
  const longTasks = (await page.evaluate(() => (window as unknown as { __longTasks: number }).__longTasks)) - longTasksBefore;
  await page.close();
  return { busy, longTasks };
}

/**
 * Typing 400 characters in bursts into the Lexical, Slate and textarea fixtures, with and without the extension,
 * alternating which goes first. Compares the renderer's main-thread busy time and the long tasks (> 50 ms) seen.
 */
export async function benchTyping(): Promise<BenchResult> {
  const server = await startFixtureServer();
  const withExtension = await launchBrowser({ server });
  const without = await launchBrowser({ server, extensionPath: null });
  try {
    for (const context of [withExtension, without]) await context.addInitScript(LONG_TASK_OBSERVER);
    const totals = { with: { busy: 0, longTasks: 0 }, without: { busy: 0, longTasks: 0 } };
    const perFixture: string[] = [];
    for (const fixture of FIXTURES) {
      const fixtureTotals = { with: 0, without: 0 };
      for (let round = 0; round < ROUNDS; round++) {
        const order = round % 2 === 0 ? (['with', 'without'] as const) : (['without', 'with'] as const);
        for (const which of order) {
          const sample = await typeOnce(which === 'with' ? withExtension : without, fixture);
          totals[which].busy += sample.busy;
          totals[which].longTasks += sample.longTasks;
          fixtureTotals[which] += sample.busy;
        }
      }
      perFixture.push(`${fixture}: ${(fixtureTotals.with / fixtureTotals.without).toFixed(2)}x`);
    }
    const ratio = totals.with.busy / totals.without.busy;
    const addedLongTasks = totals.with.longTasks - totals.without.longTasks;
    return {
      name: `typing ${CHARACTERS} chars x ${ROUNDS} rounds (main-thread busy time)`,
      value: `${(totals.with.busy * 1000).toFixed(0)} ms with Attune`,
      baseline: `${(totals.without.busy * 1000).toFixed(0)} ms without`,
      ratio,
      budget: '<= 1.10x, no long task added',
      pass: ratio <= 1.1 && addedLongTasks <= 0,
      details: [`per editor: ${perFixture.join(', ')}`, `long tasks > 50 ms: ${totals.with.longTasks} with, ${totals.without.longTasks} without`],
    };
  } finally {
    await withExtension.close();
    await without.close();
    await server.close();
  }
}
