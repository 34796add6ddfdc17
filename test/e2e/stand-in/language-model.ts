/**
 * A stand-in for Chrome's on-device model, built only into the test build (`node build.mjs --test-model`, into
 * dist/chrome-test) for the end-to-end tests. It follows the published `LanguageModel` interface (availability,
 * create with monitor and signal, prompt with responseConstraint, destroy) and answers whatever the test scripts
 * in chrome.storage.local. It keeps a count of calls for the test, never what it is asked.
 */
import type { LanguageModelApi, ModelAvailability, ModelCreateOptions, ModelPromptOptions, ModelSession } from '../../../src/ondevice/language-model';

/** Found in every bundle that carries the stand-in; the production build must contain it nowhere. */
export const STAND_IN_MARK = 'attune-stand-in-model-for-tests';
export const STAND_IN_SCRIPT_KEY = 'standInModelScript';
export const STAND_IN_LOG_KEY = 'standInModelLog';

export interface StandInReply {
  style: string;
  text: string;
}

/** What the test asks of the model. */
export interface StandInScript {
  availability: ModelAvailability;
  /** The replies to answer with, or 'fail' to reject every prompt. */
  answer: StandInReply[] | 'fail';
  /** How long each answer takes. */
  delayMs: number;
}

/** What the model saw happen, as counts. */
export interface StandInLog {
  creates: number;
  destroys: number;
  prompts: number;
  /** Prompts that came with a JSON schema as responseConstraint. */
  constrained: number;
  /** Sessions created with a system prompt in initialPrompts. */
  withRules: number;
  aborted: number;
  /** Downloads started (create() while the model was downloadable). */
  downloads: number;
}

const EMPTY_LOG: StandInLog = { creates: 0, destroys: 0, prompts: 0, constrained: 0, withRules: 0, aborted: 0, downloads: 0 };
const DOWNLOAD_STEPS = [0, 0.25, 0.5, 0.75, 1];
const DOWNLOAD_STEP_MS = 300;

async function script(): Promise<StandInScript> {
  const stored = (await chrome.storage.local.get(STAND_IN_SCRIPT_KEY))[STAND_IN_SCRIPT_KEY] as Partial<StandInScript> | undefined;
  return { availability: 'available', answer: 'fail', delayMs: 0, ...stored };
}

// Counted one after another, so two quick calls never overwrite each other.
let logging: Promise<void> = Promise.resolve();
function count(field: keyof StandInLog): void {
  logging = logging.then(async () => {
    const stored = (await chrome.storage.local.get(STAND_IN_LOG_KEY))[STAND_IN_LOG_KEY] as StandInLog | undefined;
    const log = { ...EMPTY_LOG, ...stored };
    log[field] += 1;
    await chrome.storage.local.set({ [STAND_IN_LOG_KEY]: log });
  });
}

function abortError(): DOMException {
  return new DOMException('The operation was aborted.', 'AbortError');
}

function wait(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(abortError());
      return;
    }
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener(
      'abort',
      () => {
        clearTimeout(timer);
        reject(abortError());
      },
      { once: true },
    );
  });
}

class StandInSession implements ModelSession {
  private destroyed = new AbortController();

  async prompt(input: string, options: ModelPromptOptions = {}): Promise<string> {
    count('prompts');
    if (typeof input !== 'string' || input === '') throw new TypeError('a prompt needs text');
    const constraint = options.responseConstraint as { type?: unknown } | undefined;
    if (constraint !== undefined && (typeof constraint !== 'object' || constraint === null || constraint.type !== 'object')) {
      throw new DOMException('The response constraint is not a JSON schema.', 'NotSupportedError');
    }
    if (constraint) count('constrained');
    const { answer, delayMs } = await script();
    const signals = [this.destroyed.signal, options.signal].filter((signal): signal is AbortSignal => signal !== undefined);
    try {
      await wait(delayMs, AbortSignal.any(signals));
    } catch (error) {
      count('aborted');
      throw error;
    }
    if (answer === 'fail') throw new DOMException('The model failed.', 'OperationError');
    // The log is written before the answer comes back, so a test that reads it once the replies show sees every count.
    await logging;
    return JSON.stringify({ replies: answer });
  }

  destroy(): void {
    if (this.destroyed.signal.aborted) return;
    count('destroys');
    this.destroyed.abort();
  }
}

async function setAvailability(availability: ModelAvailability): Promise<void> {
  const current = await script();
  await chrome.storage.local.set({ [STAND_IN_SCRIPT_KEY]: { ...current, availability } });
}

const standIn: LanguageModelApi = {
  async availability(): Promise<ModelAvailability> {
    return (await script()).availability;
  },
  async create(options: ModelCreateOptions = {}): Promise<ModelSession> {
    if (options.signal?.aborted) throw abortError();
    const { availability } = await script();
    if (availability === 'unavailable') throw new DOMException('The model is not supported here.', 'NotSupportedError');
    if (availability === 'downloadable' || availability === 'downloading') {
      const monitor = new EventTarget();
      options.monitor?.(monitor);
      if (availability === 'downloadable') {
        count('downloads');
        await setAvailability('downloading');
      }
      for (const loaded of DOWNLOAD_STEPS) {
        await wait(DOWNLOAD_STEP_MS, options.signal);
        monitor.dispatchEvent(new ProgressEvent('downloadprogress', { loaded, total: 1 }));
      }
      await setAvailability('available');
    }
    count('creates');
    if (options.initialPrompts?.some((message) => message.role === 'system' && message.content.length > 0)) count('withRules');
    return new StandInSession();
  },
};

Object.defineProperty(globalThis, 'LanguageModel', { value: standIn, configurable: true, writable: true });
Object.defineProperty(globalThis, Symbol.for(STAND_IN_MARK), { value: true });
