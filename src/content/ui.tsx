import { render, type ComponentChild } from 'preact';
import type { Analysis } from '../analysis/types';
import { Nudge } from '../ui/Nudge';
import { PauseDialog, type PauseDialogProps } from '../ui/PauseDialog';
import type { ContentUi } from './controller';
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

/** The nudge, notices and the pause, each in its own shadow-root host on <html>. */
export function createContentUi(signal: AbortSignal): ContentUi {
  let floating: {
    shadow: ShadowHost;
    anchor: HTMLElement;
    resize: ResizeObserver | null;
    placed: boolean;
    hideTimer?: ReturnType<typeof setTimeout>;
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

  const showFloating = (anchor: HTMLElement, content: ComponentChild) => {
    if (floating && floating.anchor !== anchor) hideFloating();
    if (!floating) {
      const shadow = createShadowHost('nudge');
      shadow.place({ top: '0px', left: '0px', width: 'max-content', 'max-width': 'min(440px, calc(100vw - 12px))', visibility: 'hidden' });
      keepEventsPrivate(shadow, signal);
      const resize = typeof ResizeObserver === 'function' ? new ResizeObserver(schedulePlace) : null;
      resize?.observe(anchor);
      floating = { shadow, anchor, resize, placed: false };
    }
    clearTimeout(floating.hideTimer);
    render(content, floating.shadow.container);
    place();
  };

  signal.addEventListener('abort', hideFloating, { once: true });

  return {
    showNudge(anchor: HTMLElement, draft: string, analysis: Analysis, onPause: () => void, onDismiss: () => void) {
      showFloating(anchor, <Nudge draft={draft} analysis={analysis} onPause={onPause} onDismiss={onDismiss} />);
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
    openPause(props: PauseDialogProps) {
      const shadow = createShadowHost('pause');
      shadow.place({ top: '0px', left: '0px', width: '0px', height: '0px', overflow: 'visible' });
      const events = new AbortController();
      keepEventsPrivate(shadow, events.signal);
      render(<PauseDialog {...props} />, shadow.container);
      let open = true;
      const close = () => {
        if (!open) return;
        open = false;
        events.abort();
        render(null, shadow.container);
        shadow.remove();
      };
      signal.addEventListener('abort', close, { once: true });
      return close;
    },
  };
}
