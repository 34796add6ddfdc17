/**
 * The toolbar popup says whether Attune watches a message box in the current tab, in a real Chromium with the
 * production build; the popup is opened as a click on the toolbar button opens it (see harness-extension.ts).
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import { COMPOSER, FIXTURE_HOST_OF, openFixture, startFixtureServer, type FixtureServer } from './harness';
import { launchBrowserWithActions, message, openActionPopup, type ActionPopup } from './harness-extension';

let server: FixtureServer;
let context: BrowserContext;

beforeAll(async () => {
  server = await startFixtureServer();
  context = await launchBrowserWithActions(server);
});

afterAll(async () => {
  await context?.close();
  await server?.close();
});

function popupSays(popup: ActionPopup, key: string): Promise<void> {
  return expect
    .poll(() => popup.evaluate<boolean>(`document.body.innerText.includes(${JSON.stringify(message(key))})`), { timeout: 5_000 })
    .toBe(true);
}

test('on a covered chat with its message box, the popup says Attune is watching it, before the box was touched', async () => {
  const chat = await openFixture(context, FIXTURE_HOST_OF.quill);
  const popup = await openActionPopup(context, chat);
  await popupSays(popup, 'popupWatching');
  await chat.close();
});

test('the box inside an open shadow root counts as found', async () => {
  const chat = await openFixture(context, FIXTURE_HOST_OF.shadow);
  const popup = await openActionPopup(context, chat);
  await popupSays(popup, 'popupWatching');
  await chat.close();
});

test('on a covered site whose page shows no message box, the popup says none was found yet, with a hint', async () => {
  const chat = await openFixture(context, FIXTURE_HOST_OF.textarea);
  // The site changed its markup: the composer is gone.
  await chat.locator(COMPOSER).evaluate((composer) => composer.remove());
  const popup = await openActionPopup(context, chat);
  await popupSays(popup, 'popupWatchNoBox');
  await popupSays(popup, 'popupWatchNoBoxHint');
  expect(await popup.evaluate<boolean>(`document.body.innerText.includes(${JSON.stringify(message('popupWatching'))})`)).toBe(false);
  await chat.close();
});
