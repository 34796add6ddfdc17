/** Writes the text straight into the DOM: only for plain contenteditable, where the DOM is the only model. */
export async function replaceWithDomWrite(element: HTMLElement, text: string): Promise<void> {
  const document = element.ownerDocument;
  const fragment = document.createDocumentFragment();
  text.split('\n').forEach((line, index) => {
    if (index > 0) fragment.append(document.createElement('br'));
    fragment.append(document.createTextNode(line));
  });
  element.replaceChildren(fragment);
  element.dispatchEvent(new InputEvent('input', { inputType: 'insertReplacementText', data: text, bubbles: true, composed: true }));
}
