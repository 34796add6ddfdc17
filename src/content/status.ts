/** Answers the popup's question "is Attune watching a message box in this tab?" for this frame, without any page text. */
import { extensionApi, type MessageListener } from '../extension-api';
import { isComposerStatusRequest, type ComposerStatus } from '../messages';

/** The top frame's "no box" waits this long, so that a frame which does watch one answers first (the first answer wins). */
const NO_BOX_ANSWER_DELAY_MS = 150;

export function answerStatusRequests(watching: () => boolean, signal: AbortSignal): void {
  const isTop = window.top === window;
  const { runtime } = extensionApi();
  // Answers through sendResponse: Chrome ignores a promise returned by the listener.
  const listener: MessageListener = (message, sender, sendResponse) => {
    if (signal.aborted || sender.id !== runtime.id || !isComposerStatusRequest(message)) return undefined;
    let found = false;
    try {
      found = watching();
    } catch {
      // A page we cannot read counts as one without a box.
    }
    const answer = (status: ComposerStatus): void => sendResponse(status);
    if (found) {
      answer({ watching: true });
      return undefined;
    }
    if (!isTop) return undefined;
    setTimeout(() => answer({ watching: false }), NO_BOX_ANSWER_DELAY_MS);
    return true;
  };
  runtime.onMessage.addListener(listener);
  signal.addEventListener('abort', () => runtime.onMessage.removeListener(listener), { once: true });
}
