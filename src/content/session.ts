/** What the content script's three parts (watch, send guard, decision) share: the page, the UI and the draft in hand. */
import type { Analysis } from '../analysis/types';
import type { PauseOutcome } from '../settings/types';
import type { PausePage, PauseProps } from '../pause/api';
import type { EditorAdapter } from './editors';
import type { Policy } from './policy';
import type { KeyLike } from './send/keys';

/** The UI the content script drives; the real one renders the shared Preact components into shadow roots. */
export interface ContentUi {
  showNudge(anchor: HTMLElement, draft: string, analysis: Analysis, onPause: () => void, onDismiss: () => void): void;
  hideNudge(): void;
  /** A short calm line near the editor, for the rare case we could not do what the user asked. */
  notice(anchor: HTMLElement, message: string): void;
  /**
   * Mounts the pause, at once if it is loaded, else once it loads. Calls `status.onShown` when it is on screen, or
   * `status.onUnavailable` (never both) when it cannot load. The returned function unmounts it or cancels the load.
   * With `page`, the pause reads the other person's last message(s) there as it mounts.
   */
  openPause(props: PauseProps, status: PauseStatus, page?: PausePage): () => void;
}

export interface PauseStatus {
  onShown(): void;
  onUnavailable(): void;
}

export interface ContentDeps {
  window: Window;
  policy(): Policy;
  /** Builds the UI; everything it adds to the page goes away when `signal` aborts. */
  ui(signal: AbortSignal): ContentUi;
  record(outcome: PauseOutcome): void;
  /** False once the extension is gone; everything is then torn down and the page left as it is. */
  alive(): boolean;
  /** Copies text for the user when an editor refused it, so nothing they wrote is lost. */
  copy?(text: string): void;
}

/** What started the pause, so "Send anyway" can send the same way. */
export type SendTrigger =
  | { kind: 'key'; event: KeyLike; target: HTMLElement }
  | { kind: 'button'; button: Element }
  | { kind: 'submit'; form: HTMLFormElement }
  | { kind: 'nudge' };

export interface OpenPause {
  editor: EditorAdapter;
  close: () => void;
}

/** The shared state; each part reads it, and writes only the fields its comment names it as the writer of. */
export interface ContentSession {
  readonly deps: ContentDeps;
  readonly ui: ContentUi;
  readonly signal: AbortSignal;
  /** Tears everything down (the extension is gone). */
  stop(): void;
  /** The editor the user last wrote in or focused (written by the watcher). */
  editor: EditorAdapter | null;
  /** The pause on screen or loading (written by the decision). */
  pause: OpenPause | null;
  /** True only while we dispatch a send ourselves, so the guard lets exactly that send through (the decision). */
  replaying: boolean;
  /** A draft the user chose in the pause: not paused again until the site has taken it (the decision; settled.ts forgets it). */
  settledDraft: string | null;
  /** The draft "Send anyway" just handed to the site, until when a second send of it is swallowed (the decision). */
  justSent: { text: string; until: number } | null;
}

/** Events that arrive with every keystroke, kept as cheap as possible. */
const KEYSTROKE_EVENTS = new Set(['keydown', 'input']);

/** Wraps a handler so that a dead extension tears down quietly and an exception lets the event through untouched. */
export function guarded<E extends Event>(session: ContentSession, handler: (event: E) => void): (event: E) => void {
  return (event: E) => {
    if (session.signal.aborted) return;
    // Keystrokes skip the liveness check: the read they schedule and any send they guard make it themselves.
    if (!KEYSTROKE_EVENTS.has(event.type) && !session.deps.alive()) {
      session.stop();
      return;
    }
    try {
      handler(event);
    } catch {
      // Fail open: the page gets the event as if Attune were not here.
    }
  };
}

export function stopEvent(event: Event): void {
  event.preventDefault();
  event.stopImmediatePropagation();
}
