/**
 * Reading the open conversation when a send is paused, never while typing: the other person's last message(s),
 * through the site's catalogue markers or, without them, the generic reader. Nothing found with confidence: null.
 * The text is handed to the pause in memory and dropped with it; it is never stored, logged or sent.
 */
import type { ConversationMarkers } from '../../sites';
import { readGenericRows } from './generic-reader';
import { theirLastRun } from './last-run';
import { readSiteRows } from './site-reader';

export { THEIR_TEXT_MAX } from './last-run';

export function readConversation(editor: Element, markers: ConversationMarkers | null): string[] | null {
  try {
    const read = (markers ? readSiteRows(editor, markers) : null) ?? readGenericRows(editor);
    return read ? theirLastRun(read.rows) : null;
  } catch {
    return null;
  }
}
