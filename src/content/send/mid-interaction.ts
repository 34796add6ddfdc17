/**
 * The one guard for "the user is in the middle of something": an Enter then belongs to that (an IME building a
 * character, Shift or Alt for a new line or a shortcut, the site's open autocomplete), never to a send.
 */
import { isShown } from '../editors/detect';
import { composerRegion } from './button';
import type { KeyLike } from './keys';

/** Mid-composition (an IME is building a character): the key belongs to the IME, never to a send. */
export function isComposingKey(event: KeyLike): boolean {
  return event.isComposing === true || event.keyCode === 229 || event.key === 'Process';
}

/** The key itself says it is not a send: composing, or Shift/Alt held (a new line, a shortcut), whatever the site. */
export function keyIsMidInteraction(event: KeyLike): boolean {
  return isComposingKey(event) || event.shiftKey || event.altKey;
}

/** The key, or the editor's state: Enter picks the item of an open mention, emoji, channel or command list. */
export function isMidInteraction(event: KeyLike, editor: HTMLElement): boolean {
  return keyIsMidInteraction(event) || siteListOpen(editor);
}

function byId(editor: HTMLElement, id: string): Element | null {
  // A document or a shadow root; checked by shape, since each frame and test DOM has its own Document class.
  const root = editor.getRootNode() as Node & Partial<NonElementParentNode>;
  return typeof root.getElementById === 'function' ? root.getElementById(id) : null;
}

function isShownListbox(element: Element | null): boolean {
  if (!element) return false;
  const listbox = element.matches('[role="listbox"]') ? element : element.querySelector('[role="listbox"]');
  return listbox !== null && isShown(listbox);
}

/**
 * The site's autocomplete is open at this editor, as the editor or its combobox says (`aria-expanded="true"`, an
 * `aria-activedescendant` that points at a shown option), or a shown `role="listbox"` that it owns or that sits in
 * its composer.
 */
export function siteListOpen(editor: HTMLElement): boolean {
  const combobox = editor.closest('[role="combobox"]');
  for (const holder of combobox && combobox !== editor ? [editor, combobox] : [editor]) {
    if (holder.getAttribute('aria-expanded') === 'true') return true;
    const active = holder.getAttribute('aria-activedescendant');
    if (active) {
      const option = byId(editor, active);
      if (option && isShown(option)) return true;
    }
    for (const attribute of ['aria-controls', 'aria-owns']) {
      for (const id of (holder.getAttribute(attribute) ?? '').split(/\s+/)) {
        if (id && isShownListbox(byId(editor, id))) return true;
      }
    }
  }
  for (const listbox of composerRegion(editor).querySelectorAll('[role="listbox"]')) {
    if (!listbox.contains(editor) && isShown(listbox)) return true;
  }
  return false;
}
