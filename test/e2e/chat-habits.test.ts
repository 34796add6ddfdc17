/**
 * Habits of real chat use, on every fixture editor in a real Chromium with the production build: picking a mention
 * with Enter, typing the next message right after "Send anyway", and repeating the same heated words later.
 * Assertions read what the site sent (`window.__sent`) and what its editor model holds (`window.__draft()`).
 */
import { beforeAll, describe, expect, test } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { draftModel, FIXTURE_HOST_OF, openFixture, sent, typeDraft, type FixtureName } from './harness';
import { button, dialog, freshPage, HEATED } from './harness-trust';
import { useBrowserSession } from './browser-session';

interface EditorCase {
  fixture: FixtureName;
  /** How a person sends here: Enter, the Send button (Enter makes a new line), or Enter with Attune absent. */
  sendBy: 'enter' | 'button' | 'unguarded';
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
  { fixture: 'uncovered', sendBy: 'unguarded' },
];

const GUARDED = EDITORS.filter((editor) => editor.sendBy !== 'unguarded');

const session = useBrowserSession();

function mentionList(page: Page): Locator {
  return page.getByRole('listbox', { name: 'People' });
}

async function send(page: Page, editor: EditorCase): Promise<void> {
  if (editor.sendBy === 'button') await page.locator('.send-button').click();
  else await page.keyboard.press('Enter');
}

async function pausedOnce(page: Page): Promise<void> {
  await expect.poll(() => dialog(page).count(), { timeout: 3_000 }).toBe(1);
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

  test('Enter picks the highlighted mention of the site\'s open list on a heated draft: the site inserts it, no pause opens', async () => {
    await freshPage(page);
    await typeDraft(page, `${HEATED} @`);
    await mentionList(page).waitFor({ state: 'visible', timeout: 3_000 });
    await page.keyboard.press('Enter');
    await expect.poll(() => draftModel(page), { timeout: 3_000 }).toContain('@Sam Rivera');
    await quiet(page);
    expect(await dialog(page).count()).toBe(0);
    expect(await sent(page)).toEqual([]);
    expect(await mentionList(page).isVisible()).toBe(false);

    // With the list closed, sending the heated draft is paused as before (or sent, where Attune does not run).
    await send(page, editor);
    if (editor.sendBy === 'unguarded') {
      await expect.poll(() => sent(page)).toEqual([`${HEATED} @Sam Rivera `]);
    } else {
      await pausedOnce(page);
      expect(await sent(page)).toEqual([]);
    }
  });
});

describe.each(GUARDED)('$fixture', (editor) => {
  let page: Page;

  beforeAll(async () => {
    page = await openFixture(session.context, FIXTURE_HOST_OF[editor.fixture]);
  });

  test('the next message typed right after "Send anyway" goes into the editor', async () => {
    await freshPage(page);
    await typeDraft(page, HEATED);
    await send(page, editor);
    await pausedOnce(page);
    await button(dialog(page), 'Send anyway').click();
    await expect.poll(() => sent(page)).toEqual([HEATED]);
    await expect.poll(() => dialog(page).count()).toBe(0);
    await quiet(page);
    // Straight on with the keyboard, without clicking the box first.
    await page.keyboard.type('see you at six', { delay: 20 });
    await expect.poll(() => draftModel(page), { timeout: 3_000 }).toBe('see you at six');
  });

  test('the same heated words sent anyway, then typed again later, are paused again', async () => {
    await freshPage(page);
    await typeDraft(page, HEATED);
    await send(page, editor);
    await pausedOnce(page);
    await button(dialog(page), 'Send anyway').click();
    await expect.poll(() => sent(page)).toEqual([HEATED]);
    await quiet(page, 800);
    await typeDraft(page, HEATED);
    await send(page, editor);
    await pausedOnce(page);
    expect(await sent(page)).toEqual([HEATED]);
  });
});
