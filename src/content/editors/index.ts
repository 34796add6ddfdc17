import type { EditorAdapter } from './adapter';
import { editableElementIn, editorKindOf, isTextField } from './detect';
import { readEditableText } from './read-text';
import { replaceVerified } from './replace';
import { caretToEnd, deepActiveElement, saveSelectionIn, selectionInside } from './selection';

export type { EditorAdapter, EditorKind } from './adapter';

/** The adapter for an editable element (a text field or the root of a contenteditable region). */
export function createEditorAdapter(element: HTMLElement): EditorAdapter {
  const kind = editorKindOf(element);
  const getText = isTextField(element)
    ? () => (element as HTMLInputElement | HTMLTextAreaElement).value
    : () => readEditableText(element);
  return {
    kind,
    element,
    getText,
    replaceText: (text) => replaceVerified(kind, element, getText, text),
    focus: () => element.focus({ preventScroll: true }),
    caretToEnd: () => {
      if (!element.isConnected || selectionInside(element)) return;
      const active = deepActiveElement(element.ownerDocument);
      if (active && active !== element.ownerDocument.body && active !== element && !element.contains(active)) return;
      element.focus({ preventScroll: true });
      caretToEnd(element);
    },
    saveSelection: () => saveSelectionIn(element),
    anchor: () => element,
  };
}

/** An adapter for the editor an event happened in, or null when it happened outside any editor we understand. */
export function detectEditor(target: EventTarget | null, path: readonly EventTarget[]): EditorAdapter | null {
  const element = editableElementIn(target, path);
  return element ? createEditorAdapter(element) : null;
}
