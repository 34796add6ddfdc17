import type { Analysis, SuggestionStyle } from '../analysis/types';
import { t } from '../i18n';
import type { PauseOutcome } from '../settings/types';
import type { PauseDialogProps } from '../ui/PauseDialog';
import { readDraft, type DraftReading } from './draft-analysis';
import { detectEditor, type EditorAdapter } from './editors';
import { comparableText } from './editors/read-text';
import { settle } from './editors/selection';
import type { Policy } from './policy';
import { clickElement, findSendButton, sendButtonInPath } from './send-button';
import { defaultSendKey, dispatchSendKey, keyOf, submitForm } from './send-replay';
import { isSendKey, type KeyLike } from './send-keys';
import { isFromOurUi } from './shadow-host';

/** Quiet time after the last keystroke before the draft is read. */
export const WATCH_DELAY_MS = 300;

/** Events that arrive with every keystroke, kept as cheap as possible. */
const KEYSTROKE_EVENTS = new Set(['keydown', 'input']);

/** After "Send anyway" reached the site, a repeat of the same send this soon is a double Enter, not a new message. */
export const DOUBLE_SEND_MS = 600;

/** The UI the controller drives; the real one renders the shared Preact components into shadow roots. */
export interface ContentUi {
  showNudge(anchor: HTMLElement, draft: string, analysis: Analysis, onPause: () => void, onDismiss: () => void): void;
  hideNudge(): void;
  /** A short calm line near the editor, for the rare case we could not do what the user asked. */
  notice(anchor: HTMLElement, message: string): void;
  /**
   * Mounts the pause, at once if it is loaded, else once it loads. Calls `status.onShown` when it is on screen, or
   * `status.onUnavailable` (never both) when it cannot load. The returned function unmounts it or cancels the load.
   */
  openPause(props: PauseDialogProps, status: PauseStatus): () => void;
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

interface OpenPause {
  editor: EditorAdapter;
  close: () => void;
}

/**
 * The content script's behaviour: watch the draft, nudge, guard the send, and carry out the pause's decisions.
 * Every listener is scoped to one AbortSignal, and every handler fails open: an exception lets the event through.
 */
export class ContentController {
  private editor: EditorAdapter | null = null;
  private pause: OpenPause | null = null;
  /** True only while we dispatch a send ourselves, so the guard lets exactly that send through. */
  private replaying = false;
  /** "Not now" on the nudge: quiet until this draft is cleared or sent. */
  private dismissed = false;
  /** A draft the user chose (a reply from the pause, or "Send anyway" that the site did not take): never paused again. */
  private settledDraft: string | null = null;
  /** The draft "Send anyway" just handed to the site, until when a second send of it is swallowed. */
  private justSent: { text: string; until: number } | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** When the pending read of the draft is due, and when its timer fires (epoch ms). */
  private dueAt = 0;
  private timerAt = 0;
  private readonly controller = new AbortController();
  private readonly ui: ContentUi;

  constructor(private readonly deps: ContentDeps) {
    this.ui = deps.ui(this.controller.signal);
  }

  get signal(): AbortSignal {
    return this.controller.signal;
  }

  start(): void {
    const { window } = this.deps;
    const options = { capture: true, signal: this.signal };
    window.addEventListener('keydown', this.guarded(this.onKeyDown), options);
    window.addEventListener('click', this.guarded(this.onClick), options);
    window.addEventListener('submit', this.guarded(this.onSubmit), options);
    window.addEventListener('focusin', this.guarded(this.onFocusIn), options);
    window.addEventListener('input', this.guarded(this.onInput), options);
    this.signal.addEventListener('abort', () => this.cleanUp(), { once: true });
  }

  /** Stops everything: listeners, timers, nudge and pause; the editor keeps the draft. */
  stop(): void {
    this.controller.abort();
  }

  /** Settings changed: apply at once (a switched-off site loses its nudge now, not on the next keystroke). */
  refresh(): void {
    if (!this.deps.policy().active) this.ui.hideNudge();
    else this.schedule(0);
  }

  private cleanUp(): void {
    this.cancelSchedule();
    this.ui.hideNudge();
    const pause = this.pause;
    this.pause = null;
    if (pause) {
      pause.close();
      pause.editor.focus();
    }
  }

  /** Wraps a handler so that a dead extension tears down quietly and an exception lets the event through untouched. */
  private guarded<E extends Event>(handler: (event: E) => void): (event: E) => void {
    return (event: E) => {
      if (this.signal.aborted) return;
      // Keystrokes skip the liveness check: the read they schedule and any send they guard make it themselves.
      if (!KEYSTROKE_EVENTS.has(event.type) && !this.deps.alive()) {
        this.stop();
        return;
      }
      try {
        handler.call(this, event);
      } catch {
        // Fail open: the page gets the event as if Attune were not here.
      }
    };
  }

  private onFocusIn(event: FocusEvent): void {
    const path = event.composedPath();
    if (isFromOurUi(path)) return;
    const editor = detectEditor(event.target, path);
    if (editor && editor.element !== this.editor?.element) {
      this.editor = editor;
      this.resetDraftState();
      this.schedule(0);
    }
  }

  private onInput(event: Event): void {
    if (this.editor !== null && event.target === this.editor.element) {
      this.schedule(WATCH_DELAY_MS);
      return;
    }
    const path = event.composedPath();
    if (isFromOurUi(path)) return;
    const editor = detectEditor(event.target, path);
    if (!editor) return;
    if (editor.element !== this.editor?.element) {
      this.editor = editor;
      this.resetDraftState();
    }
    this.schedule(WATCH_DELAY_MS);
  }

  private resetDraftState(): void {
    this.dismissed = false;
    this.settledDraft = null;
  }

  private cancelSchedule(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  /** Reads the draft once `delay` ms have passed without another call; one timer, moved on lazily while typing goes on. */
  private schedule(delay: number): void {
    this.dueAt = Date.now() + delay;
    if (this.timer !== undefined && this.dueAt >= this.timerAt) return;
    clearTimeout(this.timer);
    this.timerAt = this.dueAt;
    this.timer = setTimeout(this.onTimer, delay);
  }

  private readonly onTimer = (): void => {
    this.timer = undefined;
    if (this.signal.aborted) return;
    const wait = this.dueAt - Date.now();
    if (wait > 0) {
      this.timerAt = this.dueAt;
      this.timer = setTimeout(this.onTimer, wait);
      return;
    }
    if (!this.deps.alive()) {
      this.stop();
      return;
    }
    try {
      this.updateNudge();
    } catch {
      this.ui.hideNudge();
    }
  };

  private updateNudge(): void {
    const editor = this.editor;
    const policy = this.deps.policy();
    if (!editor || !editor.element.isConnected || !policy.active || this.pause) {
      this.ui.hideNudge();
      return;
    }
    const draft = editor.getText();
    const comparable = comparableText(draft);
    if (comparable === '') {
      this.resetDraftState();
      this.ui.hideNudge();
      return;
    }
    if (this.settledDraft !== null && this.settledDraft !== comparable) this.settledDraft = null;
    const reading = readDraft(draft, policy.sensitivity);
    if (!reading.analysis.heated || this.dismissed || this.settledDraft !== null) {
      this.ui.hideNudge();
      return;
    }
    this.ui.showNudge(
      editor.anchor(),
      reading.text,
      reading.analysis,
      () => this.safely(() => this.openPause(editor, draft, reading, { kind: 'nudge' })),
      () => {
        this.dismissed = true;
        this.ui.hideNudge();
      },
    );
  }

  private onKeyDown(event: KeyboardEvent): void {
    // Every keystroke passes here: anything but Enter leaves before any other work.
    if (event.key !== 'Enter' || this.replaying) return;
    if (!this.deps.alive()) {
      this.stop();
      return;
    }
    const policy = this.deps.policy();
    if (!policy.active || !isSendKey(event, policy.sendKey)) return;
    const path = event.composedPath();
    if (isFromOurUi(path)) return;
    const editor = detectEditor(event.target, path);
    if (!editor) return;
    const target = path.find((node): node is HTMLElement => node instanceof HTMLElement) ?? editor.element;
    this.guardSend(event, editor, { kind: 'key', event: keyOf(event), target }, policy);
  }

  private onClick(event: MouseEvent): void {
    if (this.replaying) return;
    const policy = this.deps.policy();
    const editor = this.editor;
    if (!policy.active || !editor || !editor.element.isConnected) return;
    const path = event.composedPath();
    if (isFromOurUi(path)) return;
    const button = sendButtonInPath(path, editor.element, policy.sendButtons);
    if (!button) return;
    this.guardSend(event, editor, { kind: 'button', button }, policy);
  }

  private onSubmit(event: SubmitEvent): void {
    if (this.replaying) return;
    const policy = this.deps.policy();
    const editor = this.editor;
    const form = event.target;
    if (!policy.active || !editor || !(form instanceof HTMLFormElement) || !form.contains(editor.element)) return;
    this.guardSend(event, editor, { kind: 'submit', form }, policy);
  }

  /** The moment before the site sends: read the draft now; if it is heated, stop the send and open the pause. */
  private guardSend(event: Event, editor: EditorAdapter, trigger: SendTrigger, policy: Policy): void {
    if (this.pause) {
      // A second send while the pause is open (a double Enter) must not reach the site.
      if (this.pause.editor.element === editor.element) stopEvent(event);
      return;
    }
    this.ui.hideNudge();
    this.schedule(250);
    if (policy.mode !== 'pause') return;
    const draft = editor.getText();
    const comparable = comparableText(draft);
    if (comparable === '') return;
    if (this.justSent && comparable === this.justSent.text && Date.now() < this.justSent.until) {
      stopEvent(event);
      return;
    }
    if (comparable === this.settledDraft) return;
    const reading = readDraft(draft, policy.sensitivity);
    if (!reading.analysis.heated) return;
    this.openPause(editor, draft, reading, trigger);
    stopEvent(event);
  }

  private safely(action: () => void): void {
    try {
      action();
    } catch {
      // Nothing to undo: the draft stays in the editor.
    }
  }

  private openPause(editor: EditorAdapter, draft: string, reading: DraftReading, trigger: SendTrigger): void {
    this.cancelSchedule();
    const restoreSelection = editor.saveSelection();
    const policy = this.deps.policy();
    const finish = (outcome: PauseOutcome): boolean => {
      if (this.pause?.close !== close) return false;
      this.pause = null;
      close();
      this.deps.record(outcome);
      return true;
    };
    const props: PauseDialogProps = {
      draft: reading.text,
      analysis: reading.analysis,
      breathing: policy.breathing,
      onSendAnyway: () => {
        if (finish('sentAnyway')) void this.sendOriginal(editor, draft, trigger).catch(() => undefined);
      },
      onUseReply: (text: string, _style: SuggestionStyle) => {
        if (finish('reframed')) void this.useReply(editor, draft, text).catch(() => undefined);
      },
      onKeepEditing: () => {
        if (!finish('keptEditing')) return;
        editor.focus();
        restoreSelection();
      },
    };
    const close = this.ui.openPause(props, {
      onShown: () => this.deps.record('paused'),
      onUnavailable: () => {
        if (this.pause?.close !== close) return;
        this.pause = null;
        void this.sendUnpaused(editor, draft, trigger).catch(() => undefined);
      },
    });
    this.pause = { editor, close };
    this.ui.hideNudge();
  }

  /**
   * The pause could not load: the send the user made goes through as if Attune were absent, once, unless they
   * changed the draft while waiting. A pause asked for from the nudge was no send, so nothing is sent then.
   */
  private async sendUnpaused(editor: EditorAdapter, draft: string, trigger: SendTrigger): Promise<void> {
    if (trigger.kind === 'nudge') return;
    if (editor.element.isConnected && comparableText(editor.getText()) !== comparableText(draft)) return;
    await this.sendOriginal(editor, draft, trigger);
  }

  /** "Send anyway": the original text, exactly once, through the site's own path; never a changed or lost draft. */
  private async sendOriginal(editor: EditorAdapter, draft: string, trigger: SendTrigger): Promise<void> {
    const original = comparableText(draft);
    if (!editor.element.isConnected) {
      this.keepForUser(editor, draft, t('contentEditorReplaced'));
      return;
    }
    editor.focus();
    const current = comparableText(editor.getText());
    if (current !== original) {
      if (current === '') await editor.replaceText(draft);
      this.settledDraft = comparableText(editor.getText()) === original ? original : null;
      this.ui.notice(editor.anchor(), t('contentDraftChanged'));
      return;
    }
    // If our replay does not reach the site, the user's own next Enter sends this draft without a second pause.
    this.settledDraft = original;
    const policy = this.deps.policy();
    if (trigger.kind !== 'key' && trigger.kind !== 'nudge') this.justSent = { text: original, until: Date.now() + DOUBLE_SEND_MS };
    if (trigger.kind === 'button') {
      this.replay(() => clickElement(trigger.button.isConnected ? trigger.button : findSendButton(editor.element, policy.sendButtons) ?? trigger.button));
      return;
    }
    if (trigger.kind === 'submit') {
      this.replay(() => submitForm(trigger.form));
      return;
    }
    const target = trigger.kind === 'key' && trigger.target.isConnected && editor.element.contains(trigger.target) ? trigger.target : editor.element;
    const key = trigger.kind === 'key' ? trigger.event : defaultSendKey(policy.sendKey === 'mod-enter');
    const handled = this.replay(() => dispatchSendKey(target, key));
    if (handled) {
      this.justSent = { text: original, until: Date.now() + DOUBLE_SEND_MS };
      return;
    }
    await settle();
    if (comparableText(editor.getText()) !== original) return;
    // The site did not take the replayed key. On a site we know sends on Enter, its button or form will;
    // on an unknown site Enter may only have meant a new line, so the user's own next Enter decides.
    const button = findSendButton(editor.element, policy.sendButtons);
    const form = editor.element.closest('form');
    const knownToSend = policy.sendKey !== 'either' || editor.kind === 'input';
    if (knownToSend && (button || form)) {
      this.justSent = { text: original, until: Date.now() + DOUBLE_SEND_MS };
      this.replay(() => {
        if (button) clickElement(button);
        else if (form) submitForm(form);
      });
    } else {
      this.ui.notice(editor.anchor(), t('contentSendYourself'));
    }
  }

  /** "Use this reply": the editor's own model takes the suggestion; if it refuses, the original stays. */
  private async useReply(editor: EditorAdapter, draft: string, reply: string): Promise<void> {
    if (!editor.element.isConnected) {
      this.keepForUser(editor, reply, t('contentEditorReplaced'));
      return;
    }
    editor.focus();
    if (await editor.replaceText(reply)) {
      this.settledDraft = comparableText(reply);
      return;
    }
    if (comparableText(editor.getText()) !== comparableText(draft)) await editor.replaceText(draft);
    this.keepForUser(editor, reply, t('contentReplyNotWritten'));
  }

  private keepForUser(editor: EditorAdapter, text: string, message: string): void {
    this.deps.copy?.(text);
    const anchor = editor.element.isConnected ? editor.anchor() : this.deps.window.document.documentElement;
    this.ui.notice(anchor, message);
  }

  /** Runs a send we make ourselves with the guard open for exactly its duration; true if the site took the event. */
  private replay(send: () => boolean | void): boolean {
    this.replaying = true;
    try {
      return send() === true;
    } finally {
      this.replaying = false;
    }
  }
}

function stopEvent(event: Event): void {
  event.preventDefault();
  event.stopImmediatePropagation();
}
