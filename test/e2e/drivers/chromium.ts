/** The shared scenarios' driver for Debian's Chromium, through playwright-core (see driver.ts). */
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { COMPOSER, composerFocused, draftModel, extensionId, launchBrowser, openFixture, sent, startFixtureServer, typeDraft } from '../harness';
import { clearStorage, extensionWorker, openExtensionPage } from '../harness-extension';
import { dumpStorage } from '../harness-trust';
import { askComposerStatus, type ByRole, type Driver, type FixtureTab, type Keys, type RecordedRequest, type Tab } from './driver';

function locate(scope: Page, target: ByRole): Locator {
  const base = target.within === undefined ? scope : locate(scope, target.within).first();
  return base.getByRole(target.role, target.name === undefined ? {} : { name: target.name, exact: true });
}

function tabOf(page: Page, ready: () => Promise<void>): Tab {
  return {
    url: () => page.url(),
    press: (keys: Keys) => page.keyboard.press(keys),
    type: (text) => page.keyboard.type(text, { delay: 8 }),
    click: (target, index = 0) => locate(page, target).nth(index).click(),
    count: (target) => locate(page, target).count(),
    text: (target) => locate(page, target).first().innerText(),
    attribute: (target, name) => locate(page, target).first().getAttribute(name),
    values: async (target) => Promise.all((await locate(page, target).all()).map((element) => element.inputValue())),
    bodyText: () => page.locator('body').innerText(),
    bringToFront: () => page.bringToFront(),
    reload: async () => {
      await page.reload({ waitUntil: 'load' });
      await ready();
    },
    fetchFromPage: (url) => page.evaluate((address) => fetch(address).then(() => undefined), url),
    close: () => page.close(),
  };
}

function fixtureTab(page: Page): FixtureTab {
  const sendButton = page.locator('.send-button');
  const ready = async (): Promise<void> => {
    await page.waitForFunction(() => Array.isArray(window.__sent) && typeof window.__draft === 'function');
    await page.locator(COMPOSER).waitFor({ state: 'visible' });
  };
  return {
    ...tabOf(page, ready),
    typeDraft: (text) => typeDraft(page, text),
    hasSendButton: async () => (await sendButton.count()) > 0,
    clickSendButton: () => sendButton.click(),
    sent: () => sent(page),
    draft: () => draftModel(page),
    composerFocused: () => composerFocused(page),
  };
}

export interface ChromiumDriver extends Driver {
  /** The Playwright context, for the few checks only the DevTools protocol can make (an IME composition). */
  readonly context: BrowserContext;
}

/** Starts a fixture server and a Chromium with dist/chrome loaded, recording every request the context reports. */
export async function launchChromium(): Promise<ChromiumDriver> {
  const server = await startFixtureServer();
  let context: BrowserContext;
  try {
    context = await launchBrowser({ server });
  } catch (error) {
    await server.close();
    throw error;
  }
  const extensionOrigin = `chrome-extension://${await extensionId(context)}`;
  const worker = await extensionWorker(context);
  const requests: RecordedRequest[] = [];
  context.on('request', (request) => {
    // A worker's request has no frame (Playwright throws when asked for it).
    const fromExtension = request.serviceWorker() !== null || request.frame().url().startsWith(extensionOrigin);
    requests.push({ url: request.url(), fromExtension });
  });
  return {
    browser: 'chromium',
    server,
    context,
    extensionOrigin,
    openFixture: async (host) => fixtureTab(await openFixture(context, host)),
    openExtensionPage: async (path) => {
      const page = await openExtensionPage(context, path);
      return tabOf(page, () => page.waitForLoadState('load'));
    },
    storage: () => dumpStorage(worker),
    askComposerStatus: (tab) => worker.evaluate(askComposerStatus, tab.url()),
    clearStorage: () => clearStorage(worker),
    requests: () => requests,
    withdrawHostPermissions: () => Promise.resolve(false),
    close: async () => {
      await context.close();
      await server.close();
    },
  };
}
