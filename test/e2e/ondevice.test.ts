/**
 * Replies from Chrome's on-device model, end to end in Chromium, with the stand-in model of the test build
 * (dist/chrome-test): it follows the published LanguageModel interface and answers what each test scripts.
 * What is tested is Attune's side: when it asks, what it shows, what it leaves out. Not the quality of a real model.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page, Worker } from 'playwright-core';
import { beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { useBrowserSession } from './browser-session';
import { COMPOSER, FIXTURE_HOST_OF, ROOT, extensionId, isFixtureRequest, openFixture, sent, typeDraft } from './harness';
import { extensionWorker, openExtensionPage, seriousViolations } from './harness-extension';
import { button, dialog, freshPage, pauseWithEnter } from './harness-trust';
import { STAND_IN_LOG_KEY, STAND_IN_MARK, STAND_IN_SCRIPT_KEY, type StandInLog, type StandInReply, type StandInScript } from './stand-in/language-model';

const TEST_BUILD = path.join(ROOT, 'dist/chrome-test');
const DRAFT = "It's not my fault the deck was late, I sent it to you on Friday and you never even checked";
const GOOD: StandInReply[] = [
  { style: 'firm', text: "I sent the deck on Friday, so I don't think the delay was on my side. Can we look at what happened together?" },
  { style: 'curious', text: 'Could you tell me what you saw on your side after I sent the deck on Friday?' },
  { style: 'i-statement', text: 'I feel frustrated because I sent the deck on Friday. I need us to be clear on who did what.' },
];
const HEATED: StandInReply = { style: 'i-statement', text: 'You NEVER check anything I send on Friday!!' };
const INVENTING: StandInReply = { style: 'pause', text: 'I will send the deck again in 20 minutes, Friday is done.' };
const CONCEDING: StandInReply = { style: 'repair', text: "You're right, it was my fault about the deck on Friday." };
const SWEARING: StandInReply = { style: 'firm', text: 'This is such bullshit about the deck on Friday.' };
const LABEL = 'Written on this device';

beforeAll(() => {
  execFileSync(process.execPath, ['build.mjs', '--test-model'], { cwd: ROOT, stdio: 'pipe' });
});

const session = useBrowserSession({ extensionPath: TEST_BUILD });

let worker: Worker;
let page: Page;
const requests: { url: string; fromWorker: boolean }[] = [];

beforeAll(async () => {
  worker = await extensionWorker(session.context);
  session.context.on('request', (request) => requests.push({ url: request.url(), fromWorker: request.serviceWorker() !== null }));
  page = await openFixture(session.context, FIXTURE_HOST_OF.textarea);
});

async function script(model: Partial<StandInScript>, onDeviceReplies = true): Promise<void> {
  await worker.evaluate(
    async ({ key, logKey, value, on }) => {
      await chrome.storage.local.set({ [key]: { availability: 'available', answer: 'fail', delayMs: 0, ...value } });
      await chrome.storage.local.remove(logKey);
      const { settings } = await chrome.storage.sync.get('settings');
      await chrome.storage.sync.set({ settings: { ...(settings as object | undefined), version: 1, onDeviceReplies: on } });
    },
    { key: STAND_IN_SCRIPT_KEY, logKey: STAND_IN_LOG_KEY, value: model, on: onDeviceReplies },
  );
}

async function standInLog(): Promise<StandInLog> {
  const log = await worker.evaluate(async (key) => (await chrome.storage.local.get(key))[key], STAND_IN_LOG_KEY);
  return { creates: 0, destroys: 0, prompts: 0, constrained: 0, withRules: 0, aborted: 0, downloads: 0, ...(log as Partial<StandInLog> | undefined) };
}

/** Pauses the draft and skips the breathing; returns the pause. */
async function pauseAndSkip() {
  await freshPage(page);
  await typeDraft(page, DRAFT, 2);
  const pause = await pauseWithEnter(page);
  await button(pause, 'Skip breathing').click();
  await expect.poll(() => pause.locator('.attune-choose textarea').count(), { timeout: 3_000 }).toBeGreaterThanOrEqual(2);
  return pause;
}

const deviceSection = () => dialog(page).getByRole('region', { name: LABEL });
const deviceReplies = async () => Promise.all((await deviceSection().getByRole('textbox').all()).map((box) => box.inputValue()));

beforeEach(() => {
  requests.length = 0;
});

describe('replies from the on-device model', () => {
  test('the production build carries no stand-in model; the test build does', () => {
    const scripts = (dir: string): string[] =>
      readdirSync(path.join(ROOT, dir), { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.js')).map((file) => path.join(ROOT, dir, file));
    const production = [...scripts('dist/chrome'), ...scripts('dist/firefox')];
    expect(production.length).toBeGreaterThanOrEqual(10);
    for (const file of production) expect(readFileSync(file, 'utf8'), file).not.toContain(STAND_IN_MARK);
    expect(readFileSync(path.join(TEST_BUILD, 'background.js'), 'utf8')).toContain(STAND_IN_MARK);
  });

  test('good replies appear beside the template ones, labelled, from one session that ends with the pause', async () => {
    await script({ answer: GOOD });
    await pauseAndSkip();
    await expect.poll(deviceReplies, { timeout: 5_000 }).toEqual(GOOD.map((reply) => reply.text));
    const log = await standInLog();
    expect(log).toMatchObject({ creates: 1, withRules: 1, downloads: 0 });
    expect(log.constrained).toBe(log.prompts);
    expect(await seriousViolations(page, '[data-attune-host]')).toEqual([]);
    await button(dialog(page), 'Keep editing').click();
    await expect.poll(async () => (await standInLog()).destroys, { timeout: 3_000 }).toBe(1);
    expect(await sent(page)).toEqual([]);
  });

  test('"Use this reply" on a model reply puts it in the editor and sends nothing', async () => {
    await script({ answer: GOOD });
    await pauseAndSkip();
    await expect.poll(deviceReplies, { timeout: 5_000 }).toHaveLength(3);
    await deviceSection().getByRole('button', { name: 'Use this reply' }).first().click();
    await expect.poll(() => page.locator(COMPOSER).inputValue()).toBe(GOOD[0]!.text);
    expect(await sent(page)).toEqual([]);
  });

  test('replies that break a rule are not shown', async () => {
    await script({ answer: [GOOD[0]!, CONCEDING, GOOD[1]!] });
    await pauseAndSkip();
    await expect.poll(deviceReplies, { timeout: 5_000 }).toEqual([GOOD[0]!.text, GOOD[1]!.text]);
    expect(await dialog(page).textContent()).not.toContain(CONCEDING.text);
  });

  test('with fewer than two good replies (heated, inventing "20 minutes", swearing) the template replies stand alone', async () => {
    await script({ answer: [HEATED, INVENTING, SWEARING] });
    await pauseAndSkip();
    await expect.poll(async () => (await standInLog()).prompts, { timeout: 3_000 }).toBe(1);
    await page.waitForTimeout(500);
    expect(await deviceSection().count()).toBe(0);
    const text = (await dialog(page).textContent()) ?? '';
    for (const bad of [HEATED, INVENTING, SWEARING]) expect(text).not.toContain(bad.text);
  });

  test('a slow model leaves the template replies, and its question is aborted', async () => {
    await script({ answer: GOOD, delayMs: 30_000 });
    await pauseAndSkip();
    await expect.poll(async () => (await standInLog()).aborted, { timeout: 10_000 }).toBe(1);
    expect(await deviceSection().count()).toBe(0);
    expect(await dialog(page).locator('.attune-choose textarea').count()).toBeGreaterThanOrEqual(2);
  });

  test('a failing model leaves the template replies', async () => {
    await script({ answer: 'fail' });
    await pauseAndSkip();
    await expect.poll(async () => (await standInLog()).prompts, { timeout: 3_000 }).toBe(1);
    await page.waitForTimeout(300);
    expect(await deviceSection().count()).toBe(0);
  });

  test('a pause never starts a download, and with the setting off it never asks', async () => {
    await script({ availability: 'downloadable', answer: GOOD });
    await pauseAndSkip();
    await page.waitForTimeout(500);
    expect(await deviceSection().count()).toBe(0);
    expect(await standInLog()).toMatchObject({ creates: 0, downloads: 0, prompts: 0 });

    await script({ answer: GOOD }, false);
    await pauseAndSkip();
    await page.waitForTimeout(500);
    expect(await deviceSection().count()).toBe(0);
    expect(await standInLog()).toMatchObject({ creates: 0, prompts: 0 });
  });

  test('the options page downloads the model only on a click, and shows its progress', async () => {
    await script({ availability: 'downloadable' }, false);
    const options = await openExtensionPage(session.context, 'options/options.html');
    const section = options.getByRole('region', { name: 'On-device model' });
    await expect.poll(() => section.getByText('Needs a one-time download by Chrome').count(), { timeout: 5_000 }).toBe(1);
    const setting = section.getByRole('switch', { name: "Write replies with Chrome's on-device model" });
    expect(await setting.getAttribute('aria-checked')).toBe('false');
    await setting.click();
    expect((await standInLog()).downloads).toBe(0);
    await section.getByRole('button', { name: 'Download the model' }).click();
    await expect.poll(() => section.getByText(/Chrome is downloading the model: \d+%/).count(), { timeout: 3_000 }).toBe(1);
    expect(await seriousViolations(options)).toEqual([]);
    await expect.poll(() => section.getByText('Ready on this device.').count(), { timeout: 10_000 }).toBe(1);
    expect((await standInLog()).downloads).toBe(1);
    await options.close();
  });

  test('nothing in the model flow makes a network request', async () => {
    await script({ answer: GOOD });
    await pauseAndSkip();
    await expect.poll(deviceReplies, { timeout: 5_000 }).toHaveLength(3);
    const id = await extensionId(session.context);
    const strays = requests.filter(({ url, fromWorker }) => {
      if (url.startsWith(`chrome-extension://${id}/`) || url.startsWith('data:')) return false;
      if (fromWorker) return true;
      return !isFixtureRequest(url);
    });
    expect(strays).toEqual([]);
  });
});
