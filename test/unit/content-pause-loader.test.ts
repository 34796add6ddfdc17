import { afterEach, describe, expect, test, vi } from 'vitest';
import { createPauseLoader } from '../../src/content/pause-loader';
import { loadedPause, registerPause, type PauseModule } from '../../src/pause/api';

const module: PauseModule = { mountPause: () => () => undefined };

/** A frame's isolated world, where `pause.js` leaves its module once it has run. */
function frame(): object {
  return {};
}

afterEach(() => {
  vi.useRealTimers();
});

describe('the pause loader', () => {
  test('asks once, however many sends wait for it, and resolves with the registered pause', async () => {
    const scope = frame();
    const inject = vi.fn(async () => registerPause(module, scope));
    const loader = createPauseLoader(inject, 3_000, scope);
    expect(loader.ready()).toBeNull();
    const [first, second] = await Promise.all([loader.load(), loader.load()]);
    expect(first.mountPause).toBe(module.mountPause);
    expect(second).toBe(first);
    expect(inject).toHaveBeenCalledTimes(1);
    expect(loader.ready()).toBe(first);
    await loader.load();
    expect(inject).toHaveBeenCalledTimes(1);
  });

  test('gives up after the timeout when the worker does not answer, and asks again next time', async () => {
    vi.useFakeTimers();
    const scope = frame();
    const inject = vi.fn(() => new Promise<void>(() => undefined));
    const loader = createPauseLoader(inject, 3_000, scope);
    const attempt = loader.load();
    const outcome = vi.fn();
    attempt.then(() => outcome('loaded'), () => outcome('failed'));
    await vi.advanceTimersByTimeAsync(2_900);
    expect(outcome).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(200);
    expect(outcome).toHaveBeenCalledWith('failed');
    void loader.load().catch(() => undefined);
    await vi.advanceTimersByTimeAsync(0);
    expect(inject).toHaveBeenCalledTimes(2);
  });

  test('fails when the worker refuses, or when the script ran but left no pause behind', async () => {
    const scope = frame();
    await expect(createPauseLoader(() => Promise.reject(new Error('Extension context invalidated.')), 3_000, scope).load()).rejects.toThrow();
    await expect(createPauseLoader(() => Promise.resolve(), 3_000, scope).load()).rejects.toThrow();
    await expect(createPauseLoader(() => { throw new Error('sync failure'); }, 3_000, scope).load()).rejects.toThrow();
  });

  test('a pause injected a second time keeps the first, and a page value under the same name is not taken for it', () => {
    const scope = frame();
    const other: PauseModule = { mountPause: () => () => undefined };
    registerPause(module, scope);
    registerPause(other, scope);
    expect(loadedPause(scope)?.mountPause).toBe(module.mountPause);
    expect(loadedPause({ attunePause: { mountPause: 'not a function' } })).toBeNull();
    expect(loadedPause({ attunePause: null })).toBeNull();
  });
});
