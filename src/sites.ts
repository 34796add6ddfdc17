/**
 * The site catalogue: the one place that says which chat sites Attune covers by default
 * and how each of them sends. The manifest, the options page and the content script all read it.
 */

/** How a site sends a message from the keyboard. */
export type SendKey =
  /** Enter sends, Shift+Enter makes a new line (most chat apps). */
  | 'enter'
  /** Ctrl+Enter (Cmd+Enter on macOS) sends; plain Enter makes a new line (mail). */
  | 'mod-enter';

export interface SiteEntry {
  /** Stable key used in settings. */
  id: string;
  /** The name people know the site by; shown in the options page and popup. */
  name: string;
  /** Host names the site is served from; each becomes `https://HOST/*` in the manifest. */
  hosts: readonly string[];
  sendKey: SendKey;
  /** CSS selectors for the site's send button, tried before the generic "Send"-label heuristic. */
  sendButton: readonly string[];
}

export const SITES: readonly SiteEntry[] = [
  {
    id: 'whatsapp',
    name: 'WhatsApp Web',
    hosts: ['web.whatsapp.com'],
    sendKey: 'enter',
    sendButton: ['button[aria-label="Send"]', '[data-icon="send"]', '[data-icon="wds-ic-send-filled"]'],
  },
  {
    id: 'messenger',
    name: 'Messenger',
    hosts: ['www.messenger.com'],
    sendKey: 'enter',
    sendButton: ['[aria-label="Press enter to send"]', '[aria-label="Send"]'],
  },
  {
    id: 'slack',
    name: 'Slack',
    hosts: ['app.slack.com'],
    sendKey: 'enter',
    sendButton: ['button[data-qa="texty_send_button"]'],
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
    hosts: ['teams.microsoft.com', 'teams.live.com'],
    sendKey: 'enter',
    sendButton: ['button[data-tid="newMessageCommands-send"]', 'button[name="send"]'],
  },
  {
    id: 'telegram',
    name: 'Telegram Web',
    hosts: ['web.telegram.org'],
    sendKey: 'enter',
    sendButton: ['button.btn-send', 'button.send'],
  },
  {
    id: 'gmail',
    name: 'Gmail',
    hosts: ['mail.google.com'],
    sendKey: 'mod-enter',
    sendButton: ['div[role="button"][data-tooltip^="Send"]', 'div[role="button"].aoO'],
  },
  {
    id: 'google-chat',
    name: 'Google Chat',
    hosts: ['chat.google.com'],
    sendKey: 'enter',
    sendButton: ['button[aria-label="Send message"]', 'div[role="button"][aria-label="Send message"]'],
  },
  {
    id: 'linkedin',
    name: 'LinkedIn',
    hosts: ['www.linkedin.com'],
    sendKey: 'enter',
    sendButton: ['button.msg-form__send-button', 'button.msg-form__send-btn'],
  },
  {
    id: 'x',
    name: 'X',
    hosts: ['x.com'],
    sendKey: 'enter',
    sendButton: ['[data-testid="dmComposerSendButton"]', '[data-testid="tweetButton"]', '[data-testid="tweetButtonInline"]'],
  },
  {
    id: 'instagram',
    name: 'Instagram',
    hosts: ['www.instagram.com'],
    sendKey: 'enter',
    sendButton: ['div[role="button"][aria-label="Send"]'],
  },
];

/** The match pattern that covers every page of a host over HTTPS. */
export function hostMatchPattern(host: string): string {
  return `https://${host}/*`;
}

/** Every match pattern of the catalogue: the manifest's content scripts and host permissions. */
export function catalogueMatchPatterns(): string[] {
  return SITES.flatMap((site) => site.hosts.map(hostMatchPattern));
}

/** The catalogue entry serving `host`, if any. */
export function siteForHost(host: string): SiteEntry | undefined {
  const normalized = host.toLowerCase();
  return SITES.find((site) => site.hosts.includes(normalized));
}
