// @vitest-environment happy-dom
/** The "They said" card: their last words and a gentle guess at their feeling, after the breathing, feeding the replies. */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { reframe } from '../../src/analysis/reframe';
import type { Analysis } from '../../src/analysis/types';
import { PauseDialog, type PauseDialogProps } from '../../src/ui/PauseDialog';
import { shortQuote } from '../../src/ui/pause/TheirSection';
import { button, buttons, click } from './ui-helpers';

vi.mock('../../src/analysis/reframe', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/analysis/reframe')>();
  return { ...real, reframe: vi.fn(real.reframe) };
});

const DRAFT = 'You never listen to me. You changed the plan again and I am sick of it.';
const ANALYSIS: Analysis = {
  level: 'heated',
  heated: true,
  score: 6,
  reasons: [{ kind: 'criticism', spans: [{ start: 0, end: 9 }], message: { key: 'reason_criticism', subs: ['You never'] } }],
};
const THEIRS = "I'm so stressed about work, the deadline is crushing me and I'm under so much pressure.";

let container: HTMLElement;

beforeEach(() => {
  vi.useFakeTimers();
  container = document.createElement('div');
  document.body.append(container);
  vi.mocked(reframe).mockClear();
});

afterEach(() => {
  render(null, container);
  container.remove();
  vi.useRealTimers();
});

async function mount(overrides: Partial<PauseDialogProps> = {}): Promise<HTMLElement> {
  await act(() => {
    render(
      <PauseDialog
        draft={DRAFT}
        analysis={ANALYSIS}
        breathing={{ pattern: 'box', breaths: 2 }}
        reducedMotion
        onSendAnyway={() => undefined}
        onUseReply={() => undefined}
        onKeepEditing={() => undefined}
        {...overrides}
      />,
      container,
    );
  });
  return container.querySelector('[role="dialog"]') as HTMLElement;
}

const card = () => [...container.querySelectorAll('section')].find((section) => section.querySelector('h3')?.textContent === 'They said');
const lastOptions = () => vi.mocked(reframe).mock.calls.at(-1)?.[2];
const lastTheirFeeling = () => lastOptions()?.theirFeeling;

describe('the "They said" card', () => {
  it('shows only after the breathing, quoting their words with a gentle guess at their feeling', async () => {
    const dialog = await mount({ theirs: [THEIRS] });
    expect(card()).toBeUndefined();
    await click(button(dialog, 'Skip breathing'));
    const section = card();
    expect(section?.querySelector('blockquote')?.getAttribute('aria-label')).toBe('Their message');
    expect(section?.querySelector('blockquote')?.textContent).toBe(THEIRS);
    expect(section?.textContent).toContain('They might be feeling stressed.');
    expect(button(section as HTMLElement, 'stressed').getAttribute('aria-pressed')).toBe('true');
  });

  it('hands their message to the replies, and one tap changes the guess or says "not sure"', async () => {
    const dialog = await mount({ theirs: [THEIRS] });
    await click(button(dialog, 'Skip breathing'));
    // The reply writer reads their message and makes the same guess; only the writer's own pick is passed on.
    expect(lastOptions()?.theirs).toBe(THEIRS);
    expect(lastTheirFeeling()).toBeUndefined();
    const section = card() as HTMLElement;
    await click(button(section, 'overwhelmed'));
    expect(card()?.textContent).toContain('They might be feeling overwhelmed.');
    expect(lastTheirFeeling()).toBe('overwhelmed');
    await click(button(card() as HTMLElement, 'not sure'));
    expect(card()?.textContent).toContain('Not sure how they feel');
    expect(lastTheirFeeling()).toBe('not-sure');
  });

  it('offers no feeling when none shows, and says when they simply asked something', async () => {
    const dialog = await mount({ theirs: ['What time is dinner?'] });
    await click(button(dialog, 'Skip breathing'));
    expect(card()?.textContent).toContain('They might simply be asking something.');
    expect(card()?.querySelector('[aria-pressed="true"]')).toBeNull();
    expect(lastTheirFeeling()).toBeUndefined();
  });

  it('replaces the "what might they feel" question of the naming step', async () => {
    const withCard = await mount({ theirs: [THEIRS] });
    await click(button(withCard, 'Skip breathing'));
    expect(buttons(withCard, 'What might they be feeling?')).toHaveLength(0);
    render(null, container);
    const without = await mount();
    await click(button(without, 'Skip breathing'));
    expect(buttons(without, 'What might they be feeling?')).toHaveLength(1);
  });

  it('shows no card, empty or otherwise, when nothing of theirs was found', async () => {
    for (const theirs of [undefined, []]) {
      render(null, container);
      const dialog = await mount({ theirs });
      await click(button(dialog, 'Skip breathing'));
      expect(card()).toBeUndefined();
      expect(dialog.textContent).not.toContain('They said');
    }
  });

  it('quotes a run of their messages as separate lines', async () => {
    const dialog = await mount({ theirs: ['Are you there?', 'I waited an hour.'] });
    await click(button(dialog, 'Skip breathing'));
    expect([...(card()?.querySelectorAll('blockquote p') ?? [])].map((line) => line.textContent)).toEqual(['Are you there?', 'I waited an hour.']);
  });
});

describe('shortQuote', () => {
  it('keeps their newest messages that fit and marks that earlier ones were left out', () => {
    expect(shortQuote(['a'.repeat(200), 'b'.repeat(100), 'c'.repeat(100)], 280)).toEqual({ lines: ['b'.repeat(100), 'c'.repeat(100)], cutBefore: true });
    expect(shortQuote(['short', 'words'], 280)).toEqual({ lines: ['short', 'words'], cutBefore: false });
  });

  it('cuts a long newest message at a word, with an ellipsis', () => {
    const long = 'this week has been so much '.repeat(20);
    const { lines } = shortQuote([long], 280);
    expect(lines).toHaveLength(1);
    expect(lines[0]?.length).toBeLessThanOrEqual(280);
    expect(lines[0]?.endsWith('…')).toBe(true);
    expect(long.startsWith((lines[0] ?? '').slice(0, -1))).toBe(true);
  });
});
