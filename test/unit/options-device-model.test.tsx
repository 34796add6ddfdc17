// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fake } from './fake-browser';
import { OptionsPage } from '../../src/options/OptionsPage';
import { loadSettings, updateSettings } from '../../src/settings/store';
import { fakeLanguageModel, type FakeModel } from './fake-language-model';

vi.mock('webextension-polyfill', async () => ({ default: (await import('./fake-browser')).fakeBrowser }));

const SETTING = "Write replies with Chrome's on-device model";
let container: HTMLElement;

beforeEach(() => {
  fake.reset();
  container = document.createElement('div');
  document.body.append(container);
});

afterEach(() => {
  render(null, container);
  container.remove();
  delete (globalThis as { LanguageModel?: unknown }).LanguageModel;
});

async function mount(model: FakeModel | null): Promise<void> {
  if (model) (globalThis as { LanguageModel?: unknown }).LanguageModel = model;
  await act(() => {
    render(<OptionsPage locale="en" />, container);
  });
  await vi.waitFor(() => expect(container.querySelector('main[aria-busy]')).toBeNull());
  await act(async () => {
    await new Promise((resolve) => setTimeout(resolve, 0));
  });
}

const section = () => [...container.querySelectorAll('section')].find((element) => element.querySelector('h2')?.textContent === 'On-device model');
const settingSwitch = () => {
  const found = section()?.querySelector<HTMLElement>('[role="switch"]');
  if (!found) throw new Error('no on-device switch');
  return found;
};
const button = (name: string) => [...(section()?.querySelectorAll('button') ?? [])].find((element) => element.textContent === name);
const statusText = () => section()?.querySelector('[role="status"]')?.textContent ?? '';

describe('the on-device model in the options page', () => {
  it('is not there when the browser has no Prompt API (Firefox, older Chrome)', async () => {
    await mount(null);
    expect(section()).toBeUndefined();
    expect(container.textContent).not.toContain(SETTING);
  });

  it('is not there when the model cannot run on this device, unless the setting is on', async () => {
    await mount(fakeLanguageModel('unavailable'));
    expect(section()).toBeUndefined();
    render(null, container);
    await updateSettings((settings) => ({ ...settings, onDeviceReplies: true }));
    await mount(fakeLanguageModel('unavailable'));
    expect(statusText()).toBe('Not supported on this device.');
    expect(settingSwitch().getAttribute('aria-checked')).toBe('true');
  });

  it('is off by default, says the model is ready, and saves the setting', async () => {
    await mount(fakeLanguageModel('available'));
    const control = settingSwitch();
    expect(document.getElementById(control.getAttribute('aria-labelledby') ?? '')?.textContent).toBe(SETTING);
    expect(control.getAttribute('aria-checked')).toBe('false');
    expect(statusText()).toBe('Ready on this device.');
    await act(() => control.click());
    await vi.waitFor(async () => expect((await loadSettings()).onDeviceReplies).toBe(true));
    expect(button('Download the model')).toBeUndefined();
  });

  it('downloads the model only on an explicit click, and shows its progress', async () => {
    const model = fakeLanguageModel('downloadable');
    let progress: (loaded: number) => void = () => undefined;
    let finish: () => void = () => undefined;
    const create = model.create.bind(model);
    model.create = (options) => {
      const monitor = new EventTarget();
      options?.monitor?.(monitor);
      progress = (loaded) => monitor.dispatchEvent(Object.assign(new Event('downloadprogress'), { loaded }));
      return new Promise((resolve) => (finish = () => resolve(create({}))));
    };
    await mount(model);
    expect(statusText()).toContain('Needs a one-time download by Chrome, about 4 GB');
    expect(button('Download the model')).toBeUndefined();
    await act(() => settingSwitch().click());
    expect(model.createCalls).toHaveLength(0);
    await act(() => button('Download the model')!.click());
    await act(() => progress(0.42));
    expect(statusText()).toBe('Chrome is downloading the model: 42%');
    expect(section()?.querySelector('progress')?.getAttribute('value')).toBe('42');
    await act(async () => {
      finish();
      await new Promise((resolve) => setTimeout(resolve, 0));
    });
    await vi.waitFor(() => expect(statusText()).toBe('Ready on this device.'));
  });

  it('says so when the download fails, and offers it again', async () => {
    const model = fakeLanguageModel('downloadable');
    model.failCreate = true;
    await updateSettings((settings) => ({ ...settings, onDeviceReplies: true }));
    await mount(model);
    await act(() => button('Download the model')!.click());
    await vi.waitFor(() => expect(statusText()).toBe('Chrome could not download the model. Try again later.'));
    expect(button('Download the model')).toBeDefined();
  });

  it('follows a download Chrome already has under way, which starts nothing new', async () => {
    const model = fakeLanguageModel('downloading');
    model.downloadSteps = [0.5];
    await mount(model);
    await vi.waitFor(() => expect(statusText()).toBe('Ready on this device.'));
  });
});
