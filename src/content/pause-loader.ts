/** Loads the pause (`pause.js`) into this frame on demand, once, and gives up in time so a send is never held for long. */
import { loadedPause, type PauseModule } from '../pause/api';

/** How long a pause may take to load before the send goes through as the user asked. */
export const PAUSE_LOAD_TIMEOUT_MS = 3_000;

export interface PauseLoader {
  /** The pause if it is already loaded in this frame, so it can open in the same task as the send key. */
  ready(): PauseModule | null;
  /** Resolves with the pause, or rejects when it cannot be loaded within the timeout. */
  load(): Promise<PauseModule>;
}

/**
 * `inject` asks for `pause.js` to be run in this frame and settles once it has. One request is in flight at a time;
 * after a failure the next `load()` asks again, since a worker that was waking up may answer now.
 */
export function createPauseLoader(inject: () => Promise<void>, timeoutMs = PAUSE_LOAD_TIMEOUT_MS, scope: object = globalThis): PauseLoader {
  let pending: Promise<PauseModule> | null = null;

  const request = (): Promise<PauseModule> =>
    new Promise<PauseModule>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('the pause did not load in time')), timeoutMs);
      const settle = () => {
        clearTimeout(timer);
        const pause = loadedPause(scope);
        if (pause) resolve(pause);
        else reject(new Error('the pause did not register'));
      };
      Promise.resolve().then(inject).then(settle, (error: unknown) => {
        clearTimeout(timer);
        reject(error);
      });
    });

  const load = (): Promise<PauseModule> => {
    const pause = loadedPause(scope);
    if (pause) return Promise.resolve(pause);
    if (!pending) {
      const attempt = request();
      pending = attempt;
      attempt.catch(() => {
        if (pending === attempt) pending = null;
      });
    }
    return pending;
  };

  return {
    ready: () => loadedPause(scope),
    load,
  };
}
