// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { findSendButton, looksLikeSendButton, sendButtonInPath } from '../../src/content/send/button';

function pathOf(target: Node): EventTarget[] {
  const path: EventTarget[] = [];
  for (let node: Node | null = target; node; node = node.parentNode) path.push(node);
  return path;
}

function page(markup: string): HTMLElement {
  document.body.innerHTML = markup;
  return document.body;
}

describe('send buttons', () => {
  test('recognises "Send" by aria-label, title, data-tooltip or text, and nothing else', () => {
    const body = page(`
      <button id="a" aria-label="Send message"></button><div id="b" role="button" data-tooltip="Send (Ctrl-Enter)"></div>
      <button id="c">Send</button><button id="d" aria-label="Attach file"></button><button id="e">Sender settings</button>`);
    const sends = ['a', 'b', 'c', 'd', 'e'].map((id) => looksLikeSendButton(body.querySelector(`#${id}`)!));
    expect(sends).toEqual([true, true, true, false, false]);
  });

  test('a click on the icon inside a catalogue send button counts as a click on that button', () => {
    const body = page('<div class="composer"><div contenteditable="true" id="ed"></div><button id="go" aria-label="Go"><span data-icon="send" id="icon"></span></button></div>');
    const hit = sendButtonInPath(pathOf(body.querySelector('#icon')!), body.querySelector('#ed')!, ['[data-icon="send"]']);
    expect(hit?.id).toBe('go');
  });

  test('a "Send" button in the editor\'s composer counts; one elsewhere on the page does not', () => {
    const body = page(`
      <main><section><div class="row"><div contenteditable="true" id="ed"></div><button id="near">Send</button></div></section></main>
      <aside><div><div><div><div><div><div><button id="far">Send feedback</button></div></div></div></div></div></div></aside>`);
    const editor = body.querySelector('#ed')!;
    expect(sendButtonInPath(pathOf(body.querySelector('#near')!), editor, [])?.id).toBe('near');
    expect(sendButtonInPath(pathOf(body.querySelector('#far')!), editor, [])).toBeNull();
  });

  test('a click on another button of the composer is not a send', () => {
    const body = page('<form><textarea id="ed"></textarea><button type="button" id="emoji" aria-label="Emoji">🙂</button></form>');
    expect(sendButtonInPath(pathOf(body.querySelector('#emoji')!), body.querySelector('#ed')!, [])).toBeNull();
  });

  test('finds the composer\'s send button for a replayed send: catalogue selector, then a send marker, then the label', () => {
    const body = page('<form><textarea id="ed"></textarea><button id="label">Send</button><button id="cat" data-qa="texty_send_button"></button></form>');
    const editor = body.querySelector('#ed')!;
    expect(findSendButton(editor, ['button[data-qa="texty_send_button"]'])?.id).toBe('cat');
    expect(findSendButton(editor, [])?.id).toBe('cat');
    body.querySelector('#cat')!.remove();
    expect(findSendButton(editor, [])?.id).toBe('label');
  });

  test('knows a send button by its icon or by "Send" in the user\'s language, never by a longer word', () => {
    const body = page(`
      <button id="icon" aria-label="Envoyer le message"><span data-icon="wds-ic-send-filled"></span></button>
      <button id="es" aria-label="Enviar"></button><div id="de" role="button" title="Senden"></div><button id="ja">送信</button>
      <button id="zh">发送消息</button><button id="ru">Отправить</button><button id="pt">Enviar mensagem</button>
      <button id="sender">Sender</button><button id="enviado">Enviado</button><button id="attach" aria-label="Adjuntar"></button>`);
    const sends = ['icon', 'es', 'de', 'ja', 'zh', 'ru', 'pt', 'sender', 'enviado', 'attach'].map((id) =>
      looksLikeSendButton(body.querySelector(`#${id}`)!),
    );
    expect(sends).toEqual([true, true, true, true, true, true, true, false, false, false]);
  });

  test('a click on a button marked as a send button in another part of the page is not a send for this editor', () => {
    const body = page(`
      <main><section><div class="row"><div contenteditable="true" id="ed"></div></div></section></main>
      <aside><div><div><div><div><div><div><button id="far"><span data-icon="send"></span></button></div></div></div></div></div></div></aside>`);
    expect(sendButtonInPath(pathOf(body.querySelector('#far span')!), body.querySelector('#ed')!, [])).toBeNull();
  });
});
