/**
 * The pause loads into a tab only when a send there is paused (pause.js, injected by the worker). In a real Chromium
 * with the production build: it opens promptly even on the first Enter, and when it cannot load, the message the user
 * sent still goes through, exactly once.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { COMPOSER, DEFAULT_EXTENSION_PATH, FIXTURE_HOST_OF, launchBrowser, openFixture, sent, startFixtureServer, typeDraft, type FixtureServer } from './harness';

const HEATED = 'You never listen to me, this is stupid and I hate it';

let server: FixtureServer;

beforeAll(async () => {
  server = await startFixtureServer();
});

afterAll(async () => {
  await server?.close();
});

async function fresh(page: Page): Promise<void> {
  await page.reload({ waitUntil: 'load' });
  await page.waitForFunction(() => Array.isArray(window.__sent) && typeof window.__draft === 'function');
  await page.locator(COMPOSER).waitFor({ state: 'visible' });
}

/** Milliseconds from just before the Enter to the first frame that shows the open dialog. */
async function enterToDialog(page: Page): Promise<number> {
  await page.evaluate(() => {
    const clock = window as unknown as { attuneEnterAt?: number; attuneOpenAt?: number };
    clock.attuneOpenAt = undefined;
    const tick = () => {
      if (document.querySelector('[data-attune-host="pause"]')?.shadowRoot?.querySelector('dialog[open]')) clock.attuneOpenAt = performance.now();
      else requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
    // The guard stops the keydown before any page listener, so the clock starts just before the key is sent.
    clock.attuneEnterAt = performance.now();
  });
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => (window as unknown as { attuneOpenAt?: number }).attuneOpenAt !== undefined, undefined, { timeout: 3_000 });
  return page.evaluate(() => {
    const clock = window as unknown as { attuneEnterAt: number; attuneOpenAt: number };
    return clock.attuneOpenAt - clock.attuneEnterAt;
  });
}

describe('with the pause available', () => {
  let context: BrowserContext;

  beforeAll(async () => {
    context = await launchBrowser({ server });
  });

  afterAll(async () => {
    await context?.close();
  });

  test.each(['textarea', 'lexical'] as const)('on %s, an Enter pressed before the nudge shows opens the pause within 1 s, and so does a later one', async (fixture) => {
    const page = await openFixture(context, FIXTURE_HOST_OF[fixture]);
    try {
      await fresh(page);
      await typeDraft(page, HEATED);
      expect(await enterToDialog(page)).toBeLessThan(1_000);
      await page.keyboard.press('Escape');

      await fresh(page);
      await typeDraft(page, HEATED);
      await page.getByRole('status').waitFor({ timeout: 3_000 });
      expect(await enterToDialog(page)).toBeLessThan(1_000);
      expect(await sent(page)).toEqual([]);
    } finally {
      await page.close();
    }
  });
});

describe('when the pause cannot load', () => {
  let context: BrowserContext;
  let extensionDir: string;

  beforeAll(async () => {
    // The production build without pause.js: the worker's executeScript then fails, as it would for a frame it cannot reach.
    extensionDir = await mkdtemp(path.join(tmpdir(), 'attune-no-pause-'));
    await cp(DEFAULT_EXTENSION_PATH, extensionDir, { recursive: true });
    await rm(path.join(extensionDir, 'pause.js'));
    context = await launchBrowser({ server, extensionPath: extensionDir });
  });

  afterAll(async () => {
    await context?.close();
    await rm(extensionDir, { recursive: true, force: true });
  });

  test.each([
    { fixture: 'textarea', sendBy: 'enter' },
    { fixture: 'lexical', sendBy: 'enter' },
    { fixture: 'button-only', sendBy: 'button' },
  ] as const)('on $fixture, a heated send goes through exactly once, even with a second press while it waits', async ({ fixture, sendBy }) => {
    const page = await openFixture(context, FIXTURE_HOST_OF[fixture]);
    try {
      await fresh(page);
      await typeDraft(page, HEATED);
      const press = () => (sendBy === 'button' ? page.locator('.send-button').click() : page.keyboard.press('Enter'));
      await press();
      await press();
      await expect.poll(() => sent(page), { timeout: 4_000 }).toEqual([HEATED]);
      await page.waitForTimeout(700);
      expect(await sent(page)).toEqual([HEATED]);
      expect(await page.getByRole('dialog').count()).toBe(0);
    } finally {
      await page.close();
    }
  });
});
