import { isSendLabel, SEND_BUTTON_MARKERS } from '../../sites';

const BUTTON_LIKE = 'button, [role="button"], input[type="submit"], input[type="button"]';

/** How far up from the editor a send button may sit and still belong to the same composer. */
const COMPOSER_DEPTH = 6;

function label(element: Element): string {
  return (
    element.getAttribute('aria-label') ??
    element.getAttribute('title') ??
    element.getAttribute('data-tooltip') ??
    (element instanceof HTMLInputElement ? element.value : element.textContent) ??
    ''
  );
}

/** Whether a button carries an icon or test hook named after sending (`data-icon="send"`, `data-testid="send-button"`). */
function hasSendMarker(element: Element): boolean {
  return matchesAny(element, SEND_BUTTON_MARKERS) || element.querySelector(SEND_BUTTON_MARKERS.join(', ')) !== null;
}

/** Whether a button says it sends: by a send marker, else by its label in any of the usual languages ("Enviar"). */
export function looksLikeSendButton(element: Element): boolean {
  return hasSendMarker(element) || isSendLabel(label(element)) || isSendLabel(element.textContent ?? '');
}

function matchesAny(element: Element, selectors: readonly string[]): boolean {
  return selectors.some((selector) => {
    try {
      return element.matches(selector) || element.closest(selector) !== null;
    } catch {
      return false;
    }
  });
}

/** The smallest region around the editor that is likely its composer: its form, or a few ancestors up. */
export function composerRegion(editor: Element): Element {
  const form = editor.closest('form');
  if (form) return form;
  let region: Element = editor;
  for (let depth = 0; depth < COMPOSER_DEPTH; depth += 1) {
    const parent: Element | null = region.parentElement ?? ((region.parentNode as ShadowRoot | null)?.host ?? null);
    if (!parent || parent === editor.ownerDocument.body || parent === editor.ownerDocument.documentElement) break;
    region = parent;
  }
  return region;
}

/** The send button a click landed on (from its composed path), if it is one for `editor`. */
export function sendButtonInPath(path: readonly EventTarget[], editor: Element, selectors: readonly string[]): Element | null {
  for (const target of path) {
    if (!(target instanceof Element)) continue;
    if (!target.matches(BUTTON_LIKE) && !matchesAny(target, selectors)) continue;
    const button = target.closest(BUTTON_LIKE) ?? target;
    if (matchesAny(target, selectors)) return button;
    const region = composerRegion(editor);
    if (looksLikeSendButton(button) && (region.contains(button) || sameShadowComposer(region, button))) return button;
    return null;
  }
  return null;
}

/** A composer whose editor is in a shadow root and whose button is outside it (or the other way round). */
function sameShadowComposer(region: Element, button: Element): boolean {
  const root = region.getRootNode();
  return root instanceof ShadowRoot && root.host.parentElement?.contains(button) === true;
}

/** The send button of the editor's composer, for sending after a pause that a key opened. */
export function findSendButton(editor: Element, selectors: readonly string[]): HTMLElement | null {
  const region = composerRegion(editor);
  const scopes: ParentNode[] = [region, editor.ownerDocument];
  for (const scope of scopes) {
    for (const selector of selectors) {
      try {
        const found = scope.querySelector<HTMLElement>(selector);
        if (found) return found.closest<HTMLElement>(BUTTON_LIKE) ?? found;
      } catch {
        // A selector this browser cannot parse is skipped.
      }
    }
  }
  const candidates = [...region.querySelectorAll<HTMLElement>(BUTTON_LIKE)];
  return candidates.find(hasSendMarker) ?? candidates.find(looksLikeSendButton) ?? null;
}

/** Clicks like a person would, also on elements that are not HTML (an SVG icon used as a button). */
export function clickElement(element: Element): void {
  if (element instanceof HTMLElement) element.click();
  else element.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, composed: true }));
}
