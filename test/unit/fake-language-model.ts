// A fake of Chrome's Prompt API for unit tests: scripted availability and answers, and a record of every call.
import type { LanguageModelApi, ModelAvailability, ModelCoreOptions, ModelCreateOptions, ModelPromptOptions, ModelSession } from '../../src/ondevice/language-model';

export interface FakeSession extends ModelSession {
  destroyed: boolean;
  prompts: { input: string; options: ModelPromptOptions }[];
}

export interface FakeModel extends LanguageModelApi {
  availabilityState: ModelAvailability;
  availabilityCalls: ModelCoreOptions[];
  createCalls: ModelCreateOptions[];
  sessions: FakeSession[];
  /** How each prompt is answered; defaults to an empty reply list. */
  answer: (input: string, options: ModelPromptOptions) => Promise<string>;
  /** Progress events a create() fires through its monitor while downloading. */
  downloadSteps: number[];
  failCreate: boolean;
}

export function abortable<T>(signal: AbortSignal | undefined, value: Promise<T>): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    if (signal?.aborted) reject(new DOMException('aborted', 'AbortError'));
    signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')), { once: true });
    value.then(resolve, reject);
  });
}

export function fakeLanguageModel(availability: ModelAvailability = 'available'): FakeModel {
  const model: FakeModel = {
    availabilityState: availability,
    availabilityCalls: [],
    createCalls: [],
    sessions: [],
    answer: async () => JSON.stringify({ replies: [] }),
    downloadSteps: [],
    failCreate: false,
    async availability(options = {}) {
      model.availabilityCalls.push(options);
      return model.availabilityState;
    },
    async create(options = {}) {
      model.createCalls.push(options);
      if (model.failCreate) throw new DOMException('no', 'OperationError');
      if (options.signal?.aborted) throw new DOMException('aborted', 'AbortError');
      const monitor = new EventTarget();
      options.monitor?.(monitor);
      for (const loaded of model.downloadSteps) {
        await Promise.resolve();
        monitor.dispatchEvent(Object.assign(new Event('downloadprogress'), { loaded, total: 1 }));
      }
      if (model.availabilityState !== 'available') model.availabilityState = 'available';
      const session: FakeSession = {
        destroyed: false,
        prompts: [],
        prompt(input, promptOptions = {}) {
          session.prompts.push({ input, options: promptOptions });
          if (session.destroyed) return Promise.reject(new DOMException('destroyed', 'InvalidStateError'));
          return abortable(promptOptions.signal, model.answer(input, promptOptions));
        },
        destroy() {
          session.destroyed = true;
        },
      };
      model.sessions.push(session);
      return session;
    },
  };
  return model;
}
