import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { vi } from 'vitest';
import { EXTENSION_BASE_URL, EXTENSION_ID, fake } from './fake-browser';
import { isWorkerMessage } from '../../src/messages';

vi.mock('webextension-polyfill', async () => ({ default: (await import('./fake-browser')).fakeBrowser }));

const contentScript = { id: EXTENSION_ID, url: 'https://discord.com/channels/1', tab: { id: 3 }, frameId: 5 };

beforeAll(async () => {
  await import('../../src/background/index');
});

beforeEach(() => {
  fake.reset({ keepListeners: true });
});

function askForPause(): Promise<unknown> {
  return fake.browser.runtime.sendMessage({ type: 'attune/load-pause' });
}

describe('loading the pause into a tab', () => {
  it('runs pause.js in exactly the frame whose content script asked, and answers true once it has run', async () => {
    fake.state.sender = contentScript;
    expect(await askForPause()).toBe(true);
    expect(fake.state.injected).toEqual([{ target: { tabId: 3, frameIds: [5] }, files: ['pause.js'] }]);
  });

  it('runs it in an about:blank frame the content script covers', async () => {
    fake.state.sender = { id: EXTENSION_ID, url: 'about:blank', tab: { id: 8 }, frameId: 12 };
    expect(await askForPause()).toBe(true);
    expect(fake.state.injected).toEqual([{ target: { tabId: 8, frameIds: [12] }, files: ['pause.js'] }]);
  });

  it('answers false when the browser refuses the frame, so the content script lets the send through', async () => {
    fake.state.sender = contentScript;
    fake.state.injectError = new Error('Cannot access contents of the page');
    expect(await askForPause()).toBe(false);
  });

  it.each([
    ['our options page, even in a tab', { id: EXTENSION_ID, url: `${EXTENSION_BASE_URL}options/options.html`, tab: { id: 2 }, frameId: 0 }],
    ['a content script sender without a frame', { id: EXTENSION_ID, url: 'https://discord.com/', tab: { id: 3 } }],
    ['a content script sender without a tab id', { id: EXTENSION_ID, url: 'https://discord.com/', tab: {}, frameId: 0 }],
    ['another extension', { id: 'someone-else', url: 'https://discord.com/', tab: { id: 3 }, frameId: 0 }],
  ])('injects nothing for %s', async (_label, sender) => {
    fake.state.sender = sender;
    expect(await askForPause()).not.toBe(true);
    expect(fake.state.injected).toEqual([]);
  });

  it('accepts the message only in its exact shape', () => {
    expect(isWorkerMessage({ type: 'attune/load-pause' })).toBe(true);
    expect(isWorkerMessage({ type: 'attune/load-paused' })).toBe(false);
  });
});
