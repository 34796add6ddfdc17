/**
 * Attuning to the other person, on every fixture site: a heated send opens the pause, which quotes the other person's
 * last message (never the user's own), offers a gentle guess at their feeling, and a reply that reflects it; a chat
 * with no incoming message shows no card. The pause reads the conversation in the site's own markup (src/sites.ts).
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import { composerFrame, FIXTURES, fixtureAddress, openFixture, sent, typeDraft, type FixtureName } from './harness';
import { useBrowserSession } from './browser-session';

const HEATED = 'You never listen to me, this is stupid and I hate it';
/** The fixture conversation (test/fixtures/sites/shared/chat.ts): their last message, and the user's reply before it. */
const THEIRS = "I'm sorry I keep changing it. This week has been a lot and I'm exhausted.";
const MINE = 'Yes, I read it this morning.';

const SEND_KEY = { enter: 'Enter', 'mod-enter': 'Control+Enter' } as const;
// Attune runs on an uncovered chat only once the person adds it; the generic reader is met on Messenger, Instagram and Google Chat.
const NAMES = (Object.keys(FIXTURES) as FixtureName[]).filter((name) => name !== 'uncovered');

const session = useBrowserSession();

describe.each(NAMES.map((name) => ({ name, site: FIXTURES[name].site })))('$site ($name)', ({ name }) => {
  let page: Page;
  let frame: Frame;
  const dialog = () => frame.locator('[role="dialog"][aria-modal="true"]');
  const card = () => dialog().getByRole('region', { name: 'They said' });

  async function pauseOn(address: string): Promise<void> {
    await page?.close();
    page = await openFixture(session.context, address);
    frame = await composerFrame(page);
    await typeDraft(page, HEATED);
    await page.keyboard.press(SEND_KEY[FIXTURES[name].sendKey]);
    await expect.poll(() => dialog().count(), { timeout: 3_000 }).toBe(1);
    // The card comes after the breathing: self-regulation first.
    expect(await card().count()).toBe(0);
    await dialog().getByRole('button', { name: 'Skip breathing' }).click();
    await expect.poll(() => dialog().getByRole('button', { name: 'Use this reply' }).count(), { timeout: 3_000 }).toBeGreaterThan(0);
  }

  afterAll(async () => {
    await page?.close();
  });

  test("the pause quotes the other person's last message, guesses their feeling, and offers a reply that reflects it", async () => {
    await pauseOn(fixtureAddress(name));
    const quote = card().locator('blockquote');
    await expect.poll(() => quote.innerText(), { timeout: 3_000 }).toBe(THEIRS);
    expect(await card().innerText()).not.toContain(MINE);
    expect(await card().innerText()).toContain('They might be feeling sorry.');
    expect(await card().getByRole('button', { name: 'sorry', pressed: true }).count()).toBe(1);

    const reflecting = dialog().getByRole('textbox', { name: 'Answer what they said' });
    expect(await reflecting.count()).toBe(1);
    expect((await reflecting.inputValue()).toLowerCase()).toContain('sorry');

    // One tap changes the guess; the replies follow it.
    await card().getByRole('button', { name: 'not sure' }).click();
    await expect.poll(() => card().innerText()).toContain('Not sure how they feel');
    await dialog().getByRole('button', { name: 'Keep editing' }).click();
    await expect.poll(() => dialog().count(), { timeout: 3_000 }).toBe(0);
    expect(await sent(page)).toEqual([]);
  });

  test('a chat with no incoming message shows no card', async () => {
    await pauseOn(fixtureAddress(name, { chat: 'new' }));
    expect(await card().count()).toBe(0);
    expect(await dialog().innerText()).not.toContain('They said');
    expect(await dialog().getByRole('textbox', { name: 'Answer what they said' }).count()).toBe(0);
    await dialog().getByRole('button', { name: 'Keep editing' }).click();
  });
});
