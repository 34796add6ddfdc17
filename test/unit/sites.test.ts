// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { actsIn, catalogueMatchPatterns, catalogueSendKey, composerOf, isSendLabel, SITES, siteForHost, siteForPage } from '../../src/sites';

const readme = readFileSync(path.join(process.cwd(), 'README.md'), 'utf8');

function editorIn(markup: string): HTMLElement {
  document.body.innerHTML = markup;
  return document.body.querySelector<HTMLElement>('[contenteditable], textarea')!;
}

/** The part of a selector that names the site's own marker: its last quoted value, else its last class. */
function distinctive(selector: string): string {
  return [...selector.matchAll(/"([^"]+)"|\.([\w-]+)/g)].map((match) => match[1] ?? match[2]).at(-1) ?? selector;
}

const site = (id: string) => SITES.find((entry) => entry.id === id)!;

describe('the site catalogue', () => {
  test('covers Teams at its new host beside the old ones, and Messenger on facebook.com', () => {
    expect(siteForHost('teams.cloud.microsoft')?.id).toBe('teams');
    expect(siteForHost('teams.microsoft.com')?.id).toBe('teams');
    expect(siteForHost('www.facebook.com')?.id).toBe('messenger');
    expect(catalogueMatchPatterns()).toContain('https://teams.cloud.microsoft/*');
  });

  test('gives each host to one site, and Gmail\'s Chat pages to Google Chat', () => {
    const hosts = SITES.flatMap((entry) => entry.hosts);
    expect(new Set(hosts).size).toBe(hosts.length);
    expect(siteForPage('mail.google.com', '/chat/u/0/')?.id).toBe('google-chat');
    expect(siteForPage('mail.google.com', '/chat')?.id).toBe('google-chat');
    expect(siteForPage('mail.google.com', '/mail/u/0/')?.id).toBe('gmail');
    expect(siteForPage('mail.google.com', '/chatter')?.id).toBe('gmail');
    expect(siteForPage('chat.google.com', '/u/0/frame')?.id).toBe('google-chat');
  });

  test('on facebook.com acts only in Messenger\'s chat boxes: the pop-ups and /messages, not posts or comments', () => {
    const messenger = site('messenger');
    const popup = editorIn('<div data-pagelet="MWChatTabsPagelet"><div role="dialog"><div contenteditable="true"></div></div></div>');
    expect(actsIn(messenger, 'www.facebook.com', '/', popup)).toBe(true);
    const post = editorIn('<div role="main"><div role="dialog"><div contenteditable="true" aria-label="What\'s on your mind?"></div></div></div>');
    expect(actsIn(messenger, 'www.facebook.com', '/', post)).toBe(false);
    expect(actsIn(messenger, 'www.facebook.com', '/groups/42', post)).toBe(false);
    expect(actsIn(messenger, 'www.facebook.com', '/messages/t/42', post)).toBe(true);
    expect(actsIn(messenger, 'www.messenger.com', '/', post)).toBe(true);
  });

  test('knows X\'s two composers: posts send on Ctrl/Cmd+Enter, Chat on Enter', () => {
    const x = site('x');
    const reply = editorIn('<div class="DraftEditor-root"><div contenteditable="true" data-testid="tweetTextarea_0"></div></div>');
    expect(composerOf(x, reply, '/home')?.id).toBe('post');
    expect(catalogueSendKey(x, reply, '/home')).toBe('mod-enter');
    const chat = editorIn('<textarea data-testid="dm-composer-textarea"></textarea>');
    expect(composerOf(x, chat, '/i/chat')?.id).toBe('chat');
    expect(catalogueSendKey(x, chat, '/i/chat')).toBe('enter');
  });

  test('finds the word "Send" in the languages people use, and not a longer word that starts like it', () => {
    for (const label of ['Send', 'Enviar', 'Envoyer le message', 'Senden', 'Invia', 'Wyślij', 'Отправить', '送信', '发送消息', '보내기', 'إرسال']) {
      expect(isSendLabel(label)).toBe(true);
    }
    for (const label of ['Sender', 'Enviado', 'Attach', 'Sendungen', '']) expect(isSendLabel(label)).toBe(false);
  });

  test('every site and every host is in the README\'s list of sites, with where its markers come from', () => {
    const sitesSection = readme.slice(readme.indexOf('## Sites'), readme.indexOf('## How well it reads drafts'));
    for (const entry of SITES) {
      expect(sitesSection).toContain(`| ${entry.name} |`);
      for (const host of entry.hosts) expect(sitesSection).toContain(`\`${host}\``);
      for (const marker of entry.sendButton) expect(sitesSection).toContain(distinctive(marker));
    }
  });
});
