/**
 * The sites as they are: on every fixture, in every send-key mode its site offers, a heated draft is paused on the key
 * that sends and never on the one that makes a new line (learned from the site where people choose it), and after
 * "Use this reply" the editor's own model holds the reply and the editor keeps working.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import {
  composerFrame,
  draftModel,
  FIXTURES,
  fixtureAddress,
  openFixture,
  sent,
  typeDraft,
  type FixtureName,
} from './harness';
import { useBrowserSession } from './browser-session';

const HEATED = 'You never listen to me, this is stupid and I hate it';
const CALM_LINE = 'Hi Sam, about Saturday';

const SEND_KEY = { enter: 'Enter', 'mod-enter': 'Control+Enter' } as const;
const NEW_LINE_KEY = { enter: 'Shift+Enter', 'mod-enter': 'Enter' } as const;

interface SiteCase {
  name: FixtureName;
  site: string;
  sendKey: 'enter' | 'mod-enter';
  /** The site's setting was changed from its default: Attune has to learn the key. */
  changed: boolean;
  address: string;
}

const CASES: readonly SiteCase[] = (Object.keys(FIXTURES) as FixtureName[])
  .filter((name) => name !== 'uncovered')
  .flatMap((name) => {
    const info = FIXTURES[name];
    const modes = info.sendKeySetting ? (['enter', 'mod-enter'] as const) : [info.sendKey];
    return modes.map((sendKey) => ({
      name,
      site: info.site,
      sendKey,
      changed: sendKey !== info.sendKey,
      address: fixtureAddress(name, sendKey !== info.sendKey ? { sendKey } : {}),
    }));
  });

const session = useBrowserSession();

/** A heated draft typed into the page's chat box and Enter pressed: the pause opens and the site receives nothing. */
async function expectPausedOnEnter(page: Page): Promise<void> {
  await typeDraft(page, HEATED);
  await page.keyboard.press('Enter');
  await expect.poll(() => page.locator('[role="dialog"][aria-modal="true"]').count(), { timeout: 3_000 }).toBe(1);
  expect(await sent(page)).toEqual([]);
}

function quiet(page: Page, ms = 400): Promise<void> {
  return page.waitForTimeout(ms);
}

describe.each(CASES)('$site ($name), $sendKey sends', (site) => {
  let page: Page;
  let frame: Frame;

  beforeAll(async () => {
    page = await openFixture(session.context, site.address);
    frame = await composerFrame(page);
  });

  afterAll(async () => {
    await page?.close();
  });

  // The pause is the modal dialog; LinkedIn and Messenger have dialogs of their own.
  const dialog = () => frame.locator('[role="dialog"][aria-modal="true"]');

  async function fresh(): Promise<void> {
    await page.reload({ waitUntil: 'load' });
    await page.waitForFunction(() => document.readyState === 'complete');
    for (let tries = 0; tries < 100; tries += 1) {
      frame = await composerFrame(page);
      if (await frame.evaluate(() => Array.isArray(window.__sent)).catch(() => false)) break;
      await page.waitForTimeout(50);
    }
    await frame.locator('[data-fixture-composer]').waitFor({ state: 'visible' });
  }

  test('a heated draft is paused on the key that sends, never on the one that makes a new line', async () => {
    await fresh();
    // Writing the way people do: a first line, the new-line key, then the heated part.
    await typeDraft(page, CALM_LINE);
    await page.keyboard.press(NEW_LINE_KEY[site.sendKey]);
    await page.keyboard.type(HEATED, { delay: 4 });
    await quiet(page);
    expect(await dialog().count()).toBe(0);
    expect(await draftModel(page)).toBe(`${CALM_LINE}\n${HEATED}`);

    await page.keyboard.press(NEW_LINE_KEY[site.sendKey]);
    await quiet(page);
    expect(await dialog().count()).toBe(0);
    await page.keyboard.type('ok', { delay: 4 });
    expect(await draftModel(page)).toBe(`${CALM_LINE}\n${HEATED}\nok`);

    await page.keyboard.press(SEND_KEY[site.sendKey]);
    await expect.poll(() => dialog().count(), { timeout: 3_000 }).toBe(1);
    expect(await sent(page)).toEqual([]);
    await dialog().getByRole('button', { name: 'Keep editing' }).click();
    await expect.poll(() => dialog().count(), { timeout: 3_000 }).toBe(0);
    expect(await draftModel(page)).toBe(`${CALM_LINE}\n${HEATED}\nok`);
  });

  test('"Use this reply" lands in the editor\'s model, and the editor keeps working: typing, Backspace, arrows, the site\'s send', async () => {
    await fresh();
    await typeDraft(page, HEATED);
    await page.keyboard.press(SEND_KEY[site.sendKey]);
    await expect.poll(() => dialog().count(), { timeout: 3_000 }).toBe(1);
    await dialog().getByRole('button', { name: 'Skip breathing' }).click();
    await expect.poll(() => dialog().getByRole('button', { name: 'Use this reply' }).count(), { timeout: 3_000 }).toBeGreaterThan(0);
    const reply = (await dialog().getByRole('textbox').first().inputValue()).trim();
    await dialog().getByRole('button', { name: 'Use this reply' }).first().click();
    await expect.poll(() => draftModel(page), { timeout: 3_000 }).toBe(reply);
    expect(await sent(page)).toEqual([]);

    await page.keyboard.press('End');
    await page.keyboard.type(' thanks', { delay: 8 });
    await expect.poll(() => draftModel(page)).toBe(`${reply} thanks`);
    for (let count = 0; count < ' thanks'.length; count += 1) await page.keyboard.press('Backspace');
    await expect.poll(() => draftModel(page)).toBe(reply);
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.type('~', { delay: 8 });
    await expect.poll(() => draftModel(page)).toBe(`${reply.slice(0, -1)}~${reply.slice(-1)}`);
    await page.keyboard.press('Backspace');
    await expect.poll(() => draftModel(page)).toBe(reply);

    await page.keyboard.press(SEND_KEY[site.sendKey]);
    await expect.poll(() => sent(page), { timeout: 3_000 }).toEqual([reply]);
    expect(await dialog().count()).toBe(0);
    expect(await draftModel(page)).toBe('');
  });
});

describe('Messenger on facebook.com', () => {
  test('pauses in the chat pop-up, and leaves the feed\'s post composer alone', async () => {
    const page = await openFixture(session.context, FIXTURES.messenger.address);
    try {
      await page.locator('[data-testid="post-composer"]').click();
      await page.keyboard.type(HEATED, { delay: 4 });
      await quiet(page, 1_000);
      expect(await page.getByRole('status').count()).toBe(0);
      await page.getByRole('button', { name: 'Post' }).click();
      await quiet(page);
      expect(await page.getByRole('dialog', { name: /pause/i }).count()).toBe(0);
      expect(await page.evaluate(() => window.__posted)).toEqual([HEATED]);

      await expectPausedOnEnter(page);
    } finally {
      await page.close();
    }
  });
});

test('Messenger\'s own page on facebook.com (/messages) is a Messenger chat box throughout', async () => {
  const page = await openFixture(session.context, 'www.facebook.com/messages/t/42');
  try {
    await expectPausedOnEnter(page);
  } finally {
    await page.close();
  }
});

test('what was learned is only which key did what, per host and composer, and stays for the next visit', async () => {
  const page = await openFixture(session.context, fixtureAddress('quill', { sendKey: 'mod-enter' }));
  try {
    await typeDraft(page, 'Sounds good, see you at six');
    await page.keyboard.press('Control+Enter');
    await expect.poll(() => sent(page)).toEqual(['Sounds good, see you at six']);
    const [worker] = session.context.serviceWorkers();
    const storedKeys = async () => ((await worker!.evaluate(() => chrome.storage.local.get('sendKeys'))) as { sendKeys?: Record<string, unknown> }).sendKeys;
    // What was learned is written to storage after the send; the next visit starts once it is there.
    await expect.poll(async () => (await storedKeys())?.['app.slack.com|quill']).toBeDefined();
    // A new visit: the first heated draft's Enter is already known to be a new line.
    await page.reload({ waitUntil: 'load' });
    await page.waitForFunction(() => Array.isArray(window.__sent));
    await typeDraft(page, HEATED);
    await page.keyboard.press('Enter');
    await quiet(page);
    expect(await page.getByRole('dialog').count()).toBe(0);
    expect(await draftModel(page)).toBe(`${HEATED}\n`);
    const stored = await storedKeys();
    expect(stored?.['app.slack.com|quill']).toEqual({ 'mod-enter': 'sends', enter: 'newline' });
    expect(JSON.stringify(stored)).not.toMatch(/six|listen|stupid/);
  } finally {
    await page.close();
  }
});
