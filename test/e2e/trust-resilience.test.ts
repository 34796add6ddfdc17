/**
 * Trust: never lose a message, never send one twice.
 * Real Chromium with the production build on the textarea fixture. What typing costs (long drafts, a busy page)
 * depends on machine load, so it is measured in bench/long-drafts.ts beside a run without the extension, not here.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import {
  COMPOSER,
  DEFAULT_EXTENSION_PATH,
  draftModel,
  FIXTURE_HOST_OF,
  openFixture,
  sent,
  typeDraft,
} from './harness';
import { button, dialog, extensionWorker, freshPage, HEATED, pauseWithEnter, skipToSuggestions } from './harness-trust';
import { useBrowserSession } from './browser-session';

const HOST = FIXTURE_HOST_OF.textarea;

let page: Page;

const session = useBrowserSession();

beforeAll(async () => {
  await session.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: `https://${HOST}` });
  page = await openFixture(session.context, HOST);
});

/** Lets anything still scheduled happen before asserting that it did not. */
function quiet(target: Page, ms = 500): Promise<void> {
  return target.waitForTimeout(ms);
}

describe('never lose a message', () => {
  test('the site replaces its editor during the pause: "Send anyway" sends nothing, says so, and the draft is on the clipboard', async () => {
    await freshPage(page);
    await typeDraft(page, HEATED);
    await pauseWithEnter(page);
    // A single-page app re-rendering its composer: the old element is gone, a new empty one (with its own send handler) takes its place.
    await page.evaluate(() => {
      const old = document.querySelector<HTMLTextAreaElement>('[data-fixture-composer]');
      const replacement = document.createElement('textarea');
      replacement.dataset.fixtureComposer = '';
      replacement.addEventListener('keydown', (event) => {
        if (event.key !== 'Enter' || event.shiftKey || replacement.value.trim() === '') return;
        event.preventDefault();
        window.__sent.push(replacement.value);
        replacement.value = '';
      });
      window.__draft = () => replacement.value;
      old?.replaceWith(replacement);
    });
    await button(dialog(page), 'Send anyway').click();
    await expect.poll(() => page.getByRole('status').textContent()).toContain('Your message is on the clipboard');
    expect(await dialog(page).count()).toBe(0);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(HEATED);
    await quiet(page);
    expect(await sent(page)).toEqual([]);
  });

  test('"Use this reply" followed at once by Enter sends the reply once and never writes it back into the emptied editor', async () => {
    await freshPage(page);
    await typeDraft(page, HEATED);
    await pauseWithEnter(page);
    const reply = ((await skipToSuggestions(page))[0] ?? '').trim();
    await button(dialog(page), 'Use this reply').first().click();
    // Enter as soon as the reply shows, while a slower write path could still be waiting to check its work.
    await page.waitForFunction((wanted) => window.__draft() === wanted, reply, { polling: 'raf' });
    await page.keyboard.press('Enter');
    await expect.poll(() => sent(page)).toEqual([reply]);
    await quiet(page);
    expect(await draftModel(page)).toBe('');
    expect(await sent(page)).toEqual([reply]);
  });

  test('after "Send anyway", a double Enter on a site that is slow to clear its editor sends once', async () => {
    await freshPage(page);
    // The site empties its editor 400 ms after sending, as one waiting for its server would.
    await page.evaluate(() => {
      const composer = document.querySelector<HTMLTextAreaElement>('[data-fixture-composer]');
      const native = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value');
      if (!composer || !native?.get || !native.set) throw new Error('no textarea composer');
      const { get, set } = native;
      Object.defineProperty(composer, 'value', {
        configurable: true,
        get() {
          return get.call(composer);
        },
        set(value: string) {
          if (value === '') setTimeout(() => set.call(composer, value), 400);
          else set.call(composer, value);
        },
      });
    });
    await typeDraft(page, HEATED);
    await pauseWithEnter(page);
    await button(dialog(page), 'Send anyway').click();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await quiet(page, 800);
    expect(await sent(page)).toEqual([HEATED]);
    expect(await dialog(page).count()).toBe(0);
  });

  test('the tab spends time in the background mid-pause: back in front, "Use this reply" and the next send each happen once', async () => {
    await freshPage(page);
    await typeDraft(page, HEATED);
    await pauseWithEnter(page);

    // Headless Chromium keeps background tabs "visible", so our content script gets what a hidden tab gets: no frames, timers at 1 s.
    const background = await inOurWorld(page);
    await background.evaluate(HIDE_TAB);
    const other = await openFixture(session.context, FIXTURE_HOST_OF.contenteditable);
    await other.bringToFront();
    await typeDraft(other, 'See you at six');
    await quiet(other, 1_500);
    await other.close();
    await page.bringToFront();
    await background.evaluate(SHOW_TAB);
    await background.close();

    expect(await dialog(page).count()).toBe(1);
    const reply = ((await skipToSuggestions(page))[0] ?? '').trim();
    await button(dialog(page), 'Use this reply').first().click();
    await expect.poll(() => draftModel(page)).toBe(reply);
    expect(await sent(page)).toEqual([]);
    await page.keyboard.press('Enter');
    await expect.poll(() => sent(page)).toEqual([reply]);
    await quiet(page);
    expect(await sent(page)).toEqual([reply]);
  });
});

/** Runs code in our content script's isolated world of `target`, through CDP. */
async function inOurWorld(target: Page): Promise<{ evaluate: (expression: string) => Promise<void>; close: () => Promise<void> }> {
  const name = await extensionDisplayName();
  const cdp = await target.context().newCDPSession(target);
  const contexts: { id: number; name: string; auxData?: { type?: string; isDefault?: boolean } }[] = [];
  cdp.on('Runtime.executionContextCreated', ({ context: created }) => contexts.push(created));
  await cdp.send('Runtime.enable');
  const ours = contexts.find((candidate) => candidate.auxData?.type === 'isolated' && candidate.name === name);
  if (!ours) throw new Error(`no isolated world named ${name} in the page`);
  return {
    evaluate: async (expression) => {
      const result = await cdp.send('Runtime.evaluate', { expression, contextId: ours.id });
      if (result.exceptionDetails) throw new Error(result.exceptionDetails.text);
    },
    close: () => cdp.detach(),
  };
}

async function extensionDisplayName(): Promise<string> {
  const catalogue = JSON.parse(await readFile(path.join(DEFAULT_EXTENSION_PATH, '_locales/en/messages.json'), 'utf8')) as { extName: { message: string } };
  return catalogue.extName.message;
}

const HIDE_TAB = `(() => {
  const scope = globalThis;
  scope.__attuneVisible = { raf: scope.requestAnimationFrame, timeout: scope.setTimeout, interval: scope.setInterval };
  const { timeout, interval } = scope.__attuneVisible;
  scope.requestAnimationFrame = () => 0;
  scope.setTimeout = (handler, ms, ...rest) => timeout.call(scope, handler, Math.max(Number(ms) || 0, 1000), ...rest);
  scope.setInterval = (handler, ms, ...rest) => interval.call(scope, handler, Math.max(Number(ms) || 0, 1000), ...rest);
})()`;

const SHOW_TAB = `(() => {
  const scope = globalThis;
  scope.requestAnimationFrame = scope.__attuneVisible.raf;
  scope.setTimeout = scope.__attuneVisible.timeout;
  scope.setInterval = scope.__attuneVisible.interval;
})()`;

// Last: it reloads the extension, which leaves this browser's pages without a live content script.
describe('the extension reloaded mid-pause', () => {
  test('the page shows no error, keeps the draft exactly as typed and sends it once on Enter', async () => {
    await freshPage(page);
    await typeDraft(page, HEATED);
    await pauseWithEnter(page);
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });

    const worker = await extensionWorker(session.context);
    // The worker dies with the reload, so this call may not return cleanly.
    await worker.evaluate(() => chrome.runtime.reload()).catch(() => undefined);
    // Long enough for the breathing circle to re-render in the orphaned pause.
    await quiet(page, 1_500);

    // The person decides in the pause still on screen; with the extension gone it closes and leaves the draft alone.
    await button(dialog(page), 'Send anyway').click();
    await expect.poll(() => dialog(page).count()).toBe(0);
    const afterDecision = await sent(page);
    if (afterDecision.length === 0) {
      expect(await draftModel(page)).toBe(HEATED);
      await page.locator(COMPOSER).focus();
      await page.keyboard.press('Enter');
    }
    await expect.poll(() => sent(page)).toEqual([HEATED]);
    await page.keyboard.press('Enter');
    await quiet(page);
    expect(await sent(page)).toEqual([HEATED]);
    expect(errors).toEqual([]);
  });
});
