/**
 * Chrome's built-in Prompt API (`LanguageModel`), as far as Attune uses it. Chrome exposes it to an extension's
 * own pages and its service worker, never to content scripts, and only on desktop hardware it supports; Firefox
 * has none. Every call here is feature-detected and never throws.
 */

export type ModelAvailability = 'unavailable' | 'downloadable' | 'downloading' | 'available';

/** What the options page shows: `absent` when the browser has no Prompt API at all. */
export type ModelStatus = 'absent' | ModelAvailability;

export interface ModelExpected {
  type: 'text';
  languages?: string[];
}

export interface ModelCoreOptions {
  expectedInputs?: ModelExpected[];
  expectedOutputs?: ModelExpected[];
}

export interface ModelMessage {
  role: 'system' | 'user' | 'assistant';
  content: string;
}

export interface ModelCreateOptions extends ModelCoreOptions {
  signal?: AbortSignal;
  /** Receives an EventTarget that fires `downloadprogress` events while Chrome downloads the model. */
  monitor?(monitor: EventTarget): void;
  initialPrompts?: ModelMessage[];
}

export interface ModelPromptOptions {
  /** A JSON schema the answer must follow. */
  responseConstraint?: object;
  signal?: AbortSignal;
}

export interface ModelSession {
  prompt(input: string, options?: ModelPromptOptions): Promise<string>;
  destroy(): void;
}

export interface LanguageModelApi {
  availability(options?: ModelCoreOptions): Promise<ModelAvailability>;
  create(options?: ModelCreateOptions): Promise<ModelSession>;
}

/**
 * The same options for `availability()` and `create()`, so the answer to one holds for the other; a fresh copy
 * each time, since the browser may rewrite the language tags in place.
 */
export function modelOptions(): ModelCoreOptions {
  return {
    expectedInputs: [{ type: 'text', languages: ['en'] }],
    expectedOutputs: [{ type: 'text', languages: ['en'] }],
  };
}

const AVAILABILITIES: readonly ModelAvailability[] = ['unavailable', 'downloadable', 'downloading', 'available'];

/** The Prompt API of this context, or null where there is none (Firefox, older Chrome, content scripts). */
export function findLanguageModel(scope: object = globalThis): LanguageModelApi | null {
  try {
    const candidate = (scope as { LanguageModel?: unknown }).LanguageModel;
    if ((typeof candidate !== 'function' && typeof candidate !== 'object') || candidate === null) return null;
    const api = candidate as Partial<LanguageModelApi>;
    return typeof api.availability === 'function' && typeof api.create === 'function' ? (candidate as LanguageModelApi) : null;
  } catch {
    return null;
  }
}

/** Whether the model can be used now, must be downloaded first, or not at all here; an error reads as unavailable. */
export async function modelStatus(api: LanguageModelApi | null): Promise<ModelStatus> {
  if (!api) return 'absent';
  try {
    const availability = await api.availability(modelOptions());
    return AVAILABILITIES.includes(availability) ? availability : 'unavailable';
  } catch {
    return 'unavailable';
  }
}

/** The share of the download done, from a `downloadprogress` event (`loaded` is 0 to 1); null if it carries none. */
export function progressOf(event: Event): number | null {
  const loaded = (event as Event & { loaded?: unknown }).loaded;
  return typeof loaded === 'number' && Number.isFinite(loaded) ? Math.min(1, Math.max(0, loaded)) : null;
}

/**
 * Has Chrome download the model (Chrome fetches it; Attune makes no request), reporting progress from 0 to 1.
 * Called only from a click on the options page. True once the model is ready; false if it failed or was aborted.
 */
export async function downloadModel(api: LanguageModelApi, onProgress: (fraction: number) => void, signal?: AbortSignal): Promise<boolean> {
  try {
    const session = await api.create({
      ...modelOptions(),
      signal,
      monitor(monitor) {
        monitor.addEventListener('downloadprogress', (event) => {
          const fraction = progressOf(event);
          if (fraction !== null) onProgress(fraction);
        });
      },
    });
    session.destroy();
    return true;
  } catch {
    return false;
  }
}
