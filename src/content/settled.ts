/**
 * A decision belongs to one message. The draft the user settled on in the pause (sent anyway, or a reply they
 * chose) is not paused again, but only until the site has taken it: once the box is emptied, or holds anything
 * else, it is forgotten, so the same heated words typed again later are nudged and paused again.
 */
import type { EditorAdapter } from './editors';
import { comparableText } from './editors/read-text';
import type { ContentSession } from './session';

/** How often, and for how long, to look whether the site has emptied the box after a send we handed it. */
const TAKEN_POLL_MS = 150;
const TAKEN_WAIT_MS = 3_000;

/** Remembers `text` as settled for `editor`; `sent` when it was just handed to the site, which will empty the box. */
export function settleDraft(session: ContentSession, editor: EditorAdapter, text: string, sent: boolean): void {
  session.settledDraft = text;
  if (sent) forgetOnceTaken(session, editor);
}

/** Forgets the settled draft as soon as the editor no longer holds it. */
export function forgetIfChanged(session: ContentSession, editor: EditorAdapter): void {
  const settled = session.settledDraft;
  if (settled === null) return;
  try {
    if (!editor.element.isConnected || comparableText(editor.getText()) !== settled) session.settledDraft = null;
  } catch {
    session.settledDraft = null;
  }
}

/** Looks a few times while the site sends (many empty the box a moment later, without an input event). */
export function forgetOnceTaken(session: ContentSession, editor: EditorAdapter): void {
  const settled = session.settledDraft;
  const deadline = Date.now() + TAKEN_WAIT_MS;
  const look = (): void => {
    if (session.signal.aborted || session.settledDraft !== settled) return;
    forgetIfChanged(session, editor);
    if (session.settledDraft === settled && Date.now() < deadline) setTimeout(look, TAKEN_POLL_MS);
  };
  setTimeout(look, TAKEN_POLL_MS);
}
