/** The fixture chat sites alone, without the extension: each sends like the app it stands for, so extension tests can trust them. */
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import {
  FIXTURE_HOST_OF,
  FIXTURE_HOSTS,
  draftModel,
  openFixture,
  sent,
  typeDraft,
  type FixtureName,
} from './harness';
import { useBrowserSession } from './browser-session';

const session = useBrowserSession({ extensionPath: null });

async function withFixture(host: string, run: (page: Page) => Promise<void>): Promise<void> {
  const page = await openFixture(session.context, host);
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  try {
    await run(page);
    expect(errors).toEqual([]);
  } finally {
    await page.close();
  }
}

const enterSends = (Object.keys(FIXTURE_HOST_OF) as FixtureName[]).filter((name) => name !== 'button-only');

describe.each(enterSends)('the %s fixture', (name) => {
  const host = FIXTURE_HOST_OF[name];

  test('sends the typed text exactly once on Enter and clears the editor model', async () => {
    await withFixture(host, async (page) => {
      await typeDraft(page, 'See you at noon, bring the maps.');
      expect(await draftModel(page)).toBe('See you at noon, bring the maps.');
      await page.keyboard.press('Enter');
      await expect.poll(() => sent(page)).toEqual(['See you at noon, bring the maps.']);
      expect(await draftModel(page)).toBe('');
      expect(await page.locator('.message-mine', { hasText: 'See you at noon' }).count()).toBe(1);
    });
  });

  test('makes a new line on Shift+Enter instead of sending, then sends both lines', async () => {
    await withFixture(host, async (page) => {
      await typeDraft(page, 'first line\nsecond line');
      expect(await sent(page)).toEqual([]);
      expect(await draftModel(page)).toBe('first line\nsecond line');
      await page.keyboard.press('Enter');
      await expect.poll(() => sent(page)).toEqual(['first line\nsecond line']);
      expect(await draftModel(page)).toBe('');
    });
  });

  test('sends nothing on Enter in an empty composer', async () => {
    await withFixture(host, async (page) => {
      await typeDraft(page, '');
      await page.keyboard.press('Enter');
      expect(await sent(page)).toEqual([]);
    });
  });
});

describe('the button-only fixture', () => {
  const host = FIXTURE_HOST_OF['button-only'];
  const sendButton = 'div[role="button"][data-tooltip="Send"]';

  test('makes a new line on Enter and sends only on the Send button, exactly once', async () => {
    await withFixture(host, async (page) => {
      await typeDraft(page, 'Dear Sam,');
      await page.keyboard.press('Enter');
      await page.keyboard.type('the maps are ready.', { delay: 8 });
      expect(await sent(page)).toEqual([]);
      expect(await draftModel(page)).toBe('Dear Sam,\nthe maps are ready.');
      await page.locator(sendButton).click();
      await expect.poll(() => sent(page)).toEqual(['Dear Sam,\nthe maps are ready.']);
      expect(await draftModel(page)).toBe('');
    });
  });

  test('sends on Ctrl+Enter', async () => {
    await withFixture(host, async (page) => {
      await typeDraft(page, 'Short reply.');
      await page.keyboard.press('Control+Enter');
      await expect.poll(() => sent(page)).toEqual(['Short reply.']);
      expect(await draftModel(page)).toBe('');
    });
  });
});

test('the quill fixture also sends from its send button', async () => {
  await withFixture(FIXTURE_HOST_OF.quill, async (page) => {
    await typeDraft(page, 'Shipping the fix now.');
    await page.locator('button[data-qa="texty_send_button"]').click();
    await expect.poll(() => sent(page)).toEqual(['Shipping the fix now.']);
    expect(await draftModel(page)).toBe('');
  });
});

const TITLES: Record<FixtureName, string> = {
  lexical: 'Fixture chat — Lexical',
  slate: 'Fixture chat — Slate',
  quill: 'Fixture chat — Quill',
  prosemirror: 'Fixture chat — ProseMirror',
  textarea: 'Fixture chat — Textarea',
  contenteditable: 'Fixture chat — Contenteditable',
  shadow: 'Fixture chat — Shadow DOM',
  'button-only': 'Fixture chat — Send button only',
  uncovered: 'Fixture chat — Example (not covered)',
};

test('serves each host its own fixture at the real host name', async () => {
  for (const [host, name] of Object.entries(FIXTURE_HOSTS)) {
    await withFixture(host, async (page) => {
      expect(new URL(page.url()).host).toBe(host);
      expect(await page.locator('h1').textContent()).toBe(TITLES[name]);
    });
  }
});
