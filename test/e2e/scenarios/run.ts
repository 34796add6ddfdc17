/**
 * Registers the shared scenarios for one browser: one launch for the whole file, one tab per fixture editor
 * (reloaded before each scenario), then the extension scenarios in their order.
 */
import { afterAll, beforeAll, describe, test } from 'vitest';
import type { BrowserName, Driver, FixtureTab } from '../drivers/driver';
import { FIXTURES } from '../harness';
import { EDITORS, EDITOR_SCENARIOS } from './editor';
import { EXTENSION_SCENARIOS } from './extension';

export interface ScenarioRun<D extends Driver> {
  /** The running driver; read it inside tests and hooks, never at import time. */
  readonly driver: D;
}

export function runScenarios<D extends Driver>(browser: BrowserName, launch: () => Promise<D>): ScenarioRun<D> {
  let driver: D | undefined;
  const run: ScenarioRun<D> = {
    get driver(): D {
      if (driver === undefined) throw new Error(`scenarios: the ${browser} driver is not running`);
      return driver;
    },
  };
  beforeAll(async () => {
    driver = await launch();
  });
  afterAll(async () => {
    await driver?.close();
  });

  const editors = EDITORS.filter((editor) => browser !== 'firefox' || FIXTURES[editor.fixture].notInFirefox === undefined);
  describe.each(editors)('$fixture', (editor) => {
    let tab: FixtureTab | undefined;
    beforeAll(async () => {
      tab = await run.driver.openFixture(editor.host);
    });
    afterAll(async () => {
      await tab?.close();
    });
    for (const scenario of EDITOR_SCENARIOS) {
      test(scenario.name, async () => {
        if (tab === undefined) throw new Error(`scenarios: no tab for ${editor.fixture}`);
        await tab.reload();
        await scenario.run(tab, editor);
      });
    }
  });

  describe('the extension', () => {
    for (const scenario of EXTENSION_SCENARIOS) {
      if (scenario.only !== undefined && scenario.only.browser !== browser) continue;
      test(scenario.name, () => scenario.run(run.driver));
    }
  });
  return run;
}
