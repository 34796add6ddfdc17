/**
 * The site catalogue: the one place that says which chat sites Attune covers by default, where their composers
 * are and how each of them sends. The manifest, the options page and the content script all read it.
 * Where each marker comes from is written down in the README ("Where the site markers come from").
 */

/** How a site sends a message from the keyboard. */
export type SendKey =
  /** Enter sends, Shift+Enter makes a new line (most chat apps). */
  | 'enter'
  /** Ctrl+Enter (Cmd+Enter on macOS) sends; plain Enter makes a new line (mail, X posts, chat apps set that way). */
  | 'mod-enter';

/** One kind of composer on a site, where the site has more than one or shares its host with other text boxes. */
export interface ComposerEntry {
  /** Names the composer; what Attune learns about its send key is kept under the host and this name. */
  id: string;
  /** Matches the editor or one of its ancestors. */
  within?: readonly string[];
  /** Page paths (prefixes) where any editor is this composer. */
  paths?: readonly string[];
  /** The key that sends here until Attune has seen what the site does. */
  sendKey: SendKey;
}

/** Pages of another site's host that belong to this site (Google Chat inside Gmail). */
export interface SitePage {
  host: string;
  /** A path prefix, matched at a segment boundary: "/chat" covers "/chat" and "/chat/u/0", not "/chatter". */
  path: string;
}

export interface SiteEntry {
  /** Stable key used in settings. */
  id: string;
  /** The name people know the site by; shown in the options page and popup. */
  name: string;
  /** Host names the site is served from; each becomes `https://HOST/*` in the manifest. */
  hosts: readonly string[];
  /** Hosts that serve far more than this site: Attune acts there only in the composers listed below. */
  sharedHosts?: readonly string[];
  /** Pages on another entry's host that are this site, with this site's send key and switch. */
  pages?: readonly SitePage[];
  /** The key that sends in composers not listed in `composers`, until Attune has seen what the site does. */
  sendKey: SendKey;
  /** Whether people can change the send key in the site's own settings (so only watching tells which one it is). */
  sendKeySetting?: boolean;
  composers?: readonly ComposerEntry[];
  /** The site's own send-button markers (data attributes, icons), tried before any label. */
  sendButton: readonly string[];
}

/** A selector, and the attribute of the matched element to read instead of its text. */
export interface Marker {
  selector: string;
  attribute?: string;
}

/**
 * Where a site's conversation is in its markup, read only when a send is paused (src/content/conversation/).
 * A message is the other person's by `incoming`, the user's by `outgoing`; where the site marks neither, by its
 * author (compared with `self`), and last by alignment (one's own on the right), as the generic reader does.
 */
export interface ConversationMarkers {
  /** One message row. */
  message: string;
  /** Matches the row, an ancestor or a descendant of the other person's messages only. */
  incoming?: string;
  /** Matches the row, an ancestor or a descendant of the user's own messages only. */
  outgoing?: string;
  /** The message text inside the row; the whole row when it matches nothing. */
  text?: string;
  /** Parts of the text to leave out (times, reactions, quoted history). */
  skip?: string;
  /** The author inside the row; rows without one continue the previous row's author (grouped messages). */
  author?: Marker;
  /** Somewhere on the page: the signed-in user's identity, containing their author value (Gmail's address). */
  self?: Marker;
}

export const SITES: readonly SiteEntry[] = [
  {
    id: 'whatsapp',
    name: 'WhatsApp Web',
    hosts: ['web.whatsapp.com'],
    sendKey: 'enter',
    sendButton: ['[data-icon="wds-ic-send-filled"]'],
  },
  {
    id: 'messenger',
    name: 'Messenger',
    hosts: ['www.messenger.com', 'www.facebook.com'],
    // messenger.com redirects to facebook.com/messages; chats also open as pop-ups on every facebook.com page.
    sharedHosts: ['www.facebook.com'],
    sendKey: 'enter',
    composers: [
      {
        id: 'chat',
        paths: ['/messages', '/t'],
        within: ['[data-pagelet^="MWChatTab"]', '[data-pagelet="MWChat"]', '[data-pagelet="MAWSecureThreadDetailWrapper"]'],
        sendKey: 'enter',
      },
    ],
    sendButton: [],
    // No researched message markers (SITES-2026.md: none): its conversation is read by the generic reader.
  },
  {
    id: 'slack',
    name: 'Slack',
    hosts: ['app.slack.com'],
    sendKey: 'enter',
    sendKeySetting: true,
    sendButton: ['[data-qa="texty_send_button"]'],
  },
  {
    id: 'discord',
    name: 'Discord',
    hosts: ['discord.com'],
    sendKey: 'enter',
    sendButton: [],
  },
  {
    id: 'teams',
    name: 'Microsoft Teams',
    hosts: ['teams.cloud.microsoft', 'teams.microsoft.com', 'teams.live.com'],
    sendKey: 'enter',
    sendKeySetting: true,
    sendButton: ['[data-tid="sendMessageCommands-send"]', '[data-tid="newMessageCommands-send"]'],
  },
  {
    id: 'telegram',
    name: 'Telegram Web',
    hosts: ['web.telegram.org'],
    sendKey: 'enter',
    sendKeySetting: true,
    sendButton: ['button.btn-send', 'button.main-button.send'],
  },
  {
    id: 'gmail',
    name: 'Gmail',
    hosts: ['mail.google.com'],
    sendKey: 'mod-enter',
    sendButton: ['div[role="button"].aoO'],
  },
  {
    id: 'google-chat',
    name: 'Google Chat',
    hosts: ['chat.google.com'],
    pages: [{ host: 'mail.google.com', path: '/chat' }],
    sendKey: 'enter',
    sendButton: [],
    // Only generated class names (SITES-2026.md): its conversation is read by the generic reader.
  },
  {
    id: 'linkedin',
    name: 'LinkedIn',
    hosts: ['www.linkedin.com'],
    sendKey: 'enter',
    sendKeySetting: true,
    sendButton: ['button.msg-form__send-button'],
  },
  {
    id: 'x',
    name: 'X',
    hosts: ['x.com'],
    sendKey: 'enter',
    composers: [
      { id: 'post', within: ['.DraftEditor-root', '[data-testid^="tweetTextarea"]'], sendKey: 'mod-enter' },
      { id: 'chat', within: ['[data-testid="dm-composer-textarea"]'], sendKey: 'enter' },
    ],
    sendButton: ['[data-testid="dm-composer-send-button"]', '[data-testid="tweetButton"]', '[data-testid="tweetButtonInline"]'],
  },
  {
    id: 'instagram',
    name: 'Instagram',
    hosts: ['www.instagram.com'],
    sendKey: 'enter',
    sendButton: [],
    // Own messages known only by a row with justify-content: flex-end (SITES-2026.md): the generic reader's alignment.
  },
];

/**
 * Send-button markers many apps share (icons and test hooks named after sending), tried after a site's own
 * markers and before any label, on every site including the ones people add themselves.
 */
export const SEND_BUTTON_MARKERS: readonly string[] = [
  '[data-icon*="send" i]',
  '[data-testid*="send-button" i]',
  '[data-testid*="sendbutton" i]',
  '[data-tid$="-send"]',
  '[data-qa*="send_button" i]',
];

/**
 * The word "Send" as send buttons say it in the languages people use these apps in; labels are translated
 * ("Enviar"), so the English word alone misses most of the world. Tried only after the markers.
 */
export const SEND_LABELS: readonly string[] = [
  'send', 'enviar', 'envoyer', 'senden', 'invia', 'inviare', 'verzenden', 'versturen', 'wyślij', 'odeslat', 'odoslať',
  'küldés', 'trimite', 'skicka', 'lähetä', 'sende', 'gönder', 'отправить', 'надіслати', 'изпрати', 'αποστολή', 'שליחה',
  'שלח', 'إرسال', 'ارسال', 'भेजें', 'ส่ง', 'gửi', 'kirim', 'hantar', 'ipadala', '送信', '发送', '傳送', '보내기',
  'pošalji', 'pošlji', 'siųsti', 'sūtīt', 'saada', 'senda',
];

/** Scripts written without spaces, where "Send" may run straight into the next word (发送消息). */
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/u;
const LETTER = /[\p{L}\p{M}]/u;

/** Whether a button's label starts with the word "Send" in one of `SEND_LABELS`' languages ("Enviar mensaje", not "Sender"). */
export function isSendLabel(label: string): boolean {
  const text = label.trim().toLocaleLowerCase();
  return SEND_LABELS.some((word) => text.startsWith(word) && (UNSPACED.test(word) || !LETTER.test(text.charAt(word.length))));
}

/** The match pattern that covers every page of a host over HTTPS. */
export function hostMatchPattern(host: string): string {
  return `https://${host}/*`;
}

/** Every match pattern of the catalogue: the manifest's content scripts and host permissions. */
export function catalogueMatchPatterns(): string[] {
  return [...new Set(SITES.flatMap((site) => site.hosts.map(hostMatchPattern)))];
}

/** The catalogue entry serving `host`, if any (for a page of one site on another's host, see `siteForPage`). */
export function siteForHost(host: string): SiteEntry | undefined {
  const normalized = host.toLowerCase();
  return SITES.find((site) => site.hosts.includes(normalized));
}

function pathIsUnder(pathname: string, prefix: string): boolean {
  return pathname === prefix || pathname.startsWith(prefix.endsWith('/') ? prefix : `${prefix}/`);
}

/** The catalogue entry a page belongs to: a site's own pages on another's host first (mail.google.com/chat). */
export function siteForPage(host: string, pathname: string): SiteEntry | undefined {
  const normalized = host.toLowerCase();
  const guest = SITES.find((site) => site.pages?.some((page) => page.host === normalized && pathIsUnder(pathname, page.path)));
  return guest ?? siteForHost(normalized);
}

function matchesWithin(editor: Element, selectors: readonly string[] | undefined): boolean {
  return (selectors ?? []).some((selector) => {
    try {
      return editor.closest(selector) !== null;
    } catch {
      return false;
    }
  });
}

/** The catalogue composer an editor is, for sites that list theirs. */
export function composerOf(site: SiteEntry, editor: Element, pathname: string): ComposerEntry | undefined {
  return site.composers?.find(
    (composer) => matchesWithin(editor, composer.within) || (composer.paths ?? []).some((path) => pathIsUnder(pathname, path)),
  );
}

/** Whether Attune acts in this editor: anywhere on a site's own hosts, only in its composers on a shared host. */
export function actsIn(site: SiteEntry, host: string, pathname: string, editor: Element): boolean {
  if (!site.sharedHosts?.includes(host.toLowerCase())) return true;
  return composerOf(site, editor, pathname) !== undefined;
}

/** The key that sends in this editor by the catalogue: its composer's, else the site's. */
export function catalogueSendKey(site: SiteEntry, editor: Element, pathname: string): SendKey {
  return composerOf(site, editor, pathname)?.sendKey ?? site.sendKey;
}
