import type { SendKey } from '../../sites';

/** How a covered page sends from the keyboard; 'either' for sites we do not know, where both are guarded. */
export type SendKeyRule = SendKey | 'either';

export interface KeyLike {
  key: string;
  keyCode?: number;
  isComposing?: boolean;
  shiftKey: boolean;
  altKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
}

/** Mid-composition (an IME is building a character): the key belongs to the IME, never to a send. */
export function isComposingKey(event: KeyLike): boolean {
  return event.isComposing === true || event.keyCode === 229 || event.key === 'Process';
}

/** Whether this keydown is the site's send key. Shift and Alt always mean something else (a new line, a shortcut). */
export function isSendKey(event: KeyLike, rule: SendKeyRule): boolean {
  if (event.key !== 'Enter' || isComposingKey(event) || event.shiftKey || event.altKey) return false;
  const mod = event.ctrlKey || event.metaKey;
  switch (rule) {
    case 'enter':
      return !mod;
    case 'mod-enter':
      return mod;
    case 'either':
      return true;
  }
}
