import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { EXTENSION_BASE_URL, EXTENSION_ID, fake } from './fake-browser';
import { reconcile, scriptIdFor } from '../../src/background/reconcile';
import { isTrustedSender } from '../../src/messages';
import { PAUSE_OUTCOMES, dayKey } from '../../src/settings/counts';
import { loadCounts, loadSettings, updateSettings } from '../../src/settings/store';
import type { CustomSite } from '../../src/settings/types';

vi.mock('webextension-polyfill', async () => ({ default: (await import('./fake-browser')).fakeBrowser }));

const chat: CustomSite = { host: 'chat.example.org', pattern: 'https://chat.example.org/*', enabled: true };
const team: CustomSite = { host: '*.team.example', pattern: 'http://*.team.example/*', enabled: true };
const contentScriptSender = { id: EXTENSION_ID, url: 'https://discord.com/channels/1', tab: { id: 3 }, frameId: 0 };

let warnings: string[];

beforeAll(async () => {
  await import('../../src/background/index');
});

beforeEach(async () => {
  fake.reset({ keepListeners: true });
  warnings = [];
  vi.spyOn(console, 'warn').mockImplementation((...args: unknown[]) => {
    warnings.push(args.join(' '));
  });
});

afterEach(() => {
  vi.restoreAllMocks();
});

async function saveSites(...customSites: CustomSite[]): Promise<void> {
  await updateSettings((settings) => ({ ...settings, customSites }));
}

function registeredIds(): string[] {
  return [...fake.scripts.keys()].sort();
}

describe('reconcile', () => {
  it('registers enabled custom sites whose permission is granted, persistently, in all frames', async () => {
    fake.granted.add(chat.pattern);
    fake.granted.add(team.pattern);
    await saveSites(chat, team, { host: 'off.example.org', pattern: 'https://off.example.org/*', enabled: false });
    await reconcile();
    expect(registeredIds()).toEqual(['attune-custom-*.team.example', 'attune-custom-chat.example.org']);
    expect(fake.scripts.get(scriptIdFor(chat))).toEqual({
      id: 'attune-custom-chat.example.org',
      matches: ['https://chat.example.org/*'],
      js: ['content.js'],
      allFrames: true,
      runAt: 'document_idle',
      persistAcrossSessions: true,
    });
  });

  it('does not register a site whose permission is missing', async () => {
    await saveSites(chat);
    await reconcile();
    expect(registeredIds()).toEqual([]);
  });

  it('unregisters sites that were switched off or removed, and leaves other scripts alone', async () => {
    fake.granted.add(chat.pattern);
    fake.scripts.set('attune-custom-gone.example.org', { id: 'attune-custom-gone.example.org', matches: ['https://gone.example.org/*'] });
    fake.scripts.set('someone-else', { id: 'someone-else', matches: ['https://x.example/*'] });
    await saveSites({ ...chat, enabled: false });
    await reconcile();
    expect(registeredIds()).toEqual(['someone-else']);
  });

  it('re-registers a site whose pattern changed (http to https)', async () => {
    fake.granted.add(chat.pattern);
    fake.scripts.set(scriptIdFor(chat), { id: scriptIdFor(chat), matches: ['http://chat.example.org/*'] });
    await saveSites(chat);
    await reconcile();
    expect(fake.scripts.get(scriptIdFor(chat))?.matches).toEqual([chat.pattern]);
  });

  it('is idempotent and never registers twice under concurrent calls', async () => {
    fake.granted.add(chat.pattern);
    fake.granted.add(team.pattern);
    await saveSites(chat, team);
    await Promise.all([reconcile(), reconcile(), reconcile(), reconcile(), reconcile()]);
    await reconcile();
    expect(registeredIds()).toEqual([scriptIdFor(team), scriptIdFor(chat)].sort());
    expect(warnings).toEqual([]);
    expect(fake.calls.filter((call) => call === 'scripting.registerContentScripts')).toHaveLength(2);
  });

  it('never throws, and logs only error names, never the host', async () => {
    fake.granted.add(chat.pattern);
    await saveSites(chat);
    fake.sync.failWrites = undefined;
    const original = fake.browser.scripting.registerContentScripts;
    fake.browser.scripting.registerContentScripts = async () => {
      throw new TypeError('Invalid host chat.example.org');
    };
    try {
      await expect(reconcile()).resolves.toBeUndefined();
    } finally {
      fake.browser.scripting.registerContentScripts = original;
    }
    expect(warnings).toEqual(['Attune: registering a content script failed (TypeError)']);
  });
});

describe('the worker brings registrations in line on its own', () => {
  it('registers a site as soon as its settings change', async () => {
    fake.granted.add(chat.pattern);
    await saveSites(chat);
    await vi.waitFor(() => expect(registeredIds()).toEqual([scriptIdFor(chat)]));
  });

  it('drops a registration when its permission is removed in the browser', async () => {
    fake.granted.add(chat.pattern);
    await saveSites(chat);
    await vi.waitFor(() => expect(registeredIds()).toEqual([scriptIdFor(chat)]));
    await fake.browser.permissions.remove({ origins: [chat.pattern] });
    await vi.waitFor(() => expect(registeredIds()).toEqual([]));
    expect((await loadSettings()).customSites).toEqual([chat]);
  });

  it('adopts a site granted from the browser UI as a custom site and registers it', async () => {
    await fake.browser.permissions.request({ origins: ['https://chat.example.org/*'] });
    await vi.waitFor(async () => expect((await loadSettings()).customSites).toEqual([chat]));
    await vi.waitFor(() => expect(registeredIds()).toEqual([scriptIdFor(chat)]));
  });

  it('does not adopt broad grants or catalogue sites', async () => {
    await fake.browser.permissions.request({ origins: ['https://*/*', 'https://discord.com/*'] });
    await fake.settle(20);
    expect((await loadSettings()).customSites).toEqual([]);
  });

  it('repairs and migrates stored settings on install, then reconciles', async () => {
    fake.sync.data.set('settings', { enabled: { discord: false }, sensitivity: 'low', customHosts: ['chat.example.org'], junk: 1 });
    fake.granted.add(chat.pattern);
    fake.browser.runtime.onInstalled.dispatch({ reason: 'update', previousVersion: '0.0.9' });
    await vi.waitFor(() => expect(registeredIds()).toEqual([scriptIdFor(chat)]));
    const stored = fake.sync.data.get('settings') as Record<string, unknown>;
    expect(stored).toMatchObject({ version: 1, sensitivity: 'gentle', sites: { discord: false }, customSites: [chat] });
    expect(stored).not.toHaveProperty('junk');
    expect(stored).not.toHaveProperty('enabled');
  });

  it('reconciles on browser startup', async () => {
    fake.granted.add(chat.pattern);
    fake.sync.data.set('settings', { version: 1, customSites: [chat] });
    fake.browser.runtime.onStartup.dispatch();
    await vi.waitFor(() => expect(registeredIds()).toEqual([scriptIdFor(chat)]));
  });

  it('reconciles on request from an extension page', async () => {
    fake.granted.add(chat.pattern);
    fake.sync.data.set('settings', { version: 1, customSites: [chat] });
    await fake.browser.runtime.sendMessage({ type: 'attune/reconcile' });
    expect(registeredIds()).toEqual([scriptIdFor(chat)]);
  });
});

describe('counting outcomes', () => {
  it('counts an outcome a content script reports, under today', async () => {
    fake.state.sender = contentScriptSender;
    await fake.browser.runtime.sendMessage({ type: 'attune/record', outcome: 'paused' });
    await fake.browser.runtime.sendMessage({ type: 'attune/record', outcome: 'sentAnyway' });
    expect((await loadCounts())[dayKey(Date.now())]).toEqual({ paused: 1, reframed: 0, sentAnyway: 1, keptEditing: 0 });
  });

  it('counts every kind of outcome and ignores a record of an unknown one', async () => {
    fake.state.sender = contentScriptSender;
    for (const outcome of PAUSE_OUTCOMES) await fake.browser.runtime.sendMessage({ type: 'attune/record', outcome });
    for (const outcome of ['sent', 'toString', '', null]) {
      await fake.browser.runtime.sendMessage({ type: 'attune/record', outcome }).catch(() => undefined);
    }
    expect((await loadCounts())[dayKey(Date.now())]).toEqual(Object.fromEntries(PAUSE_OUTCOMES.map((outcome) => [outcome, 1])));
  });

  it('loses no increment when many records arrive at once', async () => {
    fake.state.sender = contentScriptSender;
    await Promise.all(
      Array.from({ length: 25 }, () => fake.browser.runtime.sendMessage({ type: 'attune/record', outcome: 'reframed' })),
    );
    expect((await loadCounts())[dayKey(Date.now())]?.reframed).toBe(25);
  });

  it.each([
    ['another extension', { id: 'other-extension', url: 'https://discord.com/', tab: { id: 1 } }],
    ['a sender without a tab or an extension URL', { id: EXTENSION_ID, url: 'https://evil.example/' }],
    ['a sender with no URL', { id: EXTENSION_ID, tab: { id: 1 } }],
  ])('ignores a record from %s', async (_label, sender) => {
    fake.state.sender = sender;
    await fake.browser.runtime.sendMessage({ type: 'attune/record', outcome: 'paused' });
    await fake.settle();
    expect(await loadCounts()).toEqual({});
  });

  it('ignores malformed messages and never stores anything but counts', async () => {
    fake.state.sender = contentScriptSender;
    await fake.browser.runtime.sendMessage({ type: 'attune/record', outcome: 'paused', draft: 'you never listen' });
    await fake.browser.runtime.sendMessage({ type: 'attune/record', outcome: 'you never listen' });
    await fake.browser.runtime.sendMessage('attune/record');
    await fake.settle();
    expect(JSON.stringify([...fake.local.data, ...fake.sync.data])).not.toContain('listen');
    expect((await loadCounts())[dayKey(Date.now())]?.paused).toBe(1);
  });
});

describe('isTrustedSender', () => {
  it('trusts our own pages, in Chrome and in Firefox', () => {
    expect(isTrustedSender({ id: EXTENSION_ID, url: `${EXTENSION_BASE_URL}popup/popup.html` }, EXTENSION_ID, EXTENSION_BASE_URL)).toBe(true);
    expect(
      isTrustedSender(
        { id: 'attune@attune-extension.org', url: 'moz-extension://5d6c-uuid/options/options.html', tab: { id: 2 } },
        'attune@attune-extension.org',
        'moz-extension://5d6c-uuid/',
      ),
    ).toBe(true);
  });

  it('trusts our content script in a web page tab, and in its about:blank frames', () => {
    expect(isTrustedSender(contentScriptSender, EXTENSION_ID, EXTENSION_BASE_URL)).toBe(true);
    expect(isTrustedSender({ id: EXTENSION_ID, url: 'about:blank', tab: { id: 3 }, frameId: 7 }, EXTENSION_ID, EXTENSION_BASE_URL)).toBe(true);
  });

  it.each([
    ['no id', { url: 'https://discord.com/', tab: {} }],
    ['another id', { id: 'x', url: `${EXTENSION_BASE_URL}options/options.html` }],
    ['our id on a web URL without a tab', { id: EXTENSION_ID, url: 'https://discord.com/' }],
    ['our id on a non-web URL in a tab', { id: EXTENSION_ID, url: 'data:text/html,hi', tab: {} }],
    ['another extension page with our id claimed', { id: EXTENSION_ID, url: 'chrome-extension://other/page.html' }],
  ])('refuses %s', (_label, sender) => {
    expect(isTrustedSender(sender, EXTENSION_ID, EXTENSION_BASE_URL)).toBe(false);
  });

  it('refuses everything when the extension id is empty', () => {
    expect(isTrustedSender({ id: '', url: EXTENSION_BASE_URL }, '', EXTENSION_BASE_URL)).toBe(false);
  });
});

describe("the on-device model's port", () => {
  function port(name: string, sender: object) {
    const state = { disconnected: false, listening: 0 };
    const event = () => ({ addListener: () => void (state.listening += 1) });
    const value = { name, sender, disconnect: () => void (state.disconnected = true), postMessage: () => undefined, onMessage: event(), onDisconnect: event() };
    fake.browser.runtime.onConnect.listeners.forEach((listener) => listener(value));
    return state;
  }

  it("is served for this extension's content script in a tab", () => {
    const served = port('attune/device-replies', contentScriptSender);
    expect(served).toEqual({ disconnected: false, listening: 2 });
  });

  it('is closed unheard for our own pages and for any other sender', () => {
    expect(port('attune/device-replies', { id: EXTENSION_ID, url: `${EXTENSION_BASE_URL}options/options.html` }).disconnected).toBe(true);
    expect(port('attune/device-replies', { ...contentScriptSender, id: 'another-extension' }).disconnected).toBe(true);
    expect(port('something-else', contentScriptSender)).toEqual({ disconnected: false, listening: 0 });
  });
});
