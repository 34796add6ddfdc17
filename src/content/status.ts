/** Answers the popup's question "is Attune watching a message box in this tab?" for this frame, without any page text. */
import browser from 'webextension-polyfill';
import { isComposerStatusRequest, type ComposerStatus } from '../messages';

/** The top frame's "no box" waits this long, so that a frame which does watch one answers first (the first answer wins). */
const NO_BOX_ANSWER_DELAY_MS = 150;

export function answerStatusRequests(watching: () => boolean, signal: AbortSignal): void {
  const isTop = window.top === window;
  const listener = (message: unknown, sender: browser.Runtime.MessageSender): Promise<ComposerStatus> | undefined => {
    if (signal.aborted || sender.id !== browser.runtime.id || !isComposerStatusRequest(message)) return undefined;
    let found = false;
    try {
      found = watching();
    } catch {
      // A page we cannot read counts as one without a box.
    }
    if (found) return Promise.resolve({ watching: true });
    if (!isTop) return undefined;
    return new Promise((resolve) => setTimeout(() => resolve({ watching: false }), NO_BOX_ANSWER_DELAY_MS));
  };
  browser.runtime.onMessage.addListener(listener);
  signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(listener), { once: true });
}
