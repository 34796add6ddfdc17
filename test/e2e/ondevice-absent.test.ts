/**
 * Without Chrome's on-device model (this Chromium has the Prompt API but no model: "unavailable", as on weak
 * hardware; Firefox and older Chrome have no API at all), the production build shows no on-device setting and no
 * "Written on this device", even when the setting arrives switched on.
 */
import { describe, expect, test } from 'vitest';
import { useBrowserSession } from './browser-session';
import { FIXTURE_HOST_OF, openFixture, typeDraft } from './harness';
import { extensionWorker, openExtensionPage } from './harness-extension';
import { button, pauseWithEnter } from './harness-trust';

const DRAFT = "It's not my fault the deck was late, I sent it to you on Friday and you never even checked";

const session = useBrowserSession();

describe('without an on-device model', () => {
  test('the options page has no on-device setting', async () => {
    const worker = await extensionWorker(session.context);
    // This Chromium has the Prompt API but no model behind it: the case of weak hardware, as Chrome reports it.
    expect(await worker.evaluate(async () => {
      const api = (globalThis as { LanguageModel?: { availability(options: object): Promise<string> } }).LanguageModel;
      return api ? api.availability({ expectedInputs: [{ type: 'text', languages: ['en'] }], expectedOutputs: [{ type: 'text', languages: ['en'] }] }) : 'absent';
    })).toMatch(/^(?:absent|unavailable)$/);
    const options = await openExtensionPage(session.context, 'options/options.html');
    await options.getByRole('heading', { name: 'Privacy' }).waitFor();
    expect(await options.getByRole('region', { name: 'On-device model' }).count()).toBe(0);
    expect(await options.locator('body').textContent()).not.toContain("Chrome's on-device model");
    await options.close();
  });

  test('the pause shows the template replies and no label, even with the setting on', async () => {
    const worker = await extensionWorker(session.context);
    await worker.evaluate(async () => {
      await chrome.storage.sync.set({ settings: { version: 1, onDeviceReplies: true } });
    });
    const page = await openFixture(session.context, FIXTURE_HOST_OF.textarea);
    await typeDraft(page, DRAFT, 2);
    const pause = await pauseWithEnter(page);
    await button(pause, 'Skip breathing').click();
    await expect.poll(() => pause.locator('.attune-choose textarea').count(), { timeout: 3_000 }).toBeGreaterThanOrEqual(2);
    await page.waitForTimeout(500);
    expect(await pause.textContent()).not.toContain('Written on this device');
  });
});
