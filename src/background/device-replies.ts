/**
 * Answers a paused tab's asks with Chrome's on-device model: one model session per pause, opened on the first ask
 * only when the model is already on the device (a pause never starts a download), destroyed and every question
 * aborted when the pause's port closes. Any failure answers "none", and the pause keeps its template replies.
 */
import { DEVICE_REPLY_SCHEMA, DEVICE_SYSTEM_PROMPT, devicePrompt, isDeviceRequest } from '../analysis/device-prompt';
import type { DeviceAnswerMessage, DeviceAskMessage } from '../messages';
import { modelOptions, modelStatus, type LanguageModelApi, type ModelSession } from '../ondevice/language-model';

/** An ask from the pause, well formed and bounded in size (the check lives here, apart from the content script). */
export function isDeviceAskMessage(value: unknown): value is DeviceAskMessage {
  if (typeof value !== 'object' || value === null) return false;
  const message = value as Partial<Record<keyof DeviceAskMessage, unknown>>;
  return message.type === 'attune/device-ask' && Number.isSafeInteger(message.id) && isDeviceRequest(message.request);
}

/** The parts of a runtime port the worker uses. */
export interface DevicePort {
  postMessage(message: DeviceAnswerMessage): void;
  onMessage: { addListener(listener: (message: unknown) => void): void };
  onDisconnect: { addListener(listener: () => void): void };
}

export interface DeviceDeps {
  /** The Prompt API of the worker, or null (Firefox, older Chrome). */
  model(): LanguageModelApi | null;
  /** Whether the user has turned the on-device replies on. */
  enabled(): Promise<boolean>;
}

async function openSession(deps: DeviceDeps, signal: AbortSignal): Promise<ModelSession | null> {
  if (!(await deps.enabled())) return null;
  const api = deps.model();
  // Only a model already on the device: a download starts from the options page, on the user's click, never here.
  if ((await modelStatus(api)) !== 'available' || !api || signal.aborted) return null;
  return api.create({ ...modelOptions(), signal, initialPrompts: [{ role: 'system', content: DEVICE_SYSTEM_PROMPT }] });
}

export function serveDeviceReplies(port: DevicePort, deps: DeviceDeps): void {
  const lifetime = new AbortController();
  let session: Promise<ModelSession | null> | null = null;
  let asking: AbortController | null = null;

  const post = (message: DeviceAnswerMessage): void => {
    if (lifetime.signal.aborted) return;
    try {
      port.postMessage(message);
    } catch {
      // The pause closed while the model was writing.
    }
  };

  port.onMessage.addListener((message: unknown) => {
    if (!isDeviceAskMessage(message) || lifetime.signal.aborted) return;
    asking?.abort();
    const ask = new AbortController();
    asking = ask;
    session ??= openSession(deps, lifetime.signal).catch(() => null);
    void session
      .then(async (model) => {
        if (!model || ask.signal.aborted) return null;
        return model.prompt(devicePrompt(message.request), { responseConstraint: DEVICE_REPLY_SCHEMA, signal: ask.signal });
      })
      .then(
        (output) => post(typeof output === 'string' ? { type: 'attune/device-answer', id: message.id, output } : { type: 'attune/device-none', id: message.id }),
        () => post({ type: 'attune/device-none', id: message.id }),
      );
  });

  port.onDisconnect.addListener(() => {
    lifetime.abort();
    asking?.abort();
    void session?.then((model) => model?.destroy()).catch(() => undefined);
  });
}
