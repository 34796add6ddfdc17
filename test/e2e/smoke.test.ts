/** The production extension in a real Chromium: it loads, its worker starts, its content script runs only where it should. */
import { expect, test } from 'vitest';
import { contentScriptActive, extensionId, openFixture, UNCOVERED_HOST } from './harness';
import { useBrowserSession } from './browser-session';

const session = useBrowserSession();

test('loads the extension and starts its service worker', async () => {
  expect(await extensionId(session.context)).toMatch(/^[a-p]{32}$/);
});

test('runs the content script on a default chat site (web.whatsapp.com)', async () => {
  const page = await openFixture(session.context, 'web.whatsapp.com');
  expect(await contentScriptActive(page)).toBe(true);
  await page.close();
});

test('does not run the content script on a site outside the catalogue', async () => {
  const page = await openFixture(session.context, UNCOVERED_HOST);
  expect(await contentScriptActive(page, 1_500)).toBe(false);
  await page.close();
});
