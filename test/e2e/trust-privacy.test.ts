/**
 * Trust (issue 8): nothing leaves the device, nothing typed is kept, and damaged settings leave Attune working.
 * One browser runs the whole scenario (every pause decision, the popup, the options page, the service worker)
 * while every request, every console message and every storage write is recorded; the tests then read the record.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page, Worker } from 'playwright-core';
import { COMPOSER, extensionId, FIXTURE_HOST_OF, isFixtureRequest, openFixture, sent, typeDraft } from './harness';
import {
  button,
  dialog,
  dumpStorage,
  extensionWorker,
  freshPage,
  HEATED,
  pauseWithEnter,
  skipToSuggestions,
  waitForNudge,
  wordsOf,
} from './harness-trust';
import { useBrowserSession } from './browser-session';

/** Three more drafts, one per decision; each carries a name no setting or catalogue string contains. */
const SENT_ANYWAY = 'Whatever Marguerite, you always ruin everything and you are pathetic';
const FROM_NUDGE = 'Shut up Ptolemy, you are such an idiot and I am done talking';
const DRAFTS = [HEATED, SENT_ANYWAY, FROM_NUDGE];
/** The other person's last message in the fixture chat (test/fixtures/sites/shared/chat.ts), which the pause quotes. */
const THEIRS = "I'm sorry I keep changing it. This week has been a lot and I'm exhausted.";
/**
 * Everything typed in the page or read from it: none of it may be kept or logged. Of their message, the whole and its
 * longer words: short common ones ("been") also fill the browser's own reports ("The action has been blocked").
 */
const WORDS = [...DRAFTS.flatMap(wordsOf), THEIRS.toLowerCase(), ...wordsOf(THEIRS).filter((word) => word.length >= 5)];

let id: string;
let worker: Worker;
const requests: { url: string; fromWorker: boolean }[] = [];
const consoleLines: string[] = [];
let suggestions: string[] = [];
/** The fixture page's own localStorage and sessionStorage after the run. */
let pageStorage = '';

const TEXTAREA_HOST = FIXTURE_HOST_OF.textarea;

const session = useBrowserSession();

beforeAll(async () => {
  id = await extensionId(session.context);
  worker = await extensionWorker(session.context);
  session.context.on('request', (request) => requests.push({ url: request.url(), fromWorker: request.serviceWorker() !== null }));
  // In this Playwright the context's console event also carries the service worker's messages.
  session.context.on('console', (message) => consoleLines.push(message.text()));
});

/** The fixture page asks for its own HTML and script; everything else must be the extension's own files. */
function isAllowedRequest(url: string, fromWorker: boolean): boolean {
  if (url.startsWith(`chrome-extension://${id}/`) || url.startsWith('data:')) return true;
  if (fromWorker) return false;
  return isFixtureRequest(url);
}

describe('the full scenario run', () => {
  let page: Page;

  // Runs first: the tests after it read what this run left behind.
  test('the scenario run: nudge, pause, every decision, the popup and the options page', async () => {
    page = await openFixture(session.context, TEXTAREA_HOST);

    // Heated draft -> nudge -> pause -> "Keep editing", then "Use this reply" and send the reply.
    await typeDraft(page, HEATED);
    await waitForNudge(page);
    await pauseWithEnter(page);
    await button(dialog(page), 'Keep editing').click();
    await pauseWithEnter(page);
    suggestions = await skipToSuggestions(page);
    // The pause read the other person's message from the page: it is in memory now, for this pause only.
    expect(await dialog(page).locator('blockquote[aria-label="Their message"]').innerText()).toBe(THEIRS);
    await button(dialog(page), 'Use this reply').first().click();
    const reply = (suggestions[0] ?? '').trim();
    await expect.poll(() => page.locator(COMPOSER).inputValue()).toBe(reply);
    await page.keyboard.press('Enter');
    await expect.poll(() => sent(page)).toEqual([reply]);

    // "Send anyway".
    await typeDraft(page, SENT_ANYWAY);
    await pauseWithEnter(page);
    await button(dialog(page), 'Send anyway').click();
    await expect.poll(() => sent(page)).toEqual([reply, SENT_ANYWAY]);

    // The nudge's own way into the pause, closed with Escape.
    await typeDraft(page, FROM_NUDGE);
    await button(await waitForNudge(page), 'Take a pause').click();
    await expect.poll(() => dialog(page).count()).toBe(1);
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog(page).count()).toBe(0);

    // The extension's own pages, as a person would open them.
    for (const path of ['popup/popup.html', 'options/options.html']) {
      const extensionPage = await session.context.newPage();
      await extensionPage.goto(`chrome-extension://${id}/${path}`);
      await expect.poll(() => extensionPage.locator('body').innerText(), { timeout: 3_000 }).not.toBe('');
      await extensionPage.close();
    }
    expect(await sent(page)).toEqual([reply, SENT_ANYWAY]);
    pageStorage = await page.evaluate(() => JSON.stringify([{ ...localStorage }, { ...sessionStorage }]).toLowerCase());
  });

  afterAll(async () => {
    await page?.close();
  });

  test('no request left the extension: only the fixture pages\' own files and the extension\'s own files were fetched', () => {
    expect(requests.length).toBeGreaterThan(0);
    expect(requests.filter((request) => !isAllowedRequest(request.url, request.fromWorker))).toEqual([]);
    expect(session.server.requests.filter((entry) => !isFixtureRequest(`https://${entry}`))).toEqual([]);
  });

  test('the service worker cannot reach the network: its CSP (connect-src \'none\') refuses a fetch before it leaves', async () => {
    const probe = session.server.url(TEXTAREA_HOST, '/attune-worker-probe');
    const result = await worker.evaluate(async (url) => {
      const violations: string[] = [];
      self.addEventListener('securitypolicyviolation', (event) => violations.push(event.effectiveDirective));
      const outcome = await fetch(url).then(
        () => 'fetched',
        () => 'refused',
      );
      await new Promise((resolve) => setTimeout(resolve, 50));
      return { outcome, violations };
    }, probe);
    expect(result).toEqual({ outcome: 'refused', violations: ['connect-src'] });

    // The same fetch from the fixture page reaches the server, so the server's log would have shown a leak.
    const control = session.server.url(TEXTAREA_HOST, '/attune-page-control');
    const page = await openFixture(session.context, TEXTAREA_HOST);
    await page.evaluate((url) => fetch(url).then(() => undefined), control);
    await page.close();
    expect(session.server.requests).toContain(`${TEXTAREA_HOST}/attune-page-control`);
    expect(session.server.requests).not.toContain(`${TEXTAREA_HOST}/attune-worker-probe`);
  });

  test('the popup can neither fetch from the network nor run inline or string code', async () => {
    const popup = await session.context.newPage();
    await popup.goto(`chrome-extension://${id}/popup/popup.html`);
    // Code injected through the DOM is checked against the page's CSP (code run by CDP itself is not).
    const result = await popup.evaluate(async (url) => {
      const violations: string[] = [];
      document.addEventListener('securitypolicyviolation', (event) => violations.push(event.effectiveDirective));
      const scope = window as unknown as Record<string, unknown>;
      const fetched = await fetch(url).then(
        () => 'fetched',
        () => 'refused',
      );
      const inline = document.createElement('script');
      inline.textContent = 'window.__attuneInline = true';
      document.head.append(inline);
      const handler = document.createElement('img');
      handler.setAttribute('onerror', 'window.__attuneHandler = true');
      handler.src = 'data:,';
      document.body.append(handler);
      await new Promise((resolve) => setTimeout(resolve, 200));
      return { fetched, inline: scope.__attuneInline ?? false, handler: scope.__attuneHandler ?? false, violations: [...new Set(violations)].sort() };
    }, session.server.url(TEXTAREA_HOST, '/attune-popup-probe'));
    await popup.close();
    expect(result).toEqual({ fetched: 'refused', inline: false, handler: false, violations: ['connect-src', 'script-src-attr', 'script-src-elem'] });
    expect(session.server.requests).not.toContain(`${TEXTAREA_HOST}/attune-popup-probe`);
  });

  test("storage holds only settings and counts: no word of any draft, of the other person's message, or of a suggestion", async () => {
    // The counts arrive fire-and-forget; wait for all four outcomes so the dump is taken after every write.
    await expect
      .poll(async () => {
        const counts = Object.values((await dumpStorage(worker)).local.counts ?? {}) as Record<string, number>[];
        return ['paused', 'keptEditing', 'reframed', 'sentAnyway'].every((outcome) => counts.some((day) => (day[outcome] ?? 0) > 0));
      }, { timeout: 3_000 })
      .toBe(true);
    const storage = await dumpStorage(worker);
    expect(Object.keys(storage.local).filter((key) => key !== 'sendKeys')).toEqual(['counts']);
    expect(Object.keys(storage.sync)).toEqual(['settings']);
    for (const day of Object.values(storage.local.counts as Record<string, Record<string, unknown>>)) {
      for (const value of Object.values(day)) expect(typeof value).toBe('number');
    }
    // What was learned about send keys: a host and a composer kind, and which key sent or made a new line.
    for (const [composer, facts] of Object.entries((storage.local.sendKeys ?? {}) as Record<string, Record<string, unknown>>)) {
      expect(composer).toMatch(/^[a-z0-9.-]+\|[a-z-]+$/);
      for (const [key, effect] of Object.entries(facts)) {
        expect(['enter', 'mod-enter']).toContain(key);
        expect(['sends', 'newline']).toContain(effect);
      }
    }

    const stored = JSON.stringify(storage).toLowerCase();
    expect(Object.keys(storage.session)).toEqual([]);
    expect(WORDS.filter((word) => stored.includes(word))).toEqual([]);
    // Nor in the page's own storage, where a content script could also write.
    expect(pageStorage).not.toBe('');
    expect(WORDS.filter((word) => pageStorage.includes(word))).toEqual([]);
    expect(suggestions.length).toBeGreaterThanOrEqual(2);
    for (const suggestion of suggestions) expect(stored).not.toContain(suggestion.toLowerCase());
  });

  test("nothing typed and nothing of the other person's message reaches the console of the pages or the service worker", async () => {
    // Both channels are live: a line logged in the page and one in the worker are in the record.
    const page = await openFixture(session.context, TEXTAREA_HOST);
    await page.evaluate(() => console.log('attune-console-control-page'));
    await page.close();
    await worker.evaluate(() => console.log('attune-console-control-worker'));
    await expect.poll(() => consoleLines.filter((line) => line.startsWith('attune-console-control')).length).toBe(2);

    const logged = consoleLines.join('\n').toLowerCase();
    expect(WORDS.filter((word) => logged.includes(word))).toEqual([]);
    for (const suggestion of suggestions) expect(logged).not.toContain(suggestion.toLowerCase());
  });
});

describe('damaged settings', () => {
  const GARBAGE: ReadonlyArray<{ name: string; value: unknown }> = [
    { name: 'a number', value: 42 },
    { name: 'a huge string', value: 'x'.repeat(8_000) },
    { name: 'an array', value: [1, 'two', { mode: 'nudge' }] },
    {
      name: 'wrong types and unknown keys',
      // Trusted as they are, `mode` would stop every pause and `snoozeUntil` (compared as a string) would snooze Attune.
      value: {
        version: 'nine',
        sites: 'all',
        customSites: [{ host: 7, pattern: null, enabled: 'yes' }, 'chat.evil.example'],
        sensitivity: 12,
        mode: 5,
        breathing: { pattern: 'hyperventilate', breaths: -1e308 },
        snoozeUntil: '99999999999999',
        unknown: { deep: ['x'.repeat(500)] },
      },
    },
  ];

  test.each(GARBAGE)('settings stored as $name: the extension still pauses a heated draft, on defaults', async ({ value }) => {
    await worker.evaluate((settings) => chrome.storage.sync.set({ settings }), value);
    await worker.evaluate(() => chrome.storage.local.set({ counts: { today: 'lots', '2024-01-01': [1, 2] } }));
    const page = await openFixture(session.context, TEXTAREA_HOST);
    try {
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      await freshPage(page);
      await typeDraft(page, HEATED);
      await waitForNudge(page);
      await pauseWithEnter(page);
      await button(dialog(page), 'Send anyway').click();
      await expect.poll(() => sent(page)).toEqual([HEATED]);
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
    // The worker counted the pause over the damaged counts, writing valid ones.
    await expect
      .poll(async () => {
        const counts = (await dumpStorage(worker)).local.counts as Record<string, Record<string, unknown>>;
        return Object.values(counts).every((day) => typeof day === 'object' && day !== null && Object.values(day).every((n) => typeof n === 'number'));
      })
      .toBe(true);
  });
});
