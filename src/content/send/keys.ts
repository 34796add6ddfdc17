import type { SendKey } from '../../sites';
import { keyIsMidInteraction } from './mid-interaction';

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

/** Whether this keydown is the site's send key. Shift and Alt always mean something else (a new line, a shortcut). */
export function isSendKey(event: KeyLike, rule: SendKeyRule): boolean {
  if (event.key !== 'Enter' || keyIsMidInteraction(event)) return false;
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
