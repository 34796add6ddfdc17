/**
 * The few WebExtension calls the content script and the settings store make, reached without
 * `webextension-polyfill`. Each of them already behaves the same in both browsers: Firefox's native `browser`
 * returns promises, and so do Chrome's `chrome.storage` and `chrome.runtime.sendMessage` under Manifest V3. The
 * content script ships to every chat tab, where the polyfill's 10 KB bought nothing; the worker, popup and options
 * page keep the polyfill for the rest of the API.
 *
 * One difference the polyfill used to hide is left to the caller: a `runtime.onMessage` listener answers through
 * `sendResponse` (returning `true` to answer later), since Chrome ignores a promise returned by the listener.
 */

export interface StorageChange {
  oldValue?: unknown;
  newValue?: unknown;
}

export interface StorageArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(key: string): Promise<void>;
}

export interface ListenerEvent<L> {
  addListener(listener: L): void;
  removeListener(listener: L): void;
}

export interface MessageSender {
  id?: string;
}

export type MessageListener = (message: unknown, sender: MessageSender, sendResponse: (response: unknown) => void) => boolean | undefined;

export interface ExtensionApi {
  storage: {
    sync: StorageArea;
    local: StorageArea;
    onChanged: ListenerEvent<(changes: Record<string, StorageChange>, areaName: string) => void>;
  };
  runtime: {
    readonly id: string;
    sendMessage(message: unknown): Promise<unknown>;
    onMessage: ListenerEvent<MessageListener>;
  };
}

/** Firefox's `browser` where there is one, else Chrome's `chrome`; read at each call, so a reloaded context is seen. */
export function extensionApi(): ExtensionApi {
  const scope = globalThis as { browser?: ExtensionApi; chrome?: ExtensionApi };
  const api = scope.browser ?? scope.chrome;
  if (!api?.runtime) throw new Error('no extension API in this context');
  return api;
}
