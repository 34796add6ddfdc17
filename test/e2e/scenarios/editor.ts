/**
 * The content script's contract on every fixture editor the catalogue covers, written once for every browser.
 * Every assertion is about what the fixture site received (`sent`) or what its editor model holds (`draft`),
 * never about the extension's own state.
 */
import { expect } from 'vitest';
import { siteForHost } from '../../../src/sites';
import { FIXTURES, type FixtureInfo, type FixtureName } from '../harness';
import { message } from '../harness-extension';
import type { FixtureTab, Keys } from '../drivers/driver';

export const HEATED = 'You never listen to me, this is stupid and I hate it';
export const CALM = 'Sounds good, see you at six tomorrow';

export interface EditorCase {
  fixture: FixtureName;
  host: string;
  /** The key that sends in this composer: Enter on chat apps, Ctrl+Enter where Enter makes a new line (mail, X posts). */
  sendKeys: Keys;
}

/**
 * Every fixture of a catalogue site, with the key that sends in its composer; fixtures added later join by themselves.
 * Chats inside an iframe and pages with dialogs of their own are checked in Chromium by sites.test.ts.
 */
export const EDITORS: readonly EditorCase[] = (Object.entries(FIXTURES) as [FixtureName, FixtureInfo][]).flatMap(([fixture, info]) => {
  if (siteForHost(info.address.split('/')[0] ?? info.address) === undefined || info.framed || info.pageDialogs) return [];
  return [{ fixture, host: info.address, sendKeys: info.sendKey === 'enter' ? ('Enter' as const) : ('Control+Enter' as const) }];
});

export interface EditorScenario {
  name: string;
  /** Runs on a freshly loaded fixture tab. */
  run: (tab: FixtureTab, editor: EditorCase) => Promise<void>;
}

export const SEND_ANYWAY = message('pauseSendAnyway');
export const KEEP_EDITING = message('pauseKeepEditing');
const SKIP_BREATHING = message('pauseSkipBreathing');
export const USE_REPLY = message('pauseUseReply');

export const DIALOG = { role: 'dialog' } as const;
export const STATUS = { role: 'status' } as const;

export function inPause(name: string) {
  return { role: 'button', name, within: DIALOG } as const;
}

/** Lets anything the site or the extension might still do happen before asserting that it did not. */
export function quiet(ms = 400): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

export async function waitForPause(tab: FixtureTab): Promise<void> {
  await expect.poll(() => tab.count(DIALOG), { timeout: 3_000 }).toBe(1);
}

/** Types the heated draft and sends it the site's way; the pause must open instead. */
export async function openPause(tab: FixtureTab, editor: EditorCase, draft = HEATED): Promise<void> {
  await tab.typeDraft(draft);
  await tab.press(editor.sendKeys);
  await waitForPause(tab);
}

export async function skipBreathing(tab: FixtureTab): Promise<string[]> {
  await tab.click(inPause(SKIP_BREATHING));
  const replies = { role: 'textbox', within: DIALOG } as const;
  await expect.poll(() => tab.count(inPause(USE_REPLY)), { timeout: 3_000 }).toBeGreaterThanOrEqual(2);
  return tab.values(replies);
}

export const EDITOR_SCENARIOS: readonly EditorScenario[] = [
  {
    name: 'a calm draft gets no nudge and is sent untouched',
    run: async (tab, editor) => {
      await tab.typeDraft(CALM);
      await quiet(1_500);
      expect(await tab.count(STATUS)).toBe(0);
      await tab.press(editor.sendKeys);
      await expect.poll(() => tab.sent(), { timeout: 3_000 }).toEqual([CALM]);
      expect(await tab.count(DIALOG)).toBe(0);
    },
  },
  {
    name: 'a heated draft gets a nudge naming a flagged word within 1.5 s',
    run: async (tab) => {
      await tab.typeDraft(HEATED);
      await expect.poll(() => tab.count(STATUS), { timeout: 1_500 }).toBe(1);
      const words = HEATED.toLowerCase().match(/[a-z']{3,}/g) ?? [];
      const text = (await tab.text(STATUS)).toLowerCase();
      expect(words.filter((word) => text.includes(word))).not.toEqual([]);
    },
  },
  {
    name: 'the send key and the Send button open the pause instead of sending',
    run: async (tab, editor) => {
      await openPause(tab, editor);
      expect(await tab.attribute(DIALOG, 'aria-modal')).toBe('true');
      expect(await tab.sent()).toEqual([]);
      await expect.poll(async () => /Breathe (in|out)/.test(await tab.text(DIALOG)), { timeout: 5_000 }).toBe(true);
      for (const name of [SEND_ANYWAY, KEEP_EDITING, SKIP_BREATHING]) expect(await tab.count(inPause(name))).toBe(1);
      await skipBreathing(tab);
      for (const name of [SEND_ANYWAY, KEEP_EDITING]) expect(await tab.count(inPause(name))).toBe(1);
      expect(await tab.sent()).toEqual([]);
      expect(await tab.draft()).toBe(HEATED);

      if (await tab.hasSendButton()) {
        await tab.press('Escape');
        await expect.poll(() => tab.count(DIALOG), { timeout: 3_000 }).toBe(0);
        await tab.clickSendButton();
        await waitForPause(tab);
        await quiet();
        expect(await tab.sent()).toEqual([]);
        expect(await tab.draft()).toBe(HEATED);
      }
    },
  },
  {
    name: '"Send anyway" sends exactly the original text, exactly once',
    run: async (tab, editor) => {
      await openPause(tab, editor);
      await tab.click(inPause(SEND_ANYWAY));
      await expect.poll(() => tab.sent(), { timeout: 3_000 }).toEqual([HEATED]);
      expect(await tab.count(DIALOG)).toBe(0);
      await quiet();
      expect(await tab.sent()).toEqual([HEATED]);
    },
  },
  {
    name: '"Use this reply" puts the suggestion in the editor\'s model, sends nothing, and the next send goes through',
    run: async (tab, editor) => {
      await openPause(tab, editor);
      const reply = ((await skipBreathing(tab))[0] ?? '').trim();
      expect(reply).not.toBe('');
      await tab.click(inPause(USE_REPLY));
      await expect.poll(() => tab.draft(), { timeout: 3_000 }).toBe(reply);
      expect(await tab.count(DIALOG)).toBe(0);
      await quiet();
      expect(await tab.sent()).toEqual([]);

      await tab.press(editor.sendKeys);
      await expect.poll(() => tab.sent(), { timeout: 3_000 }).toEqual([reply]);
      expect(await tab.count(DIALOG)).toBe(0);
    },
  },
  {
    name: '"Keep editing" and Escape close the pause, keep the draft and give the editor its focus back',
    run: async (tab, editor) => {
      for (const close of ['button', 'escape'] as const) {
        if (close === 'escape') await tab.reload();
        await openPause(tab, editor);
        if (close === 'button') await tab.click(inPause(KEEP_EDITING));
        else await tab.press('Escape');
        await expect.poll(() => tab.count(DIALOG), { timeout: 3_000 }).toBe(0);
        expect(await tab.draft()).toBe(HEATED);
        expect(await tab.composerFocused()).toBe(true);
        await quiet();
        expect(await tab.sent()).toEqual([]);
      }
    },
  },
  {
    name: 'Shift+Enter makes a new line and is never intercepted',
    run: async (tab) => {
      await tab.typeDraft(HEATED);
      await tab.press('Shift+Enter');
      await tab.type('ok');
      await quiet();
      expect(await tab.count(DIALOG)).toBe(0);
      expect(await tab.draft()).toBe(`${HEATED}\nok`);
      expect(await tab.sent()).toEqual([]);
    },
  },
];
