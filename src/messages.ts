import { isPauseOutcome, type PauseOutcome } from './settings/counts';
import type { DeviceRequest } from './analysis/device-prompt';

/**
 * Messages from the extension's own pages and content scripts to the service worker.
 * They never carry draft text.
 */
export type WorkerMessage =
  | { type: 'attune/record'; outcome: PauseOutcome }
  | { type: 'attune/reconcile' }
  /** From a content script: run `pause.js` in the sender's frame; answered with true once it has run. */
  | { type: 'attune/load-pause' };

export function isWorkerMessage(value: unknown): value is WorkerMessage {
  if (typeof value !== 'object' || value === null) return false;
  const message = value as { type?: unknown; outcome?: unknown };
  switch (message.type) {
    case 'attune/record':
      return isPauseOutcome(message.outcome);
    case 'attune/reconcile':
    case 'attune/load-pause':
      return true;
    default:
      return false;
  }
}

/** From the popup to the content scripts of the active tab: is Attune watching a message box there? */
export interface ComposerStatusRequest {
  type: 'attune/composer-status';
}

/** A frame's answer: whether it watches (or can see) a box to write messages in; never any text from the page. */
export interface ComposerStatus {
  watching: boolean;
}

export function isComposerStatusRequest(value: unknown): value is ComposerStatusRequest {
  return typeof value === 'object' && value !== null && (value as { type?: unknown }).type === 'attune/composer-status';
}

export function isComposerStatus(value: unknown): value is ComposerStatus {
  return typeof value === 'object' && value !== null && typeof (value as { watching?: unknown }).watching === 'boolean';
}

/**
 * The port a paused tab opens to the worker while the pause is on screen, to ask Chrome's on-device model for
 * replies; closing it aborts the question and ends the model session. The draft goes no further than the worker.
 */
export const DEVICE_PORT = 'attune/device-replies';

/** From the pause: write replies for this reading. A later ask replaces an earlier one still being answered. */
export interface DeviceAskMessage {
  type: 'attune/device-ask';
  id: number;
  request: DeviceRequest;
}

/** From the worker: the model's raw answer to ask `id`, or that there is none (off, not ready, failed). */
export type DeviceAnswerMessage = { type: 'attune/device-answer'; id: number; output: string } | { type: 'attune/device-none'; id: number };

/**
 * From the pause, every few seconds while it waits for an answer: the worker ignores it, but a message keeps an
 * extension's service worker from being stopped as idle while the model writes through a long breathing.
 */
export interface DeviceKeepAliveMessage {
  type: 'attune/device-keep-alive';
}

export function isDeviceAnswerMessage(value: unknown): value is DeviceAnswerMessage {
  if (typeof value !== 'object' || value === null) return false;
  const message = value as { type?: unknown; id?: unknown; output?: unknown };
  if (!Number.isSafeInteger(message.id)) return false;
  return message.type === 'attune/device-none' || (message.type === 'attune/device-answer' && typeof message.output === 'string');
}

/** The parts of a message sender the trust check reads (a subset of `runtime.MessageSender`). */
export interface SenderInfo {
  id?: string;
  url?: string;
  tab?: { id?: number } | null;
  frameId?: number;
}

/**
 * Only this extension's own contexts may talk to the worker; web pages never can.
 * Pages cannot reach `runtime.onMessage` without `externally_connectable`, but the check still belongs here:
 * the sender must carry our id, and be either one of our pages (its URL under `extensionBaseUrl`,
 * e.g. "chrome-extension://<id>/" or Firefox's "moz-extension://<uuid>/") or our content script in a tab.
 */
export function isTrustedSender(sender: SenderInfo, extensionId: string, extensionBaseUrl?: string): boolean {
  if (!extensionId || sender.id !== extensionId) return false;
  if (typeof sender.url !== 'string') return false;
  if (extensionBaseUrl && sender.url.startsWith(extensionBaseUrl)) return true;
  // A content script always runs in a tab, on a web page or in one's about:blank frame (manifest match_about_blank).
  return sender.tab !== undefined && sender.tab !== null && /^(?:https?:|about:(?:blank|srcdoc)$)/.test(sender.url);
}

/** The tab and frame a trusted sender's content script runs in; null for our own pages or a sender without a frame. */
export function contentScriptFrame(sender: SenderInfo, extensionBaseUrl: string): { tabId: number; frameId: number } | null {
  if (typeof sender.url !== 'string' || sender.url.startsWith(extensionBaseUrl)) return null;
  const tabId = sender.tab?.id;
  const frameId = sender.frameId;
  if (typeof tabId !== 'number' || tabId < 0 || typeof frameId !== 'number' || frameId < 0) return null;
  return { tabId, frameId };
}
