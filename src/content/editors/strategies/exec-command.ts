import { selectAllIn, settle } from '../selection';

/**
 * Select all, then `insertText` as if typed: the browser fires a trusted `beforeinput` with target ranges and
 * an `input`, which textareas, React fields, Lexical, Slate and plain contenteditable all accept.
 */
export async function replaceWithExecCommand(element: HTMLElement, text: string): Promise<void> {
  selectAllIn(element);
  await settle();
  const document = element.ownerDocument;
  if (text === '') document.execCommand('delete', false);
  else document.execCommand('insertText', false, text);
}
