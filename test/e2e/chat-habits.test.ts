/**
 * Habits of real chat use, on every fixture site in every send-key mode its site offers, in a real Chromium with the
 * production build: picking a mention with Enter, typing the next message right after "Send anyway" (sent by key and
 * by the site's Send button), and repeating the same heated words later.
 * Assertions read what the site sent (`window.__sent`) and what its editor model holds (`window.__draft()`).
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Frame, Locator, Page } from 'playwright-core';
import { COMPOSER, composerFrame, draftModel, FIXTURES, fixtureAddress, openFixture, sent, typeDraft, type FixtureName } from './harness';
import { button, extensionWorker, HEATED } from './harness-trust';
import { useBrowserSession } from './browser-session';

const SEND_KEY = { enter: 'Enter', 'mod-enter': 'Control+Enter' } as const;
const CALM = 'Sounds good, see you on Saturday';

interface HabitCase {
  name: FixtureName;
  site: string;
  address: string;
  /** The key that sends on this page (the site's default, or its setting's other choice). */
  sendKey: 'enter' | 'mod-enter';
  /** How a person sends the heated draft here: the page's send key, or the site's Send button. */
  sendBy: 'enter' | 'mod-enter' | 'button';
  /** Attune does not run here: the site sends what Enter sends. */
  unguarded: boolean;
}

/** Every fixture in every send-key mode its site offers. */
const KEY_CASES: readonly HabitCase[] = (Object.keys(FIXTURES) as FixtureName[]).flatMap((name) => {
  const info = FIXTURES[name];
  const modes = info.sendKeySetting ? (['enter', 'mod-enter'] as const) : [info.sendKey];
  return modes.map((sendKey) => ({
    name,
    site: info.site,
    address: fixtureAddress(name, sendKey !== info.sendKey ? { sendKey } : {}),
    sendKey,
    sendBy: sendKey,
    unguarded: name === 'uncovered',
  }));
});

/** Every fixture with a Send button, sent by clicking it. */
const BUTTON_CASES: readonly HabitCase[] = (Object.keys(FIXTURES) as FixtureName[])
  .filter((name) => FIXTURES[name].sendButton !== undefined && name !== 'uncovered')
  .map((name) => ({ name, site: FIXTURES[name].site, address: fixtureAddress(name),
    sendKey: FIXTURES[name].sendKey,
    sendBy: 'button',
    unguarded: false,
  }));

const GUARDED_KEY_CASES = KEY_CASES.filter((habit) => !habit.unguarded);

const session = useBrowserSession();

/** One open fixture page, reloaded fresh for each test, with its chat's frame (an iframe on Google Chat). */
function useFixturePage(habit: HabitCase) {
  const state: { page?: Page; frame?: Frame } = {};
  beforeAll(async () => {
    state.page = await openFixture(session.context, habit.address);
  });
  afterAll(async () => {
    await state.page?.close();
  });
  const page = (): Page => {
    if (!state.page) throw new Error('chat-habits: the fixture page did not open');
    return state.page;
  };
  const frame = (): Frame => {
    if (!state.frame) throw new Error('chat-habits: fresh() was not called');
    return state.frame;
  };
  return {
    page,
    frame,
    /**
     * Reloads the page with nothing learned about its keys, then sends a calm message with the page's send key, as a
     * person's earlier messages would: Attune learns which key sends here from what the site did with it.
     */
    async fresh(): Promise<void> {
      await (await extensionWorker(session.context)).evaluate(() => chrome.storage.local.remove('sendKeys'));
      await page().reload({ waitUntil: 'load' });
      await expect
        .poll(async () => (await composerFrame(page())).evaluate(() => Array.isArray(window.__sent)).catch(() => false), { timeout: 5_000 })
        .toBe(true);
      state.frame = await composerFrame(page());
      await frame().locator(COMPOSER).waitFor({ state: 'visible' });
      await typeDraft(page(), CALM);
      await page().keyboard.press(SEND_KEY[habit.sendKey]);
      await expect.poll(() => sent(page()), { timeout: 3_000 }).toEqual([CALM]);
    },
    // The pause is the modal dialog; LinkedIn and Messenger have dialogs of their own.
    dialog: (): Locator => frame().locator('[role="dialog"][aria-modal="true"]'),
    mentionList: (): Locator => frame().getByRole('listbox', { name: 'People' }),
    async send(): Promise<void> {
      const selector = FIXTURES[habit.name].sendButton;
      if (habit.sendBy === 'button' && selector) await frame().locator(selector).click();
      else await page().keyboard.press(SEND_KEY[habit.sendKey]);
    },
  };
}

/** Lets anything the site or the extension might still do happen before asserting that it did not. */
function quiet(page: Page, ms = 400): Promise<void> {
  return page.waitForTimeout(ms);
}

describe.each(KEY_CASES)('$site ($name), $sendBy sends', (habit) => {
  const fixture = useFixturePage(habit);

  test('Enter picks the highlighted mention of the site\'s open list on a heated draft: the site inserts it, no pause opens', async () => {
    const page = fixture.page();
    await fixture.fresh();
    await typeDraft(page, `${HEATED} @`);
    await fixture.mentionList().waitFor({ state: 'visible', timeout: 3_000 });
    await page.keyboard.press('Enter');
    await expect.poll(() => draftModel(page), { timeout: 3_000 }).toBe(`${HEATED} @Sam Rivera `);
    await quiet(page);
    expect(await fixture.dialog().count()).toBe(0);
    expect(await sent(page)).toEqual([CALM]);
    expect(await fixture.mentionList().isVisible()).toBe(false);

    // With the list closed, sending the heated draft is paused as before (or sent, where Attune does not run).
    await fixture.send();
    if (habit.unguarded) {
      await expect.poll(() => sent(page)).toEqual([CALM, `${HEATED} @Sam Rivera `]);
    } else {
      await expect.poll(() => fixture.dialog().count(), { timeout: 3_000 }).toBe(1);
      expect(await sent(page)).toEqual([CALM]);
    }
  });
});

describe.each([...GUARDED_KEY_CASES, ...BUTTON_CASES])('$site ($name), $sendBy sends', (habit) => {
  const fixture = useFixturePage(habit);

  async function sendAnyway(page: Page): Promise<void> {
    await typeDraft(page, HEATED);
    await fixture.send();
    await expect.poll(() => fixture.dialog().count(), { timeout: 3_000 }).toBe(1);
    await button(fixture.dialog(), 'Send anyway').click();
    await expect.poll(() => sent(page), { timeout: 3_000 }).toEqual([CALM, HEATED]);
    await expect.poll(() => fixture.dialog().count()).toBe(0);
  }

  test('the next message typed right after "Send anyway" goes into the editor', async () => {
    const page = fixture.page();
    await fixture.fresh();
    await sendAnyway(page);
    await quiet(page);
    // Straight on with the keyboard, without clicking the box first.
    await page.keyboard.type('see you at six', { delay: 20 });
    await expect.poll(() => draftModel(page), { timeout: 3_000 }).toBe('see you at six');
  });

  // Once per send key is enough here: the button adds nothing to what is remembered about the words.
  if (habit.sendBy === 'button') return;

  test('the same heated words sent anyway, then typed again later, are paused again', async () => {
    const page = fixture.page();
    await fixture.fresh();
    await sendAnyway(page);
    await quiet(page, 800);
    await typeDraft(page, HEATED);
    await fixture.send();
    await expect.poll(() => fixture.dialog().count(), { timeout: 3_000 }).toBe(1);
    expect(await sent(page)).toEqual([CALM, HEATED]);
  });
});
