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

test('the catalogue is asked once per message; substitutions fill their places literally, missing ones read as empty', () => {
  const asked = vi.fn(liveGetMessage);
  chromeWithI18n.chrome.i18n.getMessage = asked;
  expect(t('breathProgress', '2', '4')).toBe('Breath 2 of 4');
  expect(t('breathProgress', '$1', '$$')).toBe('Breath $1 of $$');
  expect(t('breathProgress', '3')).toBe('Breath 3 of ');
  expect(asked.mock.calls.filter(([key]) => key === 'breathProgress')).toHaveLength(1);
});

test('an unknown key reads as itself and is asked again next time', () => {
  const asked = vi.fn(liveGetMessage);
  chromeWithI18n.chrome.i18n.getMessage = asked;
  const unknown = 'noSuchMessage' as Parameters<typeof t>[0];
  expect(t(unknown)).toBe('noSuchMessage');
  expect(t(unknown)).toBe('noSuchMessage');
  expect(asked).toHaveBeenCalledTimes(2);
});
