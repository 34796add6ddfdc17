/**
 * The shared scenarios' driver for Debian's Firefox ESR, through puppeteer-core over WebDriver BiDi (see driver.ts).
 * dist/firefox is installed as a temporary add-on. Firefox has no host-resolver rules, so every host name resolves
 * to 127.0.0.1 and port 443 is sent to the fixture server's port: pages keep their real, port-less addresses.
 */
import * as esbuild from 'esbuild';
import puppeteer, { type Browser, type ElementHandle, type KeyInput, type Page } from 'puppeteer-core';
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { COMPOSER, ROOT, startFixtureServer, type FixtureServer } from '../harness';
import { askComposerStatus, type ByRole, type Driver, type ExtensionPage, type FixtureTab, type Keys, type RecordedRequest, type StorageDump, type Tab } from './driver';

export const FIREFOX_EXTENSION_PATH = path.join(ROOT, 'dist/firefox');

const USUAL_FIREFOX_PATHS = ['/usr/bin/firefox-esr', '/usr/bin/firefox', '/Applications/Firefox.app/Contents/MacOS/firefox'];

/** The browser to drive: FIREFOX_PATH, else the usual Firefox install locations. */
export function firefoxPath(): string {
  const fromEnvironment = process.env.FIREFOX_PATH;
  if (fromEnvironment) {
    if (!existsSync(fromEnvironment)) throw new Error(`firefox driver: FIREFOX_PATH is ${fromEnvironment}, but no browser is there.`);
    return fromEnvironment;
  }
  const found = USUAL_FIREFOX_PATHS.find((candidate) => existsSync(candidate));
  if (found === undefined) {
    throw new Error(
      `firefox driver: no Firefox found (looked in ${USUAL_FIREFOX_PATHS.join(', ')}). ` +
        'Install it (Debian/Ubuntu: sudo apt-get install firefox-esr) or set FIREFOX_PATH to a Firefox executable.',
    );
  }
  return found;
}

/** The WebDriver BiDi events read here, as Firefox sends them. */
interface BidiEvents {
  'network.beforeRequestSent': { context: string | null; request: { url: string } };
  'browsingContext.contextCreated': { context: string; url: string };
  'browsingContext.navigationStarted': { context: string; url: string };
}

interface BidiConnection {
  on<E extends keyof BidiEvents>(event: E, listener: (params: BidiEvents[E]) => void): void;
}

/** Puppeteer subscribes its BiDi session to every network and browsing-context event; listen on the same connection. */
function bidiConnection(browser: Browser): BidiConnection {
  const connection = (browser as unknown as { connection?: Partial<BidiConnection> }).connection;
  if (typeof connection?.on !== 'function') throw new Error('firefox driver: this puppeteer-core exposes no WebDriver BiDi connection');
  return connection as BidiConnection;
}

let rolesScript: Promise<string> | undefined;

/** roles-in-page.ts bundled into one expression's worth of script, built once per process. */
function rolesSource(): Promise<string> {
  rolesScript ??= esbuild
    .build({
      entryPoints: [path.join(ROOT, 'test/e2e/drivers/roles-in-page.ts')],
      bundle: true,
      format: 'iife',
      globalName: 'roles',
      target: 'firefox140',
      write: false,
      logLevel: 'warning',
    })
    .then((result) => result.outputFiles[0]?.text ?? '');
  return rolesScript;
}

/**
 * Every element matching `target`, found in the page by roles-in-page.ts. The script is evaluated as a string in a
 * closure, so it leaves nothing behind in the page and runs in extension pages too, whose CSP forbids injected scripts.
 */
async function findAll(page: Page, target: ByRole): Promise<ElementHandle<Element>[]> {
  const list = await page.evaluateHandle(`(() => { ${await rolesSource()}; return roles.queryAllByRole(${JSON.stringify(target)}); })()`);
  const properties = await list.getProperties();
  await list.dispose();
  return [...properties.values()].flatMap((property) => {
    const element = property.asElement();
    return element === null ? [] : [element as ElementHandle<Element>];
  });
}

/** Runs `read` on the first match of `target`, or throws when there is none. */
async function withFirst<T>(page: Page, target: ByRole, index: number, read: (element: ElementHandle<Element>) => Promise<T>): Promise<T> {
  const found = await findAll(page, target);
  try {
    const element = found[index];
    if (element === undefined) throw new Error(`firefox driver: no ${JSON.stringify(target)} at index ${index} (found ${found.length})`);
    return await read(element);
  } finally {
    await Promise.all(found.map((handle) => handle.dispose()));
  }
}

async function press(page: Page, keys: Keys): Promise<void> {
  const parts = keys.split('+') as KeyInput[];
  const key = parts.pop();
  if (key === undefined) return;
  for (const modifier of parts) await page.keyboard.down(modifier);
  await page.keyboard.press(key);
  for (const modifier of parts.reverse()) await page.keyboard.up(modifier);
}

function tabOf(page: Page, reload: () => Promise<void>): Tab {
  return {
    url: () => page.url(),
    press: (keys) => press(page, keys),
    type: (text) => page.keyboard.type(text, { delay: 8 }),
    click: (target, index = 0) => withFirst(page, target, index, (element) => element.click()),
    count: async (target) => {
      const found = await findAll(page, target);
      await Promise.all(found.map((handle) => handle.dispose()));
      return found.length;
    },
    text: (target) => withFirst(page, target, 0, (element) => element.evaluate((node) => (node as HTMLElement).innerText)),
    attribute: (target, name) => withFirst(page, target, 0, (element) => element.evaluate((node, attribute) => node.getAttribute(attribute), name)),
    values: async (target) => {
      const found = await findAll(page, target);
      try {
        return await Promise.all(found.map((element) => element.evaluate((node) => (node as HTMLInputElement | HTMLTextAreaElement).value)));
      } finally {
        await Promise.all(found.map((handle) => handle.dispose()));
      }
    },
    bodyText: () => page.evaluate(() => document.body.innerText),
    bringToFront: () => page.bringToFront(),
    reload,
    fetchFromPage: (url) => page.evaluate((address) => fetch(address).then(() => undefined), url),
    close: () => page.close(),
  };
}

/** The composer, looking into open shadow roots (the shadow fixture keeps it in one). */
const DEEP_COMPOSER = `>>> ${COMPOSER}`;

async function waitForFixture(page: Page): Promise<void> {
  await page.waitForFunction(() => Array.isArray(window.__sent) && typeof window.__draft === 'function', { timeout: 10_000 });
  const composer = await page.waitForSelector(DEEP_COMPOSER, { visible: true, timeout: 10_000 });
  await composer?.dispose();
}

function fixtureTab(page: Page, host: string): FixtureTab {
  const withComposer = async <T>(run: (composer: ElementHandle<Element>) => Promise<T>): Promise<T> => {
    const composer = await page.$(DEEP_COMPOSER);
    if (composer === null) throw new Error(`firefox driver: no composer on ${host}`);
    try {
      return await run(composer);
    } finally {
      await composer.dispose();
    }
  };
  const tab = tabOf(page, async () => {
    await page.reload({ waitUntil: 'load' });
    await waitForFixture(page);
  });
  return {
    ...tab,
    typeDraft: async (text) => {
      await withComposer((composer) => composer.click());
      await tab.press('Control+End');
      for (const [index, line] of text.split('\n').entries()) {
        if (index > 0) await tab.press('Shift+Enter');
        if (line !== '') await tab.type(line);
      }
    },
    hasSendButton: async () => {
      const buttons = await page.$$('.send-button');
      await Promise.all(buttons.map((button) => button.dispose()));
      return buttons.length > 0;
    },
    clickSendButton: () => page.click('.send-button'),
    sent: () => page.evaluate(() => [...window.__sent]),
    draft: () => page.evaluate(() => window.__draft()),
    composerFocused: () =>
      withComposer((composer) =>
        composer.evaluate((target) => {
          let active: Element | null = document.activeElement;
          while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
          return active !== null && (target === active || target.contains(active));
        }),
      ),
  };
}

/** The add-on's id from its manifest, so its moz-extension:// UUID can be pinned before it is installed. */
async function geckoId(extensionPath: string): Promise<string> {
  const manifest = JSON.parse(await readFile(path.join(extensionPath, 'manifest.json'), 'utf8')) as {
    browser_specific_settings?: { gecko?: { id?: string } };
  };
  const id = manifest.browser_specific_settings?.gecko?.id;
  if (id === undefined) throw new Error(`firefox driver: ${extensionPath}/manifest.json has no browser_specific_settings.gecko.id`);
  return id;
}

/** Polls `read` until `done` holds for its value, for pages where a browser-side wait is not allowed; returns the last value. */
async function pollUntil<T>(read: () => Promise<T>, done: (value: T) => boolean, what: string, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read().catch(() => undefined);
    if (value !== undefined && done(value)) return value;
    if (Date.now() > deadline) throw new Error(`driver: ${what} did not happen within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Opens an extension page: Firefox may never report such a navigation as finished, so start it and poll the page. */
async function openMozExtensionPage(browser: Browser, url: string): Promise<Page> {
  const page = await browser.newPage();
  page.goto(url).catch(() => undefined);
  await pollUntil(
    () => page.evaluate(() => ({ href: location.href, ready: document.readyState === 'complete' && document.body.childElementCount > 0 })),
    (state) => state.href === url && state.ready,
    `opening ${url}`,
  );
  return page;
}

/** Reloads an extension page the same way: a marker left on the old document tells when the new one is in. */
async function reloadMozExtensionPage(page: Page): Promise<void> {
  await page.evaluate(() => {
    (window as unknown as { attuneOldDocument?: boolean }).attuneOldDocument = true;
    location.reload();
  });
  await pollUntil(
    () => page.evaluate(() => !('attuneOldDocument' in window) && document.readyState === 'complete' && document.body.childElementCount > 0),
    (ready) => ready,
    'reloading an extension page',
  );
}

/** Starts a fixture server and Firefox ESR with dist/firefox installed, recording every request reported over BiDi. */
export async function launchFirefox(): Promise<Driver> {
  const server = await startFixtureServer();
  try {
    return await launchWith(server);
  } catch (error) {
    await server.close();
    throw error;
  }
}

async function launchWith(server: FixtureServer): Promise<Driver> {
  if (!existsSync(path.join(FIREFOX_EXTENSION_PATH, 'manifest.json'))) {
    throw new Error(`firefox driver: no extension at ${FIREFOX_EXTENSION_PATH} (run \`node build.mjs\` first)`);
  }
  const uuid = randomUUID();
  const firefox = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath(),
    headless: true,
    acceptInsecureCerts: true,
    defaultViewport: { width: 900, height: 640 },
    // Extension pages (moz-extension://) are privileged; WebDriver may script them only with this switch.
    args: ['--remote-allow-system-access'],
    // Makes Firefox honour the remote-settings address puppeteer points at a dummy host, so it polls nothing.
    env: { ...process.env, MOZ_REMOTE_SETTINGS_DEVTOOLS: '1' },
    extraPrefsFirefox: {
      'network.dns.forceResolve': '127.0.0.1',
      'network.socket.forcePort': `443=${server.port}`,
      'extensions.webextensions.uuids': JSON.stringify({ [await geckoId(FIREFOX_EXTENSION_PATH)]: uuid }),
      // permissions.request() grants at once, as accepting Firefox's prompt would; headless Firefox cannot show the prompt.
      'extensions.webextOptionalPermissionPrompts': false,
      // Firefox ships site fixes for some real chat hosts; they must not touch the fixtures.
      'extensions.webcompat.enable_interventions': false,
      'intl.locale.requested': 'en-US',
    },
  });
  try {
    const requests: RecordedRequest[] = [];
    const contextUrls = new Map<string, string>();
    const extensionOrigin = `moz-extension://${uuid}`;
    const connection = bidiConnection(firefox);
    connection.on('browsingContext.contextCreated', ({ context, url }) => contextUrls.set(context, url));
    connection.on('browsingContext.navigationStarted', ({ context, url }) => contextUrls.set(context, url));
    connection.on('network.beforeRequestSent', ({ context, request }) => {
      // A request with no browsing context comes from no page: the add-on's background (or Firefox itself), so it counts as ours.
      const fromExtension = context === null || (contextUrls.get(context) ?? '').startsWith(extensionOrigin);
      requests.push({ url: request.url, fromExtension });
    });
    await firefox.installExtension(FIREFOX_EXTENSION_PATH);

    // Storage and permissions are read and changed from an extension page of our own, kept open in the background.
    let helper: Page | undefined;
    const extensionPage = async (): Promise<Page> => (helper ??= await openMozExtensionPage(firefox, `${extensionOrigin}/popup/popup.html`));

    return {
      browser: 'firefox',
      server,
      extensionOrigin,
      openFixture: async (host) => {
        const page = await firefox.newPage();
        try {
          await page.goto(server.url(host), { waitUntil: 'load' });
          await waitForFixture(page);
        } catch (error) {
          await page.close();
          throw new Error(`firefox driver: the fixture at ${host} did not start`, { cause: error });
        }
        return fixtureTab(page, host);
      },
      openExtensionPage: async (pagePath: ExtensionPage) => {
        const page = await openMozExtensionPage(firefox, `${extensionOrigin}/${pagePath}`);
        return tabOf(page, () => reloadMozExtensionPage(page));
      },
      askComposerStatus: async (tab) => (await extensionPage()).evaluate(askComposerStatus, tab.url()),
      storage: async () =>
        (await extensionPage()).evaluate(
          async (): Promise<StorageDump> => ({ local: await chrome.storage.local.get(null), sync: await chrome.storage.sync.get(null) }),
        ),
      clearStorage: async () =>
        (await extensionPage()).evaluate(async () => {
          await chrome.storage.sync.clear();
          await chrome.storage.local.clear();
        }),
      requests: () => requests,
      // What the add-on's page in about:addons does when a person turns a site's access off.
      withdrawHostPermissions: async (origins) => {
        const removed = await (await extensionPage()).evaluate((list) => chrome.permissions.remove({ origins: list }), [...origins]);
        if (!removed) throw new Error('firefox driver: Firefox kept the host permissions');
        return true;
      },
      close: async () => {
        await firefox.close();
        await server.close();
      },
    };
  } catch (error) {
    await firefox.close();
    throw error;
  }
}
