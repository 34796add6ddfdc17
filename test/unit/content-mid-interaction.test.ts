// @vitest-environment happy-dom
import { beforeEach, describe, expect, test } from 'vitest';
import { isMidInteraction, siteListOpen } from '../../src/content/send/mid-interaction';
import type { KeyLike } from '../../src/content/send/keys';

const ENTER: KeyLike = { key: 'Enter', keyCode: 13, isComposing: false, shiftKey: false, altKey: false, ctrlKey: false, metaKey: false };

let editor: HTMLElement;

beforeEach(() => {
  document.body.innerHTML = '<main><form id="composer"><div id="box" contenteditable="true"></div></form><ul role="listbox" id="far" style="display: none"><li role="option" id="far-1">x</li></ul></main>';
  editor = document.querySelector('#box')!;
});

function openList(where: ParentNode, id = 'mentions'): HTMLElement {
  const list = document.createElement('ul');
  list.id = id;
  list.setAttribute('role', 'listbox');
  list.innerHTML = `<li role="option" id="${id}-1">Sam</li>`;
  where.append(list);
  return list;
}

describe('the site\'s open autocomplete', () => {
  test('a closed editor with no list is not mid-interaction', () => {
    expect(siteListOpen(editor)).toBe(false);
    expect(isMidInteraction(ENTER, editor)).toBe(false);
  });

  test('aria-expanded="true" on the editor, or on the combobox around it, means a list is open', () => {
    editor.setAttribute('aria-expanded', 'true');
    expect(siteListOpen(editor)).toBe(true);
    editor.setAttribute('aria-expanded', 'false');
    expect(siteListOpen(editor)).toBe(false);
    const combobox = document.querySelector('#composer')!;
    combobox.setAttribute('role', 'combobox');
    combobox.setAttribute('aria-expanded', 'true');
    expect(siteListOpen(editor)).toBe(true);
  });

  test('aria-activedescendant counts when it points at a shown option, not at one that is gone or hidden', () => {
    editor.setAttribute('aria-activedescendant', 'gone');
    expect(siteListOpen(editor)).toBe(false);
    editor.setAttribute('aria-activedescendant', 'far-1');
    expect(siteListOpen(editor)).toBe(false);
    openList(document.body, 'popup');
    editor.setAttribute('aria-activedescendant', 'popup-1');
    expect(siteListOpen(editor)).toBe(true);
  });

  test('a shown listbox the editor owns (aria-controls, aria-owns) counts wherever it is; a hidden one does not', () => {
    const list = openList(document.body, 'portal');
    editor.setAttribute('aria-controls', 'portal');
    expect(siteListOpen(editor)).toBe(true);
    list.style.display = 'none';
    expect(siteListOpen(editor)).toBe(false);
    list.style.display = '';
    editor.removeAttribute('aria-controls');
    editor.setAttribute('aria-owns', 'other portal');
    expect(siteListOpen(editor)).toBe(true);
  });

  test('a shown listbox in the composer counts; one elsewhere on the page does not', () => {
    openList(document.querySelector('main')!, 'elsewhere');
    expect(siteListOpen(editor)).toBe(false);
    const list = openList(document.querySelector('#composer')!);
    expect(siteListOpen(editor)).toBe(true);
    list.style.display = 'none';
    expect(siteListOpen(editor)).toBe(false);
  });

  test('inside a shadow root, ids are looked up in the editor\'s own root', () => {
    const host = document.createElement('div');
    document.body.append(host);
    const root = host.attachShadow({ mode: 'open' });
    const inner = document.createElement('textarea');
    root.append(inner);
    openList(root, 'inside');
    inner.setAttribute('aria-controls', 'inside');
    expect(siteListOpen(inner)).toBe(true);
  });
});

describe('keys that are never a send', () => {
  test('composition, Shift and Alt are mid-interaction whatever the page shows', () => {
    expect(isMidInteraction({ ...ENTER, isComposing: true }, editor)).toBe(true);
    expect(isMidInteraction({ ...ENTER, keyCode: 229 }, editor)).toBe(true);
    expect(isMidInteraction({ ...ENTER, shiftKey: true }, editor)).toBe(true);
    expect(isMidInteraction({ ...ENTER, altKey: true }, editor)).toBe(true);
  });
});
