import { adoptSheet } from '../ui/adopt-sheet';
import { styles } from '../ui/styles';

/** Marks our own hosts, so events from inside our UI are never mistaken for the page's editors. */
export const HOST_ATTRIBUTE = 'data-attune-host';

/**
 * Inline `!important` beats every author rule, even `* { display: none !important }` or `all: unset`,
 * so the page cannot hide, move or restyle the host; the shadow root keeps its CSS out of our UI.
 */
const HOST_STYLE: Readonly<Record<string, string>> = {
  all: 'initial',
  display: 'block',
  position: 'fixed',
  visibility: 'visible',
  opacity: '1',
  'z-index': '2147483647',
  margin: '0',
  padding: '0',
  border: '0',
  background: 'transparent',
  transform: 'none',
  filter: 'none',
  'clip-path': 'none',
  'pointer-events': 'auto',
  overflow: 'visible',
  inset: 'auto',
  color: 'inherit',
};

export interface ShadowHost {
  host: HTMLElement;
  /** Where the Preact tree renders, inside the open shadow root. */
  container: HTMLElement;
  /** Sets one of the host's inline, important style properties (position, size). */
  place(properties: Readonly<Record<string, string>>): void;
  remove(): void;
}

/**
 * Puts the host in the top layer as a manual popover, where no page element can be stacked above it
 * (a modal dialog the page opens later still is). Browsers without popovers keep the max z-index.
 */
function raiseToTopLayer(host: HTMLElement): void {
  if (typeof host.showPopover !== 'function') return;
  try {
    host.popover = 'manual';
    host.showPopover();
  } catch {
    // Not shown as a popover (the element was moved or removed): the z-index still applies.
  }
}

/**
 * A host element on <html> (not <body>, which single-page apps replace) with an open shadow root and our styles.
 * `topLayer` raises it above anything the page adds later (the nudge); the pause is a modal <dialog> already.
 */
export function createShadowHost(name: string, options: { topLayer?: boolean } = {}): ShadowHost {
  const document = window.document;
  const host = document.createElement('div');
  host.setAttribute(HOST_ATTRIBUTE, name);
  const place = (properties: Readonly<Record<string, string>>) => {
    for (const [property, value] of Object.entries(properties)) host.style.setProperty(property, value, 'important');
  };
  place(HOST_STYLE);
  const root = host.attachShadow({ mode: 'open' });
  // Only a person's click (or key press on a button) may decide: a page script calling `.click()` on "Send anyway" is ignored.
  root.addEventListener('click', ignoreScriptedClick, { capture: true });
  adoptSheet(root, styles);
  const container = document.createElement('div');
  // The host's inline `all: initial` also resets inherited fonts and colours; the theme class sets them again inside.
  container.className = 'attune-theme';
  root.append(container);
  document.documentElement.append(host);
  if (options.topLayer) raiseToTopLayer(host);
  return { host, container, place, remove: () => host.remove() };
}

function ignoreScriptedClick(event: Event): void {
  if (event.isTrusted) return;
  event.preventDefault();
  event.stopImmediatePropagation();
}

/** Whether an event came from inside one of our own hosts. */
export function isFromOurUi(path: readonly EventTarget[]): boolean {
  return path.some((target) => target instanceof Element && target.hasAttribute(HOST_ATTRIBUTE));
}
