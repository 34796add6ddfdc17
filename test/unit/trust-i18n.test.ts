/**
 * Trust (issue 8): a pause still on screen when the extension is reloaded behind the page keeps rendering:
 * `chrome.i18n.getMessage` then throws "Extension context invalidated", and that must never reach the page.
 */
import { afterEach, expect, test, vi } from 'vitest';
import { t } from '../../src/i18n';

const chromeWithI18n = globalThis as unknown as { chrome: { i18n: { getMessage: (key: string, substitutions?: string[]) => string } } };
const liveGetMessage = chromeWithI18n.chrome.i18n.getMessage;

afterEach(() => {
  chromeWithI18n.chrome.i18n.getMessage = liveGetMessage;
});

test('once the extension context is gone, t() throws nothing and keeps the words it already showed', () => {
  const shown = t('pauseSendAnyway');
  expect(shown).toBe('Send anyway');
  chromeWithI18n.chrome.i18n.getMessage = vi.fn(() => {
    throw new Error('Extension context invalidated.');
  });
  expect(t('pauseSendAnyway')).toBe(shown);
  expect(() => t('pauseKeepEditing')).not.toThrow();
});
