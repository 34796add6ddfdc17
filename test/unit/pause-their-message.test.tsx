// @vitest-environment happy-dom
/** The pause bundle reads the other person's last message on the page it mounts for, and only then. */
import { act } from 'preact/test-utils';
import { afterEach, expect, it } from 'vitest';
import { loadedPause } from '../../src/pause/api';
import '../../src/pause/index';
import type { PauseDialogProps } from '../../src/ui/PauseDialog';
import { button, click } from './ui-helpers';


const THEIRS = "I'm sorry I keep changing it. This week has been a lot and I'm exhausted.";

const props: PauseDialogProps = {
  draft: 'You never listen to me and you keep changing the plan',
  analysis: { level: 'heated', heated: true, score: 5, reasons: [] },
  breathing: { pattern: 'box', breaths: 1 },
  reducedMotion: true,
  onSendAnyway: () => undefined,
  onUseReply: () => undefined,
  onKeepEditing: () => undefined,
};

let unmount: (() => void) | undefined;

afterEach(() => {
  unmount?.();
  document.body.innerHTML = '';
});

async function pauseOn(messages: string): Promise<HTMLElement> {
  document.body.innerHTML = `<div id="pane">${messages}</div><footer><div contenteditable="true" id="composer"></div></footer><div id="host"></div>`;
  const editor = document.getElementById('composer') as HTMLElement;
  const container = document.getElementById('host') as HTMLElement;
  const pause = loadedPause();
  if (!pause) throw new Error('pause.js did not register');
  await act(() => {
    unmount = pause.mountPause(container, props, { editor, siteId: 'whatsapp' });
  });
  await click(button(container, 'Skip breathing'));
  return container;
}

const bubble = (side: 'in' | 'out', text: string) => `<div class="message-${side}"><span class="selectable-text">${text}</span></div>`;

it("quotes the other person's last message, read from the page as the pause mounts", async () => {
  const pause = await pauseOn(bubble('in', 'Did you look at the plan?') + bubble('out', 'Yes.') + bubble('in', THEIRS));
  expect(pause.querySelector('blockquote[aria-label="Their message"]')?.textContent).toBe(THEIRS);
  expect(pause.textContent).toContain('They might be feeling sorry.');
});

it('shows no card in a chat where only the user wrote', async () => {
  const pause = await pauseOn(bubble('out', 'Hi Sam, are you free on Saturday?'));
  expect(pause.querySelector('blockquote[aria-label="Their message"]')).toBeNull();
  expect(pause.textContent).not.toContain('They said');
});
