// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fake } from './fake-browser';
import { OptionsPage } from '../../src/options/OptionsPage';
import { SITES, catalogueMatchPatterns } from '../../src/sites';
import { loadSettings, updateSettings } from '../../src/settings/store';
import type { Settings } from '../../src/settings/types';

vi.mock('webextension-polyfill', async () => ({ default: (await import('./fake-browser')).fakeBrowser }));

let container: HTMLElement;

beforeEach(() => {
  fake.reset();
  for (const pattern of catalogueMatchPatterns()) fake.granted.add(pattern);
  container = document.createElement('div');
  document.body.append(container);
});

afterEach(() => {
  render(null, container);
  container.remove();
});

async function mount(): Promise<void> {
  await act(() => {
    render(<OptionsPage locale="en" />, container);
  });
  await vi.waitFor(() => expect(container.querySelector('main[aria-busy]')).toBeNull());
}

/** The accessible name of an element labelled with aria-labelledby or aria-label. */
function accessibleName(element: Element): string {
  const labelledBy = element.getAttribute('aria-labelledby');
  if (labelledBy) return labelledBy.split(' ').map((id) => document.getElementById(id)?.textContent ?? '').join(' ');
  return element.getAttribute('aria-label') ?? element.textContent ?? '';
}

function switches(): HTMLElement[] {
  return [...container.querySelectorAll<HTMLElement>('[role="switch"]')];
}

function switchNamed(name: string): HTMLElement {
  const found = switches().find((element) => accessibleName(element) === name);
  if (!found) throw new Error(`no switch named ${name}`);
  return found;
}

function buttonNamed(name: string): HTMLButtonElement {
  const found = [...container.querySelectorAll('button')].find((button) => accessibleName(button).trim() === name);
  if (!found) throw new Error(`no button named ${name}`);
  return found;
}

function inputLabelled(text: string): HTMLInputElement {
  const label = [...container.querySelectorAll('label')].find((element) => element.textContent?.includes(text));
  const input = label && document.getElementById(label.htmlFor);
  if (!(input instanceof HTMLInputElement)) throw new Error(`no input labelled ${text}`);
  return input;
}

async function click(element: HTMLElement): Promise<void> {
  await act(() => element.click());
}

async function addSite(text: string): Promise<void> {
  const input = inputLabelled('Add a site');
  await act(() => {
    input.value = text;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
  await click(buttonNamed('Add'));
}

function alertText(): string {
  return [...container.querySelectorAll('[role="alert"]')].map((element) => element.textContent).join('');
}

describe('options page: sites', () => {
  it('shows a switch for every catalogue site, named after it and on by default', async () => {
    await mount();
    for (const site of SITES) expect(switchNamed(site.name).getAttribute('aria-checked')).toBe('true');
  });

  it('turns a site off in storage when its switch is clicked, and says it saved', async () => {
    await mount();
    await click(switchNamed('Discord'));
    await vi.waitFor(async () => expect((await loadSettings()).sites.discord).toBe(false));
    expect(switchNamed('Discord').getAttribute('aria-checked')).toBe('false');
    await vi.waitFor(() => expect(container.querySelector('[role="status"]')?.textContent).toBe('Saved'));
  });

  it('follows changes made elsewhere (the popup, another window)', async () => {
    await mount();
    await act(async () => {
      await updateSettings((settings: Settings) => ({ ...settings, sites: { ...settings.sites, slack: false } }));
      await fake.settle();
    });
    expect(switchNamed('Slack').getAttribute('aria-checked')).toBe('false');
  });

  it('offers to ask for access when the browser has not granted the catalogue sites (Firefox)', async () => {
    fake.granted.clear();
    await mount();
    await vi.waitFor(() => buttonNamed('Allow access'));
    await click(buttonNamed('Allow access'));
    expect(fake.calls.filter((call) => call === 'permissions.request')).toHaveLength(1);
    await vi.waitFor(() => expect(() => buttonNamed('Allow access')).toThrow());
  });
});

describe('options page: custom sites', () => {
  it('adds a typed site: asks for its permission from the click, lists it switched on, says to reload', async () => {
    await mount();
    fake.calls.length = 0;
    await addSite('https://chat.example.org/team');
    expect(fake.calls[0]).toBe('permissions.request');
    await vi.waitFor(() => expect(switchNamed('chat.example.org').getAttribute('aria-checked')).toBe('true'));
    expect(container.textContent).toContain('Added chat.example.org. Reload any open tab of it to start.');
    expect(inputLabelled('Add a site').value).toBe('');
    expect((await loadSettings()).customSites).toEqual([
      { host: 'chat.example.org', pattern: 'https://chat.example.org/*', enabled: true },
    ]);
  });

  it('explains a bad address in an alert and saves nothing', async () => {
    await mount();
    await addSite('chrome://settings');
    await vi.waitFor(() => expect(alertText()).toBe("That's one of the browser's own pages. Attune can't run there."));
    await addSite('discord.com');
    await vi.waitFor(() => expect(alertText()).toBe('Discord is already covered: switch it on under Sites.'));
    expect(fake.calls).not.toContain('permissions.request');
    expect((await loadSettings()).customSites).toEqual([]);
  });

  it('says so when the browser refuses the permission', async () => {
    fake.state.permissionAnswer = false;
    await mount();
    await addSite('chat.example.org');
    await vi.waitFor(() => expect(alertText()).toContain("didn't allow access"));
    expect(container.textContent).toContain('No other sites yet.');
  });

  it('shows a site whose permission was taken back as off, and removes a site with its permission', async () => {
    await mount();
    await addSite('chat.example.org');
    await vi.waitFor(() => switchNamed('chat.example.org'));
    await act(async () => {
      await fake.browser.permissions.remove({ origins: ['https://chat.example.org/*'] });
      await fake.settle();
    });
    await vi.waitFor(() => expect(switchNamed('chat.example.org').getAttribute('aria-checked')).toBe('false'));
    expect(container.textContent).toContain('No access: switch it on to allow it again.');

    await click(buttonNamed('Remove chat.example.org'));
    await vi.waitFor(() => expect(container.textContent).toContain('No other sites yet.'));
    expect((await loadSettings()).customSites).toEqual([]);
  });
});

describe('options page: behaviour settings', () => {
  it('saves sensitivity, mode, breathing pattern and breaths', async () => {
    await mount();
    const radio = (value: string) => container.querySelector<HTMLInputElement>(`input[type="radio"][value="${value}"]`)!;
    expect(radio('balanced').checked).toBe(true);
    expect(radio('pause').checked).toBe(true);
    await click(radio('strict'));
    await click(radio('nudge'));
    const select = container.querySelector('select')!;
    await act(() => {
      select.value = 'box';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    const breaths = inputLabelled('Breaths');
    await act(() => {
      breaths.value = '7';
      breaths.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await vi.waitFor(async () =>
      expect(await loadSettings()).toMatchObject({ sensitivity: 'strict', mode: 'nudge', breathing: { pattern: 'box', breaths: 7 } }),
    );
  });

  it('describes each sensitivity in one sentence tied to its radio', async () => {
    await mount();
    for (const value of ['gentle', 'balanced', 'strict']) {
      const radio = container.querySelector(`input[value="${value}"]`)!;
      const help = document.getElementById(radio.getAttribute('aria-describedby')!);
      expect(help?.textContent?.length).toBeGreaterThan(20);
    }
  });

  it('snoozes for an hour, shows it, and resumes', async () => {
    await mount();
    await click(buttonNamed('For 1 hour'));
    await vi.waitFor(() => expect(container.textContent).not.toContain('Attune is on.'));
    expect(container.textContent).toMatch(/Quiet until \w{3} \d/);
    expect((await loadSettings()).snoozeUntil).toBeGreaterThan(Date.now());
    await click(buttonNamed('Resume now'));
    await vi.waitFor(() => expect(container.textContent).toContain('Attune is on.'));
    expect((await loadSettings()).snoozeUntil).toBe(0);
  });

  it('resets the weekly counts', async () => {
    fake.local.data.set('counts', { '2025-06-15': { paused: 3, reframed: 1, sentAnyway: 0, keptEditing: 0 } });
    await mount();
    await click(buttonNamed('Reset counts'));
    await vi.waitFor(() => expect(fake.local.data.has('counts')).toBe(false));
    await vi.waitFor(() => expect(container.querySelector('[role="status"]')?.textContent).toBe('Counts reset.'));
  });
});

describe('options page: backup', () => {
  async function importFile(text: string): Promise<void> {
    const input = container.querySelector<HTMLInputElement>('input[type="file"]')!;
    const file = new File([text], 'attune-settings.json', { type: 'application/json' });
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    await act(() => {
      input.dispatchEvent(new Event('change', { bubbles: true }));
    });
  }

  it('refuses a file that is not an Attune settings file, changing nothing', async () => {
    await mount();
    await importFile('{"theme":"dark"}');
    await vi.waitFor(() => expect(alertText()).toBe("That file isn't an Attune settings file. Nothing was changed."));
    expect(fake.sync.data.has('settings')).toBe(false);
  });

  it('imports a valid file, validated, and shows the result', async () => {
    await mount();
    await importFile(JSON.stringify({ version: 1, sensitivity: 'gentle', sites: { discord: false }, breathing: { breaths: 40 } }));
    await vi.waitFor(() => expect(switchNamed('Discord').getAttribute('aria-checked')).toBe('false'));
    expect(await loadSettings()).toMatchObject({ sensitivity: 'gentle', breathing: { breaths: 10 } });
  });

  it('exports the current settings as a downloaded JSON file', async () => {
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      blobs.push(blob as Blob);
      return 'blob:attune-test';
    });
    const downloads: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      downloads.push(this.download);
    });
    await updateSettings((settings: Settings) => ({ ...settings, mode: 'nudge' }));
    await mount();
    await click(buttonNamed('Export settings'));
    expect(downloads).toEqual(['attune-settings.json']);
    expect(JSON.parse(await blobs[0]!.text())).toEqual(await loadSettings());
    vi.restoreAllMocks();
  });
});
