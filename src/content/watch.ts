/** Watching and nudging: follows the editor the user writes in, reads the draft once typing pauses, shows the nudge. */
import { readDraft, type DraftReading } from './draft-analysis';
import { detectEditor, type EditorAdapter } from './editors';
import { comparableText } from './editors/read-text';
import { guarded, type ContentSession, type SendTrigger } from './session';
import { forgetIfChanged } from './settled';
import { isFromOurUi } from './shadow-host';

/** Quiet time after the last keystroke before the draft is read. */
export const WATCH_DELAY_MS = 300;

export type OpenPauseFn = (editor: EditorAdapter, draft: string, reading: DraftReading, trigger: SendTrigger) => void;

export interface Watcher {
  /** Reads the draft once `delay` ms have passed without another call. */
  schedule(delay: number): void;
  /** Drops the pending read (a pause is opening). */
  cancel(): void;
  /** Settings changed: apply at once (a switched-off site loses its nudge now, not on the next keystroke). */
  refresh(): void;
}

export function startWatching(session: ContentSession, openPause: OpenPauseFn): Watcher {
  const { deps, ui, signal } = session;
  /** "Not now" on the nudge: quiet until this draft is cleared or sent. */
  let dismissed = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  /** When the pending read of the draft is due, and when its timer fires (epoch ms). */
  let dueAt = 0;
  let timerAt = 0;

  const resetDraftState = (): void => {
    dismissed = false;
    session.settledDraft = null;
  };

  const follow = (editor: EditorAdapter): void => {
    session.editor = editor;
    resetDraftState();
  };

  const cancel = (): void => {
    clearTimeout(timer);
    timer = undefined;
  };

  // One timer, moved on lazily while typing goes on.
  const schedule = (delay: number): void => {
    dueAt = Date.now() + delay;
    if (timer !== undefined && dueAt >= timerAt) return;
    clearTimeout(timer);
    timerAt = dueAt;
    timer = setTimeout(onTimer, delay);
  };

  const onTimer = (): void => {
    timer = undefined;
    if (signal.aborted) return;
    const wait = dueAt - Date.now();
    if (wait > 0) {
      timerAt = dueAt;
      timer = setTimeout(onTimer, wait);
      return;
    }
    if (!deps.alive()) {
      session.stop();
      return;
    }
    try {
      updateNudge();
    } catch {
      ui.hideNudge();
    }
  };

  const updateNudge = (): void => {
    const editor = session.editor;
    const policy = deps.policy();
    if (!editor || !editor.element.isConnected || !policy.active || session.pause) {
      ui.hideNudge();
      return;
    }
    const draft = editor.getText();
    const comparable = comparableText(draft);
    if (comparable === '') {
      resetDraftState();
      ui.hideNudge();
      return;
    }
    if (session.settledDraft !== null && session.settledDraft !== comparable) session.settledDraft = null;
    const reading = readDraft(draft, policy.sensitivity);
    if (!reading.analysis.heated || dismissed || session.settledDraft !== null) {
      ui.hideNudge();
      return;
    }
    ui.showNudge(
      editor.anchor(),
      reading.text,
      reading.analysis,
      () => {
        try {
          cancel();
          openPause(editor, draft, reading, { kind: 'nudge' });
        } catch {
          // Nothing to undo: the draft stays in the editor.
        }
      },
      () => {
        dismissed = true;
        ui.hideNudge();
      },
    );
  };

  const onFocusIn = (event: FocusEvent): void => {
    const path = event.composedPath();
    if (isFromOurUi(path)) return;
    const editor = detectEditor(event.target, path);
    if (editor && editor.element !== session.editor?.element && deps.policy().composerOf?.(editor) !== null) {
      follow(editor);
      schedule(0);
    }
  };

  const onInput = (event: Event): void => {
    if (session.editor !== null && event.target === session.editor.element) {
      // Typed from scratch after the site emptied the box silently, the same words are a new message.
      if (session.settledDraft !== null) forgetIfChanged(session, session.editor);
      schedule(WATCH_DELAY_MS);
      return;
    }
    const path = event.composedPath();
    if (isFromOurUi(path)) return;
    const editor = detectEditor(event.target, path);
    if (!editor || deps.policy().composerOf?.(editor) === null) return;
    if (editor.element !== session.editor?.element) follow(editor);
    schedule(WATCH_DELAY_MS);
  };

  const options = { capture: true, signal };
  deps.window.addEventListener('focusin', guarded(session, onFocusIn), options);
  deps.window.addEventListener('input', guarded(session, onInput), options);
  signal.addEventListener(
    'abort',
    () => {
      cancel();
      ui.hideNudge();
    },
    { once: true },
  );

  return {
    schedule,
    cancel,
    refresh: () => {
      if (!deps.policy().active) ui.hideNudge();
      else schedule(0);
    },
  };
}
