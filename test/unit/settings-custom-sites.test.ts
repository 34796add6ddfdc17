import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fake } from './fake-browser';
import { addCustomSite, removeCustomSite, setCustomSiteEnabled } from '../../src/settings/custom-sites';
import { loadSettings, updateSettings } from '../../src/settings/store';

vi.mock('webextension-polyfill', async () => ({ default: (await import('./fake-browser')).fakeBrowser }));

beforeEach(() => fake.reset());

describe('addCustomSite', () => {
  it('asks for the permission synchronously, before anything is awaited, so the click still counts', () => {
    void addCustomSite('chat.example.org', []);
    expect(fake.calls[0]).toBe('permissions.request');
  });

  it('asks for exactly the pattern it saves, and saves the site switched on', async () => {
    const result = await addCustomSite('https://Chat.Example.org/room/1', []);
    const site = { host: 'chat.example.org', pattern: 'https://chat.example.org/*', enabled: true };
    expect(result).toEqual({ ok: true, site });
    expect(fake.granted.has('https://chat.example.org/*')).toBe(true);
    expect((await loadSettings()).customSites).toEqual([site]);
  });

  it('saves nothing and says so when the permission is refused', async () => {
    fake.state.permissionAnswer = false;
    expect(await addCustomSite('chat.example.org', [])).toEqual({ ok: false, error: 'optionsSiteErrorPermissionRefused' });
    expect((await loadSettings()).customSites).toEqual([]);
  });

  it('returns the parse error without any prompt for bad input', async () => {
    expect(await addCustomSite('chrome://settings', [])).toEqual({ ok: false, error: 'optionsSiteErrorBrowserPage' });
    expect(fake.calls).not.toContain('permissions.request');
  });

  it('does not save the same site twice when two adds race (another window, or the worker adopting it)', async () => {
    const [first, second] = await Promise.all([addCustomSite('chat.example.org'), addCustomSite('chat.example.org')]);
    expect(first.ok && second.ok).toBe(true);
    expect((await loadSettings()).customSites).toHaveLength(1);
  });

  it('reports a failed save instead of throwing', async () => {
    fake.sync.failWrites = new Error('QUOTA_BYTES quota exceeded');
    expect(await addCustomSite('chat.example.org', [])).toEqual({ ok: false, error: 'optionsSiteErrorSaveFailed' });
  });
});

describe('switching and removing custom sites', () => {
  beforeEach(async () => {
    await addCustomSite('chat.example.org', []);
    fake.calls.length = 0;
  });

  it('switches a site off without a prompt and keeps its permission for later', async () => {
    const site = (await loadSettings()).customSites[0]!;
    const result = await setCustomSiteEnabled(site, false);
    expect(result).toEqual({ ok: true, site: { ...site, enabled: false } });
    expect(fake.calls).not.toContain('permissions.request');
    expect(fake.granted.has(site.pattern)).toBe(true);
  });

  it('asks again, first thing, when switching a site back on, and stays off if refused', async () => {
    const site = (await loadSettings()).customSites[0]!;
    await setCustomSiteEnabled(site, false);
    fake.calls.length = 0;
    fake.state.permissionAnswer = false;
    const pending = setCustomSiteEnabled(site, true);
    expect(fake.calls[0]).toBe('permissions.request');
    expect(await pending).toEqual({ ok: false, error: 'optionsSiteErrorPermissionRefused' });
    expect((await loadSettings()).customSites[0]?.enabled).toBe(false);
  });

  it('removes the site from the settings and gives the permission back', async () => {
    await updateSettings((settings) => settings);
    await removeCustomSite('chat.example.org');
    expect((await loadSettings()).customSites).toEqual([]);
    expect(fake.granted.size).toBe(0);
    expect(fake.calls).toContain('permissions.remove');
  });
});
