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

/** 'unknown' when the markers cannot tell; null for a row that is neither person's (a site's system line). */
function sideOf(row: Element, markers: ConversationMarkers): Side | null {
  const theirs = marks(row, markers.incoming);
  const mine = marks(row, markers.outgoing);
  if (theirs !== mine) return theirs ? 'theirs' : 'mine';
  // Where the site marks both sides, a row marked as neither is "Meeting ended" or a date, not a message.
  return !theirs && markers.incoming && markers.outgoing ? null : 'unknown';
}

function valueOf(element: Element | null, marker: Marker): string | null {
  if (!element) return null;
  const value = (marker.attribute ? element.getAttribute(marker.attribute) : element.textContent) ?? '';
  const trimmed = value.replace(/\s+/g, ' ').trim();
  return trimmed === '' ? null : trimmed;
}

/** A row matched inside another matched row (an item and its message) is read once, as the outer one. */
function outermost(rows: readonly Element[]): Element[] {
  const kept: Element[] = [];
  for (const row of rows) {
    // In document order, a row inside another comes right after it.
    if (!kept.at(-1)?.contains(row)) kept.push(row);
  }
  return kept;
}

/** The rows of the conversation around `editor`, sides given where the markers tell; null when the markers find none. */
export function readSiteRows(editor: Element, markers: ConversationMarkers): { rows: MessageRow[]; scope: Element } | null {
  let group: ReturnType<typeof nearestGroup> = null;
  for (const root of rootsOf(editor)) {
    group = nearestGroup(editor, safeQueryAll(root, markers.message).slice(-RECENT_ROWS * 4));
    if (group) break;
  }
  if (!group) return null;
  const members = outermost(group.members);
  const rows: MessageRow[] = [];
  let lastAuthor: string | null = null;
  for (const element of members.slice(-RECENT_ROWS)) {
    const body = markers.text ? safeQuery(element, markers.text) : null;
    const text = textOf(body ?? element, markers.skip);
    // Grouped messages show the author once, on the first of the group.
    const author: string | null = markers.author ? valueOf(safeQuery(element, markers.author.selector), markers.author) ?? lastAuthor : null;
    lastAuthor = author;
    const side = sideOf(element, markers);
    if (text === '' || side === null) continue;
    rows.push({ element, text, author, side });
  }
  const self = markers.self ? valueOf(safeQuery(editor.ownerDocument, markers.self.selector), markers.self) : null;
  sidesByAuthor(rows, self);
  sidesByAlignment(rows, group.scope);
  return { rows, scope: group.scope };
}
