/**
 * The end-to-end harness: fixture chat sites built from the real editor packages, served over HTTPS at the
 * real chat hosts' names, and a headless Chromium with the production extension loaded.
 * Plain TypeScript with no test-runner imports, so `npm start` can use it through scripts/run-ts.mjs.
 */
import * as esbuild from 'esbuild';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

export type FixtureName =
  | 'lexical'
  | 'slate'
  | 'quill'
  | 'prosemirror'
  | 'textarea'
  | 'contenteditable'
  | 'shadow'
  | 'button-only'
  | 'uncovered';

/** Which fixture each host name serves. Every host here except the last is in the site catalogue. */
export const FIXTURE_HOSTS: Readonly<Record<string, FixtureName>> = {
  'web.whatsapp.com': 'lexical',
  'www.messenger.com': 'lexical',
  'discord.com': 'slate',
  'app.slack.com': 'quill',
  'teams.microsoft.com': 'prosemirror',
  'teams.live.com': 'prosemirror',
  'www.instagram.com': 'textarea',
  'web.telegram.org': 'contenteditable',
  'chat.google.com': 'shadow',
  'mail.google.com': 'button-only',
  'chat.example.org': 'uncovered',
};

/** One host per fixture, for tests that visit every fixture once. */
export const FIXTURE_HOST_OF: Readonly<Record<FixtureName, string>> = {
  lexical: 'web.whatsapp.com',
  slate: 'discord.com',
  quill: 'app.slack.com',
  prosemirror: 'teams.microsoft.com',
  textarea: 'www.instagram.com',
  contenteditable: 'web.telegram.org',
  shadow: 'chat.google.com',
  'button-only': 'mail.google.com',
  uncovered: 'chat.example.org',
};

/** The host no catalogue entry covers. */
export const UNCOVERED_HOST = FIXTURE_HOST_OF.uncovered;

/** Selector of the element a person types into on every fixture (it pierces the shadow fixture's open root). */
export const COMPOSER = '[data-testid="composer"]';

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

const FIXTURE_ENTRIES: Readonly<Record<FixtureName, string>> = {
  lexical: 'lexical/main.ts',
  slate: 'slate/main.tsx',
  quill: 'quill/main.ts',
  prosemirror: 'prosemirror/main.ts',
  textarea: 'textarea/main.ts',
  contenteditable: 'contenteditable/main.ts',
  shadow: 'shadow/main.ts',
  'button-only': 'button-only/main.ts',
  uncovered: 'uncovered/main.ts',
};

let fixturesBuilt: Promise<string> | undefined;

/** Bundles every fixture site in one esbuild call into test/.build/sites/<name>.js; once per process. */
export function buildFixtures(): Promise<string> {
  fixturesBuilt ??= buildFixturesNow();
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
    jsx: 'automatic',
    loader: { '.css': 'text' },
    define: { 'process.env.NODE_ENV': '"production"' },
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

const PAGE_HTML = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Fixture chat</title>
<link rel="icon" href="data:,">
</head>
<body>
<script type="module" src="/main.js"></script>
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
  const hosts = Object.keys(FIXTURE_HOSTS);
  const [buildDir, credentials] = await Promise.all([buildFixtures(), selfSignedCertificate(hosts)]);
  const requests: string[] = [];
  const server: Server = createServer(credentials, (request, response) => {
    const host = (request.headers.host ?? '').replace(/:\d+$/, '').toLowerCase();
    const fixture = FIXTURE_HOSTS[host];
    const pathname = new URL(request.url ?? '/', 'https://fixture.invalid').pathname;
    requests.push(`${host}${pathname}`);
    response.setHeader('cache-control', 'no-store');
    if (fixture === undefined) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end(`no fixture for host ${host}`);
    } else if (pathname === '/main.js') {
      readFile(path.join(buildDir, `${fixture}.js`)).then(
        (body) => response.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8' }).end(body),
        () => response.writeHead(500, { 'content-type': 'text/plain' }).end(`fixture ${fixture} is not built`),
      );
    } else if (pathname.endsWith('.js') || pathname.endsWith('.map') || pathname === '/favicon.ico') {
      response.writeHead(404).end();
    } else {
      // Every other path is the chat page, as a single-page app would answer.
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(PAGE_HTML);
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

/** Opens a fixture at its host name and waits until its composer is ready. */
export async function openFixture(context: BrowserContext, host: string, pathname = '/'): Promise<Page> {
  const page = await context.newPage();
  const errors: string[] = [];
  const collect = (error: Error) => errors.push(error.message);
  page.on('pageerror', collect);
  try {
    await page.goto(`https://${host}${pathname}`, { waitUntil: 'load' });
    await page.waitForFunction(() => Array.isArray(window.__sent) && typeof window.__draft === 'function', undefined, { timeout: 10_000 });
    await page.locator(COMPOSER).waitFor({ state: 'visible', timeout: 10_000 });
  } catch (error) {
    await page.close();
    throw new Error(`harness: the fixture at ${host} did not start${errors.length > 0 ? `: ${errors.join('; ')}` : ''}`, { cause: error });
  } finally {
    page.off('pageerror', collect);
  }
  return page;
}

/** What the site's own send handler received, in order. */
export function sent(page: Page): Promise<string[]> {
  return page.evaluate(() => [...window.__sent]);
}

/** The text the fixture editor's own model holds (Lexical state, Slate children, Quill, ProseMirror doc, value). */
export function draftModel(page: Page): Promise<string> {
  return page.evaluate(() => window.__draft());
}

/** Focuses the composer, puts the caret at the end, and types like a person; `\n` becomes Shift+Enter. */
export async function typeDraft(page: Page, text: string, delayMs = 8): Promise<void> {
  await page.locator(COMPOSER).click();
  await page.keyboard.press('Control+End');
  const lines = text.split('\n');
  for (const [index, line] of lines.entries()) {
    if (index > 0) await page.keyboard.press('Shift+Enter');
    if (line !== '') await page.keyboard.type(line, { delay: delayMs });
  }
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
