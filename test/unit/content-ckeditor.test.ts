// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { createEditorAdapter } from '../../src/content/editors';
import { isCkEditor } from '../../src/content/editors/ckeditor';
import { STRATEGIES } from '../../src/content/editors/replace';
import { replaceWithDomWrite } from '../../src/content/editors/strategies/dom-write';
import { replaceWithExecCommand } from '../../src/content/editors/strategies/exec-command';

function editable(markup: string): HTMLElement {
  document.body.innerHTML = markup;
  return document.body.querySelector<HTMLElement>('[contenteditable]')!;
}

describe('CKEditor 5', () => {
  test('is recognised by its editable class and by Teams\' data-tid, and by nothing else', () => {
    expect(createEditorAdapter(editable('<div class="ck ck-content ck-editor__editable" contenteditable="true"><p>hi</p></div>')).kind).toBe('ckeditor');
    expect(createEditorAdapter(editable('<div data-tid="ckeditor" contenteditable="true"><p>hi</p></div>')).kind).toBe('ckeditor');
    expect(isCkEditor(editable('<div class="ck-toolbar" contenteditable="true"></div>'))).toBe(false);
    expect(createEditorAdapter(editable('<div contenteditable="true"></div>')).kind).toBe('contenteditable');
  });

  test('is never written through execCommand or the DOM, which its model undoes', () => {
    expect(STRATEGIES.ckeditor.length).toBeGreaterThan(0);
    expect(STRATEGIES.ckeditor).not.toContain(replaceWithExecCommand);
    expect(STRATEGIES.ckeditor).not.toContain(replaceWithDomWrite);
  });

  test('reads the draft the way the editor renders it: one line per paragraph, soft breaks as line breaks', () => {
    const adapter = createEditorAdapter(
      editable('<div class="ck-editor__editable" contenteditable="true"><p>first<br>second</p><p>third<br data-cke-filler="true"></p></div>'),
    );
    expect(adapter.getText()).toBe('first\nsecond\nthird');
  });
});
