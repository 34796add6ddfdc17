import type { EditorKind } from './adapter';
import { isCkEditor } from './ckeditor';

const TEXT_INPUT_TYPES = new Set(['', 'text', 'search']);

function isElement(target: EventTarget | null | undefined): target is HTMLElement {
  return typeof target === 'object' && target !== null && (target as Node).nodeType === 1 && 'tagName' in target;
}

export function isTextField(element: Element): element is HTMLTextAreaElement | HTMLInputElement {
  if (element.tagName === 'TEXTAREA') return true;
  if (element.tagName !== 'INPUT') return false;
  return TEXT_INPUT_TYPES.has((element.getAttribute('type') ?? '').toLowerCase());
}

/** The editing host of an element inside a contenteditable region: the outermost editable ancestor. */
export function editingHost(element: HTMLElement): HTMLElement {
  let root = element;
  for (let parent = root.parentElement; parent?.isContentEditable; parent = parent.parentElement) root = parent;
  return root;
}

/** The editor kind from the markers each editor puts on its root. */
export function editorKindOf(element: HTMLElement): EditorKind {
  if (element.tagName === 'TEXTAREA') return 'textarea';
  if (element.tagName === 'INPUT') return 'input';
  if (element.getAttribute('data-lexical-editor') === 'true') return 'lexical';
  if (element.getAttribute('data-slate-editor') === 'true') return 'slate';
  if (element.classList.contains('ql-editor')) return 'quill';
  if (element.classList.contains('ProseMirror')) return 'prosemirror';
  if (isCkEditor(element)) return 'ckeditor';
  if (element.classList.contains('public-DraftEditor-content') || element.closest('.DraftEditor-root')) return 'draft';
  return 'contenteditable';
}

/** The editable element an event is about, from the deepest element of its composed path outwards. */
export function editableElementIn(target: EventTarget | null, path: readonly EventTarget[]): HTMLElement | null {
  const candidates = path.length > 0 ? path : [target];
  for (const candidate of candidates) {
    if (!isElement(candidate)) continue;
    if (isTextField(candidate)) {
      const field = candidate as HTMLInputElement | HTMLTextAreaElement;
      return field.readOnly || field.disabled ? null : field;
    }
    if (candidate.isContentEditable) return editingHost(candidate);
  }
  return null;
}

const EDITABLE_SELECTOR = 'textarea, [contenteditable=""], [contenteditable="true"], [contenteditable="plaintext-only"]';

/** Whether the element is rendered (not display:none, not inside a hidden subtree). */
export function isShown(element: Element): boolean {
  return typeof element.checkVisibility === 'function' ? element.checkVisibility() : element.getClientRects().length > 0;
}

/**
 * A shown box to write in (a textarea or a contenteditable region, in the page or an open shadow root), or null.
 * Only asked for when the popup opens, so walking the page is affordable.
 */
export function findEditable(root: Document | ShadowRoot): HTMLElement | null {
  for (const candidate of root.querySelectorAll<HTMLElement>(EDITABLE_SELECTOR)) {
    const editable = editableElementIn(candidate, [candidate]);
    if (editable && isShown(editable)) return editable;
  }
  for (const host of root.querySelectorAll('*')) {
    const found = host.shadowRoot ? findEditable(host.shadowRoot) : null;
    if (found) return found;
  }
  return null;
}
