const ZERO_WIDTH = /[\u200B\uFEFF]/g;
const NBSP = /\u00A0/g;

const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'dd', 'div', 'dl', 'dt', 'figcaption', 'figure', 'footer',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section',
  'table', 'tr', 'ul',
]);

const SKIPPED_TAGS = new Set(['script', 'style', 'template', 'noscript', 'svg', 'button']);

/** Placeholders that editors render inside the editable region and that are not part of the draft. */
function isPlaceholder(element: Element): boolean {
  return (
    element.hasAttribute('data-slate-placeholder') ||
    element.getAttribute('aria-hidden') === 'true' ||
    (element.getAttribute('contenteditable') === 'false' && /placeholder/i.test(element.getAttribute('class') ?? ''))
  );
}

/** Whether a `<br>` is followed by more content inside its block: a trailing one only keeps an empty line open. */
function hasLaterContent(br: Element, block: Element): boolean {
  let node: Node | null = br;
  while (node && node !== block) {
    for (let next = node.nextSibling; next; next = next.nextSibling) {
      if (containsContent(next)) return true;
    }
    node = node.parentNode;
  }
  return false;
}

function containsContent(node: Node): boolean {
  if (node.nodeType === Node.TEXT_NODE) return (node.nodeValue ?? '').replace(ZERO_WIDTH, '') !== '';
  if (node.nodeType !== Node.ELEMENT_NODE) return false;
  const element = node as Element;
  if (SKIPPED_TAGS.has(element.localName) || isPlaceholder(element)) return false;
  if (element.localName === 'br' || BLOCK_TAGS.has(element.localName)) return true;
  if (element.localName === 'img') return (element.getAttribute('alt') ?? '') !== '';
  for (let child = element.firstChild; child; child = child.nextSibling) {
    if (containsContent(child)) return true;
  }
  return false;
}

/**
 * The text of a contenteditable region the way a person reads it: one line per block, `<br>` as a line
 * break except the trailing one editors add to keep a line open, no placeholders, no zero-width characters.
 */
export function readEditableText(root: Element): string {
  const lines: string[] = [];
  let line: string | null = null;

  const visit = (node: Node, block: Element): void => {
    if (node.nodeType === Node.TEXT_NODE) {
      line = (line ?? '') + (node.nodeValue ?? '').replace(ZERO_WIDTH, '').replace(NBSP, ' ');
      return;
    }
    if (node.nodeType !== Node.ELEMENT_NODE) return;
    const element = node as Element;
    if (SKIPPED_TAGS.has(element.localName) || isPlaceholder(element)) return;
    if (element.localName === 'img') {
      // Chat editors draw emoji as images whose alt text is the character itself.
      const alt = element.getAttribute('alt') ?? '';
      if (alt !== '') line = (line ?? '') + alt;
      return;
    }
    if (element.localName === 'br') {
      if (hasLaterContent(element, block)) {
        lines.push(line ?? '');
        line = '';
      } else {
        line ??= '';
      }
      return;
    }
    const isBlock = BLOCK_TAGS.has(element.localName);
    if (isBlock && line !== null) {
      lines.push(line);
      line = null;
    }
    for (let child = element.firstChild; child; child = child.nextSibling) visit(child, isBlock ? element : block);
    if (isBlock && line !== null) {
      lines.push(line);
      line = null;
    }
  };

  for (let child = root.firstChild; child; child = child.nextSibling) visit(child, root);
  if (line !== null) lines.push(line);
  return lines.join('\n');
}

/** The form two drafts are compared in: what a send would carry, regardless of how the editor renders spaces. */
export function comparableText(text: string): string {
  return text.replace(ZERO_WIDTH, '').replace(NBSP, ' ').replace(/\r\n?/g, '\n').replace(/\s+$/, '');
}
