/**
 * What a scenario may do in a browser, whichever browser it is: the shared end-to-end scenarios are written
 * against these interfaces once, and each browser has a driver that implements them
 * (chromium.ts with playwright-core, firefox.ts with puppeteer-core over WebDriver BiDi).
 * Elements are found as a person with a screen reader finds them, by role and accessible name,
 * also inside open shadow roots (where the nudge and the pause live).
 */
import { isFixtureRequest, type FixtureServer } from '../harness';

export type BrowserName = 'chromium' | 'firefox';

export type Role = 'button' | 'dialog' | 'heading' | 'status' | 'switch' | 'textbox';

/** An element by role and, when given, exact accessible name; `within` narrows the search to the first match of another. */
export interface ByRole {
  role: Role;
  name?: string;
  within?: ByRole;
}

/** The key presses scenarios use, in Playwright's notation. */
export type Keys = 'Enter' | 'Shift+Enter' | 'Control+Enter' | 'Escape' | 'Control+End';

/** A tab showing any page: a fixture chat site or one of the extension's own pages. */
export interface Tab {
  press(keys: Keys): Promise<void>;
  /** Types into the focused element like a person, one key at a time. */
  type(text: string): Promise<void>;
  /** Clicks the `index`-th element matching `target` with a real (trusted) pointer click. */
  click(target: ByRole, index?: number): Promise<void>;
  count(target: ByRole): Promise<number>;
  /** The rendered text of the first element matching `target`. */
  text(target: ByRole): Promise<string>;
  attribute(target: ByRole, name: string): Promise<string | null>;
  /** The current `value` of every element matching `target` (text boxes). */
  values(target: ByRole): Promise<string[]>;
  /** The page's rendered text outside shadow roots. */
  bodyText(): Promise<string>;
  /** Brings the tab in front, as a click on it would. */
  bringToFront(): Promise<void>;
  /** Reloads and waits until the page is ready again. */
  reload(): Promise<void>;
  /** Fetches `url` from the page's own main world, as the site's code would. */
  fetchFromPage(url: string): Promise<void>;
  /** The address the tab shows. */
  url(): string;
  close(): Promise<void>;
}

/** A fixture chat site in a tab, with what its own code received and holds. */
export interface FixtureTab extends Tab {
  /** Clicks the composer, puts the caret at the end and types `text`; `\n` becomes Shift+Enter. */
  typeDraft(text: string): Promise<void>;
  /** Whether the site has a send button beside its composer. */
  hasSendButton(): Promise<boolean>;
  clickSendButton(): Promise<void>;
  /** What the site's own send handler received, in order. */
  sent(): Promise<string[]>;
  /** The text the site's editor model holds (Lexical state, Slate children, Quill, ProseMirror doc, value). */
  draft(): Promise<string>;
  /** Whether the focused element (looking into open shadow roots) is the composer or inside it. */
  composerFocused(): Promise<boolean>;
}

/** The extension's own pages a scenario opens in a tab. */
export type ExtensionPage = 'options/options.html' | 'popup/popup.html';

export interface StorageDump {
  local: Record<string, unknown>;
  sync: Record<string, unknown>;
}

/** A request the browser reported, and whether an extension context (worker, background or extension page) made it. */
export interface RecordedRequest {
  url: string;
  fromExtension: boolean;
}

/** One browser with the production build of the extension installed, and the fixture server it talks to. */
export interface Driver {
  readonly browser: BrowserName;
  readonly server: FixtureServer;
  /** The origin of the extension's own pages, e.g. `chrome-extension://<id>` or `moz-extension://<uuid>`. */
  readonly extensionOrigin: string;
  openFixture(host: string): Promise<FixtureTab>;
  openExtensionPage(page: ExtensionPage): Promise<Tab>;
  storage(): Promise<StorageDump>;
  /**
   * What the toolbar popup asks a tab's content scripts, sent from an extension context the way the popup sends it
   * (`tabs.sendMessage`): the first answer, or the error when no content script answers.
   */
  askComposerStatus(tab: Tab): Promise<unknown>;
  /** Back to a fresh install's state: no settings, no counts. */
  clearStorage(): Promise<void>;
  /** Every request the browser reported since launch, from pages and extension contexts. */
  requests(): readonly RecordedRequest[];
  /**
   * Takes back host permissions the way a person does in the browser's add-on settings, or returns false
   * where the browser lets no one withdraw them (Chromium grants a Manifest V3 extension's host permissions for good).
   */
  withdrawHostPermissions(origins: readonly string[]): Promise<boolean>;
  close(): Promise<void>;
}

/**
 * Whether a recorded request is one the product allows: the fixture pages fetching their own page and script, and
 * the extension reading its own files. Anything else (above all, anything an extension context sends out) is a leak.
 */
export function isAllowedRequest(request: RecordedRequest, extensionOrigin: string): boolean {
  if (request.url.startsWith(`${extensionOrigin}/`) || request.url.startsWith('data:')) return true;
  if (request.fromExtension) return false;
  return isFixtureRequest(request.url);
}

/**
 * Run inside an extension context (the worker, or an extension page): asks the tab showing `url` what the popup
 * asks. Self-contained, since drivers hand it to the browser as source.
 */
export async function askComposerStatus(url: string): Promise<unknown> {
  const tab = (await chrome.tabs.query({})).find((candidate) => candidate.url === url);
  if (tab?.id === undefined) throw new Error(`no tab shows ${url}`);
  return chrome.tabs.sendMessage(tab.id, { type: 'attune/composer-status' });
}
