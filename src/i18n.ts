import type catalogue from '../_locales/en/messages.json';

/** A key of the message catalogue (`_locales/en/messages.json`), checked at compile time. */
export type MessageKey = keyof typeof catalogue;

/**
 * The user-visible string for `key`, from the browser's message catalogue.
 * Falls back to the key itself so a missing entry shows up in review instead of as a blank.
 */
export function t(key: MessageKey, ...substitutions: string[]): string {
  const text = globalThis.chrome?.i18n?.getMessage(key, substitutions);
  return text || key;
}
