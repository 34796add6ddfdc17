/**
 * Reads a conversation on a site the catalogue has no markers for, from what assistive technology reads: a message
 * log, feed, list or grid above the composer, or a run of articles or rows; authors from their labels, sides by alignment.
 */
import { sidesByAlignment } from './alignment';
import { isSelfLabel, sidesByAuthor, type MessageRow } from './rows';
import { nearestGroup, rootsOf } from './scope';
import { safeQuery, safeQueryAll, textOf } from './text';

const CONTAINERS = '[role="log"], [role="feed"], [role="list"], [role="grid"], ol, ul';
/** Items that stand for messages wherever they are: their parent is the conversation. */
const MESSAGE_ITEMS = 'article, [role="article"], [role="row"]';
const AUTHOR = '[data-author], [itemprop="author"], [class*="author" i], [class*="sender" i]';
const RECENT_ROWS = 40;
/** Pages have many lists (menus, contacts); only so many are weighed. */
const MAX_CONTAINERS = 200;

/** The message elements of a container: a grid's rows, else its children. */
function itemsOf(container: Element): Element[] {
  if (container.getAttribute('role') === 'grid') return safeQueryAll(container, '[role="row"]');
  return [...container.children];
}

/** Whether `node` comes before `editor` in the page: a conversation sits above its composer. */
function precedes(node: Element, editor: Element): boolean {
  if (node.getRootNode() !== editor.getRootNode()) return true;
  return (editor.compareDocumentPosition(node) & Node.DOCUMENT_POSITION_PRECEDING) !== 0;
}

/** An author label, when one is marked as such. */
function labelledAuthor(element: Element): string | null {
  return safeQuery(element, AUTHOR)?.textContent?.replace(/\s+/g, ' ').trim() || null;
}

/** A name-like first line: short, no sentence punctuation. */
const NAME_LINE = /^[^.!?,;]{1,40}$/u;

/**
 * Rows with their authors: a marked label, else a short first line that starts other rows too (a sender's name
 * repeated above each message, as apps with generated class names show it). The name is left out of the text.
 */
function rowsOf(items: readonly Element[]): MessageRow[] {
  const read = items.map((element) => ({ element, text: textOf(element), label: labelledAuthor(element) }));
  const firstLines = read.map(({ text }) => (text.includes('\n') ? text.slice(0, text.indexOf('\n')) : null));
  const rows: MessageRow[] = [];
  read.forEach(({ element, text, label }, index) => {
    const first = firstLines[index] ?? null;
    const repeated = first !== null && NAME_LINE.test(first) && firstLines.some((other, at) => at !== index && other === first);
    const author = label ?? (repeated ? first : null);
    const body = author && text.startsWith(author) ? text.slice(author.length).replace(/^[\s:]+/, '') : text;
    if (body === '') return;
    rows.push({ element, text: body, author, side: author && isSelfLabel(author) ? 'mine' : 'unknown' });
  });
  return rows;
}

export function readGenericRows(editor: Element): { rows: MessageRow[]; scope: Element } | null {
  for (const root of rootsOf(editor)) {
    const containers = safeQueryAll(root, CONTAINERS).slice(0, MAX_CONTAINERS);
    for (const item of safeQueryAll(root, MESSAGE_ITEMS).slice(-RECENT_ROWS)) {
      const parent = item.parentElement;
      if (parent && !containers.includes(parent)) containers.push(parent);
    }
    const candidates = containers.filter((container) => precedes(container, editor) && itemsOf(container).length >= 2);
    const group = nearestGroup(editor, candidates);
    if (!group) continue;
    // Of the conversations equally near, the last one above the composer; an outer list before the lists inside it.
    const container = group.members.filter((member) => !group.members.some((other) => other !== member && other.contains(member))).at(-1);
    if (!container) continue;
    const rows = rowsOf(itemsOf(container).slice(-RECENT_ROWS));
    if (rows.length < 2) continue;
    sidesByAuthor(rows, null);
    sidesByAlignment(rows, container);
    return { rows, scope: container };
  }
  return null;
}
