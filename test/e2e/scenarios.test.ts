/**
 * The shared end-to-end scenarios (test/e2e/scenarios/) in a real Chromium with the production build, plus what only
 * Chromium's DevTools protocol can do: an Enter that belongs to an IME composition.
 */
import { describe, expect, test } from 'vitest';
import { openFixture, sent, typeDraft } from './harness';
import { launchChromium } from './drivers/chromium';
import { EDITORS, HEATED, quiet } from './scenarios/editor';
import { runScenarios } from './scenarios/run';

const run = runScenarios('chromium', launchChromium);

describe('input methods', () => {
  test.each(EDITORS)('$fixture: an Enter while an IME is composing is never intercepted', async (editor) => {
    const { context } = run.driver;
    const page = await openFixture(context, editor.host);
    try {
      await typeDraft(page, HEATED);
      const cdp = await context.newCDPSession(page);
      await cdp.send('Input.imeSetComposition', { text: 'に', selectionStart: 1, selectionEnd: 1 });
      await cdp.send('Input.dispatchKeyEvent', { type: 'rawKeyDown', key: 'Enter', code: 'Enter', windowsVirtualKeyCode: 229, nativeVirtualKeyCode: 229 });
      await cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', key: 'Enter', code: 'Enter', windowsVirtualKeyCode: 229, nativeVirtualKeyCode: 229 });
      await cdp.send('Input.insertText', { text: 'に' });
      await cdp.detach();
      await quiet();
      expect(await page.getByRole('dialog').count()).toBe(0);
      expect(await sent(page)).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
