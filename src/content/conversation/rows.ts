/** A message of the open conversation as the page shows it, and which side of the conversation wrote it. */

/** 'theirs': the other person; 'mine': the user; 'unknown': the page does not tell (yet). */
export type Side = 'theirs' | 'mine' | 'unknown';

export interface MessageRow {
  readonly element: Element;
  readonly text: string;
  /** The author's name or address, when the page shows one. */
  readonly author: string | null;
  side: Side;
}

/** Author labels chat apps show on one's own messages instead of one's name. */
const SELF_LABELS = new Set(['you', 'me', 'yourself', 'you sent', 'sent by you']);

export function isSelfLabel(author: string): boolean {
  return SELF_LABELS.has(author.trim().toLowerCase().replace(/[:：]$/, ''));
}

/**
 * Sides from authors: a self label ("You") or an author found in the signed-in identity is the user; once the user's
 * identity is known that way, every other author is the other person. Without it, authors alone tell nothing.
 */
export function sidesByAuthor(rows: readonly MessageRow[], self: string | null): void {
  const selfText = self?.toLowerCase() ?? null;
  const isMine = (author: string) => isSelfLabel(author) || (selfText !== null && selfText.includes(author.toLowerCase()));
  const known = selfText !== null || rows.some((row) => row.author !== null && isMine(row.author));
  if (!known) return;
  for (const row of rows) {
    if (row.side !== 'unknown' || row.author === null) continue;
    row.side = isMine(row.author) ? 'mine' : 'theirs';
  }
}
