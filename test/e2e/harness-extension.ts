/**
 * End-to-end helpers for the extension's own pages (options, popup) and its stored state, on top of harness.ts:
 * the service worker, reading and writing chrome.storage through it, reloading a fixture, and running axe-core.
 */
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { COMPOSER, DEFAULT_EXTENSION_PATH, ROOT, chromePath, chromiumArgs, extensionId, sent, typeDraft, type FixtureServer } from './harness';

export const HEATED = 'You never listen to me, this is stupid and I hate it';

/** The extension's service worker (it starts with the browser; waits for it if needed). */
export async function extensionWorker(context: BrowserContext): Promise<Worker> {
  const id = await extensionId(context);
  const worker = context.serviceWorkers().find((candidate) => new URL(candidate.url()).host === id);
  if (!worker) throw new Error('harness: the extension service worker is gone');
  return worker;
}

/** What storage.sync holds under "settings", unvalidated, exactly as stored. */
export function storedSettings(worker: Worker): Promise<unknown> {
  return worker.evaluate(async () => (await chrome.storage.sync.get('settings'))['settings']);
}

/** Writes `value` as the stored settings, bypassing every validation (for damaged-storage tests). */
export function writeStoredSettings(worker: Worker, value: unknown): Promise<void> {
  return worker.evaluate(async (settings) => {
    await chrome.storage.sync.set({ settings });
  }, value);
}

/** Back to a fresh install's state: no settings, no counts. */
export function clearStorage(worker: Worker): Promise<void> {
  return worker.evaluate(async () => {
    await chrome.storage.sync.clear();
    await chrome.storage.local.clear();
  });
}

export function registeredScriptIds(worker: Worker): Promise<string[]> {
  return worker.evaluate(async () => (await chrome.scripting.getRegisteredContentScripts()).map((script) => script.id));
}

/** Opens one of the extension's pages (e.g. "options/options.html") in a new tab. */
export async function openExtensionPage(context: BrowserContext, pagePath: string): Promise<Page> {
  const id = await extensionId(context);
  const page = await context.newPage();
  await page.goto(`chrome-extension://${id}/${pagePath}`, { waitUntil: 'load' });
  return page;
}

/** Reloads a fixture tab and waits until its composer is ready again (and the site's sent list is empty). */
export async function reloadFixture(page: Page): Promise<void> {
  await page.reload({ waitUntil: 'load' });
  await page.waitForFunction(() => Array.isArray(window.__sent) && typeof window.__draft === 'function');
  await page.locator(COMPOSER).waitFor({ state: 'visible' });
}

/**
 * Types the heated draft and waits long enough for a nudge to appear (the contract gives it 1.5 s),
 * then returns whether one did.
 */
export async function typeHeatedAndWatchForNudge(page: Page): Promise<boolean> {
  await typeDraft(page, HEATED);
  const status = page.getByRole('status');
  const deadline = Date.now() + 1_500;
  while (Date.now() < deadline) {
    if ((await status.count()) > 0 && namesHeatedWord(await status.first().innerText())) return true;
    await page.waitForTimeout(100);
  }
  return false;
}

/** Whether a nudge's text names at least one word of the heated draft, as the contract asks. */
function namesHeatedWord(text: string): boolean {
  const lower = text.toLowerCase();
  return (HEATED.toLowerCase().match(/[a-z']{3,}/g) ?? []).some((word) => lower.includes(word));
}

/** Presses Enter and reports what happened: the site sent (and what), or the pause opened, after `settleMs`. */
export async function pressEnterAndObserve(page: Page, settleMs = 600): Promise<{ sent: string[]; dialog: boolean }> {
  await page.keyboard.press('Enter');
  await page.waitForTimeout(settleMs);
  return { sent: await sent(page), dialog: (await page.getByRole('dialog').count()) > 0 };
}

/**
 * A copy of the production build whose manifest already holds `origins` as host permissions: what Chrome's
 * permission prompt would grant when the user accepts it, which headless Chromium cannot click.
 */
export async function extensionCopyGranting(origins: readonly string[]): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'attune-granted-'));
  await cp(DEFAULT_EXTENSION_PATH, dir, { recursive: true });
  const manifestPath = path.join(dir, 'manifest.json');
  const manifest = JSON.parse(await readFile(manifestPath, 'utf8')) as { host_permissions?: string[] };
  manifest.host_permissions = [...(manifest.host_permissions ?? []), ...origins];
  await writeFile(manifestPath, JSON.stringify(manifest, null, 2));
  return dir;
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: string[];
}

let axeScript: Promise<string> | undefined;
const axeSource = (): Promise<string> => (axeScript ??= readFile(path.join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8'));

/**
 * Runs axe-core in the page (scoped to `include` when given; axe looks into open shadow roots)
 * and returns the violations that are serious or critical.
 */
export async function seriousViolations(page: Page, include?: string): Promise<AxeViolation[]> {
  // Evaluated rather than added as a <script>: the extension pages' CSP refuses injected scripts, not DevTools evaluation.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(await axeSource());
  return page.evaluate(async (scope) => {
    // Contrast is judged at rest: a phase label fading in from 35 % opacity would otherwise be measured mid-fade.
    const still = new CSSStyleSheet();
    still.replaceSync('*, *::before, *::after { animation: none !important; transition: none !important; }');
    const roots: (Document | ShadowRoot)[] = [document];
    for (const element of document.querySelectorAll('*')) if (element.shadowRoot) roots.push(element.shadowRoot);
    for (const root of roots) root.adoptedStyleSheets = [...root.adoptedStyleSheets, still];
    const axe = (window as unknown as { axe: AxeApi }).axe;
    const results = await axe
      .run(scope ? { include: [scope] } : document, { resultTypes: ['violations'] })
      .finally(() => {
        for (const root of roots) root.adoptedStyleSheets = root.adoptedStyleSheets.filter((sheet) => sheet !== still);
      });
    return results.violations
      .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
      .map((violation) => ({
        id: violation.id,
        impact: violation.impact,
        help: violation.help,
        nodes: violation.nodes.map((node) => `${JSON.stringify(node.target)}: ${node.failureSummary ?? ''}`),
      }));
  }, include ?? null);
}

interface AxeApi {
  run(
    context: Document | { include: string[] },
    options: { resultTypes: string[] },
  ): Promise<{
    violations: { id: string; impact: string | null; help: string; nodes: { target: unknown; failureSummary?: string }[] }[];
  }>;
}

const catalogue = JSON.parse(await readFile(path.join(ROOT, '_locales/en/messages.json'), 'utf8')) as Record<string, { message: string }>;

/** A user-visible string from the message catalogue, with `$1`, `$2` substituted, as the product shows it. */
export function message(key: string, ...args: string[]): string {
  const entry = catalogue[key];
  if (!entry) throw new Error(`harness: no message ${key} in the catalogue`);
  return entry.message.replace(/\$(\d)/g, (_, index: string) => args[Number(index) - 1] ?? '');
}

/**
 * A persistent Chromium like harness.launchBrowser, plus the switch that lets the DevTools protocol click the
 * extension's toolbar button (Extensions.triggerAction), so the real action popup can be opened headless.
 */
export async function launchBrowserWithActions(server: FixtureServer): Promise<BrowserContext> {
  const userDataDir = await mkdtemp(path.join(tmpdir(), 'attune-profile-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    headless: true,
    executablePath: chromePath(),
    args: [...chromiumArgs(server, DEFAULT_EXTENSION_PATH), '--enable-unsafe-extension-debugging'],
    viewport: { width: 900, height: 640 },
    locale: 'en-US',
  });
  context.on('close', () => void rm(userDataDir, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 }).catch(() => {}));
  return context;
}

interface TargetInfo {
  targetId: string;
  type: string;
  url: string;
}

interface EvaluateReply {
  result?: { result?: { value?: unknown } };
  error?: unknown;
}

/** The real toolbar popup, opened as a click on the toolbar button would open it; read through the DevTools protocol. */
export interface ActionPopup {
  /** Evaluates `expression` in the popup and returns its value (JSON-serialisable). */
  evaluate<T>(expression: string): Promise<T>;
}

/** Clicks the extension's toolbar button for `page`'s tab (granting activeTab there) and attaches to the popup it opens. */
export async function openActionPopup(context: BrowserContext, page: Page): Promise<ActionPopup> {
  const browser = context.browser();
  if (!browser) throw new Error('harness: no browser behind this context');
  const id = await extensionId(context);
  const session = await browser.newBrowserCDPSession();
  const targets = async (type?: string): Promise<TargetInfo[]> =>
    ((await session.send('Target.getTargets', type ? { filter: [{ type }] } : {})) as { targetInfos: TargetInfo[] }).targetInfos;
  // A click on the toolbar button always happens on the tab in front, and the popup asks for that tab.
  await page.bringToFront();
  await page.waitForFunction(() => document.visibilityState === 'visible', undefined, { timeout: 3_000 });
  const tab = (await targets('tab')).find((target) => target.url === page.url());
  if (!tab) throw new Error(`harness: no tab target for ${page.url()}`);
  const popupUrl = `chrome-extension://${id}/popup/popup.html`;
  // popup.html may also be open in a tab; the action popup is the one that appears after the click.
  const before = new Set((await targets()).map((target) => target.targetId));
  await session.send('Extensions.triggerAction' as 'Target.getTargets', { id, targetId: tab.targetId } as never);

  let popup: TargetInfo | undefined;
  for (let attempt = 0; attempt < 50 && !popup; attempt += 1) {
    popup = (await targets()).find((target) => target.url === popupUrl && !before.has(target.targetId));
    if (!popup) await new Promise((resolve) => setTimeout(resolve, 100));
  }
  if (!popup) throw new Error('harness: the action popup did not open');
  // Playwright does not adopt the popup as a page, so talk to it through the browser session's target messages.
  const { sessionId } = (await session.send('Target.attachToTarget', { targetId: popup.targetId, flatten: false })) as { sessionId: string };
  let nextId = 1;
  const pending = new Map<number, (reply: EvaluateReply) => void>();
  session.on('Target.receivedMessageFromTarget', (event: { message: string }) => {
    const reply = JSON.parse(event.message) as EvaluateReply & { id?: number };
    if (reply.id !== undefined) pending.get(reply.id)?.(reply);
  });
  return {
    evaluate: async <T>(expression: string): Promise<T> => {
      const messageId = nextId++;
      const reply = new Promise<EvaluateReply>((resolve) => pending.set(messageId, resolve));
      await session.send('Target.sendMessageToTarget', {
        sessionId,
        message: JSON.stringify({ id: messageId, method: 'Runtime.evaluate', params: { expression, returnByValue: true, awaitPromise: true } }),
      });
      const { result, error } = await reply;
      if (error !== undefined) throw new Error(`harness: popup evaluate failed: ${JSON.stringify(error)}`);
      return result?.result?.value as T;
    },
  };
}
