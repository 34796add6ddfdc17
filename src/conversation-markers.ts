/**
 * Where each catalogue site's conversation is in its markup, by site id, with the public source of every marker.
 * Kept apart from the catalogue because only the pause reads it (src/content/conversation/, in pause.js): the content
 * script that ships to every chat tab does not carry it. A site without an entry is read by the generic reader
 * (ARIA roles, author labels, alignment).
 */
import type { ConversationMarkers } from './sites';

export const CONVERSATION_MARKERS: Readonly<Record<string, ConversationMarkers>> = {
  // div.message-in / div.message-out and span.selectable-text: SITES-2026.md (automation repos, 2025-11);
  // benekuehn/whatsapp-scraper scraper.py ('div.message-out', 'span.selectable-text'); sanand0/tools whatsappscraper.
  whatsapp: { message: 'div.message-in, div.message-out', incoming: '.message-in', outgoing: '.message-out', text: 'span.selectable-text' },
  // [data-qa="message_container"], message_sender_name, .p-rich_text_section / .c-message__body: SITES-2026.md (2025
  // scripts); tytsxai/social-copilot adapters/slack.ts. No direction class: by author, else by alignment.
  slack: {
    message: '[data-qa="message_container"]',
    text: '[data-qa="message-text"], .p-rich_text_section, .c-message__body',
    author: { selector: '[data-qa="message_sender_name"]' },
  },
  // li[id^="chat-messages-"], [id^="message-username-"], [id^="message-content-"]: SITES-2026.md (client mods,
  // 2026-01); Fasteroid/chromium-console-scripts discord-dumper.js (grouped messages keep the last author).
  discord: {
    message: 'li[id^="chat-messages-"]',
    text: '[id^="message-content-"]',
    author: { selector: '[id^="message-username-"]' },
  },
  // .fui-ChatMessage / .fui-ChatMyMessage (Fluent UI's Chat components, microsoft/fluentui-contrib react-chat),
  // [data-tid="chat-pane-message"], [data-tid="message-author-name"]: SITES-2026.md (2025); rows
  // [data-tid="chat-pane-item"] with .fui-ChatMessage__body / .fui-ChatMyMessage__body (a Teams chat exporter's
  // content script); [data-tid="message-body"] (devnix/msteams-exporter lib/extractor.js, 2026-02).
  teams: {
    message: '[data-tid="chat-pane-item"], [data-tid="chat-pane-message"]',
    incoming: '.fui-ChatMessage',
    outgoing: '.fui-ChatMyMessage',
    text: '[data-tid="message-body"], .fui-ChatMessage__body, .fui-ChatMyMessage__body',
    author: { selector: '[data-tid="message-author-name"]' },
  },
  // Web K: .bubble.is-in / .is-out around .message (morethanwords/tweb components/chat/bubbles.ts; SITES-2026.md);
  // Web A: .Message, own ones .own (public adapters' selectors). The time sits inside the text in Web K.
  telegram: {
    message: '.bubble, .Message',
    incoming: '.bubble.is-in, .Message:not(.own)',
    outgoing: '.bubble.is-out, .Message.own',
    text: '.text-content, .message',
    skip: '.time, .reactions',
  },
  // Each message .adn, sender span.gD[email], body .a3s / .ii.gt (SITES-2026.md, I; extension sources reading
  // '.gD' and '.a3s.aiL'); the account's address in the account button's label (desaiaalap/email-assistant content.js).
  gmail: {
    message: '.adn',
    text: '.a3s, .ii.gt',
    skip: '.gmail_quote, .gmail_signature',
    author: { selector: 'span.gD[email]', attribute: 'email' },
    self: { selector: 'a[href*="accounts.google.com/SignOutOptions"][aria-label]', attribute: 'aria-label' },
  },
  // .msg-s-message-list__event, .msg-s-event-listitem--other: SITES-2026.md (extension sources, 2026);
  // sarahcallmesmadds/productivity_personal-email-slack-assistant selectors.js (body, sender name, own group).
  linkedin: {
    message: '.msg-s-message-list__event',
    incoming: '.msg-s-event-listitem--other',
    outgoing: '.msg-s-message-group--is-sender, .msg-s-event-listitem:not(.msg-s-event-listitem--other)',
    text: '.msg-s-event-listitem__body',
    author: { selector: '.msg-s-message-group__name' },
  },
  // X Chat rows [data-dm-message-row] (SITES-2026.md, 2025-11, 2026-08), direction only by alignment; a post
  // thread's article[data-testid="tweet"] with User-Name and tweetText (the test ids public scripts use).
  x: {
    message: '[data-dm-message-row], article[data-testid="tweet"]',
    text: '[data-testid="tweetText"]',
    author: { selector: '[data-testid="User-Name"]' },
  },
};

/** The markers of the catalogue site `siteId`; null: the generic reader. */
export function conversationMarkersFor(siteId: string | null | undefined): ConversationMarkers | null {
  return siteId && Object.hasOwn(CONVERSATION_MARKERS, siteId) ? (CONVERSATION_MARKERS[siteId] ?? null) : null;
}
