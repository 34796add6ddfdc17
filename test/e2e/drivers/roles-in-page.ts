/**
 * Runs inside a page (bundled by firefox.ts): finds elements by role and accessible name the way Playwright's
 * getByRole does in Chromium, also inside open shadow roots, with dom-accessibility-api's ARIA and accname rules.
 */
import { computeAccessibleName, getRole, isInaccessible } from 'dom-accessibility-api';
import type { ByRole } from './driver';

/** Every element of `root` and of the open shadow roots below it, in tree order. */
function allElements(root: ParentNode): Element[] {
  const found: Element[] = [];
  for (const element of root.querySelectorAll('*')) {
    found.push(element);
    if (element.shadowRoot) found.push(...allElements(element.shadowRoot));
  }
  return found;
}

/** Hidden from assistive technology, here or in any ancestor across shadow boundaries. */
function hidden(element: Element): boolean {
  for (let current: Element | null = element; current; ) {
    if (isInaccessible(current)) return true;
    const root = current.getRootNode();
    current = current.parentElement ?? (root instanceof ShadowRoot ? root.host : null);
  }
  return false;
}

function matches(element: Element, target: ByRole): boolean {
  if (getRole(element) !== target.role || hidden(element)) return false;
  return target.name === undefined || computeAccessibleName(element) === target.name;
}

export function queryAllByRole(target: ByRole): Element[] {
  let scope: ParentNode = document;
  if (target.within !== undefined) {
    const [first] = queryAllByRole(target.within);
    if (first === undefined) return [];
    scope = first;
  }
  return allElements(scope).filter((element) => matches(element, target));
}
