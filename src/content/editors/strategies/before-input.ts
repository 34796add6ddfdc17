import { selectAllIn, settle } from '../selection';

/** A `beforeinput` carrying the text and the range it replaces, for editors that apply input themselves (Slate). */
export async function replaceWithBeforeInput(element: HTMLElement, text: string): Promise<void> {
  selectAllIn(element);
  await settle();
  const selection = element.ownerDocument.getSelection();
  const range = selection && selection.rangeCount > 0 ? selection.getRangeAt(0) : null;
  const targetRanges = range
    ? [new StaticRange({ startContainer: range.startContainer, startOffset: range.startOffset, endContainer: range.endContainer, endOffset: range.endOffset })]
    : [];
  element.dispatchEvent(
    new InputEvent('beforeinput', {
      inputType: 'insertReplacementText',
      data: text,
      targetRanges,
      bubbles: true,
      cancelable: true,
      composed: true,
    }),
  );
}
