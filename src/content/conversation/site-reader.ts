/** Reads a conversation through a site's catalogue markers (src/sites.ts): rows, text, author, and side. */
import type { ConversationMarkers, Marker } from '../../sites';
import { sidesByAlignment } from './alignment';
import { sidesByAuthor, type MessageRow, type Side } from './rows';
import { nearestGroup, rootsOf } from './scope';
import { safeMatches, safeQuery, safeQueryAll, textOf } from './text';

/** Only the newest messages matter; a long history is not read. */
const RECENT_ROWS = 40;

function marks(row: Element, selector: string | undefined): boolean {
  if (!selector) return false;
  return safeMatches(row, selector) || safeQuery(row, selector) !== null || (row.parentElement?.closest(selector) ?? null) !== null;
}

function sideOf(row: Element, markers: ConversationMarkers): Side {
  const theirs = marks(row, markers.incoming);
  const mine = marks(row, markers.outgoing);
  return theirs === mine ? 'unknown' : theirs ? 'theirs' : 'mine';
}

function valueOf(element: Element | null, marker: Marker): string | null {
  if (!element) return null;
  const value = (marker.attribute ? element.getAttribute(marker.attribute) : element.textContent) ?? '';
  const trimmed = value.replace(/\s+/g, ' ').trim();
  return trimmed === '' ? null : trimmed;
}

/** The rows of the conversation around `editor`, sides given where the markers tell; null when the markers find none. */
export function readSiteRows(editor: Element, markers: ConversationMarkers): { rows: MessageRow[]; scope: Element } | null {
  let group: ReturnType<typeof nearestGroup> = null;
  for (const root of rootsOf(editor)) {
    group = nearestGroup(editor, safeQueryAll(root, markers.message).slice(-RECENT_ROWS * 4));
    if (group) break;
  }
  if (!group) return null;
  const rows: MessageRow[] = [];
  let lastAuthor: string | null = null;
  for (const element of group.members.slice(-RECENT_ROWS)) {
    const body = markers.text ? safeQuery(element, markers.text) : null;
    const text = textOf(body ?? element, markers.skip);
    // Grouped messages show the author once, on the first of the group.
    const author: string | null = markers.author ? valueOf(safeQuery(element, markers.author.selector), markers.author) ?? lastAuthor : null;
    lastAuthor = author;
    if (text === '') continue;
    rows.push({ element, text, author, side: sideOf(element, markers) });
  }
  const self = markers.self ? valueOf(safeQuery(editor.ownerDocument, markers.self.selector), markers.self) : null;
  sidesByAuthor(rows, self);
  sidesByAlignment(rows, group.scope);
  return { rows, scope: group.scope };
}
