// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi, type Mock } from 'vitest';
import { analyze } from '../../src/analysis/analyze';
import { reframe } from '../../src/analysis/reframe';
import type { Analysis, SuggestionStyle } from '../../src/analysis/types';
import { PauseDialog, type PauseDialogProps } from '../../src/ui/PauseDialog';
import { advance, button, buttons, click, press, typeInto } from './ui-helpers';

vi.mock('../../src/analysis/reframe', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/analysis/reframe')>();
  return { ...real, reframe: vi.fn(real.reframe) };
});

const DRAFT = 'You never listen to me. I asked three times about the rent money for Friday and you ignored it.';
const NEVER = DRAFT.indexOf('You never');

/** A fixed analysis, so these tests hold the UI to account whatever the scorer decides. */
const ANALYSIS: Analysis = {
  level: 'heated',
  heated: true,
  score: 6,
  reasons: [
    { kind: 'criticism', spans: [{ start: NEVER, end: NEVER + 9 }], message: { key: 'reason_criticism', subs: ['You never'] } },
    {
      kind: 'stonewalling',
      spans: [{ start: DRAFT.indexOf('ignored'), end: DRAFT.indexOf('ignored') + 7 }],
      message: { key: 'reason_stonewalling', subs: ['ignored'] },
    },
  ],
};

let container: HTMLElement;
let callbacks: {
  onSendAnyway: Mock<() => void>;
  onKeepEditing: Mock<() => void>;
  onUseReply: Mock<(text: string, style: SuggestionStyle) => void>;
};

beforeEach(() => {
  vi.useFakeTimers();
  container = document.createElement('div');
  document.body.append(container);
  callbacks = { onSendAnyway: vi.fn(), onKeepEditing: vi.fn(), onUseReply: vi.fn<(text: string, style: SuggestionStyle) => void>() };
  vi.mocked(reframe).mockReset();
});

afterEach(() => {
  render(null, container);
  container.remove();
  vi.useRealTimers();
  vi.restoreAllMocks();
});

async function mount(overrides: Partial<PauseDialogProps> = {}) {
  await act(() => {
    render(
      <PauseDialog
        draft={DRAFT}
        analysis={ANALYSIS}
        breathing={{ pattern: 'cyclic-sighing', breaths: 3 }}
        reducedMotion
        {...callbacks}
        {...overrides}
      />,
      container,
    );
  });
  const dialog = container.querySelector<HTMLDialogElement>('[role="dialog"]');
  if (!dialog) throw new Error('no dialog');
  return dialog;
}

const textareas = () => [...container.querySelectorAll<HTMLTextAreaElement>('textarea')];
const iStatement = () => container.querySelector<HTMLTextAreaElement>('textarea[aria-label="Say how you feel"]');

describe('PauseDialog', () => {
  it('is a labelled modal dialog opened with showModal', async () => {
    const showModal = vi.spyOn(HTMLDialogElement.prototype, 'showModal');
    const dialog = await mount();
    expect(showModal).toHaveBeenCalledTimes(1);
    expect(dialog.tagName).toBe('DIALOG');
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    expect(dialog.open).toBe(true);
    const title = container.querySelector(`#${CSS.escape(dialog.getAttribute('aria-labelledby') ?? '')}`);
    expect(title?.textContent).toBe('A moment before you send');
  });

  it('falls back to an open, trapped dialog when showModal throws', async () => {
    vi.spyOn(HTMLDialogElement.prototype, 'showModal').mockImplementation(() => {
      throw new DOMException('not allowed', 'InvalidStateError');
    });
    const dialog = await mount();
    expect(dialog.hasAttribute('open')).toBe(true);
    expect(dialog.classList.contains('attune-dialog--fallback')).toBe(true);
    expect(dialog.getAttribute('role')).toBe('dialog');
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    expect(document.activeElement).toBe(button(dialog, 'Skip breathing'));
  });

  it('quotes the draft with the flagged words marked and says why in the draft’s own words', async () => {
    const dialog = await mount();
    const marks = [...dialog.querySelectorAll('blockquote mark')].map((mark) => mark.textContent);
    expect(marks).toEqual(['You never', 'ignored']);
    expect(dialog.querySelector('blockquote')?.textContent).toBe(DRAFT);
    expect(dialog.textContent).toContain('“You never” reads as criticism');
  });

  it('renders a hostile draft literally, never as markup', async () => {
    const draft = '<img src=x onerror="alert(1)"> you never <b>listen</b>';
    const start = draft.indexOf('you never');
    const dialog = await mount({
      draft,
      analysis: { ...ANALYSIS, reasons: [{ kind: 'criticism', spans: [{ start, end: start + 9 }], message: { key: 'reason_criticism', subs: ['you never'] } }] },
    });
    expect(dialog.querySelector('img, b')).toBeNull();
    expect(dialog.querySelector('blockquote')?.textContent).toBe(draft);
  });

  it('starts with breathing, focus on "Skip breathing", and Send anyway / Keep editing in reach', async () => {
    const dialog = await mount();
    expect(dialog.querySelector('[aria-live="polite"]')?.textContent).toBe('Breathe in');
    expect(document.activeElement).toBe(button(dialog, 'Skip breathing'));
    expect(buttons(dialog, 'Send anyway')).toHaveLength(1);
    expect(buttons(dialog, 'Keep editing')).toHaveLength(1);
    expect(buttons(dialog, 'Use this reply')).toHaveLength(0);
  });

  it('shows the naming chips and at least two replies once breathing is skipped', async () => {
    const dialog = await mount();
    await click(button(dialog, 'Skip breathing'));
    expect(buttons(dialog, 'Skip breathing')).toHaveLength(0);
    expect(buttons(dialog, 'Use this reply').length).toBeGreaterThanOrEqual(2);
    expect(buttons(dialog, 'Send anyway')).toHaveLength(1);
    expect(buttons(dialog, 'Keep editing')).toHaveLength(1);
    const chip = button(dialog, 'frustrated');
    expect(chip.getAttribute('aria-pressed')).toBe('false');
    expect(document.activeElement).toBe(chip);
  });

  it('moves on to naming and replies by itself when the breaths are done (about 30 s)', async () => {
    const dialog = await mount({ reducedMotion: false });
    await advance(29_000, vi.advanceTimersByTime);
    expect(buttons(dialog, 'Use this reply')).toHaveLength(0);
    await advance(1000, vi.advanceTimersByTime);
    expect(buttons(dialog, 'Use this reply').length).toBeGreaterThanOrEqual(2);
  });

  it('skips breathing when no breaths are set', async () => {
    const dialog = await mount({ breathing: { pattern: 'box', breaths: 0 } });
    expect(buttons(dialog, 'Skip breathing')).toHaveLength(0);
    expect(buttons(dialog, 'Use this reply').length).toBeGreaterThanOrEqual(2);
  });

  it('passes the named feeling and need to the reframer, and the I-statement uses them', async () => {
    const dialog = await mount({ breathing: { pattern: 'box', breaths: 0 } });
    const before = iStatement()?.value ?? '';
    expect(before).not.toContain('hurt');
    await click(button(dialog, 'hurt'));
    expect(button(dialog, 'hurt').getAttribute('aria-pressed')).toBe('true');
    expect(vi.mocked(reframe)).toHaveBeenLastCalledWith(DRAFT, ANALYSIS, { feeling: 'hurt' });
    expect(iStatement()?.value).toMatch(/\bI(?: feel| felt|'m) hurt\b/);

    await click(button(dialog, 'rest'));
    expect(vi.mocked(reframe)).toHaveBeenLastCalledWith(DRAFT, ANALYSIS, { feeling: 'hurt', need: 'rest' });
    expect(iStatement()?.value).toContain('some rest');

    await click(button(dialog, 'hurt'));
    expect(button(dialog, 'hurt').getAttribute('aria-pressed')).toBe('false');
    expect(vi.mocked(reframe)).toHaveBeenLastCalledWith(DRAFT, ANALYSIS, { feeling: undefined, need: 'rest' });
  });

  it('offers what they might feel behind a disclosure and passes it on as theirFeeling', async () => {
    const dialog = await mount({ breathing: { pattern: 'box', breaths: 0 } });
    await click(button(dialog, 'What might they be feeling?'));
    const group = [...dialog.querySelectorAll('[role="group"]')].find((element) =>
      element.textContent?.startsWith('What might they be feeling?'),
    );
    if (!group) throw new Error('no group for their feeling');
    await click(button(group, 'More'));
    await click(button(group, 'overwhelmed'));
    expect(vi.mocked(reframe)).toHaveBeenLastCalledWith(DRAFT, ANALYSIS, { theirFeeling: 'overwhelmed' });
  });

  it('keeps the user’s edit of a reply the naming did not change', async () => {
    const dialog = await mount({ breathing: { pattern: 'box', breaths: 0 } });
    const other = textareas().find((textarea) => textarea !== iStatement());
    if (!other) throw new Error('no second reply');
    await typeInto(other, 'Can we talk tonight about the rent money?');
    await click(button(dialog, 'hurt'));
    const kept = textareas().find((textarea) => textarea.value === 'Can we talk tonight about the rent money?');
    expect(kept).toBeDefined();
  });

  it('uses the edited text of the reply whose button was pressed, once', async () => {
    const dialog = await mount({ breathing: { pattern: 'box', breaths: 0 } });
    const [first, second] = textareas();
    if (!first || !second) throw new Error('fewer than two replies');
    await typeInto(second, 'Could we sort out the rent money tonight?');
    const use = buttons(dialog, 'Use this reply');
    await click(use[1]!);
    await click(use[0]!);
    expect(callbacks.onUseReply).toHaveBeenCalledTimes(1);
    const [text, style] = callbacks.onUseReply.mock.calls[0] ?? [];
    expect(text).toBe('Could we sort out the rent money tonight?');
    expect(['i-statement', 'curious', 'repair', 'pause']).toContain(style);
    expect(dialog.open).toBe(false);
  });

  it('does not offer to use a reply that was emptied', async () => {
    const dialog = await mount({ breathing: { pattern: 'box', breaths: 0 } });
    await typeInto(textareas()[0]!, '   ');
    expect(buttons(dialog, 'Use this reply')[0]?.disabled).toBe(true);
  });

  it('sends anyway exactly once and closes before the host acts', async () => {
    const dialog = await mount();
    callbacks.onSendAnyway.mockImplementation(() => expect(dialog.open).toBe(false));
    await click(button(dialog, 'Send anyway'));
    await click(button(dialog, 'Send anyway'));
    await click(button(dialog, 'Keep editing'));
    expect(callbacks.onSendAnyway).toHaveBeenCalledTimes(1);
    expect(callbacks.onKeepEditing).not.toHaveBeenCalled();
  });

  it('keeps editing from the button, during breathing', async () => {
    const dialog = await mount();
    await click(button(dialog, 'Keep editing'));
    expect(callbacks.onKeepEditing).toHaveBeenCalledTimes(1);
    expect(callbacks.onSendAnyway).not.toHaveBeenCalled();
  });

  it('keeps editing on Escape, once, even when the browser also fires cancel', async () => {
    const dialog = await mount();
    const escape = await press(button(dialog, 'Skip breathing'), 'Escape');
    expect(escape.defaultPrevented).toBe(true);
    await act(() => {
      dialog.dispatchEvent(new Event('cancel', { cancelable: true }));
    });
    expect(callbacks.onKeepEditing).toHaveBeenCalledTimes(1);
    expect(callbacks.onSendAnyway).not.toHaveBeenCalled();
  });

  it('keeps editing when the browser cancels the modal', async () => {
    const dialog = await mount();
    const cancel = new Event('cancel', { cancelable: true });
    await act(() => {
      dialog.dispatchEvent(cancel);
    });
    expect(cancel.defaultPrevented).toBe(true);
    expect(callbacks.onKeepEditing).toHaveBeenCalledTimes(1);
  });

  it('traps Tab inside the dialog in both directions', async () => {
    const dialog = await mount();
    const first = button(dialog, 'Skip breathing');
    const last = button(dialog, 'Send anyway');
    last.focus();
    await press(last, 'Tab');
    expect(document.activeElement).toBe(first);
    await press(first, 'Tab', { shiftKey: true });
    expect(document.activeElement).toBe(last);
  });

  it('keeps its keystrokes from the page’s own shortcuts', async () => {
    const pageListener = vi.fn();
    document.addEventListener('keydown', pageListener);
    const dialog = await mount({ breathing: { pattern: 'box', breaths: 0 } });
    await press(textareas()[0]!, 'k');
    document.removeEventListener('keydown', pageListener);
    expect(pageListener).not.toHaveBeenCalled();
    expect(dialog.open).toBe(true);
  });

  it('fails open when the reframer throws: no replies, the way out still there', async () => {
    vi.mocked(reframe).mockImplementation(() => {
      throw new Error('reframer broke');
    });
    const dialog = await mount({ breathing: { pattern: 'box', breaths: 0 } });
    expect(buttons(dialog, 'Use this reply')).toHaveLength(0);
    expect(dialog.textContent).toContain('No suggestions this time.');
    await click(button(dialog, 'Send anyway'));
    expect(callbacks.onSendAnyway).toHaveBeenCalledTimes(1);
  });

  it('works end to end with the real scorer and reframer on a heated draft', async () => {
    const draft = 'You ALWAYS forget to pick up the kids, you are so useless!!';
    const analysis = analyze(draft);
    const dialog = await mount({ draft, analysis });
    await click(button(dialog, 'Skip breathing'));
    const replies = textareas().map((textarea) => textarea.value);
    expect(replies.length).toBeGreaterThanOrEqual(2);
    expect(new Set(replies).size).toBe(replies.length);
    for (const reply of replies) expect(reply).not.toMatch(/useless|ALWAYS/);
  });
});
