/**
 * The pause, built as its own script (`pause.js`): the dialog, the breathing, the naming step and the reframer
 * stay out of the content script that ships to every chat tab, and load only when a heated send is paused.
 */
import { render } from 'preact';
import { readConversation } from '../content/conversation';
import { conversationMarkersFor } from '../conversation-markers';
import { adoptSheet } from '../ui/adopt-sheet';
import { PauseDialog } from '../ui/PauseDialog';
import { pauseStyles } from '../ui/pause-styles';
import { registerPause, type PausePage, type PauseProps } from './api';
import { connectDeviceWriter } from './device-client';

function mountPause(container: HTMLElement, { deviceModel, ...props }: PauseProps, page?: PausePage): () => void {
  const root = container.getRootNode();
  if (root instanceof ShadowRoot) adoptSheet(root, pauseStyles);
  // Read here, in the script that loads only for a pause, so typing never pays for it.
  const theirs = page ? readConversation(page.editor, conversationMarkersFor(page.siteId)) : null;
  const deviceWriter = deviceModel ? connectDeviceWriter() : undefined;
  render(<PauseDialog {...props} theirs={theirs ?? undefined} deviceWriter={deviceWriter} />, container);
  return () => {
    render(null, container);
    deviceWriter?.close();
  };
}

try {
  registerPause({ mountPause });
} catch {
  // Never throw into the page; the content script sees no pause and sends as the user asked.
}
