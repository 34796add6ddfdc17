/** Where a conversation is relative to the editor: ancestry that steps out of shadow roots, as a composer may sit in one. */

/** The parent of `node`, or the host of the shadow root it is the top of. */
function parentOf(node: Node): Element | null {
  if (node.parentElement) return node.parentElement;
  const root = node.parentNode;
  return root && isShadowRoot(root) ? root.host : null;
}

/** By node type, not `instanceof`: the page, a frame and the test DOM each have their own constructors. */
function isShadowRoot(node: Node): node is ShadowRoot {
  return node.nodeType === Node.DOCUMENT_FRAGMENT_NODE && (node as Partial<ShadowRoot>).host !== undefined;
}

/** The element's ancestors, nearest first, through shadow roots to their hosts. */
export function ancestorsOf(element: Element): Element[] {
  const ancestors: Element[] = [];
  for (let node = parentOf(element); node; node = parentOf(node)) ancestors.push(node);
  return ancestors;
}

/** Whether `node` is `scope` or inside it, looking through shadow roots. */
export function composedContains(scope: Element, node: Element): boolean {
  for (let current: Element | null = node; current; current = parentOf(current)) {
    if (current === scope) return true;
  }
  return false;
}

/** Where to look for messages: the editor's own root (a shadow root or the document), then the document. */
export function rootsOf(element: Element): ParentNode[] {
  const roots: ParentNode[] = [];
  for (let root = element.getRootNode(); ; root = root.host.getRootNode()) {
    if (root.nodeType === Node.DOCUMENT_NODE) roots.push(root as Document);
    if (!isShadowRoot(root)) break;
    roots.push(root);
  }
  return roots;
}

/**
 * The nearest ancestor of `editor` that holds any of `candidates`, and the candidates it holds in document order:
 * the conversation of this composer, not another chat open on the same page.
 */
export function nearestGroup<T extends Element>(editor: Element, candidates: readonly T[]): { scope: Element; members: T[] } | null {
  const outside = candidates.filter((candidate) => !composedContains(candidate, editor) && !composedContains(editor, candidate));
  if (outside.length === 0) return null;
  const depth = new Map<Element, number>();
  ancestorsOf(editor).forEach((ancestor, index) => depth.set(ancestor, index));
  let best: { scope: Element; rank: number } | null = null;
  for (const candidate of outside) {
    for (let node: Element | null = candidate; node; node = parentOf(node)) {
      const rank = depth.get(node);
      if (rank === undefined) continue;
      if (!best || rank < best.rank) best = { scope: node, rank };
      break;
    }
  }
  if (!best) return null;
  const scope = best.scope;
  return { scope, members: outside.filter((candidate) => composedContains(scope, candidate)) };
}
