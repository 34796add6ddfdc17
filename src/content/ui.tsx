import { render, type ComponentChild } from 'preact';
import type { Analysis } from '../analysis/types';
import type { PauseModule, PausePage, PauseProps } from '../pause/api';
import { Nudge } from '../ui/Nudge';
import { reasonLines } from '../ui/quote';
import type { ContentUi, PauseStatus } from './session';
import type { PauseLoader } from './pause-loader';
import { createShadowHost, type ShadowHost } from './shadow-host';

/** Space between the editor and the nudge, and between the nudge and the viewport's edge. */
const GAP = 6;

/** How long a notice stays before it fades away by itself. */
const NOTICE_MS = 8_000;

/** Events from inside our UI that the page has no business seeing (its shortcuts, its "click outside" handlers). */
const PRIVATE_EVENTS = [
  'keydown', 'keyup', 'keypress', 'beforeinput', 'input', 'compositionstart', 'compositionend',
  'paste', 'cut', 'copy', 'focusin', 'focusout', 'mousedown', 'mouseup', 'pointerdown', 'pointerup', 'click',
] as const;

function keepEventsPrivate(shadow: ShadowHost, signal: AbortSignal): void {
  for (const type of PRIVATE_EVENTS) {
    shadow.host.addEventListener(type, (event) => event.stopPropagation(), { signal });
  }
}

/** The nudge, notices and the pause (loaded on demand by `pauses`), each in its own shadow-root host on <html>. */
export function createContentUi(signal: AbortSignal, pauses: PauseLoader): ContentUi {
  let floating: {
    shadow: ShadowHost;
    anchor: HTMLElement;
    resize: ResizeObserver | null;
    placed: boolean;
    hideTimer?: ReturnType<typeof setTimeout>;
    /** The nudge's lines as last rendered; undefined for a notice. */
    shows?: string;
  } | null = null;
  let frame = 0;

  const place = () => {
    frame = 0;
    if (!floating) return;
    const { shadow, anchor } = floating;
    if (!anchor.isConnected) {
      shadow.place({ visibility: 'hidden' });
      return;
    }
    // An editor with no box (hidden by page CSS, mid-animation) keeps the nudge where it last was.
    const rect = anchor.getBoundingClientRect();
    if (rect.width === 0 && rect.height === 0 && floating.placed) return;
    const width = shadow.host.offsetWidth;
    const height = shadow.host.offsetHeight;
    const viewportWidth = document.documentElement.clientWidth || window.innerWidth;
    const viewportHeight = window.innerHeight;
    const left = Math.max(GAP, Math.min(rect.right - width, viewportWidth - width - GAP));
    // Above the editor, where it never covers the line being typed; below only when there is no room above.
    let top = rect.top - height - GAP;
    if (top < GAP) top = Math.min(rect.bottom + GAP, viewportHeight - height - GAP);
    shadow.place({ visibility: 'visible', left: `${Math.round(left)}px`, top: `${Math.round(Math.max(GAP, top))}px` });
    floating.placed = true;
  };

  const schedulePlace = () => {
    if (frame === 0 && floating) frame = requestAnimationFrame(place);
  };
  window.addEventListener('scroll', schedulePlace, { capture: true, passive: true, signal });
  window.addEventListener('resize', schedulePlace, { passive: true, signal });

  const hideFloating = () => {
    if (!floating) return;
    clearTimeout(floating.hideTimer);
    floating.resize?.disconnect();
    render(null, floating.shadow.container);
    floating.shadow.remove();
    floating = null;
  };

  const showFloating = (anchor: HTMLElement, content: ComponentChild, shows?: string) => {
    if (floating && floating.anchor !== anchor) hideFloating();
    if (!floating) {
      const shadow = createShadowHost('nudge', { topLayer: true });
      shadow.place({ top: '0px', left: '0px', width: 'max-content', 'max-width': 'min(440px, calc(100vw - 12px))', visibility: 'hidden' });
      keepEventsPrivate(shadow, signal);
      const resize = typeof ResizeObserver === 'function' ? new ResizeObserver(schedulePlace) : null;
      resize?.observe(anchor);
      floating = { shadow, anchor, resize, placed: false };
    }
    clearTimeout(floating.hideTimer);
    floating.shows = shows;
    render(content, floating.shadow.container);
    // Measured with the page's own next frame instead of forcing a layout in the middle of typing.
    schedulePlace();
  };

  signal.addEventListener('abort', hideFloating, { once: true });

  // The nudge's buttons call whatever handlers came with the latest draft, so a burst of typing that leaves its
  // lines as they were neither renders nor places it again: only the handlers move on.
  let nudgeHandlers = { onPause: () => {}, onDismiss: () => {} };
  const nudgePause = () => nudgeHandlers.onPause();
  const nudgeDismiss = () => nudgeHandlers.onDismiss();

  return {
    showNudge(anchor: HTMLElement, draft: string, analysis: Analysis, onPause: () => void, onDismiss: () => void) {
      nudgeHandlers = { onPause, onDismiss };
      const shows = reasonLines(draft, analysis, 2, true).join('\n');
      if (floating && floating.anchor === anchor && floating.shows === shows) return;
      showFloating(anchor, <Nudge draft={draft} analysis={analysis} onPause={nudgePause} onDismiss={nudgeDismiss} />, shows);
    },
    hideNudge: hideFloating,
    notice(anchor: HTMLElement, message: string) {
      showFloating(
        anchor,
        <div class="attune-nudge" role="status">
          <span class="attune-nudge__text">{message}</span>
        </div>,
      );
      if (floating) floating.hideTimer = setTimeout(hideFloating, NOTICE_MS);
    },
    openPause(props: PauseProps, status: PauseStatus, page?: PausePage) {
      let open = true;
      let mounted: { shadow: ShadowHost; unmount: () => void } | null = null;
      const events = new AbortController();
      const close = () => {
        if (!open) return;
        open = false;
        events.abort();
        mounted?.unmount();
        mounted?.shadow.remove();
      };
      const mount = (pause: PauseModule) => {
        const shadow = createShadowHost('pause');
        try {
          shadow.place({ top: '0px', left: '0px', width: '0px', height: '0px', overflow: 'visible' });
          keepEventsPrivate(shadow, events.signal);
          mounted = { shadow, unmount: pause.mountPause(shadow.container, props, page) };
        } catch (error) {
          shadow.remove();
          throw error;
        }
      };
      signal.addEventListener('abort', close, { once: true });
      const ready = pauses.ready();
      if (ready) {
        // Already loaded: it opens in the same task as the send key.
        mount(ready);
        status.onShown();
        return close;
      }
      pauses
        .load()
        .then((pause) => {
          if (open) mount(pause);
        })
        .then(
          () => {
            if (open) status.onShown();
          },
          () => {
            // Not loaded in time, or it would not mount: the same to the user, whose send must then go through.
            if (!open) return;
            close();
            status.onUnavailable();
          },
        );
      return close;
    },
  };
}
