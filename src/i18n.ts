import type catalogue from '../_locales/en/messages.json';

/** A key of the message catalogue (`_locales/en/messages.json`), checked at compile time. */
export type MessageKey = keyof typeof catalogue;

/**
 * Each message as the browser gave it, with private-use characters where its substitutions go: the catalogue is asked
 * once per message, not on every call (a call crosses into the browser and costs more than the analysis of a short
 * draft, and the nudge words its reasons after every burst of typing). Kept in memory only, and never holds draft text.
 * It also lets a UI left on screen after the extension was reloaded keep rendering the words it already showed.
 */
const templates = new Map<MessageKey, string>();

/** Chrome and Firefox substitute at most nine values: `$1` to `$9`. */
const SLOTS = Array.from({ length: 9 }, (_, i) => String.fromCharCode(0xe000 + i));
const SLOT = /[\ue000-\ue008]/g;

/**
 * The user-visible string for `key`, from the browser's message catalogue.
 * Falls back to the key itself so a missing entry shows up in review instead of as a blank.
 */
export function t(key: MessageKey, ...substitutions: string[]): string {
  let template = templates.get(key);
  if (template === undefined) {
    try {
      template = globalThis.chrome?.i18n?.getMessage(key, SLOTS) ?? '';
    } catch {
      // The extension was reloaded behind this page ("Extension context invalidated"): nothing is known of this key.
      template = '';
    }
    if (template === '') return key;
    templates.set(key, template);
  }
  return template.replace(SLOT, (slot) => substitutions[slot.charCodeAt(0) - 0xe000] ?? '');
}
