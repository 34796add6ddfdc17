/** Guarding the send: the send key, the send button and the form submit, read the moment before the site sends. */
import { readDraft } from '../draft-analysis';
import { detectEditor, type EditorAdapter } from '../editors';
import { comparableText } from '../editors/read-text';
import type { Policy } from '../policy';
import { guarded, stopEvent, type ContentSession, type SendTrigger } from '../session';
import { forgetOnceTaken } from '../settled';
import { isFromOurUi } from '../shadow-host';
import type { OpenPauseFn, Watcher } from '../watch';
import { sendButtonInPath } from './button';
import { isSendKey } from './keys';
import { isMidInteraction } from './mid-interaction';
import { keyOf } from './replay';
import { keyChoiceOf } from './send-key-learning';

export function startSendGuard(session: ContentSession, watcher: Watcher, openPause: OpenPauseFn): void {
  const { deps, signal } = session;

  /** If the draft is heated, stop the send and open the pause. */
  const guardSend = (event: Event, editor: EditorAdapter, trigger: SendTrigger, policy: Policy): void => {
    if (session.pause) {
      // A second send while the pause is open (a double Enter) must not reach the site.
      if (session.pause.editor.element === editor.element) stopEvent(event);
      return;
    }
    session.ui.hideNudge();
    watcher.schedule(250);
    if (policy.mode !== 'pause') return;
    const draft = editor.getText();
    const comparable = comparableText(draft);
    if (comparable === '') return;
    const justSent = session.justSent;
    if (justSent && comparable === justSent.text && Date.now() < justSent.until) {
      stopEvent(event);
      return;
    }
    if (comparable === session.settledDraft) {
      // The user sends the draft they settled on themselves: once the site takes it, it is forgotten.
      forgetOnceTaken(session, editor);
      return;
    }
    const reading = readDraft(draft, policy.sensitivity);
    if (!reading.analysis.heated) return;
    watcher.cancel();
    openPause(editor, draft, reading, trigger);
    stopEvent(event);
  };

  const onKeyDown = (event: KeyboardEvent): void => {
    // Every keystroke passes here: anything but Enter leaves before any other work.
    if (event.key !== 'Enter' || session.replaying) return;
    if (!deps.alive()) {
      session.stop();
      return;
    }
    const policy = deps.policy();
    // Both Enter and Ctrl/Cmd+Enter are looked at: which of them sends is learned per composer.
    if (!policy.active || !isSendKey(event, policy.composerOf ? 'either' : policy.sendKey)) return;
    const path = event.composedPath();
    if (isFromOurUi(path)) return;
    const editor = detectEditor(event.target, path);
    // Enter that picks from the site's open list, or finishes a composition, belongs to the site.
    if (!editor || isMidInteraction(event, editor.element)) return;
    const composer = policy.composerOf?.(editor);
    if (composer === null) return;
    const key = keyChoiceOf(event);
    if (composer && !composer.sends(key)) {
      composer.observe(key, editor);
      return;
    }
    const target = path.find((node): node is HTMLElement => node instanceof HTMLElement) ?? editor.element;
    guardSend(event, editor, { kind: 'key', event: keyOf(event), target }, policy);
    // A draft let through (calm, or one the user settled on): what the site does with it teaches which key sends.
    if (composer && !event.defaultPrevented) composer.observe(key, editor);
  };

  const onClick = (event: MouseEvent): void => {
    if (session.replaying) return;
    const policy = deps.policy();
    const editor = session.editor;
    if (!policy.active || !editor || !editor.element.isConnected) return;
    const path = event.composedPath();
    if (isFromOurUi(path)) return;
    const button = sendButtonInPath(path, editor.element, policy.sendButtons);
    if (!button) return;
    guardSend(event, editor, { kind: 'button', button }, policy);
  };

  const onSubmit = (event: SubmitEvent): void => {
    if (session.replaying) return;
    const policy = deps.policy();
    const editor = session.editor;
    const form = event.target;
    if (!policy.active || !editor || !(form instanceof HTMLFormElement) || !form.contains(editor.element)) return;
    guardSend(event, editor, { kind: 'submit', form }, policy);
  };

  const options = { capture: true, signal };
  deps.window.addEventListener('keydown', guarded(session, onKeyDown), options);
  deps.window.addEventListener('click', guarded(session, onClick), options);
  deps.window.addEventListener('submit', guarded(session, onSubmit), options);
}
