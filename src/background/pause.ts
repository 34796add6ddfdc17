import browser from 'webextension-polyfill';
import { contentScriptFrame, type SenderInfo } from '../messages';

/** The pause's script, built from src/pause/index.tsx. */
export const PAUSE_SCRIPT = 'pause.js';

/**
 * Runs the pause's script in the content script's own frame (the same isolated world), so the dialog's code ships
 * to a tab only when a send there is paused. True once it has run; false when the sender is not a content script
 * or the browser refused (the content script then lets the send go through).
 */
export async function injectPause(sender: SenderInfo): Promise<boolean> {
  const frame = contentScriptFrame(sender, browser.runtime.getURL(''));
  if (!frame) return false;
  try {
    await browser.scripting.executeScript({ target: { tabId: frame.tabId, frameIds: [frame.frameId] }, files: [PAUSE_SCRIPT] });
    return true;
  } catch {
    return false;
  }
}
