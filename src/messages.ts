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

/** Only this extension's own contexts may talk to the worker; web pages never can. */
export function isTrustedSender(sender: { id?: string; url?: string; origin?: string }, extensionId: string): boolean {
  return sender.id === extensionId;
}
