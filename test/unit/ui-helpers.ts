// Small DOM queries for the UI component tests: find controls the way a user names them.
import { act } from 'preact/test-utils';

export function accessibleText(element: Element): string {
  return (element.getAttribute('aria-label') ?? element.textContent ?? '').replace(/\s+/g, ' ').trim();
}

export function buttons(root: ParentNode, name: string): HTMLButtonElement[] {
  return [...root.querySelectorAll<HTMLButtonElement>('button')].filter((button) => accessibleText(button) === name);
}

export function button(root: ParentNode, name: string): HTMLButtonElement {
  const [found] = buttons(root, name);
  if (!found) throw new Error(`no button named "${name}"`);
  return found;
}

export async function click(element: HTMLElement): Promise<void> {
  await act(() => {
    element.click();
  });
}

export async function advance(ms: number, advanceTimers: (ms: number) => unknown): Promise<void> {
  await act(() => {
    advanceTimers(ms);
  });
}

export async function typeInto(textarea: HTMLTextAreaElement, value: string): Promise<void> {
  await act(() => {
    textarea.value = value;
    textarea.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

export async function press(target: Element, key: string, init: KeyboardEventInit = {}): Promise<KeyboardEvent> {
  const event = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, composed: true, ...init });
  await act(() => {
    target.dispatchEvent(event);
  });
  return event;
}
