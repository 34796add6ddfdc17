/** Carrying out the decision: opens the pause and does what the user chose there (send, use a reply, keep editing). */
import type { SuggestionStyle } from '../analysis/types';
import { t } from '../i18n';
import type { PauseOutcome } from '../settings/types';
import type { PauseProps } from '../pause/api';
import type { DraftReading } from './draft-analysis';
import type { EditorAdapter } from './editors';
import { comparableText } from './editors/read-text';
import { settle } from './editors/selection';
import { clickElement, findSendButton } from './send/button';
import { defaultSendKey, dispatchSendKey, submitForm } from './send/replay';
import type { ContentSession, SendTrigger } from './session';
import { settleDraft } from './settled';

/** After "Send anyway" reached the site, a repeat of the same send this soon is a double Enter, not a new message. */
export const DOUBLE_SEND_MS = 600;

export interface Decisions {
  openPause(editor: EditorAdapter, draft: string, reading: DraftReading, trigger: SendTrigger): void;
}

export function startDecisions(session: ContentSession): Decisions {
  const { deps, ui, signal } = session;

  /** Runs a send we make ourselves with the guard open for exactly its duration; true if the site took the event. */
  const replay = (send: () => boolean | void): boolean => {
    session.replaying = true;
    try {
      return send() === true;
    } finally {
      session.replaying = false;
    }
  };

  const keepForUser = (editor: EditorAdapter, text: string, message: string): void => {
    deps.copy?.(text);
    const anchor = editor.element.isConnected ? editor.anchor() : deps.window.document.documentElement;
    ui.notice(anchor, message);
  };

  const markSent = (text: string): void => {
    session.justSent = { text, until: Date.now() + DOUBLE_SEND_MS };
  };

  /** "Send anyway": the original text, exactly once, through the site's own path; never a changed or lost draft. */
  const sendOriginal = async (editor: EditorAdapter, draft: string, trigger: SendTrigger): Promise<void> => {
    const original = comparableText(draft);
    if (!editor.element.isConnected) {
      keepForUser(editor, draft, t('contentEditorReplaced'));
      return;
    }
    editor.focus();
    const current = comparableText(editor.getText());
    if (current !== original) {
      if (current === '') await editor.replaceText(draft);
      session.settledDraft = null;
      if (comparableText(editor.getText()) === original) settleDraft(session, editor, original, false);
      ui.notice(editor.anchor(), t('contentDraftChanged'));
      return;
    }
    // If our replay does not reach the site, the user's own next Enter sends this draft without a second pause.
    settleDraft(session, editor, original, true);
    await replayOriginal(editor, original, trigger);
    await settle();
    editor.caretToEnd();
  };

  /** Sends the unchanged draft the way the user did: their key, the button they clicked, the form they submitted. */
  const replayOriginal = async (editor: EditorAdapter, original: string, trigger: SendTrigger): Promise<void> => {
    const policy = deps.policy();
    if (trigger.kind !== 'key' && trigger.kind !== 'nudge') markSent(original);
    if (trigger.kind === 'button') {
      replay(() => clickElement(trigger.button.isConnected ? trigger.button : findSendButton(editor.element, policy.sendButtons) ?? trigger.button));
      return;
    }
    if (trigger.kind === 'submit') {
      replay(() => submitForm(trigger.form));
      return;
    }
    const target = trigger.kind === 'key' && trigger.target.isConnected && editor.element.contains(trigger.target) ? trigger.target : editor.element;
    const sendKey = policy.composerOf?.(editor)?.sendKey() ?? policy.sendKey;
    const key = trigger.kind === 'key' ? trigger.event : defaultSendKey(sendKey === 'mod-enter');
    const handled = replay(() => dispatchSendKey(target, key));
    if (handled) {
      markSent(original);
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
      markSent(original);
      replay(() => {
        if (button) clickElement(button);
        else if (form) submitForm(form);
      });
    } else {
      ui.notice(editor.anchor(), t('contentSendYourself'));
    }
  };

  /**
   * The pause could not load: the send the user made goes through as if Attune were absent, once, unless they
   * changed the draft while waiting. A pause asked for from the nudge was no send, so nothing is sent then.
   */
  const sendUnpaused = async (editor: EditorAdapter, draft: string, trigger: SendTrigger): Promise<void> => {
    if (trigger.kind === 'nudge') return;
    if (editor.element.isConnected && comparableText(editor.getText()) !== comparableText(draft)) return;
    await sendOriginal(editor, draft, trigger);
  };

  /** "Use this reply": the editor's own model takes the suggestion; if it refuses, the original stays. */
  const useReply = async (editor: EditorAdapter, draft: string, reply: string): Promise<void> => {
    if (!editor.element.isConnected) {
      keepForUser(editor, reply, t('contentEditorReplaced'));
      return;
    }
    editor.focus();
    if (await editor.replaceText(reply)) {
      settleDraft(session, editor, comparableText(reply), false);
      editor.caretToEnd();
      return;
    }
    if (comparableText(editor.getText()) !== comparableText(draft)) await editor.replaceText(draft);
    keepForUser(editor, reply, t('contentReplyNotWritten'));
  };

  const openPause = (editor: EditorAdapter, draft: string, reading: DraftReading, trigger: SendTrigger): void => {
    const restoreSelection = editor.saveSelection();
    const policy = deps.policy();
    const finish = (outcome: PauseOutcome): boolean => {
      if (session.pause?.close !== close) return false;
      session.pause = null;
      close();
      deps.record(outcome);
      return true;
    };
    const props: PauseProps = {
      draft: reading.text,
      analysis: reading.analysis,
      breathing: policy.breathing,
      deviceModel: policy.deviceModel,
      onSendAnyway: () => {
        if (finish('sentAnyway')) void sendOriginal(editor, draft, trigger).catch(() => undefined);
      },
      onUseReply: (text: string, _style: SuggestionStyle) => {
        if (finish('reframed')) void useReply(editor, draft, text).catch(() => undefined);
      },
      onKeepEditing: () => {
        if (!finish('keptEditing')) return;
        editor.focus();
        restoreSelection();
      },
    };
    const close = ui.openPause(
      props,
      {
        onShown: () => deps.record('paused'),
        onUnavailable: () => {
          if (session.pause?.close !== close) return;
          session.pause = null;
          void sendUnpaused(editor, draft, trigger).catch(() => undefined);
        },
      },
      { editor: editor.element, siteId: policy.siteId },
    );
    session.pause = { editor, close };
    ui.hideNudge();
  };

  // Torn down with everything else: the pause closes and the editor, with the draft, gets its focus back.
  signal.addEventListener(
    'abort',
    () => {
      const pause = session.pause;
      session.pause = null;
      if (pause) {
        pause.close();
        pause.editor.focus();
      }
    },
    { once: true },
  );

  return { openPause };
}
