/** Selects everything in the editor, with the range on text leaves where there are any, as a person's Ctrl+A would. */
export function selectAllIn(element: HTMLElement): Range | null {
  if (element instanceof HTMLTextAreaElement || element instanceof HTMLInputElement) {
    element.focus();
    element.setSelectionRange(0, element.value.length);
    return null;
  }
  if (!element.isConnected) return null;
  const document = element.ownerDocument;
  if (document.activeElement !== element && !element.contains(deepActiveElement(document))) element.focus();
  const range = document.createRange();
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  const first = walker.nextNode();
  let last = first;
  for (let node = first; node; node = walker.nextNode()) last = node;
  if (first && last) {
    range.setStart(first, 0);
    range.setEnd(last, last.nodeValue?.length ?? 0);
  } else {
    range.selectNodeContents(element);
  }
  const selection = document.getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
  return range;
}

/** The focused element, looking into open shadow roots. */
export function deepActiveElement(document: Document): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Remembers the caret or selection in `element`; the returned function puts it back (end of text if it cannot). */
export function saveSelectionIn(element: HTMLElement): () => void {
  if (element instanceof HTMLTextAreaElement || element instanceof HTMLInputElement) {
    const start = element.selectionStart;
    const end = element.selectionEnd;
    return () => {
      const length = element.value.length;
      element.setSelectionRange(Math.min(start ?? length, length), Math.min(end ?? length, length));
    };
  }
  const document = element.ownerDocument;
  const current = document.getSelection();
  const saved = current && current.rangeCount > 0 ? current.getRangeAt(0).cloneRange() : null;
  return () => {
    const selection = document.getSelection();
    if (!selection) return;
    const usable = saved && element.contains(saved.startContainer) && element.contains(saved.endContainer);
    let range = saved;
    if (!usable || !range) {
      range = document.createRange();
      range.selectNodeContents(element);
      range.collapse(false);
    }
    selection.removeAllRanges();
    selection.addRange(range);
  };
}

/** Resolves after the editor has had a chance to react: a microtask, then a frame (or a short timer in a hidden tab). */
export function settle(): Promise<void> {
  return new Promise((resolve) => {
    let done = false;
    const finish = () => {
      if (done) return;
      done = true;
      resolve();
    };
    queueMicrotask(() => {
      if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => setTimeout(finish, 0));
      setTimeout(finish, 80);
    });
  });
}
