/** The fixture chat sites alone, without the extension: each sends like the app it stands for, so extension tests can trust them. */
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
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

const session = useBrowserSession({ extensionPath: null });

async function withFixture(address: string, run: (page: Page) => Promise<void>): Promise<void> {
  const page = await openFixture(session.context, address);
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  try {
    await run(page);
    expect(errors).toEqual([]);
  } finally {
    await page.close();
  }
}

const SEND_KEY = { enter: 'Enter', 'mod-enter': 'Control+Enter' } as const;
const NEW_LINE_KEY = { enter: 'Shift+Enter', 'mod-enter': 'Enter' } as const;

/** Every fixture in every send-key mode its site offers. */
const MODES = (Object.keys(FIXTURES) as FixtureName[]).flatMap((name) => {
  const info = FIXTURES[name];
  const modes: ('enter' | 'mod-enter')[] = info.sendKeySetting ? ['enter', 'mod-enter'] : [info.sendKey];
  return modes.map((sendKey) => ({ name, sendKey, address: fixtureAddress(name, { sendKey: sendKey === info.sendKey && !info.sendKeySetting ? undefined : sendKey }) }));
});

describe.each(MODES)('the $name fixture, $sendKey sends', ({ name, sendKey, address }) => {
  test('sends the typed text exactly once on its send key and clears the editor model', async () => {
    await withFixture(address, async (page) => {
      await typeDraft(page, 'See you at noon, bring the maps.');
      expect(await draftModel(page)).toBe('See you at noon, bring the maps.');
      await page.keyboard.press(SEND_KEY[sendKey]);
      await expect.poll(() => sent(page)).toEqual(['See you at noon, bring the maps.']);
      expect(await draftModel(page)).toBe('');
      const frame = await composerFrame(page);
      expect(await frame.locator('.chat-messages', { hasText: 'See you at noon' }).count()).toBe(1);
    });
  });

  test('makes a new line on the other key instead of sending, then sends both lines', async () => {
    await withFixture(address, async (page) => {
      await typeDraft(page, 'first line');
      await page.keyboard.press(NEW_LINE_KEY[sendKey]);
      await page.keyboard.type('second line', { delay: 8 });
      expect(await sent(page)).toEqual([]);
      expect(await draftModel(page)).toBe('first line\nsecond line');
      await page.keyboard.press(SEND_KEY[sendKey]);
      await expect.poll(() => sent(page)).toEqual(['first line\nsecond line']);
      expect(await draftModel(page)).toBe('');
    });
  });

  test('sends nothing on its send key in an empty composer', async () => {
    await withFixture(address, async (page) => {
      await typeDraft(page, '');
      await page.keyboard.press(SEND_KEY[sendKey]);
      expect(await sent(page)).toEqual([]);
    });
  });

  const button = FIXTURES[name].sendButton;
  test.runIf(button !== undefined)('sends from its send button, exactly once', async () => {
    await withFixture(address, async (page) => {
      await typeDraft(page, 'Shipping the fix now.');
      await (await composerFrame(page)).locator(button!).click();
      await expect.poll(() => sent(page)).toEqual(['Shipping the fix now.']);
      expect(await draftModel(page)).toBe('');
    });
  });
});

describe('conversations', () => {
  test.each(Object.keys(FIXTURES) as FixtureName[])('%s shows incoming and outgoing messages, and a chat with no incoming one', async (name) => {
    for (const chat of [undefined, 'new'] as const) {
      await withFixture(fixtureAddress(name, { chat }), async (page) => {
        const frame = await composerFrame(page);
        const text = await frame.locator('.chat-messages').innerText();
        expect(text.includes("I'm sorry I keep changing it")).toBe(chat === undefined);
        expect(text).toContain(chat === undefined ? 'Yes, I read it this morning.' : 'Hi Sam, are you free on Saturday?');
      });
    }
  });
});

test('the Messenger pop-up leaves the feed\'s post composer to the page: Enter there makes a new line, the Post button posts', async () => {
  await withFixture(FIXTURES.messenger.address, async (page) => {
    await page.locator('[data-testid="post-composer"]').click();
    await page.keyboard.type('A day at the lake', { delay: 8 });
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => window.__posted)).toEqual([]);
    await page.getByRole('button', { name: 'Post' }).click();
    expect(await page.evaluate(() => window.__posted)).toEqual(['A day at the lake']);
    expect(await sent(page)).toEqual([]);
  });
});

test('serves each address its own fixture at the real host name, Google Chat inside a frame from chat.google.com', async () => {
  for (const info of Object.values(FIXTURES)) {
    await withFixture(info.address, async (page) => {
      expect(new URL(page.url()).host).toBe(info.address.split('/')[0]);
      const frame = await composerFrame(page);
      expect(frame === page.mainFrame()).toBe(info.framed !== true);
      if (info.framed) expect(new URL(frame.url()).host).toBe('chat.google.com');
      expect(await frame.evaluate(() => document.title)).toMatch(/^Fixture chat — /);
    });
  }
});
