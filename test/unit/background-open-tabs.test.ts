import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fake } from './fake-browser';
import { scriptIdFor } from '../../src/background/reconcile';
import { loadSettings } from '../../src/settings/store';
import type { CustomSite } from '../../src/settings/types';

vi.mock('webextension-polyfill', async () => ({ default: (await import('./fake-browser')).fakeBrowser }));

beforeAll(async () => {
  await import('../../src/background/index');
});

beforeEach(() => {
  fake.reset({ keepListeners: true });
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('after an update', () => {
  it('puts the content script into every frame of tabs already open on catalogue hosts, the new ones included', async () => {
    fake.state.tabs = [
      { id: 1, url: 'https://teams.cloud.microsoft/v2/' },
      { id: 2, url: 'https://www.facebook.com/messages/t/42' },
      { id: 3, url: 'https://mail.google.com/chat/u/0/' },
      { id: 4, url: 'https://news.example.org/' },
    ];
    fake.browser.runtime.onInstalled.dispatch({ reason: 'update', previousVersion: '0.0.9' });
    await vi.waitFor(() => expect(fake.state.injected).toHaveLength(3));
    expect(fake.state.injected.map((injection) => injection.target.tabId).sort()).toEqual([1, 2, 3]);
    for (const injection of fake.state.injected) {
      expect(injection).toEqual({ target: { tabId: injection.target.tabId, allFrames: true }, files: ['content.js'] });
    }
  });

  it('drops a custom site the catalogue now covers, and its registered script', async () => {
    const teams: CustomSite = { host: 'teams.cloud.microsoft', pattern: 'https://teams.cloud.microsoft/*', enabled: true };
    fake.granted.add(teams.pattern);
    await fake.browser.scripting.registerContentScripts([{ id: scriptIdFor(teams), matches: [teams.pattern], js: ['content.js'] }]);
    fake.sync.data.set('settings', { version: 1, customSites: [teams] });
    fake.browser.runtime.onInstalled.dispatch({ reason: 'update', previousVersion: '0.0.9' });
    await vi.waitFor(() => expect([...fake.scripts.keys()]).toEqual([]));
    expect((await loadSettings()).customSites).toEqual([]);
  });

  it('leaves a tab the browser refuses to script as it is, and goes on with the others', async () => {
    fake.state.tabs = [
      { id: 1, url: 'https://discord.com/channels/1' },
      { id: 2, url: 'https://app.slack.com/client/T1' },
    ];
    fake.state.injectError = new Error('Cannot access contents of the page');
    fake.browser.runtime.onInstalled.dispatch({ reason: 'update', previousVersion: '0.0.9' });
    await vi.waitFor(() => expect(fake.state.injected.map((injection) => injection.target.tabId).sort()).toEqual([1, 2]));
  });
});
