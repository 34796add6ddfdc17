/**
 * The pause's line to Chrome's on-device model, which only the worker can reach: a port opened when the pause
 * mounts and closed when it goes, which ends the worker's model session. Never throws into the page.
 * It uses `chrome.runtime.connect` (Firefox has it too) rather than the polyfill, which the pause does not carry.
 */
import type { DeviceRequest } from '../analysis/device-prompt';
import { DEVICE_PORT, isDeviceAnswerMessage, type DeviceAskMessage, type DeviceKeepAliveMessage } from '../messages';
import type { DeviceWriter } from '../ui/pause/useDeviceReplies';

/** The parts of a runtime port the pause uses. */
export interface PausePort {
  postMessage(message: DeviceAskMessage | DeviceKeepAliveMessage): void;
  disconnect(): void;
  onMessage: { addListener(listener: (message: unknown) => void): void };
  onDisconnect: { addListener(listener: () => void): void };
}

/** Below the 30 s after which Chrome stops an idle extension service worker. */
export const KEEP_ALIVE_MS = 20_000;

interface Waiting {
  resolve(output: string): void;
  reject(error: Error): void;
}

const connectToWorker = (): PausePort => chrome.runtime.connect({ name: DEVICE_PORT });

export function connectDeviceWriter(connect: () => PausePort = connectToWorker): DeviceWriter | undefined {
  let port: PausePort;
  try {
    port = connect();
  } catch {
    return undefined;
  }
  const waiting = new Map<number, Waiting>();
  let nextId = 1;
  let closed = false;

  let keepAlive: ReturnType<typeof setInterval> | undefined;
  const end = (): void => {
    closed = true;
    clearInterval(keepAlive);
    for (const { reject } of waiting.values()) reject(new Error('the on-device model is gone'));
    waiting.clear();
  };

  port.onMessage.addListener((message: unknown) => {
    if (!isDeviceAnswerMessage(message)) return;
    const asked = waiting.get(message.id);
    if (!asked) return;
    waiting.delete(message.id);
    if (waiting.size === 0) {
      clearInterval(keepAlive);
      keepAlive = undefined;
    }
    if (message.type === 'attune/device-answer') asked.resolve(message.output);
    else asked.reject(new Error('the on-device model had no answer'));
  });
  port.onDisconnect.addListener(end);

  return {
    ask(request: DeviceRequest): Promise<string> {
      if (closed) return Promise.reject(new Error('the on-device model is gone'));
      const id = nextId++;
      return new Promise<string>((resolve, reject) => {
        waiting.set(id, { resolve, reject });
        try {
          port.postMessage({ type: 'attune/device-ask', id, request });
          keepAlive ??= setInterval(() => {
            try {
              port.postMessage({ type: 'attune/device-keep-alive' });
            } catch {
              end();
            }
          }, KEEP_ALIVE_MS);
        } catch (error) {
          waiting.delete(id);
          reject(error instanceof Error ? error : new Error('the port is closed'));
        }
      });
    },
    close(): void {
      if (closed) return;
      end();
      try {
        port.disconnect();
      } catch {
        // Already gone with the extension.
      }
    },
  };
}
