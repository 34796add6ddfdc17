/** Records pause outcomes in storage.local, one write at a time so concurrent records never lose an increment. */
import browser from 'webextension-polyfill';
import { addOutcome } from '../settings/counts';
import { COUNTS_KEY, loadCounts } from '../settings/store';
import type { PauseOutcome } from '../settings/types';

let writes: Promise<void> = Promise.resolve();

export function recordOutcome(outcome: PauseOutcome, now: () => number = Date.now): Promise<void> {
  const write = writes.then(async () => {
    const counts = addOutcome(await loadCounts(), outcome, now());
    await browser.storage.local.set({ [COUNTS_KEY]: counts });
  });
  writes = write.catch(() => undefined);
  return write;
}
