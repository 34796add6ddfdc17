// @vitest-environment happy-dom
/**
 * Reading the other person's last message(s) from a chat page's markup, per covered site (as public sources describe
 * each site's messages, see src/sites.ts) and with the generic reader; never the user's own, nothing without confidence.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { readConversation, THEIR_TEXT_MAX } from '../../src/content/conversation';
import { conversationMarkersFor, CONVERSATION_MARKERS } from '../../src/conversation-markers';
import { SITES, type ConversationMarkers } from '../../src/sites';

const LAST = "I'm sorry I keep changing it. This week has been a lot and I'm exhausted.";
const EARLIER = 'Did you get a chance to look at the plan for Saturday?';
const MINE = 'Yes, I read it this morning.';

function markersOf(id: string): ConversationMarkers | null {
  return conversationMarkersFor(id);
}

/** Mounts `messages` above a composer, as chat pages lay them out, and returns the composer. */
function page(messages: string, composer = '<div contenteditable="true" role="textbox" id="composer"></div>'): HTMLElement {
  document.body.innerHTML = `<main>${messages}<footer>${composer}</footer></main>`;
  return document.getElementById('composer') as HTMLElement;
}

const LEFT = 'style="align-self: flex-start"';
const RIGHT = 'style="align-self: flex-end"';
const PANE = 'style="display: flex; flex-direction: column"';

afterEach(() => {
  document.body.innerHTML = '';
  document.title = '';
});

describe('WhatsApp Web: div.message-in / div.message-out, text in span.selectable-text', () => {
  const row = (side: 'in' | 'out', text: string, author: string) =>
    `<div class="message-${side}"><div class="copyable-text" data-pre-plain-text="[09:41, 30/11/2026] ${author}: "><span class="selectable-text copyable-text"><span>${text}</span></span></div><span class="time">09:41</span></div>`;

  it("quotes the other person's last message, not the user's reply before it nor the time", () => {
    const editor = page(`<div role="application">${row('in', EARLIER, 'Sam')}${row('out', MINE, 'You')}${row('in', LAST, 'Sam')}</div>`);
    expect(readConversation(editor, markersOf('whatsapp'))).toEqual([LAST]);
  });

  it('takes up to three of their messages in a row, oldest first', () => {
    const editor = page(`<div>${row('out', MINE, 'You')}${['one', 'two', 'three', 'four'].map((text) => row('in', text, 'Sam')).join('')}</div>`);
    expect(readConversation(editor, markersOf('whatsapp'))).toEqual(['two', 'three', 'four']);
  });

  it('still quotes their last message when the user already wrote after it', () => {
    const editor = page(`<div>${row('in', LAST, 'Sam')}${row('out', MINE, 'You')}</div>`);
    expect(readConversation(editor, markersOf('whatsapp'))).toEqual([LAST]);
  });

  it('finds nothing in a chat with only the user\'s own messages', () => {
    const editor = page(`<div>${row('out', MINE, 'You')}${row('out', 'Hello?', 'You')}</div>`);
    expect(readConversation(editor, markersOf('whatsapp'))).toBeNull();
  });
});

describe('Slack: message_container rows, no direction class; by author, grouped messages keep their author', () => {
  const row = (author: string | null, text: string, align = '') =>
    `<div class="c-message_kit__message" data-qa="message_container" ${align}>${author ? `<button data-qa="message_sender_name">${author}</button>` : ''}<div class="p-rich_text_section">${text}</div></div>`;

  it('tells the user by the "You" author label, and a grouped follow-up by the author above it', () => {
    const editor = page(`<div>${row('You', MINE)}${row('Sam', EARLIER)}${row(null, LAST)}</div>`);
    expect(readConversation(editor, markersOf('slack'))).toEqual([EARLIER, LAST]);
  });

  it('falls back to alignment when no author is known to be the user', () => {
    const editor = page(`<div ${PANE}>${row('Sam', EARLIER, LEFT)}${row('Alex', MINE, RIGHT)}${row('Sam', LAST, LEFT)}</div>`);
    expect(readConversation(editor, markersOf('slack'))).toEqual([LAST]);
  });

  it('has no confidence with two names, neither known to be the user, all on one side', () => {
    const editor = page(`<div ${PANE}>${row('Sam', EARLIER, LEFT)}${row('Alex', MINE, LEFT)}${row('Sam', LAST, LEFT)}</div>`);
    expect(readConversation(editor, markersOf('slack'))).toBeNull();
  });
});

describe('Discord: li[id^=chat-messages-] with message-username and message-content', () => {
  const row = (id: number, author: string | null, text: string) =>
    `<li id="chat-messages-42-${id}">${author ? `<span id="message-username-${id}">${author}</span>` : ''}<div id="message-content-${id}">${text}</div></li>`;

  it('reads their run of two by one author after the user\'s message', () => {
    const editor = page(`<ol data-list-id="chat-messages">${row(1, 'you', MINE)}${row(2, 'sam', EARLIER)}${row(3, null, LAST)}</ol>`);
    expect(readConversation(editor, markersOf('discord'))).toEqual([EARLIER, LAST]);
  });

  it('stops the run where another person spoke', () => {
    const editor = page(`<ol>${row(1, 'you', MINE)}${row(2, 'kim', EARLIER)}${row(3, 'sam', LAST)}</ol>`);
    expect(readConversation(editor, markersOf('discord'))).toEqual([LAST]);
  });
});

describe('Microsoft Teams: .fui-ChatMessage (theirs) and .fui-ChatMyMessage (own)', () => {
  const theirs = (text: string) =>
    `<div class="fui-ChatMessage" data-tid="chat-pane-message"><span data-tid="message-author-name">Sam Rivera</span><div class="fui-ChatMessage__body">${text}</div></div>`;
  const mine = (text: string) => `<div class="fui-ChatMyMessage" data-tid="chat-pane-message"><div class="fui-ChatMyMessage__body">${text}</div></div>`;

  it('reads the body of their last message, without the author name', () => {
    const editor = page(`<div>${theirs(EARLIER)}${mine(MINE)}${theirs(LAST)}</div>`);
    expect(readConversation(editor, markersOf('teams'))).toEqual([LAST]);
  });

  it('finds nothing when only the user wrote', () => {
    const editor = page(`<div>${mine(MINE)}</div>`);
    expect(readConversation(editor, markersOf('teams'))).toBeNull();
  });

  it('reads chat-pane-item rows once, with the message inside, and passes over system lines', () => {
    const item = (inner: string) => `<div data-tid="chat-pane-item">${inner}</div>`;
    const control = '<div data-tid="chat-pane-item"><div class="fui-ChatControlMessage">Meeting ended: 30m</div></div>';
    const editor = page(`<div id="chat-pane-list">${item(theirs(EARLIER))}${item(theirs(LAST))}${control}</div>`);
    expect(readConversation(editor, markersOf('teams'))).toEqual([EARLIER, LAST]);
  });
});

describe('Telegram Web: .bubble.is-in / .is-out (K), .Message / .Message.own (A)', () => {
  it('reads Web K bubbles and leaves the time out of the text', () => {
    const bubble = (side: 'in' | 'out', text: string) => `<div class="bubble is-${side}"><div class="message">${text}<span class="time">10:05</span></div></div>`;
    const editor = page(`<div class="bubbles-inner">${bubble('in', EARLIER)}${bubble('out', MINE)}${bubble('in', LAST)}</div>`);
    expect(readConversation(editor, markersOf('telegram'))).toEqual([LAST]);
  });

  it('reads Web A messages, the own ones marked .own', () => {
    const message = (own: boolean, text: string) => `<div class="Message${own ? ' own' : ''}"><div class="text-content">${text}</div></div>`;
    const editor = page(`<div class="MessageList">${message(false, EARLIER)}${message(true, MINE)}${message(false, LAST)}</div>`);
    expect(readConversation(editor, markersOf('telegram'))).toEqual([LAST]);
  });
});

describe('Gmail: each message .adn with sender span.gD[email] and body .a3s', () => {
  const mail = (email: string, text: string) =>
    `<div class="adn ads"><span class="gD" email="${email}">${email}</span><div class="ii gt"><div class="a3s aiL">${text}<div class="gmail_quote">On Monday you wrote: old words</div></div></div></div>`;
  const account = '<a href="https://accounts.google.com/SignOutOptions?hl=en" aria-label="Google Account: Alex (alex@example.org)"></a>';

  it("knows the user's own mail by the account's address and quotes the other's without the quoted history", () => {
    const editor = page(`${account}<div role="list">${mail('sam@example.org', EARLIER)}${mail('alex@example.org', MINE)}${mail('sam@example.org', LAST)}</div>`);
    expect(readConversation(editor, markersOf('gmail'))).toEqual([LAST]);
  });

  it('without the account button or alignment, has no confidence', () => {
    const editor = page(`<div>${mail('sam@example.org', EARLIER)}${mail('alex@example.org', MINE)}</div>`);
    expect(readConversation(editor, markersOf('gmail'))).toBeNull();
  });
});

describe('LinkedIn: .msg-s-event-listitem--other, in a dialog inside an open shadow root', () => {
  it('reads the conversation in the same shadow root as the composer', () => {
    document.body.innerHTML = '<div id="interop-outlet"></div>';
    const root = (document.getElementById('interop-outlet') as HTMLElement).attachShadow({ mode: 'open' });
    const event = (other: boolean, text: string) =>
      `<li class="msg-s-message-list__event"><div class="msg-s-event-listitem${other ? ' msg-s-event-listitem--other' : ''}"><span class="msg-s-message-group__name">${other ? 'Sam Rivera' : 'Alex'}</span><p class="msg-s-event-listitem__body">${text}</p></div></li>`;
    root.innerHTML = `<div role="dialog"><ul class="msg-s-message-list-content">${event(true, EARLIER)}${event(false, MINE)}${event(true, LAST)}</ul><form class="msg-form"><div class="msg-form__contenteditable" contenteditable="true"></div></form></div>`;
    const editor = root.querySelector('.msg-form__contenteditable') as HTMLElement;
    expect(readConversation(editor, markersOf('linkedin'))).toEqual([LAST]);
  });
});

describe('X: Chat rows [data-dm-message-row] by alignment; post threads as articles', () => {
  it('reads X Chat rows by their alignment', () => {
    const row = (text: string, align: string) => `<div data-dm-message-row ${align}><span>${text}</span></div>`;
    const editor = page(`<div ${PANE}>${row(EARLIER, LEFT)}${row(MINE, RIGHT)}${row(LAST, LEFT)}</div>`, '<textarea id="composer" data-testid="dm-composer-textarea"></textarea>');
    expect(readConversation(editor, markersOf('x'))).toEqual([LAST]);
  });

  it('reads the post being replied to, the user known by the "You" label', () => {
    const post = (name: string, text: string) => `<article data-testid="tweet"><div data-testid="User-Name">${name}</div><div data-testid="tweetText">${text}</div></article>`;
    const editor = page(`<div>${post('You', MINE)}${post('Sam Rivera @samrivera', LAST)}</div>`);
    expect(readConversation(editor, markersOf('x'))).toEqual([LAST]);
  });
});

describe('the generic reader (sites without markers: Messenger, Google Chat, Instagram, sites people add)', () => {
  it('reads a message log by alignment (own messages on the right)', () => {
    const row = (text: string, align: string) => `<div role="row" ${align}><div dir="auto">${text}</div></div>`;
    const editor = page(`<div role="log" ${PANE}>${row(EARLIER, LEFT)}${row(MINE, RIGHT)}${row(LAST, LEFT)}</div>`);
    expect(readConversation(editor, null)).toEqual([LAST]);
  });

  it("reads Instagram's rows, own ones by justify-content: flex-end", () => {
    const row = (text: string, justify: string) => `<div role="row" style="display: flex; justify-content: ${justify}"><div dir="auto">${text}</div></div>`;
    const editor = page(`<ol>${row(EARLIER, 'flex-start')}${row(MINE, 'flex-end')}${row(LAST, 'flex-start')}</ol>`);
    expect(readConversation(editor, null)).toEqual([LAST]);
  });

  it('reads rows in a container with no role of its own, as their parent', () => {
    const row = (text: string, justify: string) => `<div role="row" style="display: flex; justify-content: ${justify}"><div dir="auto">${text}</div></div>`;
    const editor = page(`<div class="x78zum5">${row(EARLIER, 'flex-start')}${row(MINE, 'flex-end')}${row(LAST, 'flex-start')}</div>`);
    expect(readConversation(editor, null)).toEqual([LAST]);
  });

  it('reads a Messenger-style grid of rows', () => {
    const row = (text: string, align: string) => `<div role="row" ${align}><div dir="auto">${text}</div></div>`;
    const editor = page(`<div role="grid" aria-label="Messages"><div ${PANE}>${row(EARLIER, LEFT)}${row(MINE, RIGHT)}${row(LAST, LEFT)}</div></div>`);
    expect(readConversation(editor, null)).toEqual([LAST]);
  });

  it('reads authors from their labels and leaves the name out of the text', () => {
    const item = (author: string, text: string) => `<li><span class="message-author">${author}</span>${text}</li>`;
    const editor = page(`<ol aria-label="Messages">${item('You', MINE)}${item('Sam', EARLIER)}${item('Sam', LAST)}</ol>`);
    expect(readConversation(editor, null)).toEqual([EARLIER, LAST]);
  });

  it('reads right-to-left pages the other way round', () => {
    const row = (text: string, align: string) => `<div role="row" ${align}>${text}</div>`;
    const editor = page(`<div role="log" dir="rtl" style="display: flex; flex-direction: column; direction: rtl">${row(EARLIER, RIGHT)}${row(MINE, LEFT)}${row(LAST, RIGHT)}</div>`);
    expect(readConversation(editor, null)).toEqual([LAST]);
  });

  it('has no confidence when every message sits on one side and no author is the user', () => {
    const row = (text: string) => `<div role="row" ${LEFT}>${text}</div>`;
    const editor = page(`<div role="log" ${PANE}>${row(EARLIER)}${row(MINE)}${row(LAST)}</div>`);
    expect(readConversation(editor, null)).toBeNull();
  });

  it('finds nothing when the newest message is the user\'s own and no other is known', () => {
    const row = (text: string) => `<div role="row" ${RIGHT}>${text}</div>`;
    const editor = page(`<div role="log" ${PANE}>${row('Hi Sam, are you free on Saturday?')}${row('Hello?')}</div>`);
    expect(readConversation(editor, null)).toBeNull();
  });

  it('finds nothing on a page with no conversation, and ignores lists below the composer', () => {
    expect(readConversation(page(''), null)).toBeNull();
    const editor = page('');
    editor.insertAdjacentHTML('afterend', `<ul ${PANE}><li ${LEFT}>Menu</li><li ${RIGHT}>Help</li></ul>`);
    expect(readConversation(editor, null)).toBeNull();
  });

  it('reads the conversation of this composer when two chats are open', () => {
    const chat = (text: string) =>
      `<section><div role="log" ${PANE}><div ${LEFT}>${text}</div><div ${RIGHT}>${MINE}</div></div><div contenteditable="true" class="box"></div></section>`;
    document.body.innerHTML = chat('from Kim') + chat(LAST);
    const second = document.querySelectorAll('.box')[1] as HTMLElement;
    expect(readConversation(second, null)).toEqual([LAST]);
    expect(readConversation(document.querySelector('.box') as HTMLElement, null)).toEqual(['from Kim']);
  });
});

describe('limits', () => {
  const bubble = (side: 'in' | 'out', text: string) => `<div class="message-${side}"><span class="selectable-text">${text}</span></div>`;

  it(`reads at most ${THEIR_TEXT_MAX} characters, cut at a word`, () => {
    const long = 'so much going on this week '.repeat(80);
    const editor = page(`<div>${bubble('out', MINE)}${bubble('in', long)}</div>`);
    const read = readConversation(editor, markersOf('whatsapp')) ?? [];
    expect(read).toHaveLength(1);
    expect(read[0]?.length).toBeLessThanOrEqual(THEIR_TEXT_MAX);
    expect(read[0]?.endsWith('…')).toBe(true);
    expect(long.startsWith((read[0] ?? '').slice(0, -1))).toBe(true);
  });

  it('drops the older messages of a run before cutting the newest', () => {
    const older = 'a'.repeat(600);
    const newest = 'b '.repeat(300).trim();
    const editor = page(`<div>${bubble('in', older)}${bubble('in', newest)}</div>`);
    expect(readConversation(editor, markersOf('whatsapp'))).toEqual([newest]);
  });

  it("falls back to the generic reader where a site's markers find nothing", () => {
    const row = (text: string, align: string) => `<div role="row" ${align}>${text}</div>`;
    const editor = page(`<div role="log" ${PANE}>${row(MINE, RIGHT)}${row(LAST, LEFT)}</div>`);
    expect(readConversation(editor, markersOf('whatsapp'))).toEqual([LAST]);
  });
});

it('every set of markers belongs to a catalogue site and names valid selectors', () => {
  for (const [id, markers] of Object.entries(CONVERSATION_MARKERS)) {
    expect(SITES.map((site) => site.id)).toContain(id);
    expect(() => document.querySelector(markers.message)).not.toThrow();
    for (const selector of [markers.incoming, markers.outgoing, markers.text, markers.skip, markers.author?.selector, markers.self?.selector]) {
      if (selector) expect(() => document.querySelector(selector)).not.toThrow();
    }
  }
});

describe('the generic reader and names shown above messages', () => {
  it('takes a short first line that starts several messages as their author, and leaves it out of the text', () => {
    const row = (author: string, text: string, align: string) => `<div ${align}><span class="njhDLd">${author}</span><div class="DTp27d">${text}</div></div>`;
    const editor = page(`<div role="list" ${PANE}>${row('Sam', EARLIER, LEFT)}${row('You', MINE, RIGHT)}${row('Sam', LAST, LEFT)}</div>`);
    expect(readConversation(editor, null)).toEqual([LAST]);
  });

  it('keeps a first line that starts no other message as part of the text', () => {
    const row = (lines: string[], align: string) => `<div ${align}>${lines.map((line) => `<p>${line}</p>`).join('')}</div>`;
    const editor = page(`<div role="log" ${PANE}>${row(['Hello', MINE], RIGHT)}${row(['Sorry!', LAST], LEFT)}</div>`);
    expect(readConversation(editor, null)).toEqual([`Sorry!\n${LAST}`]);
  });
});
