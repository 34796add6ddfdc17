/** The production extension in a real Chromium: it loads, its worker starts, its content script runs only where it should. */
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import { contentScriptActive, extensionId, launchBrowser, openFixture, startFixtureServer, UNCOVERED_HOST, type FixtureServer } from './harness';

let server: FixtureServer;
let context: BrowserContext;

beforeAll(async () => {
  server = await startFixtureServer();
  context = await launchBrowser({ server });
});

afterAll(async () => {
  await context?.close();
  await server?.close();
});

test('loads the extension and starts its service worker', async () => {
  expect(await extensionId(context)).toMatch(/^[a-p]{32}$/);
});

test('runs the content script on a default chat site (web.whatsapp.com)', async () => {
  const page = await openFixture(context, 'web.whatsapp.com');
  expect(await contentScriptActive(page)).toBe(true);
  await page.close();
});

test('does not run the content script on a site outside the catalogue', async () => {
  const page = await openFixture(context, UNCOVERED_HOST);
  expect(await contentScriptActive(page, 1_500)).toBe(false);
  await page.close();
});
