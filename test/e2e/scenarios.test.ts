/**
 * The content script's contract (issue 5), on every fixture editor, in a real Chromium with the production build.
 * Every assertion is about what the fixture site received (`window.__sent`) or what its editor model holds
 * (`window.__draft()`), never about the extension's own state.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import {
  COMPOSER,
  draftModel,
  FIXTURE_HOST_OF,
  openFixture,
  sent,
  typeDraft,
  type FixtureName,
} from './harness';
import { useBrowserSession } from './browser-session';

const HEATED = 'You never listen to me, this is stupid and I hate it';
const CALM = 'Sounds good, see you at six tomorrow';

interface EditorCase {
  fixture: FixtureName;
  /** How a person sends on this site: Enter, or the Send button where Enter makes a new line. */
  sendBy: 'enter' | 'button';
}

const EDITORS: readonly EditorCase[] = [
  { fixture: 'textarea', sendBy: 'enter' },
  { fixture: 'contenteditable', sendBy: 'enter' },
  { fixture: 'lexical', sendBy: 'enter' },
  { fixture: 'slate', sendBy: 'enter' },
  { fixture: 'quill', sendBy: 'enter' },
  { fixture: 'prosemirror', sendBy: 'enter' },
  { fixture: 'shadow', sendBy: 'enter' },
  { fixture: 'button-only', sendBy: 'button' },
];

const session = useBrowserSession();

async function send(page: Page, editor: EditorCase): Promise<void> {
  if (editor.sendBy === 'button') await page.locator('.send-button').click();
  else await page.keyboard.press('Enter');
}

function dialog(page: Page): Locator {
  return page.getByRole('dialog');
}

/** Opens the pause on a heated draft and skips the breathing, so the suggestions show. */
async function openPause(page: Page, editor: EditorCase): Promise<void> {
  await typeDraft(page, HEATED);
  await send(page, editor);
  await expect.poll(() => dialog(page).count(), { timeout: 3_000 }).toBe(1);
}

async function skipBreathing(page: Page): Promise<void> {
  await dialog(page).getByRole('button', { name: 'Skip breathing' }).click();
  await expect.poll(() => dialog(page).getByRole('button', { name: 'Use this reply' }).count(), { timeout: 3_000 }).toBeGreaterThanOrEqual(2);
}

/** Whether the element focused in the page (looking into open shadow roots) is the fixture's composer or inside it. */
function composerFocused(page: Page): Promise<boolean> {
  return page.evaluate((selector) => {
    let active: Element | null = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    const composer = document.querySelector(selector) ?? document.querySelector('fixture-composer')?.shadowRoot?.querySelector(selector);
    return Boolean(active && composer && (composer === active || composer.contains(active)));
  }, COMPOSER);
}

/** Lets anything the site or the extension might still do happen before asserting that it did not. */
function quiet(page: Page, ms = 400): Promise<void> {
  return page.waitForTimeout(ms);
}

describe.each(EDITORS)('$fixture', (editor) => {
  let page: Page;

  beforeAll(async () => {
    page = await openFixture(session.context, FIXTURE_HOST_OF[editor.fixture]);
  });

  afterAll(async () => {
    await page?.close();
  });

  async function fresh(): Promise<void> {
    await page.reload({ waitUntil: 'load' });
    await page.waitForFunction(() => Array.isArray(window.__sent) && typeof window.__draft === 'function');
    await page.locator(COMPOSER).waitFor({ state: 'visible' });
  }

  test('1. a heated draft gets a nudge naming a flagged word within 1.5 s; a calm draft gets none', async () => {
    await fresh();
    await typeDraft(page, CALM);
    await quiet(page, 1_500);
    expect(await page.getByRole('status').count()).toBe(0);

    await fresh();
    await typeDraft(page, HEATED);
    const status = page.getByRole('status');
    await expect.poll(() => status.count(), { timeout: 1_500 }).toBe(1);
    const words = HEATED.toLowerCase().match(/[a-z']{3,}/g) ?? [];
    const text = (await status.innerText()).toLowerCase();
    expect(words.some((word) => text.includes(word))).toBe(true);
  });

  test('2. sending a heated draft opens the pause instead of sending', async () => {
    await fresh();
    await openPause(page, editor);
    const pause = dialog(page);
    expect(await pause.getAttribute('aria-modal')).toBe('true');
    expect(await sent(page)).toEqual([]);
    await expect.poll(() => pause.getByText(/^Breathe (in|out)/).count(), { timeout: 5_000 }).toBeGreaterThan(0);
    for (const name of ['Send anyway', 'Keep editing', 'Skip breathing']) {
      expect(await pause.getByRole('button', { name }).count()).toBe(1);
    }
    await skipBreathing(page);
    for (const name of ['Send anyway', 'Keep editing']) {
      expect(await pause.getByRole('button', { name }).count()).toBe(1);
    }
    expect(await sent(page)).toEqual([]);
    expect(await draftModel(page)).toBe(HEATED);
  });

  test('3. "Send anyway" sends exactly the original text, exactly once', async () => {
    await fresh();
    await openPause(page, editor);
    await dialog(page).getByRole('button', { name: 'Send anyway' }).click();
    await expect.poll(() => sent(page), { timeout: 3_000 }).toEqual([HEATED]);
    expect(await dialog(page).count()).toBe(0);
    await quiet(page);
    expect(await sent(page)).toEqual([HEATED]);
  });

  test('4. "Use this reply" puts the suggestion in the editor\'s model, sends nothing, and the next send goes through', async () => {
    await fresh();
    await openPause(page, editor);
    await skipBreathing(page);
    const reply = (await dialog(page).getByRole('textbox').first().inputValue()).trim();
    expect(reply).not.toBe('');
    await dialog(page).getByRole('button', { name: 'Use this reply' }).first().click();
    await expect.poll(() => draftModel(page), { timeout: 3_000 }).toBe(reply);
    expect(await dialog(page).count()).toBe(0);
    expect(await sent(page)).toEqual([]);

    await send(page, editor);
    await expect.poll(() => sent(page), { timeout: 3_000 }).toEqual([reply]);
    expect(await dialog(page).count()).toBe(0);
  });

  test('5. "Keep editing" and Escape close the pause, change nothing and give the editor its focus back', async () => {
    for (const close of ['button', 'escape'] as const) {
      await fresh();
      await openPause(page, editor);
      if (close === 'button') await dialog(page).getByRole('button', { name: 'Keep editing' }).click();
      else await page.keyboard.press('Escape');
      await expect.poll(() => dialog(page).count(), { timeout: 3_000 }).toBe(0);
      expect(await draftModel(page)).toBe(HEATED);
      expect(await composerFocused(page)).toBe(true);
      await quiet(page);
      expect(await sent(page)).toEqual([]);
    }
  });

  test('6. Shift+Enter and Enter while composing are never intercepted; a calm draft sends at once', async () => {
    await fresh();
    await typeDraft(page, HEATED);
    await page.keyboard.press('Shift+Enter');
    await page.keyboard.type('ok', { delay: 8 });
    await quiet(page);
    expect(await dialog(page).count()).toBe(0);
    expect(await draftModel(page)).toBe(`${HEATED}\nok`);

    // An IME composition in progress: the Enter belongs to the IME, so neither Attune nor the site acts on it.
    const cdp = await session.context.newCDPSession(page);
    await cdp.send('Input.imeSetComposition', { text: 'に', selectionStart: 1, selectionEnd: 1 });
    await cdp.send('Input.dispatchKeyEvent', { type: 'rawKeyDown', key: 'Enter', code: 'Enter', windowsVirtualKeyCode: 229, nativeVirtualKeyCode: 229 });
    await cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', key: 'Enter', code: 'Enter', windowsVirtualKeyCode: 229, nativeVirtualKeyCode: 229 });
    await cdp.send('Input.insertText', { text: 'に' });
    await cdp.detach();
    await quiet(page);
    expect(await dialog(page).count()).toBe(0);
    expect(await sent(page)).toEqual([]);

    await fresh();
    await typeDraft(page, CALM);
    await send(page, editor);
    await expect.poll(() => sent(page), { timeout: 1_000 }).toEqual([CALM]);
    expect(await dialog(page).count()).toBe(0);
  });
});
