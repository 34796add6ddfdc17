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

/** Whether the document's selection sits inside `element` (a field counts when it has the focus). */
export function selectionInside(element: HTMLElement): boolean {
  const document = element.ownerDocument;
  const active = deepActiveElement(document);
  if (active !== element && !element.contains(active)) return false;
  if (element instanceof HTMLTextAreaElement || element instanceof HTMLInputElement) return true;
  // Inside a shadow root the document's selection is retargeted; Chromium's getSelection on the root tells the truth.
  const root = element.getRootNode() as Node & { getSelection?: () => Selection | null };
  const selection = typeof root.getSelection === 'function' ? root.getSelection() : document.getSelection();
  if (!selection || selection.rangeCount === 0) return false;
  const range = selection.getRangeAt(0);
  return element.contains(range.startContainer) && element.contains(range.endContainer);
}

/** Puts the caret at the end of what the editor holds: after its last text, else at the start of its last line. */
export function caretToEnd(element: HTMLElement): void {
  if (element instanceof HTMLTextAreaElement || element instanceof HTMLInputElement) {
    const length = element.value.length;
    element.setSelectionRange(length, length);
    return;
  }
  const document = element.ownerDocument;
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  let lastText: Node | null = null;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if ((node.nodeValue ?? '').trim() !== '') lastText = node;
  }
  const range = document.createRange();
  if (lastText) {
    range.setStart(lastText, lastText.nodeValue?.length ?? 0);
  } else {
    // An empty editor keeps an empty line (`<p><br></p>`): the caret goes at its start, before the line break.
    let line: Element = element;
    while (line.lastElementChild && line.lastElementChild.localName !== 'br') line = line.lastElementChild;
    range.setStart(line, 0);
  }
  range.collapse(true);
  const selection = document.getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
}
