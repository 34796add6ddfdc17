/** The other person's last message, and up to two before it if they came in a row: what the pause quotes. */
import type { MessageRow } from './rows';

/** At most this much of their text is read. */
export const THEIR_TEXT_MAX = 1_000;
const RUN_MAX = 3;

function cut(text: string, max: number): string {
  if (text.length <= max) return text;
  const head = text.slice(0, max - 1);
  const space = head.lastIndexOf(' ');
  return `${(space > max * 0.6 ? head.slice(0, space) : head).trimEnd()}…`;
}

/**
 * Their latest run of messages, oldest first, within `THEIR_TEXT_MAX` characters; null unless the newest messages
 * are known: theirs, followed by nothing or by the user's own. A message of unknown side after theirs may be newer.
 */
export function theirLastRun(rows: readonly MessageRow[]): string[] | null {
  let last = rows.length - 1;
  while (last >= 0 && rows[last]?.side === 'mine') last--;
  const newest = rows[last];
  if (!newest || newest.side !== 'theirs') return null;
  const run: string[] = [];
  let room = THEIR_TEXT_MAX;
  for (let index = last; index >= 0 && run.length < RUN_MAX; index--) {
    const row = rows[index];
    if (!row || row.side !== 'theirs') break;
    if (row.author !== null && newest.author !== null && row.author !== newest.author) break;
    if (run.length > 0 && row.text.length + 1 > room) break;
    const text = cut(row.text, room);
    run.unshift(text);
    room -= text.length + 1;
  }
  return run;
}
