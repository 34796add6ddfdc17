// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { detectEditor } from '../../src/content/editors';
import { editorKindOf } from '../../src/content/editors/detect';
import { comparableText, readEditableText } from '../../src/content/editors/read-text';

function html(markup: string): HTMLElement {
  const box = document.createElement('div');
  box.innerHTML = markup;
  document.body.replaceChildren(box);
  return box;
}

/** The composed path a browser would report for an event at `target`, innermost first. */
function pathOf(target: Node): EventTarget[] {
  const path: EventTarget[] = [];
  for (let node: Node | null = target; node; node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null)) path.push(node);
  path.push(window);
  return path;
}

describe('detectEditor', () => {
  test('finds textareas and text or search inputs, but not password, readonly or disabled fields', () => {
    const box = html(`
      <textarea id="a"></textarea><input id="b"><input id="c" type="search"><input id="d" type="password">
      <textarea id="e" readonly></textarea><input id="f" disabled>`);
    const kind = (id: string) => {
      const element = box.querySelector(`#${id}`)!;
      return detectEditor(element, pathOf(element))?.kind ?? null;
    };
    expect([kind('a'), kind('b'), kind('c'), kind('d'), kind('e'), kind('f')]).toEqual(['textarea', 'input', 'input', null, null, null]);
  });

  test('returns the editing host when the event target is deep inside a contenteditable region', () => {
    const box = html('<div id="root" contenteditable="true"><p><span id="leaf">hi</span></p></div>');
    const leaf = box.querySelector('#leaf')!;
    expect(detectEditor(leaf, pathOf(leaf))?.element.id).toBe('root');
  });

  test('names each rich editor from the markers it puts on its root', () => {
    const box = html(`
      <div id="lexical" contenteditable="true" data-lexical-editor="true"></div>
      <div id="slate" contenteditable="true" data-slate-editor="true"></div>
      <div class="ql-container"><div id="quill" class="ql-editor" contenteditable="true"></div></div>
      <div id="pm" class="ProseMirror" contenteditable="true"></div>
      <div class="DraftEditor-root"><div id="draft" class="public-DraftEditor-content" contenteditable="true"></div></div>
      <div id="plain" contenteditable="true"></div>`);
    const kinds = ['lexical', 'slate', 'quill', 'pm', 'draft', 'plain'].map((id) => editorKindOf(box.querySelector<HTMLElement>(`#${id}`)!));
    expect(kinds).toEqual(['lexical', 'slate', 'quill', 'prosemirror', 'draft', 'contenteditable']);
  });

  test('sees an editor inside an open shadow root through the composed path', () => {
    const host = document.createElement('chat-composer');
    document.body.replaceChildren(host);
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML = '<div contenteditable="true" data-lexical-editor="true"><p>hey</p></div>';
    const editable = root.querySelector('div')!;
    const adapter = detectEditor(host, pathOf(editable.firstChild!));
    expect(adapter?.kind).toBe('lexical');
    expect(adapter?.getText()).toBe('hey');
  });

  test('ignores events outside any editor (buttons, plain text)', () => {
    const box = html('<p id="p">text</p><button id="b">Send</button>');
    expect(detectEditor(box.querySelector('#p'), pathOf(box.querySelector('#p')!))).toBeNull();
    expect(detectEditor(box.querySelector('#b'), pathOf(box.querySelector('#b')!))).toBeNull();
  });
});

describe('readEditableText', () => {
  const read = (markup: string) => readEditableText(html(markup).firstElementChild!);

  test('joins Lexical paragraphs with newlines and keeps an empty paragraph as an empty line', () => {
    expect(read('<div data-lexical-editor="true"><p><span>one</span></p><p><br></p><p><span>two</span></p></div>')).toBe('one\n\ntwo');
  });

  test('reads line breaks inside a paragraph but not the trailing <br> editors add to keep a line open', () => {
    expect(read('<div><p><span>a</span><br><span>b</span></p></div>')).toBe('a\nb');
    expect(read('<div><p><span>a</span><br><br></p></div>')).toBe('a\n');
    expect(read('<div class="ProseMirror"><p>hi<br class="ProseMirror-trailingBreak"></p></div>')).toBe('hi');
  });

  test('drops Slate placeholders and zero-width characters', () => {
    const slate = `<div data-slate-editor="true"><div data-slate-node="element"><span data-slate-node="text"><span data-slate-leaf="true">
      <span data-slate-placeholder="true" contenteditable="false">Message #general</span><span data-slate-zero-width="n">\uFEFF<br></span>
      </span></span></div></div>`;
    expect(read(slate).trim()).toBe('');
    expect(read('<div><p>he\u200Bllo\uFEFF</p></div>')).toBe('hello');
  });

  test('reads Quill\'s empty line and plain contenteditable\'s div lines', () => {
    expect(read('<div class="ql-editor"><p>first</p><p><br></p></div>')).toBe('first\n');
    expect(read('<div>top<div>next</div><div><br></div><div>last</div></div>')).toBe('top\nnext\n\nlast');
  });

  test('reads emoji drawn as images by their alt text', () => {
    expect(read('<div><p>ok <img alt="🙂" src="data:,"> thanks</p></div>')).toBe('ok 🙂 thanks');
  });

  test('reads non-breaking spaces as spaces', () => {
    expect(read('<div><p>two\u00A0 spaces</p></div>')).toBe('two  spaces');
  });

  test('comparableText ignores trailing whitespace and how the editor renders spaces', () => {
    expect(comparableText('hi\u00A0there\n\n')).toBe(comparableText('hi there'));
    expect(comparableText('hi there')).not.toBe(comparableText('hi  there'));
  });
});
