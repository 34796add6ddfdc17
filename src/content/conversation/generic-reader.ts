/**
 * Reads a conversation on a site the catalogue has no markers for, from what assistive technology reads: a message
 * log, feed, list or grid above the composer, or a run of articles; authors from their labels, sides by alignment.
 */
import { sidesByAlignment } from './alignment';
import { isSelfLabel, sidesByAuthor, type MessageRow } from './rows';
import { nearestGroup, rootsOf } from './scope';
import { safeQuery, safeQueryAll, textOf } from './text';

const CONTAINERS = '[role="log"], [role="feed"], [role="list"], [role="grid"], ol, ul';
const ARTICLES = 'article, [role="article"]';
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

function rowOf(element: Element): MessageRow | null {
  const label = safeQuery(element, AUTHOR);
  const author = label?.textContent?.replace(/\s+/g, ' ').trim() || null;
  const whole = textOf(element);
  // The author's name starts the item's text; the message is what follows it.
  const text = author && whole.startsWith(author) ? whole.slice(author.length).replace(/^[\s:]+/, '') : whole;
  if (text === '') return null;
  return { element, text, author, side: author && isSelfLabel(author) ? 'mine' : 'unknown' };
}

export function readGenericRows(editor: Element): { rows: MessageRow[]; scope: Element } | null {
  for (const root of rootsOf(editor)) {
    const containers = safeQueryAll(root, CONTAINERS).slice(0, MAX_CONTAINERS);
    // Articles stand for messages themselves: their parent is the conversation.
    for (const article of safeQueryAll(root, ARTICLES).slice(-RECENT_ROWS)) {
      const parent = article.parentElement;
      if (parent && !containers.includes(parent)) containers.push(parent);
    }
    const candidates = containers.filter((container) => precedes(container, editor) && itemsOf(container).length >= 2);
    const group = nearestGroup(editor, candidates);
    if (!group) continue;
    // Of the conversations equally near, the last one above the composer; an outer list before the lists inside it.
    const container = group.members.filter((member) => !group.members.some((other) => other !== member && other.contains(member))).at(-1);
    if (!container) continue;
    const rows = itemsOf(container)
      .slice(-RECENT_ROWS)
      .map(rowOf)
      .filter((row): row is MessageRow => row !== null);
    if (rows.length < 2) continue;
    sidesByAuthor(rows, null);
    sidesByAlignment(rows, container);
    return { rows, scope: container };
  }
  return null;
}
