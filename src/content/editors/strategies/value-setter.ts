/**
 * The native `value` setter plus an `input` event: the page's own (React) value tracking lives in the page's
 * world, so from here this is the native setter, and the framework sees a change it did not make.
 */
export async function replaceWithValueSetter(element: HTMLElement, text: string): Promise<void> {
  if (!(element instanceof HTMLTextAreaElement || element instanceof HTMLInputElement)) return;
  const prototype = element instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
  Object.getOwnPropertyDescriptor(prototype, 'value')?.set?.call(element, text);
  element.dispatchEvent(new InputEvent('input', { inputType: 'insertReplacementText', data: text, bubbles: true, composed: true }));
  element.dispatchEvent(new Event('change', { bubbles: true }));
}
