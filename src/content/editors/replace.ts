import type { EditorKind } from './adapter';
import { CKEDITOR_STRATEGIES } from './ckeditor';
import { comparableText } from './read-text';
import { settle } from './selection';
import { replaceWithBeforeInput } from './strategies/before-input';
import { replaceWithDomWrite } from './strategies/dom-write';
import { replaceWithExecCommand } from './strategies/exec-command';
import { replaceWithPaste } from './strategies/paste';
import { replaceWithValueSetter } from './strategies/value-setter';

type Strategy = (element: HTMLElement, text: string) => Promise<void>;

/** Which input paths each editor's model accepts, most faithful first; each one is verified before the next is tried. */
export const STRATEGIES: Readonly<Record<EditorKind, readonly Strategy[]>> = {
  textarea: [replaceWithExecCommand, replaceWithValueSetter],
  input: [replaceWithExecCommand, replaceWithValueSetter],
  lexical: [replaceWithExecCommand, replaceWithBeforeInput, replaceWithPaste],
  // Slate lets execCommand change the DOM without its model seeing it, so the DOM would lie; it never gets execCommand.
  slate: [replaceWithBeforeInput, replaceWithPaste],
  quill: [replaceWithExecCommand, replaceWithPaste],
  prosemirror: [replaceWithExecCommand, replaceWithPaste, replaceWithBeforeInput],
  draft: [replaceWithPaste, replaceWithBeforeInput],
  // CKEditor 5 puts back whatever execCommand or a DOM write changed behind its model: never those.
  ckeditor: CKEDITOR_STRATEGIES,
  contenteditable: [replaceWithExecCommand, replaceWithDomWrite],
};

/** Tries the editor's strategies in order until re-reading the editor shows `text`; false if none did. */
export async function replaceVerified(
  kind: EditorKind,
  element: HTMLElement,
  read: () => string,
  text: string,
): Promise<boolean> {
  const wanted = comparableText(text);
  const before = comparableText(read());
  for (const strategy of STRATEGIES[kind]) {
    if (!element.isConnected) return false;
    try {
      await strategy(element, text);
    } catch {
      // A strategy the editor rejects is only a reason to try the next one.
    }
    const written = comparableText(read());
    await settle();
    const now = comparableText(read());
    if (now === wanted) return true;
    // The text landed and then the page moved on (the user sent it, the site cleared it): writing it again would resend it.
    if (written === wanted && now !== before) return true;
    // The text landed late and the person is already typing after it ("... to me? th"): it was written, and putting
    // the old draft back now would throw away what they typed.
    if (now.length > wanted.length && now.startsWith(wanted) && !now.endsWith(before)) return true;
  }
  return false;
}
