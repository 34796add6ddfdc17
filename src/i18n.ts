import type catalogue from '../_locales/en/messages.json';

/** A key of the message catalogue (`_locales/en/messages.json`), checked at compile time. */
export type MessageKey = keyof typeof catalogue;

/** Plain strings already shown, so an orphaned UI can still render after the extension is gone; never draft text. */
const lastKnown = new Map<MessageKey, string>();

/**
 * The user-visible string for `key`, from the browser's message catalogue.
 * Falls back to the key itself so a missing entry shows up in review instead of as a blank.
 */
export function t(key: MessageKey, ...substitutions: string[]): string {
  try {
    const text = globalThis.chrome?.i18n?.getMessage(key, substitutions);
    if (text && substitutions.length === 0) lastKnown.set(key, text);
    return text || key;
  } catch {
    // The extension was reloaded behind this page ("Extension context invalidated"): a UI still on screen keeps its words.
    return lastKnown.get(key) ?? key;
  }
}
