import { selectAllIn, settle } from '../selection';

/** A `paste` carrying the text, for editors that apply pasted text through their own model (ProseMirror, Draft.js, Quill). */
export async function replaceWithPaste(element: HTMLElement, text: string): Promise<void> {
  selectAllIn(element);
  await settle();
  const data = new DataTransfer();
  data.setData('text/plain', text);
  element.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true, composed: true }));
}
