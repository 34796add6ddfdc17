/**
 * An in-memory stand-in for the parts of the WebExtension API Attune uses (through `webextension-polyfill` or
 * src/extension-api.ts), for unit tests.
 *
 *   vi.mock('webextension-polyfill', async () => ({ default: (await import('./fake-browser')).fakeBrowser }));
 *   import { fake, fakeBrowser } from './fake-browser';
 *   beforeEach(() => fake.reset());
 *
 * Events fire asynchronously like the real ones; `await fake.settle()` lets them run.
 * Every API call is appended to `fake.calls` (e.g. "permissions.request"), so tests can check ordering.
 */

type Listener = (...args: never[]) => unknown;

export class FakeEvent<L extends Listener> {
  readonly listeners: L[] = [];
  addListener(listener: L): void {
    if (!this.listeners.includes(listener)) this.listeners.push(listener);
  }
  removeListener(listener: L): void {
    const index = this.listeners.indexOf(listener);
    if (index >= 0) this.listeners.splice(index, 1);
  }
  hasListener(listener: L): boolean {
    return this.listeners.includes(listener);
  }
  hasListeners(): boolean {
    return this.listeners.length > 0;
  }
  /** Calls every listener now and returns what they returned. */
  dispatch(...args: Parameters<L>): unknown[] {
    return [...this.listeners].map((listener) => listener(...args));
  }
  clear(): void {
    this.listeners.length = 0;
  }
}

export interface StorageChange {
  oldValue?: unknown;
  newValue?: unknown;
}
type ChangeListener = (changes: Record<string, StorageChange>, areaName: string) => void;
type AreaChangeListener = (changes: Record<string, StorageChange>) => void;

/** Chrome's per-item limit for storage.sync, measured as key length + JSON length of the value. */
export const SYNC_QUOTA_BYTES_PER_ITEM = 8192;

function clone<T>(value: T): T {
  return value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T);
}

/** One macrotask: fake API calls take at least this long, so overlapping calls can interleave. */
function tick(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Bumped by reset(), so events queued by an earlier test never reach the next one's listeners. */
let generation = 0;

function later(callback: () => void): void {
  const queuedIn = generation;
  setTimeout(() => {
    if (queuedIn === generation) callback();
  }, 0);
}

class FakeStorageArea {
  readonly data = new Map<string, unknown>();
  readonly onChanged = new FakeEvent<AreaChangeListener>();
  /** When set, the next writes reject with this error (e.g. to simulate a quota). */
  failWrites: Error | undefined;

  constructor(
    private readonly name: 'sync' | 'local',
    private readonly log: (call: string) => void,
    private readonly changed: FakeEvent<ChangeListener>,
    private readonly quotaPerItem: number | undefined,
  ) {}

  async get(keys?: string | string[] | Record<string, unknown> | null): Promise<Record<string, unknown>> {
    this.log(`storage.${this.name}.get`);
    const result: Record<string, unknown> = {};
    if (keys === undefined || keys === null) {
      for (const [key, value] of this.data) result[key] = clone(value);
    } else if (typeof keys === 'string' || Array.isArray(keys)) {
      for (const key of typeof keys === 'string' ? [keys] : keys) {
        if (this.data.has(key)) result[key] = clone(this.data.get(key));
      }
    } else {
      for (const [key, fallback] of Object.entries(keys)) {
        result[key] = this.data.has(key) ? clone(this.data.get(key)) : fallback;
      }
    }
    return result;
  }

  async set(items: Record<string, unknown>): Promise<void> {
    this.log(`storage.${this.name}.set`);
    if (this.failWrites) throw this.failWrites;
    if (this.quotaPerItem !== undefined) {
      for (const [key, value] of Object.entries(items)) {
        if (key.length + JSON.stringify(value).length > this.quotaPerItem) {
          throw new Error('QUOTA_BYTES_PER_ITEM quota exceeded');
        }
      }
    }
    const changes: Record<string, StorageChange> = {};
    for (const [key, value] of Object.entries(items)) {
      changes[key] = { oldValue: clone(this.data.get(key)), newValue: clone(value) };
      this.data.set(key, clone(value));
    }
    this.emit(changes);
  }

  async remove(keys: string | string[]): Promise<void> {
    this.log(`storage.${this.name}.remove`);
    const changes: Record<string, StorageChange> = {};
    for (const key of typeof keys === 'string' ? [keys] : keys) {
      if (!this.data.has(key)) continue;
      changes[key] = { oldValue: clone(this.data.get(key)) };
      this.data.delete(key);
    }
    this.emit(changes);
  }

  async clear(): Promise<void> {
    this.log(`storage.${this.name}.clear`);
    await this.remove([...this.data.keys()]);
  }

  private emit(changes: Record<string, StorageChange>): void {
    if (Object.keys(changes).length === 0) return;
    later(() => {
      this.onChanged.dispatch(clone(changes));
      this.changed.dispatch(clone(changes), this.name);
    });
  }
}

interface Permissions {
  origins?: string[];
  permissions?: string[];
}
type PermissionsListener = (permissions: Permissions) => void;

/** Whether a granted match pattern covers a requested one (scheme, host wildcard and "/*" paths only). */
export function patternCovers(granted: string, requested: string): boolean {
  if (granted === '<all_urls>' || granted === requested) return true;
  const parse = (pattern: string) => /^(\*|https?):\/\/([^/]+)(\/.*)$/.exec(pattern);
  const a = parse(granted);
  const b = parse(requested);
  if (!a || !b) return false;
  const [, grantedScheme, grantedHost, grantedPath] = a;
  const [, scheme, host, path] = b;
  if (grantedScheme !== '*' && grantedScheme !== scheme) return false;
  if (grantedPath !== '/*' && grantedPath !== path) return false;
  if (grantedHost === '*' || grantedHost === host) return true;
  if (!grantedHost!.startsWith('*.')) return false;
  const base = grantedHost!.slice(2);
  const plain = host!.replace(/^\*\./, '');
  return plain === base || plain.endsWith(`.${base}`);
}

export interface RegisteredContentScript {
  id: string;
  matches?: string[];
  excludeMatches?: string[];
  js?: string[];
  css?: string[];
  allFrames?: boolean;
  matchOriginAsFallback?: boolean;
  runAt?: string;
  persistAcrossSessions?: boolean;
  world?: string;
}

export interface MessageSender {
  id?: string;
  url?: string;
  origin?: string;
  tab?: { id?: number; url?: string };
  frameId?: number;
}
type MessageListener = (message: unknown, sender: MessageSender) => unknown;

export interface FakeTab {
  id: number;
  url?: string;
  active?: boolean;
  currentWindow?: boolean;
  title?: string;
}

export interface ScriptInjection {
  target: { tabId: number; frameIds?: number[]; allFrames?: boolean };
  files?: string[];
}

export const EXTENSION_ID = 'attune-test-id';
export const EXTENSION_BASE_URL = `chrome-extension://${EXTENSION_ID}/`;

function createFake() {
  const calls: string[] = [];
  const log = (call: string): void => {
    calls.push(call);
  };
  const storageChanged = new FakeEvent<ChangeListener>();
  const sync = new FakeStorageArea('sync', log, storageChanged, SYNC_QUOTA_BYTES_PER_ITEM);
  const local = new FakeStorageArea('local', log, storageChanged, undefined);

  const granted = new Set<string>();
  const onAdded = new FakeEvent<PermissionsListener>();
  const onRemoved = new FakeEvent<PermissionsListener>();
  const scripts = new Map<string, RegisteredContentScript>();
  const onMessage = new FakeEvent<MessageListener>();
  const onInstalled = new FakeEvent<(details: { reason: string; previousVersion?: string }) => void>();
  const onStartup = new FakeEvent<() => void>();
  const onConnect = new FakeEvent<(port: unknown) => void>();

  const state = {
    /** What the next permission prompts answer: a boolean, or a function of the requested origins. */
    permissionAnswer: true as boolean | ((origins: string[]) => boolean),
    tabs: [] as FakeTab[],
    /** The sender `runtime.sendMessage` reports: by default the extension's options page. */
    sender: { id: EXTENSION_ID, url: `${EXTENSION_BASE_URL}options/options.html` } as MessageSender,
    openedOptionsPage: 0,
    /** Every `scripting.executeScript` call's injection, in order. */
    injected: [] as ScriptInjection[],
    /** When set, `scripting.executeScript` rejects with it, like a browser refusing a frame. */
    injectError: undefined as Error | undefined,
  };

  const browser = {
    storage: { sync, local, onChanged: storageChanged },
    permissions: {
      async request(permissions: Permissions): Promise<boolean> {
        log('permissions.request');
        const origins = permissions.origins ?? [];
        const answer =
          typeof state.permissionAnswer === 'function' ? state.permissionAnswer(origins) : state.permissionAnswer;
        if (!answer) return false;
        const added = origins.filter((origin) => !granted.has(origin));
        for (const origin of added) granted.add(origin);
        if (added.length > 0) later(() => onAdded.dispatch({ origins: added, permissions: [] }));
        return true;
      },
      async contains(permissions: Permissions): Promise<boolean> {
        log('permissions.contains');
        return (permissions.origins ?? []).every((origin) => [...granted].some((held) => patternCovers(held, origin)));
      },
      async remove(permissions: Permissions): Promise<boolean> {
        log('permissions.remove');
        const removed = (permissions.origins ?? []).filter((origin) => granted.delete(origin));
        if (removed.length > 0) later(() => onRemoved.dispatch({ origins: removed, permissions: [] }));
        return removed.length > 0;
      },
      async getAll(): Promise<Permissions> {
        log('permissions.getAll');
        return { origins: [...granted], permissions: ['storage', 'scripting', 'activeTab'] };
      },
      onAdded,
      onRemoved,
    },
    scripting: {
      async registerContentScripts(toRegister: RegisteredContentScript[]): Promise<void> {
        log('scripting.registerContentScripts');
        // Checked at call time, like the browser process does: overlapping calls collide.
        const seen = new Set<string>();
        for (const script of toRegister) {
          if (script.id.startsWith('_')) throw new Error(`Invalid script ID '${script.id}'`);
          if (scripts.has(script.id) || seen.has(script.id)) throw new Error(`Duplicate script ID '${script.id}'`);
          seen.add(script.id);
        }
        for (const script of toRegister) scripts.set(script.id, clone(script));
        await tick();
      },
      async unregisterContentScripts(filter?: { ids?: string[] }): Promise<void> {
        log('scripting.unregisterContentScripts');
        const ids = filter?.ids ?? [...scripts.keys()];
        for (const id of ids) if (!scripts.has(id)) throw new Error(`Nonexistent script ID '${id}'`);
        for (const id of ids) scripts.delete(id);
        await tick();
      },
      async getRegisteredContentScripts(filter?: { ids?: string[] }): Promise<RegisteredContentScript[]> {
        log('scripting.getRegisteredContentScripts');
        await tick();
        return [...scripts.values()].filter((script) => !filter?.ids || filter.ids.includes(script.id)).map(clone);
      },
      async updateContentScripts(updates: RegisteredContentScript[]): Promise<void> {
        log('scripting.updateContentScripts');
        for (const update of updates) if (!scripts.has(update.id)) throw new Error(`Nonexistent script ID '${update.id}'`);
        for (const update of updates) scripts.set(update.id, { ...scripts.get(update.id)!, ...clone(update) });
      },
      async executeScript(injection: ScriptInjection): Promise<unknown[]> {
        log('scripting.executeScript');
        state.injected.push(clone(injection));
        await tick();
        if (state.injectError) throw state.injectError;
        return [];
      },
    },
    runtime: {
      id: EXTENSION_ID,
      getURL(path: string): string {
        return `${EXTENSION_BASE_URL}${path.replace(/^\//, '')}`;
      },
      getManifest(): { manifest_version: number; version: string } {
        return { manifest_version: 3, version: '0.1.0' };
      },
      async sendMessage(message: unknown): Promise<unknown> {
        log('runtime.sendMessage');
        const results = onMessage.dispatch(clone(message), clone(state.sender));
        const answer = results.find((result) => result !== undefined);
        return answer;
      },
      async openOptionsPage(): Promise<void> {
        log('runtime.openOptionsPage');
        state.openedOptionsPage++;
      },
      onMessage,
      onInstalled,
      onStartup,
      onConnect,
    },
    i18n: {
      getUILanguage(): string {
        return 'en';
      },
      getMessage(key: string, substitutions?: string | string[]): string {
        const chrome = (globalThis as { chrome?: { i18n?: { getMessage(k: string, s?: string | string[]): string } } }).chrome;
        return chrome?.i18n?.getMessage(key, substitutions) ?? '';
      },
    },
    tabs: {
      async query(query: { active?: boolean; currentWindow?: boolean; url?: string | string[] }): Promise<FakeTab[]> {
        log('tabs.query');
        const patterns = query.url === undefined ? undefined : typeof query.url === 'string' ? [query.url] : query.url;
        return state.tabs
          .filter((tab) => query.active === undefined || Boolean(tab.active) === query.active)
          .filter((tab) => query.currentWindow === undefined || Boolean(tab.currentWindow) === query.currentWindow)
          .filter((tab) => !patterns || patterns.some((pattern) => tab.url && urlMatches(pattern, tab.url)))
          .map((tab) => ({ ...tab }));
      },
      async create(properties: { url?: string; active?: boolean }): Promise<FakeTab> {
        log('tabs.create');
        const tab: FakeTab = { id: state.tabs.length + 1, ...properties };
        state.tabs.push(tab);
        return tab;
      },
    },
  };

  return {
    browser,
    calls,
    state,
    sync,
    local,
    /** Granted origins (host permissions), mutable directly for setup. */
    granted,
    /** Registered content scripts by id. */
    scripts,
    /** Lets queued events and fake async work run. */
    async settle(rounds = 5): Promise<void> {
      for (let round = 0; round < rounds; round++) await new Promise<void>((resolve) => setTimeout(resolve, 0));
    },
    /** Clears all state; `keepListeners` keeps listeners a module registered at import (e.g. the service worker). */
    reset(options: { keepListeners?: boolean } = {}): void {
      generation++;
      calls.length = 0;
      sync.data.clear();
      local.data.clear();
      sync.failWrites = undefined;
      local.failWrites = undefined;
      granted.clear();
      scripts.clear();
      state.permissionAnswer = true;
      state.tabs = [];
      state.sender = { id: EXTENSION_ID, url: `${EXTENSION_BASE_URL}options/options.html` };
      state.openedOptionsPage = 0;
      state.injected = [];
      state.injectError = undefined;
      if (!options.keepListeners) {
        for (const event of [storageChanged, sync.onChanged, local.onChanged, onAdded, onRemoved, onMessage, onInstalled, onStartup, onConnect]) {
          (event as FakeEvent<Listener>).clear();
        }
      }
    },
  };
}

/** Whether a URL matches a match pattern (scheme, host wildcard, path glob). */
export function urlMatches(pattern: string, url: string): boolean {
  const parsed = /^(\*|https?):\/\/([^/]+)(\/.*)$/.exec(pattern);
  if (!parsed) return pattern === '<all_urls>';
  const [, scheme, host, path] = parsed;
  let target: URL;
  try {
    target = new URL(url);
  } catch {
    return false;
  }
  const targetScheme = target.protocol.slice(0, -1);
  if (scheme === '*' ? !['http', 'https'].includes(targetScheme) : scheme !== targetScheme) return false;
  const hostOk =
    host === '*' ||
    host === target.hostname ||
    (host!.startsWith('*.') && (target.hostname === host!.slice(2) || target.hostname.endsWith(host!.slice(1))));
  if (!hostOk) return false;
  const glob = new RegExp(`^${path!.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`);
  return glob.test(target.pathname + target.search);
}

export type FakeBrowserControl = ReturnType<typeof createFake>;

const holder = globalThis as { __attuneFakeBrowser?: FakeBrowserControl };
/** One instance per test file, kept on globalThis so `vi.resetModules()` cannot split it in two. */
export const fake: FakeBrowserControl = (holder.__attuneFakeBrowser ??= createFake());
export const fakeBrowser = fake.browser;
/** Also the context's own `browser`, as Firefox's native API is, for code that reaches it without the polyfill (src/extension-api.ts). */
(globalThis as { browser?: unknown }).browser = fakeBrowser;
