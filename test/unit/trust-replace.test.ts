// @vitest-environment happy-dom
/**
 * Trust (issue 8): writing a chosen reply never resends it. When the reply lands and the person sends it at once,
 * the site empties its editor; the write path must not then take the empty editor for a failed write and put the
 * reply back (the next Enter would send it a second time).
 */
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { replaceVerified } from '../../src/content/editors/replace';

/** What happens to the textarea right after the first strategy wrote into it. */
let afterFirstWrite: (textarea: HTMLTextAreaElement) => void = () => undefined;
/** The editor takes the first write only on its next turn, as a busy page does. */
let writeLate = false;

// The first strategy (execCommand, which happy-dom lacks) writes the way the browser's would, then the page reacts.
vi.mock('../../src/content/editors/strategies/exec-command', () => ({
  replaceWithExecCommand: async (element: HTMLElement, text: string) => {
    if (!(element instanceof HTMLTextAreaElement)) return;
    const write = () => {
      element.value = text;
      element.dispatchEvent(new InputEvent('input', { bubbles: true }));
    };
    if (writeLate) {
      setTimeout(() => {
        write();
        afterFirstWrite(element);
      }, 0);
      return;
    }
    write();
    setTimeout(() => afterFirstWrite(element), 0);
  },
}));

let textarea: HTMLTextAreaElement;

beforeEach(() => {
  document.body.innerHTML = '<textarea></textarea>';
  textarea = document.querySelector('textarea')!;
  textarea.value = 'you never listen';
  afterFirstWrite = () => undefined;
  writeLate = false;
});

describe('replaceVerified', () => {
  test('a reply sent and cleared by the site right after it landed is not written back', async () => {
    const sent: string[] = [];
    afterFirstWrite = (element) => {
      sent.push(element.value);
      element.value = '';
    };
    expect(await replaceVerified('textarea', textarea, () => textarea.value, 'Can we talk tonight?')).toBe(true);
    expect(sent).toEqual(['Can we talk tonight?']);
    expect(textarea.value).toBe('');
  });

  test('an editor whose model put the old draft back still gets the reply through the next strategy', async () => {
    afterFirstWrite = (element) => {
      element.value = 'you never listen';
    };
    expect(await replaceVerified('textarea', textarea, () => textarea.value, 'Can we talk tonight?')).toBe(true);
    expect(textarea.value).toBe('Can we talk tonight?');
  });

  test('a reply that lands late, with the person already typing after it, is kept with what they typed', async () => {
    writeLate = true;
    afterFirstWrite = (element) => {
      element.value += ' th';
    };
    expect(await replaceVerified('textarea', textarea, () => textarea.value, 'Can we talk tonight?')).toBe(true);
    expect(textarea.value).toBe('Can we talk tonight? th');
  });
});
