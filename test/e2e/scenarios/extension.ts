/**
 * The extension as a whole, written once for every browser: the options page and the popup, what it stores and
 * what it asks of the network. They run after the editor scenarios, in this order, in the same browser.
 */
import { expect } from 'vitest';
import { catalogueMatchPatterns, siteForHost } from '../../../src/sites';
import { isFixtureRequest, UNCOVERED_HOST } from '../harness';
import { message } from '../harness-extension';
import { isAllowedRequest, type BrowserName, type Driver, type FixtureTab } from '../drivers/driver';
import { CALM, DIALOG, EDITORS, HEATED, KEEP_EDITING, SEND_ANYWAY, STATUS, USE_REPLY, inPause, openPause, quiet, skipBreathing, waitForPause, type EditorCase } from './editor';

export interface ExtensionScenario {
  name: string;
  /** Set when only one browser can put the extension in the state the scenario needs. */
  only?: { browser: BrowserName; because: string };
  run: (driver: Driver) => Promise<void>;
}

/** A chat site that sends on Enter, the commonest kind. */
const EDITOR: EditorCase = (() => {
  const editor = EDITORS.find((candidate) => candidate.sendKeys === 'Enter');
  if (editor === undefined) throw new Error('scenarios: no fixture of a catalogue site that sends on Enter');
  return editor;
})();
const SITE_NAME = siteForHost(EDITOR.host.split('/')[0] ?? EDITOR.host)?.name ?? EDITOR.host;

/** Drafts for the storage check: each carries a name no setting, count key or catalogue string contains. */
const KEPT = 'You never listen to me Bartholomew, this is stupid and I hate it';
const SENT_ANYWAY = 'Whatever Marguerite, you always ruin everything and you are pathetic';

/** Words of four letters or more, lower-cased: what a leak of a draft would carry. */
function wordsOf(text: string): string[] {
  return [...new Set(text.toLowerCase().match(/\p{L}{4,}/gu) ?? [])];
}

/** A heated draft is neither nudged nor paused: the site sends it as typed. */
async function expectInert(tab: FixtureTab): Promise<void> {
  const before = await tab.sent();
  await tab.typeDraft(HEATED);
  await quiet(1_500);
  expect(await tab.count(STATUS)).toBe(0);
  await tab.press(EDITOR.sendKeys);
  await expect.poll(() => tab.sent(), { timeout: 3_000 }).toEqual([...before, HEATED]);
  expect(await tab.count(DIALOG)).toBe(0);
}

/** A heated draft is nudged and the send key opens the pause; Escape closes it with nothing sent. */
async function expectPause(tab: FixtureTab): Promise<void> {
  const before = await tab.sent();
  await tab.typeDraft(HEATED);
  await expect.poll(() => tab.count(STATUS), { timeout: 1_500 }).toBe(1);
  await tab.press(EDITOR.sendKeys);
  await waitForPause(tab);
  await tab.press('Escape');
  await expect.poll(() => tab.count(DIALOG), { timeout: 3_000 }).toBe(0);
  expect(await tab.sent()).toEqual(before);
}

export const EXTENSION_SCENARIOS: readonly ExtensionScenario[] = [
  {
    name: `switching ${SITE_NAME} off on the options page makes Attune inert in an open tab and after a reload; switching it on brings the pause back`,
    run: async (driver) => {
      await driver.clearStorage();
      const options = await driver.openExtensionPage('options/options.html');
      const tab = await driver.openFixture(EDITOR.host);
      const toggle = { role: 'switch', name: SITE_NAME } as const;
      expect(await options.attribute(toggle, 'aria-checked')).toBe('true');

      await options.click(toggle);
      await expect.poll(() => options.attribute(toggle, 'aria-checked')).toBe('false');
      await expect.poll(async () => ((await driver.storage()).sync.settings as { sites?: Record<string, boolean> } | undefined)?.sites)
        .toMatchObject({ [siteForHost(EDITOR.host)?.id ?? '']: false });
      await expectInert(tab);
      await tab.reload();
      await expectInert(tab);

      await options.click(toggle);
      await expect.poll(() => options.attribute(toggle, 'aria-checked')).toBe('true');
      await expectPause(tab);
      await tab.reload();
      await expectPause(tab);
      await tab.close();
      await options.close();
    },
  },
  {
    name: 'the popup\'s "Start breathing" shows "Breathe in" within 5 s, and "Stop" ends it',
    run: async (driver) => {
      const popup = await driver.openExtensionPage('popup/popup.html');
      await popup.bringToFront();
      await popup.click({ role: 'button', name: message('popupStartBreathing') });
      await expect.poll(async () => (await popup.bodyText()).includes(message('breathIn')), { timeout: 5_000 }).toBe(true);
      await popup.click({ role: 'button', name: message('popupStopBreathing') });
      await expect.poll(() => popup.count({ role: 'button', name: message('popupStartBreathing') })).toBe(1);
      await popup.close();
    },
  },
  {
    name: 'the content script answers the popup\'s question: it watches the message box of a covered chat, and no page text comes back',
    run: async (driver) => {
      const chat = await driver.openFixture(EDITOR.host);
      await expect.poll(() => driver.askComposerStatus(chat).catch((error: unknown) => String(error)), { timeout: 5_000 }).toEqual({ watching: true });
      await chat.close();
    },
  },
  {
    name: 'after every pause decision, storage holds settings and counts only: no word of a draft, no suggestion',
    run: async (driver) => {
      const tab = await driver.openFixture(EDITOR.host);
      await openPause(tab, EDITOR, KEPT);
      await tab.click(inPause(KEEP_EDITING));
      await expect.poll(() => tab.count(DIALOG), { timeout: 3_000 }).toBe(0);
      await tab.press(EDITOR.sendKeys);
      await waitForPause(tab);
      const suggestions = await skipBreathing(tab);
      await tab.click(inPause(USE_REPLY));
      const reply = (suggestions[0] ?? '').trim();
      await expect.poll(() => tab.draft(), { timeout: 3_000 }).toBe(reply);
      await tab.press(EDITOR.sendKeys);
      await expect.poll(() => tab.sent(), { timeout: 3_000 }).toEqual([reply]);
      await openPause(tab, EDITOR, SENT_ANYWAY);
      await tab.click(inPause(SEND_ANYWAY));
      await expect.poll(() => tab.sent(), { timeout: 3_000 }).toEqual([reply, SENT_ANYWAY]);
      await tab.close();

      // The counts arrive fire-and-forget: wait for all four outcomes so the dump is taken after every write.
      const outcomes = ['paused', 'keptEditing', 'reframed', 'sentAnyway'];
      await expect
        .poll(async () => {
          const days = Object.values((await driver.storage()).local.counts ?? {}) as Record<string, number>[];
          return outcomes.filter((outcome) => days.some((day) => (day[outcome] ?? 0) > 0));
        }, { timeout: 3_000 })
        .toEqual(outcomes);
      const storage = await driver.storage();
      expect(Object.keys(storage.local).filter((key) => key !== 'sendKeys')).toEqual(['counts']);
      expect(Object.keys(storage.sync).filter((key) => key !== 'settings')).toEqual([]);
      // What was learned about send keys: a host and a composer kind, and which key sent or made a new line.
      for (const [composer, facts] of Object.entries((storage.local.sendKeys ?? {}) as Record<string, Record<string, unknown>>)) {
        expect(composer).toMatch(/^[a-z0-9.-]+\|[a-z-]+$/);
        for (const [key, effect] of Object.entries(facts)) {
          expect(['enter', 'mod-enter']).toContain(key);
          expect(['sends', 'newline']).toContain(effect);
        }
      }
      for (const day of Object.values(storage.local.counts as Record<string, Record<string, unknown>>)) {
        for (const value of Object.values(day)) expect(typeof value).toBe('number');
      }
      const stored = JSON.stringify(storage).toLowerCase();
      expect([HEATED, CALM, KEPT, SENT_ANYWAY].flatMap(wordsOf).filter((word) => stored.includes(word))).toEqual([]);
      expect(suggestions.length).toBeGreaterThanOrEqual(2);
      for (const suggestion of suggestions) expect(stored).not.toContain(suggestion.trim().toLowerCase());
    },
  },
  {
    name: 'the reply writer reads the draft with its tagger, unpacked in the page from the deflated lexicon pause.js carries',
    run: async (driver) => {
      const tab = await driver.openFixture(EDITOR.host);
      // Without the tagger (its data not unpacked) the writer leaves this line out of its replies.
      await openPause(tab, EDITOR, 'I never said that. Ever. Stop twisting my words');
      await skipBreathing(tab);
      const replies = { role: 'textbox', within: DIALOG } as const;
      await expect.poll(async () => (await tab.values(replies)).some((reply) => reply.includes("Please don't twist my words.")), { timeout: 5_000 }).toBe(true);
      await tab.press('Escape');
      await expect.poll(() => tab.count(DIALOG), { timeout: 3_000 }).toBe(0);
      expect(await tab.sent()).toEqual([]);
      await tab.close();
    },
  },
  {
    name: 'with its host permissions withdrawn Attune is inert and the options page offers "Allow access", which brings the pause back',
    only: { browser: 'firefox', because: 'Chromium lets no one withdraw the host permissions a Manifest V3 manifest lists' },
    run: async (driver) => {
      const options = await driver.openExtensionPage('options/options.html');
      const allow = { role: 'button', name: message('optionsSitesGrantAccess') } as const;
      expect(await options.count(allow)).toBe(0);

      expect(await driver.withdrawHostPermissions(catalogueMatchPatterns())).toBe(true);
      await expect.poll(() => options.count(allow), { timeout: 5_000 }).toBe(1);
      const tab = await driver.openFixture(EDITOR.host);
      await expectInert(tab);

      await options.click(allow);
      await expect.poll(() => options.count(allow), { timeout: 5_000 }).toBe(0);
      await tab.reload();
      await expectPause(tab);
      await tab.close();
      await options.close();
    },
  },
  {
    name: 'a site added on the options page gets the pause, "Send anyway" sends once, and removing it makes the site plain again',
    only: {
      browser: 'firefox',
      because: 'headless Chromium cannot answer the permission prompt; settings.test.ts adds a site there with the origin granted in advance',
    },
    run: async (driver) => {
      const options = await driver.openExtensionPage('options/options.html');
      const chat = await driver.openFixture(UNCOVERED_HOST);
      await expectInert(chat);

      await options.click({ role: 'textbox', name: message('optionsCustomInputLabel') });
      await options.type(UNCOVERED_HOST);
      await options.click({ role: 'button', name: message('optionsCustomAdd') });
      await expect.poll(async () => (await options.bodyText()).includes(message('optionsCustomAdded', UNCOVERED_HOST)), { timeout: 5_000 }).toBe(true);
      await chat.reload();
      await chat.typeDraft(HEATED);
      await chat.press('Enter');
      await waitForPause(chat);
      await chat.click(inPause(SEND_ANYWAY));
      await expect.poll(() => chat.sent(), { timeout: 3_000 }).toEqual([HEATED]);
      await quiet();
      expect(await chat.sent()).toEqual([HEATED]);

      await options.click({ role: 'button', name: message('optionsCustomRemoveLabel', UNCOVERED_HOST) });
      await expect.poll(async () => ((await driver.storage()).sync.settings as { customSites?: unknown[] }).customSites, { timeout: 5_000 }).toEqual([]);
      await chat.reload();
      await expectInert(chat);
      await chat.close();
      await options.close();
    },
  },
  {
    // Last, so that it reads the record of every scenario before it.
    name: 'no extension context sent a request: the browser fetched only the fixture pages\' own files and the extension\'s own files',
    run: async (driver) => {
      // The record is live: a request the page itself makes shows up in it and at the server.
      const control = driver.server.url(EDITOR.host, '/attune-page-control');
      const tab = await driver.openFixture(EDITOR.host);
      await tab.fetchFromPage(control);
      await tab.close();
      await expect.poll(() => driver.requests().some((request) => request.url === control)).toBe(true);
      expect(driver.server.requests).toContain(`${EDITOR.host}/attune-page-control`);

      const others = driver.requests().filter((request) => request.url !== control);
      expect(others.filter((request) => !isAllowedRequest(request, driver.extensionOrigin))).toEqual([]);
      // The server sees every HTTPS request to a fixture host (in Firefox, to any host), whichever context made it.
      const served = driver.server.requests.filter((entry) => entry !== `${EDITOR.host}/attune-page-control`);
      expect(served.filter((entry) => !isFixtureRequest(`https://${entry}`))).toEqual([]);
    },
  },
];
