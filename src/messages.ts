import type { PauseOutcome } from './settings/types';

/**
 * Messages from the extension's own pages and content scripts to the service worker.
 * They never carry draft text.
 */
export type WorkerMessage =
  | { type: 'attune/record'; outcome: PauseOutcome }
  | { type: 'attune/reconcile' };

export function isWorkerMessage(value: unknown): value is WorkerMessage {
  if (typeof value !== 'object' || value === null) return false;
  const message = value as { type?: unknown; outcome?: unknown };
  switch (message.type) {
    case 'attune/record':
      return (
        message.outcome === 'paused' ||
        message.outcome === 'reframed' ||
        message.outcome === 'sentAnyway' ||
        message.outcome === 'keptEditing'
      );
    case 'attune/reconcile':
      return true;
    default:
      return false;
  }
}

/** The parts of a message sender the trust check reads (a subset of `runtime.MessageSender`). */
export interface SenderInfo {
  id?: string;
  url?: string;
  tab?: unknown;
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
