/**
 * CKEditor 5 (Microsoft Teams' composer). It keeps its own model and renders the page from it: text written into the
 * page by `execCommand` or DOM writes shows for a moment and is then put back by the editor, so those paths are
 * never used here. What its model takes is a `paste` (its clipboard pipeline) and, for one line, a `beforeinput`
 * (its typing observer). Each write waits for the editor's turn before it is read back, so the check sees what the
 * editor kept, not what the page showed right after the write.
 */
import { selectAllIn, settle } from './selection';

/** CKEditor 5 marks every editable root with this class; Teams adds `data-tid="ckeditor"`. */
export function isCkEditor(element: Element): boolean {
  return element.classList.contains('ck-editor__editable') || element.getAttribute('data-tid') === 'ckeditor';
}

/** Lets the editor react to the write (its observers, its renderer putting the page back in line with its model). */
async function editorsTurn(): Promise<void> {
  await settle();
  await settle();
}

/**
 * CKEditor takes the page's selection into its model on `selectionchange`, which the browser sends when it gets to
 * it (late on a busy machine); announcing it now makes the model hold the page's selection before the write arrives.
 */
function announceSelection(element: HTMLElement): void {
  element.ownerDocument.dispatchEvent(new Event('selectionchange'));
}

/** Selects the whole draft in the page and in CKEditor's model. */
async function selectAllInModel(element: HTMLElement): Promise<void> {
  selectAllIn(element);
  await settle();
  announceSelection(element);
}

/** A paste goes through CKEditor's clipboard pipeline into its model, replacing the selection. */
async function pasteIntoModel(element: HTMLElement, text: string): Promise<void> {
  await selectAllInModel(element);
  const data = new DataTransfer();
  data.setData('text/plain', text);
  element.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true, composed: true }));
  await editorsTurn();
}

/** Typing one line: CKEditor's typing observer turns an `insertText` into a model change over the target range. */
async function typeOneLine(element: HTMLElement, text: string): Promise<void> {
  // A line break typed this way is not a soft break to CKEditor, and the lines before it would be lost.
  if (text.includes('\n')) throw new Error('several lines need the clipboard path');
  await selectAllInModel(element);
  const selection = element.ownerDocument.getSelection();
  const range = selection && selection.rangeCount > 0 ? selection.getRangeAt(0) : null;
  if (!range) throw new Error('no selection in the editor');
  const target = new StaticRange({ startContainer: range.startContainer, startOffset: range.startOffset, endContainer: range.endContainer, endOffset: range.endOffset });
  element.dispatchEvent(
    new InputEvent('beforeinput', { inputType: 'insertText', data: text, targetRanges: [target], bubbles: true, cancelable: true, composed: true }),
  );
  await editorsTurn();
}

/** The input paths CKEditor 5's model accepts, most faithful first. */
export const CKEDITOR_STRATEGIES: readonly ((element: HTMLElement, text: string) => Promise<void>)[] = [pasteIntoModel, typeOneLine];
