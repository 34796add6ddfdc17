/**
 * Trust (issue 8): a hostile draft is only ever text, the page's CSS cannot hide or restyle Attune, and the
 * page's scripts cannot make Attune send. Real Chromium, production build, the textarea fixture (the page has no CSP,
 * so markup that got parsed would run and be seen).
 */
import { beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { draftModel, extensionId, FIXTURE_HOST_OF, openFixture, sent, typeDraft } from './harness';
import {
  button,
  dialog,
  dumpStorage,
  extensionWorker,
  freshPage,
  HEATED,
  hitsOurUi,
  ourHosts,
  pasteDraft,
  pauseWithEnter,
  skipToSuggestions,
  waitForNudge,
} from './harness-trust';
import { useBrowserSession } from './browser-session';

const IMG = '<img src=x onerror="window.__pwned=1">';
const SCRIPT = '<script>window.__pwned=1</script>';
const JS_URL = 'javascript:alert(1)';
const ZERO_WIDTH = 'zero\u200Bwidth\u200Cjoin\u200Dword\uFEFFend';
const BIDI = '\u202Eevil.exe\u202C \u2066isolated\u2069 \u200Fmark';
const LONG_WORD = 'w'.repeat(5_000);
/** Heated words first, so the pause quotes the markup that follows them. */
const HOSTILE = `You never listen, this is stupid and I hate it ${IMG} ${SCRIPT} ${JS_URL} ${ZERO_WIDTH} ${BIDI} ${LONG_WORD}`;

let page: Page;
const pageErrors: string[] = [];

const session = useBrowserSession();

beforeAll(async () => {
  page = await openFixture(session.context, FIXTURE_HOST_OF.textarea);
  page.on('pageerror', (error) => pageErrors.push(error.message));
});

/** Elements that would mean the draft was parsed as markup inside our shadow roots. */
function parsedMarkupInOurUi(target: Page): Promise<string[]> {
  return target.evaluate(() =>
    [...document.querySelectorAll('html > [data-attune-host]')].flatMap((host) =>
      [...(host.shadowRoot?.querySelectorAll('*') ?? [])]
        .filter((element) => ['img', 'script', 'iframe', 'object', 'embed'].includes(element.localName) || element.getAttributeNames().some((name) => name.startsWith('on')) || (element.getAttribute('href') ?? '').startsWith('javascript:'))
        .map((element) => element.outerHTML.slice(0, 80)),
    ),
  );
}

function pwned(target: Page): Promise<unknown> {
  return target.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned);
}

describe('a hostile draft', () => {
  test('the nudge and the pause show markup, javascript: URLs, a 5,000-letter word and control characters as plain text', async () => {
    await freshPage(page);
    await pasteDraft(page, HOSTILE, ' ok');
    const nudge = await waitForNudge(page);
    expect(await nudge.textContent()).toMatch(/never|stupid|hate/i);
    expect(await parsedMarkupInOurUi(page)).toEqual([]);

    const pause = await pauseWithEnter(page);
    const quoted = (await pause.textContent()) ?? '';
    for (const markup of [IMG, SCRIPT, JS_URL]) expect(quoted).toContain(markup);
    // Zero-width and direction controls may be kept or dropped, but the words around them are shown as typed.
    const visible = quoted.replace(/[\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/g, '');
    expect(visible).toContain('zerowidthjoinwordend');
    expect(visible).toContain('evil.exe isolated mark');

    // The long word neither widens the dialog past the viewport nor pushes its decisions out of reach.
    const viewport = page.viewportSize() ?? { width: 0, height: 0 };
    const box = await pause.boundingBox();
    expect(box).not.toBeNull();
    expect((box?.x ?? -1) >= 0 && (box?.x ?? 0) + (box?.width ?? Infinity) <= viewport.width).toBe(true);
    const replies = await skipToSuggestions(page);
    for (const name of ['Send anyway', 'Keep editing']) expect(await hitsOurUi(page, button(pause, name))).toBe(true);
    expect(replies.every((reply) => !reply.includes('<img') && !reply.includes('<script'))).toBe(true);

    expect(await parsedMarkupInOurUi(page)).toEqual([]);
    expect(await pwned(page)).toBeUndefined();

    // "Send anyway" hands the site exactly what was typed, markup and controls included.
    await button(pause, 'Send anyway').click();
    await expect.poll(() => sent(page)).toEqual([`${HOSTILE} ok`]);
    expect(await pwned(page)).toBeUndefined();
    expect(pageErrors).toEqual([]);
  });
});

interface CssAttack {
  name: string;
  css: string;
}

/**
 * `html { display: none }` (or `* { display: none }`, which matches <html>) is out of scope: with no box for the
 * root element nothing in the document renders, the top layer included, so the page has hidden itself and its
 * composer along with us; no element of the page could be visible.
 */
const CSS_ATTACKS: readonly CssAttack[] = [
  { name: 'body * { display: none }', css: 'body * { display: none !important; }' },
  { name: 'html > body { display: none }', css: 'html > body { display: none !important; }' },
  { name: 'html > * { display: none } (aimed at our host)', css: 'html > *:not(body) { display: none !important; }' },
  { name: '* { all: unset; z-index: max }', css: '* { all: unset !important; z-index: 2147483647 !important; }' },
  {
    name: 'our host made invisible, shrunk and clipped',
    css: '[data-attune-host], html > div { visibility: hidden !important; opacity: 0 !important; transform: scale(0) !important; clip-path: inset(50%) !important; width: 0 !important; height: 0 !important; }',
  },
];

describe('page CSS', () => {
  test.each(CSS_ATTACKS)('with "$name" the nudge and the pause stay visible and "Send anyway" still sends', async ({ css }) => {
    await freshPage(page);
    await typeDraft(page, HEATED);
    const nudge = await waitForNudge(page);
    await page.addStyleTag({ content: css });
    await expectUsable(page, css, nudge);
  });

  // In <body> it stacks below our host on <html>; on <html> itself, added after the nudge, only the top layer keeps us above it.
  test.each(['body', 'html'] as const)('a full-screen overlay at the highest z-index, added to <%s>, covers neither the nudge nor the pause', async (parent) => {
    await freshPage(page);
    await typeDraft(page, HEATED);
    const nudge = await waitForNudge(page);
    await page.evaluate((where) => {
      const overlay = document.createElement('div');
      overlay.style.cssText = 'position: fixed; inset: 0; z-index: 2147483647; background: white;';
      (where === 'body' ? document.body : document.documentElement).append(overlay);
    }, parent);
    await expectUsable(page, `overlay in <${parent}>`, nudge);
  });
});

/** The nudge is on screen and on top; its button opens the pause, which is in the top layer; "Send anyway" sends once. */
async function expectUsable(target: Page, attack: string, nudge: ReturnType<Page['getByRole']>): Promise<void> {
  expect(await nudge.boundingBox(), attack).not.toBeNull();
  // The nudge follows the composer, which the page's CSS may just have moved: its box is read again until it settles.
  await expect.poll(() => hitsOurUi(target, nudge), { message: attack, timeout: 3_000 }).toBe(true);
  await button(nudge, 'Take a pause').click();
  await expect.poll(() => dialog(target).count()).toBe(1);
  const pause = dialog(target);
  expect(await pause.boundingBox(), attack).not.toBeNull();
  expect(await pause.evaluate((element) => element.matches(':modal')), attack).toBe(true);
  await expect.poll(() => hitsOurUi(target, pause), { message: attack, timeout: 3_000 }).toBe(true);
  await expect.poll(() => hitsOurUi(target, button(pause, 'Send anyway')), { message: attack, timeout: 3_000 }).toBe(true);
  await button(pause, 'Send anyway').click();
  await expect.poll(() => sent(target), { timeout: 3_000 }).toEqual([HEATED]);
  expect(await dialog(target).count()).toBe(0);
}

describe('page scripts', () => {
  test('cannot make the pause send or leak through messaging: postMessage, custom events, runtime messages', async () => {
    const worker = await extensionWorker(session.context);
    const id = await extensionId(session.context);
    await freshPage(page);
    await typeDraft(page, HEATED);
    const pause = await pauseWithEnter(page);
    await skipToSuggestions(page);
    const countsBefore = JSON.stringify((await dumpStorage(worker)).local);

    const attempts = await page.evaluate(async (extension) => {
      const payloads: unknown[] = [
        { type: 'attune/sendAnyway' },
        { type: 'attune/record', outcome: 'sentAnyway' },
        { type: 'attune/useReply', text: 'sent by the page' },
        { action: 'sendAnyway', source: 'attune' },
        'Send anyway',
        'attune:send',
      ];
      const seen: unknown[] = [];
      window.addEventListener('message', (event) => {
        if (event.source !== window) seen.push(event.data);
      });
      for (const payload of payloads) {
        window.postMessage(payload, '*');
        for (const type of ['attune:send', 'attune/sendAnyway', 'attune-send-anyway', 'attune:suggestions']) {
          window.dispatchEvent(new CustomEvent(type, { detail: payload }));
          document.dispatchEvent(new CustomEvent(type, { detail: payload, bubbles: true, composed: true }));
        }
      }
      const runtime = (window as unknown as { chrome?: { runtime?: { sendMessage?: unknown } } }).chrome?.runtime;
      let runtimeResult = 'no chrome.runtime in the page';
      if (typeof runtime?.sendMessage === 'function') {
        runtimeResult = await new Promise<string>((resolve) => {
          try {
            (runtime.sendMessage as (id: string, message: unknown, callback: (reply: unknown) => void) => void)(extension, { type: 'attune/record', outcome: 'sentAnyway' }, (reply) => resolve(`replied ${JSON.stringify(reply)}`));
          } catch (error) {
            resolve(`threw ${error instanceof Error ? error.message : String(error)}`);
          }
        });
      }
      await new Promise((resolve) => setTimeout(resolve, 300));
      return { runtimeResult, repliesSeen: seen };
    }, id);

    // Web pages get no chrome.runtime without externally_connectable, so nothing can even address the worker.
    expect(attempts.runtimeResult).toBe('no chrome.runtime in the page');
    expect(attempts.repliesSeen).toEqual([]);
    expect(await sent(page)).toEqual([]);
    expect(await pause.count()).toBe(1);
    expect(await button(pause, 'Send anyway').isVisible()).toBe(true);
    expect(JSON.stringify((await dumpStorage(worker)).local)).toBe(countsBefore);

    await button(pause, 'Keep editing').click();
    expect(await sent(page)).toEqual([]);
  });

  test('cannot press "Send anyway" or "Use this reply" by calling click() on them', async () => {
    await freshPage(page);
    await typeDraft(page, HEATED);
    const pause = await pauseWithEnter(page);
    await skipToSuggestions(page);

    const clicked = await page.evaluate(() => {
      const names = new Set(['Send anyway', 'Use this reply']);
      let count = 0;
      for (const host of document.querySelectorAll('[data-attune-host]')) {
        for (const control of host.shadowRoot?.querySelectorAll('button') ?? []) {
          if (!names.has(control.textContent?.trim() ?? '')) continue;
          control.click();
          control.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
          count++;
        }
      }
      return count;
    });

    // The page reached the buttons (the shadow root is open), but scripted clicks decide nothing.
    expect(clicked).toBeGreaterThanOrEqual(3);
    await page.waitForTimeout(300);
    expect(await sent(page)).toEqual([]);
    expect(await draftModel(page)).toBe(HEATED);
    expect(await pause.count()).toBe(1);

    await button(pause, 'Send anyway').click();
    await expect.poll(() => sent(page)).toEqual([HEATED]);
  });
});
