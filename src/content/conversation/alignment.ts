/**
 * Sides by alignment, as chat apps draw them: one's own messages on the right (on the left in right-to-left pages).
 * Trusted only when the conversation shows both sides and its messages stack top to bottom.
 */
import type { MessageRow } from './rows';

type Lean = 'left' | 'right' | 'unknown';

/** A message needs to sit this much nearer one edge than the other to lean that way (px, or share of the width). */
const MIN_GAP_PX = 16;
const MIN_GAP_SHARE = 0.05;
/** A message this wide spans the conversation: it leans nowhere. */
const FULL_WIDTH_SHARE = 0.85;
/** Narrower than this, the page has no layout to read (or the pane is collapsed). */
const MIN_PANE_PX = 120;

const RIGHT = new Set(['flex-end', 'end', 'right']);
const LEFT = new Set(['flex-start', 'start', 'left']);

function box(element: Element): DOMRect {
  const range = element.ownerDocument.createRange();
  range.selectNodeContents(element);
  const rect = range.getBoundingClientRect();
  range.detach();
  return rect.width > 0 ? rect : element.getBoundingClientRect();
}

function leanByLayout(row: Element, pane: DOMRect): { lean: Lean; top: number } {
  const rect = box(row);
  if (rect.width === 0 || rect.width > pane.width * FULL_WIDTH_SHARE) return { lean: 'unknown', top: rect.top };
  const left = rect.left - pane.left;
  const right = pane.right - rect.right;
  const gap = Math.max(MIN_GAP_PX, pane.width * MIN_GAP_SHARE);
  const lean: Lean = right + gap <= left ? 'right' : left + gap <= right ? 'left' : 'unknown';
  return { lean, top: rect.top };
}

/** Without layout (a page not rendered, or tests), the styles that place a message: flex alignment, auto margins, floats. */
function leanByStyle(row: Element, scope: Element): Lean {
  const view = row.ownerDocument.defaultView;
  if (!view) return 'unknown';
  for (let node: Element | null = row; node && node !== scope; node = node.parentElement) {
    const style = view.getComputedStyle(node);
    const place = [style.alignSelf, node === row ? style.justifyContent : '', style.textAlign, style.cssFloat];
    if (place.some((value) => RIGHT.has(value)) || style.marginLeft === 'auto') return 'right';
    if (place.some((value) => LEFT.has(value)) || style.marginRight === 'auto') return 'left';
  }
  return 'left';
}

/** Gives a side to every row still unknown, if their alignment tells it with confidence; otherwise leaves them. */
export function sidesByAlignment(rows: readonly MessageRow[], scope: Element): void {
  const open = rows.filter((row) => row.side === 'unknown');
  if (open.length === 0) return;
  const pane = scope.getBoundingClientRect();
  let leans: Lean[];
  if (pane.width >= MIN_PANE_PX) {
    const placed = open.map((row) => leanByLayout(row.element, pane));
    // Messages stack top to bottom; items side by side are a menu or a toolbar, not a conversation.
    if (placed.some((place, index) => index > 0 && place.top + 2 < (placed[index - 1]?.top ?? 0))) return;
    leans = placed.map((place) => place.lean);
  } else {
    leans = open.map((row) => leanByStyle(row.element, scope));
  }
  if (!leans.includes('left') || !leans.includes('right')) return;
  const view = scope.ownerDocument.defaultView;
  const rtl = view?.getComputedStyle(scope).direction === 'rtl';
  open.forEach((row, index) => {
    const lean = leans[index];
    if (lean === 'unknown') return;
    row.side = (lean === 'right') !== rtl ? 'mine' : 'theirs';
  });
}
