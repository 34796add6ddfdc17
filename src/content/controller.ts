/**
 * The content script's behaviour, in three parts started with one AbortSignal: watching and nudging (watch.ts),
 * guarding the send (send/guard.ts), and carrying out the pause's decision (decision.ts). Every handler fails open.
 */
import { startDecisions } from './decision';
import { findEditable } from './editors/detect';
import { startSendGuard } from './send/guard';
import type { ContentDeps, ContentSession } from './session';
import { startWatching, type Watcher } from './watch';

export class ContentController {
  private readonly controller = new AbortController();
  private readonly session: ContentSession;
  private watcher: Watcher | null = null;

  constructor(deps: ContentDeps) {
    const signal = this.controller.signal;
    this.session = {
      deps,
      ui: deps.ui(signal),
      signal,
      stop: () => this.stop(),
      editor: null,
      pause: null,
      replaying: false,
      settledDraft: null,
      justSent: null,
    };
  }

  get signal(): AbortSignal {
    return this.controller.signal;
  }

  start(): void {
    const decisions = startDecisions(this.session);
    this.watcher = startWatching(this.session, decisions.openPause);
    startSendGuard(this.session, this.watcher, decisions.openPause);
  }

  /** Stops everything: listeners, timers, nudge and pause; the editor keeps the draft. */
  stop(): void {
    this.controller.abort();
  }

  /** Whether this frame has a message box to watch: the one the user wrote in, or one shown on the page. */
  watching(): boolean {
    const editor = this.session.editor;
    if (editor?.element.isConnected) return true;
    return findEditable(this.session.deps.window.document) !== null;
  }

  /** Settings changed: apply at once. */
  refresh(): void {
    this.watcher?.refresh();
  }
}
