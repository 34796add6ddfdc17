/** Sending the way the site sends, for "Send anyway": a replayed send key, a form submit. */
import type { KeyLike } from './keys';

/** The parts of a key event a replay needs, kept after the event itself is gone. */
export function keyOf(event: KeyboardEvent): KeyLike {
  return {
    key: event.key,
    keyCode: event.keyCode,
    shiftKey: event.shiftKey,
    altKey: event.altKey,
    ctrlKey: event.ctrlKey,
    metaKey: event.metaKey,
  };
}

/** The send key for a pause opened from the nudge, where no key started it. */
export function defaultSendKey(mod: boolean): KeyLike {
  const mac = /mac/i.test(globalThis.navigator?.platform ?? '');
  return { key: 'Enter', keyCode: 13, shiftKey: false, altKey: false, ctrlKey: mod && !mac, metaKey: mod && mac };
}

/** Replays the user's send key at the editor; true if the site's handler took it (cancelled the keydown or keypress). */
export function dispatchSendKey(target: HTMLElement, key: KeyLike): boolean {
  const init: KeyboardEventInit = {
    key: 'Enter',
    code: 'Enter',
    keyCode: 13,
    which: 13,
    bubbles: true,
    cancelable: true,
    composed: true,
    ctrlKey: key.ctrlKey,
    metaKey: key.metaKey,
  };
  const keydownTaken = !target.dispatchEvent(new KeyboardEvent('keydown', init));
  let keypressTaken = false;
  if (!keydownTaken) keypressTaken = !target.dispatchEvent(new KeyboardEvent('keypress', { ...init, charCode: 13 }));
  target.dispatchEvent(new KeyboardEvent('keyup', init));
  return keydownTaken || keypressTaken;
}

/** Submits like a person's submit would, running the form's own validation and submit handlers. */
export function submitForm(form: HTMLFormElement): void {
  if (!form.isConnected) return;
  if (typeof form.requestSubmit === 'function') form.requestSubmit();
  else form.submit();
}
