import { extensionApi } from '../extension-api';
import type { PauseOutcome } from '../settings/types';
import type { WorkerMessage } from '../messages';

/** False once the extension was reloaded or updated behind this page ("Extension context invalidated"). */
export function extensionAlive(): boolean {
  try {
    return typeof globalThis.chrome?.runtime?.id === 'string';
  } catch {
    return false;
  }
}

/** Counts an outcome in the worker; fire-and-forget, and silent when the extension is gone. */
export function recordOutcome(outcome: PauseOutcome): void {
  const message: WorkerMessage = { type: 'attune/record', outcome };
  try {
    extensionApi().runtime.sendMessage(message).catch(() => undefined);
  } catch {
    // The extension context is gone; the page keeps working without counts.
  }
}

/** Asks the worker to run `pause.js` in this frame; settles once it has run, rejects if it could not. */
export async function injectPauseScript(): Promise<void> {
  const message: WorkerMessage = { type: 'attune/load-pause' };
  const injected: unknown = await extensionApi().runtime.sendMessage(message);
  if (injected !== true) throw new Error('the worker did not load the pause');
}
