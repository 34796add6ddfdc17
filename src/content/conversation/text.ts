/** The readable text of a message element, without the parts a site marks as not being the message (times, quotes). */

/** Elements that start a new line in the text they hold. */
const BLOCKS = new Set(['P', 'DIV', 'LI', 'BR', 'BLOCKQUOTE', 'PRE', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'TR']);

/** Parts of a message that are never its words: scripts, styles, pictures' fallbacks, hidden helpers. */
const NEVER_TEXT = 'script, style, noscript, template, svg, [aria-hidden="true"], [hidden]';

/** The text of `element` with whitespace collapsed; parts matching `skip` are left out. */
export function textOf(element: Element, skip?: string): string {
  const leaveOut = skip ? `${NEVER_TEXT}, ${skip}` : NEVER_TEXT;
  const parts: string[] = [];
  const walk = (node: Node): void => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        parts.push(child.nodeValue ?? '');
      } else if (child.nodeType === 1) {
        const el = child as Element;
        if (safeMatches(el, leaveOut)) continue;
        const block = BLOCKS.has(el.tagName);
        if (block) parts.push('\n');
        walk(el);
        if (block) parts.push('\n');
      }
    }
  };
  walk(element);
  return parts
    .join('')
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter((line) => line !== '')
    .join('\n');
}

export function safeMatches(element: Element, selector: string): boolean {
  try {
    return element.matches(selector);
  } catch {
    return false;
  }
}

export function safeQuery(scope: ParentNode, selector: string): Element | null {
  try {
    return scope.querySelector(selector);
  } catch {
    return null;
  }
}

export function safeQueryAll(scope: ParentNode, selector: string): Element[] {
  try {
    return [...scope.querySelectorAll(selector)];
  } catch {
    return [];
  }
}
