/**
 * The seam between the content script and the pause, which loads on demand: `pause.js` runs in the same isolated
 * world as `content.js` (content scripts of one extension share one per frame) and leaves its mount function here.
 * The page's own scripts live in another world and can neither see nor replace it.
 */
import type { PauseDialogProps } from '../ui/PauseDialog';

/** The page a pause opens on: the editor of the paused send and the catalogue site it is on (null: another site). */
export interface PausePage {
  editor: Element;
  siteId: string | null;
}

/** What the content script hands the pause: the dialog's props, and whether to ask Chrome's on-device model too. */
export interface PauseProps extends Omit<PauseDialogProps, 'deviceWriter' | 'theirs'> {
  /** The user turned on replies from Chrome's on-device model; the pause asks for them only then. */
  deviceModel?: boolean;
}

export interface PauseModule {
  /**
   * Renders the pause into `container` (inside our shadow root); the returned function unmounts it.
   * With `page`, it first reads the other person's last message(s) there, kept only in the dialog's props.
   */
  mountPause(container: HTMLElement, props: PauseProps, page?: PausePage): () => void;
}

const PAUSE_GLOBAL = 'attunePause';

type PauseScope = { [PAUSE_GLOBAL]?: unknown };

/** The pause module if `pause.js` has run in this frame, else null. */
export function loadedPause(scope: object = globalThis): PauseModule | null {
  const candidate = (scope as PauseScope)[PAUSE_GLOBAL];
  if (typeof candidate !== 'object' || candidate === null) return null;
  return typeof (candidate as Partial<PauseModule>).mountPause === 'function' ? (candidate as PauseModule) : null;
}

/** Called once by `pause.js`; a second copy injected by a racing request keeps the first. */
export function registerPause(module: PauseModule, scope: object = globalThis): void {
  if (loadedPause(scope)) return;
  Object.defineProperty(scope, PAUSE_GLOBAL, { value: Object.freeze({ ...module }), configurable: false, writable: false, enumerable: false });
}
