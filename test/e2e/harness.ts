/**
 * The end-to-end harness: fixture chat sites built from the real editor packages, served over HTTPS at the
 * real chat hosts' names, and a headless Chromium with the production extension loaded.
 * Plain TypeScript with no test-runner imports, so `npm start` can use it through scripts/run-ts.mjs.
 */
import * as esbuild from 'esbuild';
import { chromium, type BrowserContext, type Frame, type Page } from 'playwright-core';
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { SITES } from '../../src/sites';

export type FixtureName =
  | 'lexical'
  | 'messenger'
  | 'slate'
  | 'quill'
  | 'ckeditor'
  | 'textbox'
  | 'contenteditable'
  | 'iframe'
  | 'shadow'
  | 'draft'
  | 'textarea'
  | 'button-only'
  | 'uncovered';

/** How a person sends on a fixture; whether the site lets them choose comes from the site catalogue. */
export interface FixtureInfo {
  /** The site the fixture stands for (from the site catalogue's names). */
  site: string;
  /** Where it lives: host, and a path where the site's composer sits below the root (`x.com/i/chat`). */
  address: string;
  /** The key that sends by default on this page. */
  sendKey: 'enter' | 'mod-enter';
  /** The site has a setting for the send key (the catalogue's `sendKeySetting`), which the fixture takes as `?send=mod-enter`. */
  sendKeySetting: boolean;
  /** The composer is in an iframe of the page. */
  framed?: boolean;
  /** The page has dialogs of its own (`role="dialog"`), so the pause is told apart by `aria-modal`. */
  pageDialogs?: boolean;
  /** Why the shared scenarios skip this fixture in Firefox, where Attune is known not to manage it yet. */
  notInFirefox?: string;
  /** A send button a person can click (a selector that pierces open shadow roots, inside the composer's frame). */
  sendButton?: string;
}

type FixtureEntry = Omit<FixtureInfo, 'sendKeySetting'>;

const FIXTURE_ENTRIES_BY_NAME: Readonly<Record<FixtureName, FixtureEntry>> = {
  lexical: { site: 'WhatsApp Web', address: 'web.whatsapp.com', sendKey: 'enter', sendButton: 'button[aria-label="Enviar"]' },
  messenger: { site: 'Messenger', address: 'www.facebook.com', sendKey: 'enter', pageDialogs: true },
  slate: { site: 'Discord', address: 'discord.com', sendKey: 'enter' },
  quill: { site: 'Slack', address: 'app.slack.com', sendKey: 'enter', sendButton: 'button[data-qa="texty_send_button"]' },
  ckeditor: { site: 'Microsoft Teams', address: 'teams.cloud.microsoft', sendKey: 'enter', sendButton: '[data-tid="sendMessageCommands-send"]' },
  textbox: { site: 'Instagram', address: 'www.instagram.com', sendKey: 'enter', sendButton: 'div[role="button"]:text("Enviar")' },
  contenteditable: { site: 'Telegram Web', address: 'web.telegram.org', sendKey: 'enter', sendButton: 'button.btn-send' },
  iframe: { site: 'Google Chat', address: 'mail.google.com/chat', sendKey: 'enter', framed: true, sendButton: 'div[role="button"][aria-label="Send message"]' },
  shadow: { site: 'LinkedIn', address: 'www.linkedin.com', sendKey: 'enter', sendButton: 'button.msg-form__send-button' },
  draft: {
    site: 'X',
    address: 'x.com',
    sendKey: 'mod-enter',
    sendButton: '[data-testid="tweetButtonInline"]',
    notInFirefox: 'a paste made in the content script hides its clipboardData from the page, so a reply cannot reach Draft.js',
  },
  textarea: { site: 'X', address: 'x.com/i/chat', sendKey: 'enter', sendButton: '[data-testid="dm-composer-send-button"]' },
  'button-only': { site: 'Gmail', address: 'mail.google.com', sendKey: 'mod-enter', sendButton: 'div[role="button"][data-tooltip^="Send"]' },
  uncovered: { site: 'an uncovered chat', address: 'chat.example.org', sendKey: 'enter' },
};

/** Every fixture page: the one list the end-to-end scenarios in every browser take their sites from. */
export const FIXTURES: Readonly<Record<FixtureName, FixtureInfo>> = Object.fromEntries(
  Object.entries(FIXTURE_ENTRIES_BY_NAME).map(([name, entry]) => [
    name,
    { ...entry, sendKeySetting: SITES.find((site) => site.name === entry.site)?.sendKeySetting === true },
  ]),
) as Record<FixtureName, FixtureInfo>;

/** Other addresses that serve a fixture: the older hosts of a site, and a site's pages on another's host. */
const MORE_ADDRESSES: ReadonlyArray<readonly [string, FixtureName]> = [
  ['www.messenger.com', 'lexical'],
  ['www.facebook.com/messages', 'lexical'],
  ['teams.microsoft.com', 'ckeditor'],
  ['teams.live.com', 'ckeditor'],
  ['chat.google.com', 'iframe'],
];

/** The document inside Google Chat's iframe: a page of its own, not a fixture to open. */
const GOOGLE_CHAT_FRAME = 'chat.google.com/u/0/frame';

/** One address per fixture (host, and path where needed), for tests that visit every fixture once. */
export const FIXTURE_HOST_OF: Readonly<Record<FixtureName, string>> = Object.fromEntries(
  Object.entries(FIXTURES).map(([name, info]) => [name, info.address]),
) as Record<FixtureName, string>;

type Bundle = FixtureName | 'google-chat-frame';

/** Every address the server answers, with the bundle each serves; a page path matches its longest prefix here. */
const ROUTES: ReadonlyArray<readonly [string, Bundle]> = [
  ...Object.entries(FIXTURE_HOST_OF).map(([name, address]) => [address, name as FixtureName] as const),
  ...MORE_ADDRESSES,
  [GOOGLE_CHAT_FRAME, 'google-chat-frame'],
];

/** Which fixture each host serves at its root. Every host here except the uncovered one is in the site catalogue. */
export const FIXTURE_HOSTS: Readonly<Record<string, FixtureName>> = Object.fromEntries(
  ROUTES.filter(([address, bundle]) => !address.includes('/') && bundle !== 'google-chat-frame'),
) as Record<string, FixtureName>;

function routeFor(host: string, pathname: string): Bundle | undefined {
  let best: { length: number; bundle: Bundle } | undefined;
  for (const [address, bundle] of ROUTES) {
    const slash = address.indexOf('/');
    const routeHost = slash < 0 ? address : address.slice(0, slash);
    const prefix = slash < 0 ? '/' : address.slice(slash);
    if (routeHost !== host) continue;
    const matches = prefix === '/' || pathname === prefix || pathname.startsWith(`${prefix}/`);
    if (matches && (!best || prefix.length > best.length)) best = { length: prefix.length, bundle };
  }
  return best?.bundle;
}

/** Whether a request is a fixture page's own (its address, or its script), for the privacy checks. */
export function isFixtureRequest(url: string): boolean {
  const parsed = new URL(url);
  if (parsed.protocol !== 'https:' || routeFor(parsed.hostname, parsed.pathname) === undefined) return false;
  const pages = ROUTES.map(([address]) => (address.includes('/') ? address : `${address}/`));
  const page = `${parsed.hostname}${parsed.pathname}`;
  return parsed.pathname === '/main.js' || pages.includes(page) || pages.includes(page.replace(/(.)\/$/, '$1'));
}

/** The host no catalogue entry covers. */
export const UNCOVERED_HOST = FIXTURE_HOST_OF.uncovered;

/** The address of a fixture page with the site's send-key setting or the chat without incoming messages. */
export function fixtureAddress(name: FixtureName, options: { sendKey?: 'enter' | 'mod-enter'; chat?: 'new' } = {}): string {
  const query = new URLSearchParams();
  if (options.sendKey === 'mod-enter') query.set('send', 'mod-enter');
  if (options.chat === 'new') query.set('chat', 'new');
  const search = query.toString();
  return `${FIXTURE_HOST_OF[name]}${search === '' ? '' : `${FIXTURE_HOST_OF[name].includes('/') ? '' : '/'}?${search}`}`;
}

/** Selector of the element a person types into on every fixture (it pierces open shadow roots; frames: see `composerFrame`). */
export const COMPOSER = '[data-fixture-composer]';

const execFileAsync = promisify(execFile);

function findRoot(): string {
  // Walk up: this file also runs bundled from node_modules/.run-ts-*/ when used by scripts.
  let dir = path.dirname(fileURLToPath(import.meta.url));
  while (!(existsSync(path.join(dir, 'package.json')) && existsSync(path.join(dir, 'build.mjs')))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error('harness: cannot find the project root (package.json next to build.mjs)');
    dir = parent;
  }
  return dir;
}

export const ROOT = findRoot();
const SITES_DIR = path.join(ROOT, 'test/fixtures/sites');
const BUILD_DIR = path.join(ROOT, 'test/.build/sites');
export const DEFAULT_EXTENSION_PATH = path.join(ROOT, 'dist/chrome');

const FIXTURE_ENTRIES: Readonly<Record<Bundle, string>> = {
  lexical: 'lexical/main.ts',
  messenger: 'messenger/main.ts',
  slate: 'slate/main.tsx',
  quill: 'quill/main.ts',
  ckeditor: 'ckeditor/main.ts',
  textbox: 'textbox/main.ts',
  contenteditable: 'contenteditable/main.ts',
  iframe: 'iframe/main.ts',
  'google-chat-frame': 'iframe/google-chat-frame.ts',
  shadow: 'shadow/main.ts',
  draft: 'draft/main.tsx',
  textarea: 'textarea/main.ts',
  'button-only': 'button-only/main.ts',
  uncovered: 'uncovered/main.ts',
};

let fixturesBuilt: Promise<string> | undefined;

/**
 * Names the fixtures' build directory once the end-to-end tests' global setup has built it there, so that test files
 * running side by side read one finished build instead of each rewriting the files another is serving.
 */
export const FIXTURES_BUILT_ENV = 'ATTUNE_FIXTURES_BUILT';

/** Bundles every fixture site in one esbuild call into test/.build/sites/<name>.js; once per process, or once per run. */
export function buildFixtures(): Promise<string> {
  fixturesBuilt ??= process.env[FIXTURES_BUILT_ENV] === BUILD_DIR ? Promise.resolve(BUILD_DIR) : buildFixturesNow();
  return fixturesBuilt;
}

async function buildFixturesNow(): Promise<string> {
  const entryPoints = Object.fromEntries(
    Object.entries(FIXTURE_ENTRIES).map(([name, entry]) => [name, path.join(SITES_DIR, entry)]),
  );
  await esbuild.build({
    absWorkingDir: ROOT,
    entryPoints,
    outdir: BUILD_DIR,
    bundle: true,
    format: 'esm',
    target: 'chrome120',
    // Draft.js (through fbjs) still reads Node's `global`.
    define: { 'process.env.NODE_ENV': '"production"', global: 'globalThis' },
    jsx: 'automatic',
    loader: { '.css': 'text' },
    // The @lexical/* packages may carry their own nested copy of lexical; two copies of its core cannot share an editor.
    alias: { lexical: path.dirname(lexicalPackageJson()) },
    logLevel: 'warning',
  });
  return BUILD_DIR;
}

function lexicalPackageJson(): string {
  const nested = path.join(ROOT, 'node_modules/@lexical/plain-text/node_modules/lexical/package.json');
  return existsSync(nested) ? nested : path.join(ROOT, 'node_modules/lexical/package.json');
}

const pageHtml = (bundle: Bundle) => `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Fixture chat</title>
<link rel="icon" href="data:,">
</head>
<body>
<script type="module" src="/main.js?fixture=${bundle}"></script>
</body>
</html>
`;

export interface FixtureServer {
  port: number;
  /** Every host name the server answers for. */
  hosts: readonly string[];
  /** The page's HTTPS address at its real host name, e.g. https://web.whatsapp.com/ */
  url: (host: string, pathname?: string) => string;
  /** Every request the server answered, as host + path (e.g. "web.whatsapp.com/main.js"), in order. */
  requests: string[];
  close: () => Promise<void>;
}

async function selfSignedCertificate(hosts: readonly string[]): Promise<{ key: Buffer; cert: Buffer }> {
  const dir = await mkdtemp(path.join(tmpdir(), 'attune-cert-'));
  try {
    const keyFile = path.join(dir, 'key.pem');
    const certFile = path.join(dir, 'cert.pem');
    const san = hosts.map((host) => `DNS:${host}`).join(',');
    await execFileAsync('openssl', [
      'req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes',
      '-keyout', keyFile, '-out', certFile, '-days', '2', '-subj', '/CN=Attune fixture sites',
      '-addext', `subjectAltName=${san}`,
    ]);
    return { key: await readFile(keyFile), cert: await readFile(certFile) };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** HTTPS on 127.0.0.1 at a free port; the Host header picks the fixture. Builds the fixtures first. */
export async function startFixtureServer(): Promise<FixtureServer> {
  const hosts = [...new Set(ROUTES.map(([address]) => address.split('/')[0] ?? address))];
  const [buildDir, credentials] = await Promise.all([buildFixtures(), selfSignedCertificate(hosts)]);
  const requests: string[] = [];
  const server: Server = createServer(credentials, (request, response) => {
    const host = (request.headers.host ?? '').replace(/:\d+$/, '').toLowerCase();
    const url = new URL(request.url ?? '/', 'https://fixture.invalid');
    const pathname = url.pathname;
    requests.push(`${host}${pathname}`);
    response.setHeader('cache-control', 'no-store');
    const page = routeFor(host, pathname);
    if (page === undefined) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end(`no fixture for host ${host}`);
    } else if (pathname === '/main.js') {
      const bundle = url.searchParams.get('fixture') ?? page;
      if (!(bundle in FIXTURE_ENTRIES)) {
        response.writeHead(404).end();
        return;
      }
      readFile(path.join(buildDir, `${bundle}.js`)).then(
        (body) => response.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8' }).end(body),
        () => response.writeHead(500, { 'content-type': 'text/plain' }).end(`fixture ${bundle} is not built`),
      );
    } else if (pathname.endsWith('.js') || pathname.endsWith('.map') || pathname === '/favicon.ico') {
      response.writeHead(404).end();
    } else {
      // Every other path is the chat page, as a single-page app would answer.
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(pageHtml(page));
    }
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;
  return {
    port,
    hosts,
    url: (host, pathname = '/') => `https://${host}${pathname.startsWith('/') ? pathname : `/${pathname}`}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export interface LaunchOptions {
  server: FixtureServer;
  /** The unpacked extension to load; `null` launches without one. Defaults to the production dist/chrome. */
  extensionPath?: string | null;
  /** A profile directory; a fresh temporary one (removed on close) when omitted. */
  userDataDir?: string;
  headless?: boolean;
}

interface LaunchInfo {
  extensionPath: string | null;
  extensionName: string | null;
}

const launches = new WeakMap<BrowserContext, LaunchInfo>();

// Chromium only: branded Google Chrome (137+) ignores --load-extension.
const USUAL_CHROMIUM_PATHS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/snap/bin/chromium',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

/** The browser to drive: CHROME_PATH, else the usual Chromium install locations. */
export function chromePath(): string {
  const fromEnvironment = process.env.CHROME_PATH;
  if (fromEnvironment) {
    if (!existsSync(fromEnvironment)) {
      throw new Error(`harness: CHROME_PATH is ${fromEnvironment}, but no browser is there. Point it at a Chromium executable, or unset it.`);
    }
    return fromEnvironment;
  }
  const found = USUAL_CHROMIUM_PATHS.find((candidate) => existsSync(candidate));
  if (found === undefined) {
    throw new Error(
      `harness: no Chromium found (looked in ${USUAL_CHROMIUM_PATHS.join(', ')}). ` +
        'Install it (Debian/Ubuntu: sudo apt-get install chromium) or set CHROME_PATH to a Chromium executable.',
    );
  }
  return found;
}

/** The flags every launch uses; the fixture hosts resolve to the local server, every other host to nothing. */
export function chromiumArgs(server: FixtureServer, extensionPath: string | null): string[] {
  const rules = [...server.hosts.map((host) => `MAP ${host} 127.0.0.1:${server.port}`), 'MAP * ~NOTFOUND', 'EXCLUDE localhost'];
  const args = [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    `--host-resolver-rules=${rules.join(', ')}`,
    '--ignore-certificate-errors',
  ];
  if (extensionPath !== null) {
    args.push(`--disable-extensions-except=${extensionPath}`, `--load-extension=${extensionPath}`);
  }
  return args;
}

/** A persistent Chromium context (extensions need one) with the fixture hosts mapped to the server. */
export async function launchBrowser(options: LaunchOptions): Promise<BrowserContext> {
  const extensionPath = options.extensionPath === undefined ? DEFAULT_EXTENSION_PATH : options.extensionPath;
  if (extensionPath !== null && !existsSync(path.join(extensionPath, 'manifest.json'))) {
    throw new Error(`harness: no extension at ${extensionPath} (run \`node build.mjs\` first)`);
  }
  const temporaryProfile = options.userDataDir === undefined;
  const userDataDir = options.userDataDir ?? (await mkdtemp(path.join(tmpdir(), 'attune-profile-')));
  const context = await chromium.launchPersistentContext(userDataDir, {
    headless: options.headless ?? true,
    executablePath: chromePath(),
    args: chromiumArgs(options.server, extensionPath),
    viewport: { width: 900, height: 640 },
    locale: 'en-US',
  });
  if (temporaryProfile) {
    // Chromium may still be flushing the profile as it exits; retry, and never fail a run over a temp dir.
    context.on('close', () => void rm(userDataDir, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 }).catch(() => {}));
  }
  launches.set(context, {
    extensionPath,
    extensionName: extensionPath === null ? null : await extensionName(extensionPath),
  });
  return context;
}

/** The extension's display name, with `__MSG_key__` resolved from its default locale. */
async function extensionName(extensionPath: string): Promise<string> {
  const manifest = JSON.parse(await readFile(path.join(extensionPath, 'manifest.json'), 'utf8')) as {
    name: string;
    default_locale?: string;
  };
  const key = /^__MSG_(\w+)__$/.exec(manifest.name)?.[1];
  if (key === undefined) return manifest.name;
  const catalogue = JSON.parse(
    await readFile(path.join(extensionPath, '_locales', manifest.default_locale ?? 'en', 'messages.json'), 'utf8'),
  ) as Record<string, { message: string } | undefined>;
  const entry = Object.entries(catalogue).find(([name]) => name.toLowerCase() === key.toLowerCase())?.[1];
  if (entry === undefined) throw new Error(`harness: manifest name ${manifest.name} is not in the catalogue`);
  return entry.message;
}

/** The loaded extension's id, from its service worker's URL (waits for the worker to start). */
export async function extensionId(context: BrowserContext, timeoutMs = 10_000): Promise<string> {
  const isExtension = (url: string) => url.startsWith('chrome-extension://');
  const worker =
    context.serviceWorkers().find((candidate) => isExtension(candidate.url())) ??
    (await context
      .waitForEvent('serviceworker', { predicate: (candidate) => isExtension(candidate.url()), timeout: timeoutMs })
      .catch(() => {
        // Chromium reports manifest errors (a missing icon, a bad key) only in its own log, so point there.
        throw new Error(
          `harness: no extension service worker within ${timeoutMs} ms; the extension probably failed to load. ` +
            `See why with: ${chromePath()} --headless --enable-logging=stderr --load-extension=${launches.get(context)?.extensionPath ?? '?'} about:blank`,
        );
      }));
  return new URL(worker.url()).host;
}

/** The address as a URL: `host` or `host/path`, with `pathname` (which may carry a query) added. */
function fixtureUrl(address: string, pathname: string): string {
  const slash = address.indexOf('/');
  const host = slash < 0 ? address : address.slice(0, slash);
  const base = slash < 0 ? '' : address.slice(slash);
  const rest = pathname === '/' && base !== '' ? '' : pathname.startsWith('/') || pathname.startsWith('?') ? pathname : `/${pathname}`;
  return `https://${host}${base}${rest}`;
}

/** Whether a frame holds a fixture chat (its `window.__sent` and `window.__draft`). */
function isChatFrame(frame: Frame): Promise<boolean> {
  return frame.evaluate(() => Array.isArray(window.__sent) && typeof window.__draft === 'function').catch(() => false);
}

/** The frame of the page that holds the fixture chat: the page itself, or the iframe a site keeps its chat in. */
export async function composerFrame(page: Page): Promise<Frame> {
  for (const frame of page.frames()) if (await isChatFrame(frame)) return frame;
  return page.mainFrame();
}

/**
 * Opens a fixture at its address (`host` or `host/path`, as in `FIXTURE_HOST_OF`; `pathname` may add a query such as
 * `?send=mod-enter`) and waits until its composer is ready, in whichever frame holds it.
 */
export async function openFixture(context: BrowserContext, address: string, pathname = '/'): Promise<Page> {
  const page = await context.newPage();
  const errors: string[] = [];
  const collect = (error: Error) => errors.push(error.message);
  page.on('pageerror', collect);
  try {
    await page.goto(fixtureUrl(address, pathname), { waitUntil: 'load' });
    await waitForChat(page);
  } catch (error) {
    await page.close();
    throw new Error(`harness: the fixture at ${address} did not start${errors.length > 0 ? `: ${errors.join('; ')}` : ''}`, { cause: error });
  } finally {
    page.off('pageerror', collect);
  }
  return page;
}

/** Waits until the fixture chat runs in some frame of the page and its composer shows. */
export async function waitForChat(page: Page, timeoutMs = 10_000): Promise<Frame> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    for (const frame of page.frames()) {
      if (await isChatFrame(frame)) {
        await frame.locator(COMPOSER).waitFor({ state: 'visible', timeout: Math.max(1, until - Date.now()) });
        return frame;
      }
    }
    if (Date.now() > until) throw new Error('harness: no fixture chat in any frame of the page');
    await page.waitForTimeout(50);
  }
}

/** What the site's own send handler received, in order. */
export async function sent(page: Page): Promise<string[]> {
  return (await composerFrame(page)).evaluate(() => [...window.__sent]);
}

/** The text the fixture editor's own model holds (Lexical state, Slate children, Quill, CKEditor's model, Draft, value). */
export async function draftModel(page: Page): Promise<string> {
  return (await composerFrame(page)).evaluate(() => window.__draft());
}

/** Focuses the composer, puts the caret at the end, and types like a person; `\n` becomes Shift+Enter. */
export async function typeDraft(page: Page, text: string, delayMs = 8): Promise<void> {
  await (await composerFrame(page)).locator(COMPOSER).click();
  await page.keyboard.press('Control+End');
  const lines = text.split('\n');
  for (const [index, line] of lines.entries()) {
    if (index > 0) await page.keyboard.press('Shift+Enter');
    if (line !== '') await page.keyboard.type(line, { delay: delayMs });
  }
}

/** Whether the element focused in the composer's frame (looking into open shadow roots) is the composer or inside it. */
export async function composerFocused(page: Page): Promise<boolean> {
  return (await composerFrame(page)).evaluate((selector) => {
    const roots: (Document | ShadowRoot)[] = [document];
    let composer: Element | null = null;
    while (composer === null && roots.length > 0) {
      const root = roots.shift()!;
      composer = root.querySelector(selector);
      for (const host of root.querySelectorAll('*')) if (host.shadowRoot) roots.push(host.shadowRoot);
    }
    let active: Element | null = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    return Boolean(active && composer && (composer === active || composer.contains(active)));
  }, COMPOSER);
}

/**
 * Whether the extension's content script runs in this page, seen from outside: Chrome gives each extension
 * an isolated world named after it in every frame it injects into, and CDP lists those worlds.
 * Resolves true as soon as one appears, false after `timeoutMs` without one.
 */
export async function contentScriptActive(page: Page, timeoutMs = 2_000): Promise<boolean> {
  const name = launches.get(page.context())?.extensionName;
  if (name === undefined || name === null) throw new Error('harness: this browser was launched without an extension');
  const session = await page.context().newCDPSession(page);
  try {
    let found = false;
    let notify = () => {};
    session.on('Runtime.executionContextCreated', ({ context }) => {
      const auxData = context.auxData as { type?: string } | undefined;
      if (auxData?.type === 'isolated' && context.name === name) {
        found = true;
        notify();
      }
    });
    await session.send('Runtime.enable');
    if (!found) {
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, timeoutMs);
        notify = () => {
          clearTimeout(timer);
          resolve();
        };
      });
    }
    return found;
  } finally {
    await session.detach().catch(() => {});
  }
}

export interface Demo {
  context: BrowserContext;
  server: FixtureServer;
  openFixture: (host: string, pathname?: string) => Promise<Page>;
  close: () => Promise<void>;
}

/** The fixture sites with the extension loaded, for `npm start` and screenshots. */
export async function startDemo(options: { headless?: boolean; extensionPath?: string } = {}): Promise<Demo> {
  const server = await startFixtureServer();
  try {
    const context = await launchBrowser({ server, extensionPath: options.extensionPath ?? DEFAULT_EXTENSION_PATH, headless: options.headless ?? false });
    return {
      context,
      server,
      openFixture: (host, pathname) => openFixture(context, host, pathname),
      close: async () => {
        await context.close();
        await server.close();
      },
    };
  } catch (error) {
    await server.close();
    throw error;
  }
}
