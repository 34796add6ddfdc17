/**
 * Small helpers the trust suites (issue 8) share: opening and deciding the pause, reading what the extension
 * stored, and collecting what the pages and the service worker logged.
 */
import type { BrowserContext, Locator, Page, Worker } from 'playwright-core';
import { expect } from 'vitest';
import { COMPOSER, extensionId } from './harness';

/** A heated draft with words no setting, count key or catalogue string contains. */
export const HEATED = 'You never listen to me Bartholomew, this is stupid and I hate it';

export function dialog(page: Page): Locator {
  return page.getByRole('dialog');
}

export function button(scope: Page | Locator, name: string): Locator {
  return scope.getByRole('button', { name, exact: true });
}

/** Reloads the fixture and waits until its editor is ready again. */
export async function freshPage(page: Page): Promise<void> {
  await page.reload({ waitUntil: 'load' });
  await page.waitForFunction(() => Array.isArray(window.__sent) && typeof window.__draft === 'function');
  await page.locator(COMPOSER).waitFor({ state: 'visible' });
}

/** Puts `text` into the composer in one input event (as a paste would), then types `tail` like a person. */
export async function pasteDraft(page: Page, text: string, tail = ''): Promise<void> {
  await page.locator(COMPOSER).click();
  await page.keyboard.press('Control+End');
  await page.keyboard.insertText(text);
  if (tail !== '') await page.keyboard.type(tail, { delay: 10 });
}

export async function waitForNudge(page: Page): Promise<Locator> {
  const status = page.getByRole('status');
  await expect.poll(() => status.count(), { timeout: 3_000 }).toBe(1);
  return status;
}

/** Presses Enter in the composer and waits for the pause. */
export async function pauseWithEnter(page: Page): Promise<Locator> {
  await page.keyboard.press('Enter');
  await expect.poll(() => dialog(page).count(), { timeout: 3_000 }).toBe(1);
  return dialog(page);
}

/** Skips the breathing and returns the suggestions the pause offers. */
export async function skipToSuggestions(page: Page): Promise<string[]> {
  await button(dialog(page), 'Skip breathing').click();
  const replies = dialog(page).getByRole('textbox');
  await expect.poll(() => replies.count(), { timeout: 3_000 }).toBeGreaterThanOrEqual(2);
  return Promise.all((await replies.all()).map((reply) => reply.inputValue()));
}

/** The extension's running service worker (it is the only one in these browsers). */
export async function extensionWorker(context: BrowserContext): Promise<Worker> {
  const id = await extensionId(context);
  const worker = context.serviceWorkers().find((candidate) => new URL(candidate.url()).host === id);
  if (!worker) throw new Error('harness-trust: the extension has no running service worker');
  return worker;
}

export interface StorageDump {
  local: Record<string, unknown>;
  sync: Record<string, unknown>;
  session: Record<string, unknown>;
}

/** Everything the extension holds in storage.local, storage.sync and storage.session, read inside its own worker. */
export async function dumpStorage(worker: Worker): Promise<StorageDump> {
  return worker.evaluate(async () => ({
    local: await chrome.storage.local.get(null),
    sync: await chrome.storage.sync.get(null),
    session: await chrome.storage.session.get(null),
  }));
}

/** Words of four letters or more, lower-cased: what a leak of the draft would carry. */
export function wordsOf(text: string): string[] {
  return [...new Set(text.toLowerCase().match(/\p{L}{4,}/gu) ?? [])];
}

/** Where the page's main world can see our UI: the hosts we add to <html>, each with an open shadow root. */
export function ourHosts(page: Page, name?: 'nudge' | 'pause'): Locator {
  return page.locator(name === undefined ? 'html > [data-attune-host]' : `html > [data-attune-host="${name}"]`);
}

/**
 * Whether a person clicking the middle of `target` would hit our UI: `elementFromPoint` from the page's own
 * document lands on one of our hosts (shadow DOM retargets the hit to its host).
 */
export async function hitsOurUi(page: Page, target: Locator): Promise<boolean> {
  const box = await target.boundingBox();
  if (!box) return false;
  return page.evaluate(
    ({ x, y }) => document.elementFromPoint(x, y)?.hasAttribute('data-attune-host') === true,
    { x: box.x + box.width / 2, y: box.y + box.height / 2 },
  );
}
