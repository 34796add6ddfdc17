import type { EditorKind } from './adapter';
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
  for (const strategy of STRATEGIES[kind]) {
    if (!element.isConnected) return false;
    try {
      await strategy(element, text);
    } catch {
      // A strategy the editor rejects is only a reason to try the next one.
    }
    await settle();
    if (comparableText(read()) === wanted) return true;
  }
  return false;
}
