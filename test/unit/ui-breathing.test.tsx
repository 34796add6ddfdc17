// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { BreathingPatternId } from '../../src/settings/types';
import { Breathing } from '../../src/ui/Breathing';
import { exerciseSeconds } from '../../src/ui/breathing-patterns';
import { advance } from './ui-helpers';

let container: HTMLElement;

beforeEach(() => {
  vi.useFakeTimers();
  container = document.createElement('div');
  document.body.append(container);
});

afterEach(() => {
  render(null, container);
  container.remove();
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

const phaseText = () => container.querySelector('[aria-live="polite"]')?.textContent ?? '';
const count = () => container.querySelector('.attune-breath-count')?.textContent ?? '';
const circle = () => container.querySelector<HTMLElement>('.attune-breath-circle');

async function mount(pattern: BreathingPatternId, breaths: number, extra: { onDone?: () => void; reducedMotion?: boolean } = {}) {
  await act(() => {
    render(<Breathing pattern={pattern} breaths={breaths} {...extra} />, container);
  });
}

/** [seconds since start, phase text shown from then on] */
const TIMELINES: Record<BreathingPatternId, [number, string][]> = {
  'cyclic-sighing': [
    [0, 'Breathe in'],
    [1.5, 'Breathe in'],
    [2, 'Breathe in again'],
    [3, 'Breathe out'],
    [9.5, 'Breathe out'],
    [10, 'Breathe in'],
  ],
  resonant: [
    [0, 'Breathe in'],
    [5, 'Breathe in'],
    [5.5, 'Breathe out'],
    [10.5, 'Breathe out'],
    [11, 'Breathe in'],
  ],
  box: [
    [0, 'Breathe in'],
    [3.5, 'Breathe in'],
    [4, 'Hold'],
    [8, 'Breathe out'],
    [12, 'Hold'],
    [16, 'Breathe in'],
  ],
  '4-7-8': [
    [0, 'Breathe in'],
    [4, 'Hold'],
    [10.5, 'Hold'],
    [11, 'Breathe out'],
    [18.5, 'Breathe out'],
    [19, 'Breathe in'],
  ],
};

describe('Breathing', () => {
  for (const [pattern, timeline] of Object.entries(TIMELINES) as [BreathingPatternId, [number, string][]][]) {
    it(`changes the ${pattern} phase text at the pattern's seconds`, async () => {
      await mount(pattern, 2);
      let now = 0;
      for (const [at, text] of timeline) {
        await advance((at - now) * 1000, vi.advanceTimersByTime);
        now = at;
        expect(phaseText(), `at ${at} s`).toBe(text);
      }
    });
  }

  it('counts the seconds left in the phase down', async () => {
    await mount('box', 1);
    expect(count()).toBe('4');
    await advance(1000, vi.advanceTimersByTime);
    expect(count()).toBe('3');
    await advance(2000, vi.advanceTimersByTime);
    expect(count()).toBe('1');
    await advance(1000, vi.advanceTimersByTime);
    expect(phaseText()).toBe('Hold');
    expect(count()).toBe('4');
  });

  it('shows which breath is running', async () => {
    await mount('resonant', 3);
    expect(container.textContent).toContain('Breath 1 of 3');
    await advance(11_000, vi.advanceTimersByTime);
    expect(container.textContent).toContain('Breath 2 of 3');
  });

  it('calls onDone once, when the last breath ends (cyclic sighing, 3 breaths, 30 s)', async () => {
    const onDone = vi.fn();
    expect(exerciseSeconds('cyclic-sighing', 3)).toBe(30);
    await mount('cyclic-sighing', 3, { onDone });
    await advance(29_500, vi.advanceTimersByTime);
    expect(onDone).not.toHaveBeenCalled();
    expect(phaseText()).toBe('Breathe out');
    await advance(500, vi.advanceTimersByTime);
    expect(onDone).toHaveBeenCalledTimes(1);
    expect(phaseText()).toBe('Nicely done.');
    await advance(20_000, vi.advanceTimersByTime);
    expect(onDone).toHaveBeenCalledTimes(1);
  });

  it('scales the circle between phases when motion is allowed', async () => {
    await mount('box', 1, { reducedMotion: false });
    expect(circle()?.classList.contains('attune-breath-circle--moving')).toBe(true);
    expect(circle()?.style.getPropertyValue('--attune-to')).toBe('0.85');
    await advance(8000, vi.advanceTimersByTime);
    expect(circle()?.style.getPropertyValue('--attune-from')).toBe('1');
    expect(circle()?.style.getPropertyValue('--attune-to')).toBe('0.55');
    expect(circle()?.style.animationDuration).toBe('4s');
  });

  it('uses no scaling with reducedMotion, only the phase text and a fade', async () => {
    await mount('cyclic-sighing', 1, { reducedMotion: true });
    for (const at of [0, 2000, 1000]) {
      await advance(at, vi.advanceTimersByTime);
      const element = circle();
      expect(element?.classList.contains('attune-breath-circle--moving')).toBe(false);
      expect(element?.classList.contains('attune-breath-circle--still')).toBe(true);
      expect(element?.getAttribute('style') ?? '').not.toMatch(/transform|--attune-to|animation/);
    }
    expect(phaseText()).toBe('Breathe out');
  });

  it('follows prefers-reduced-motion when no prop is given', async () => {
    vi.stubGlobal('matchMedia', (query: string) => ({ matches: query.includes('reduce'), media: query }));
    await mount('resonant', 1);
    expect(circle()?.classList.contains('attune-breath-circle--still')).toBe(true);
    expect(circle()?.getAttribute('style') ?? '').not.toMatch(/transform|--attune-to/);
  });

  it('announces phases through one polite live region that holds only the phase', async () => {
    await mount('box', 1);
    const regions = container.querySelectorAll('[aria-live]');
    expect(regions).toHaveLength(1);
    expect(regions[0]?.textContent).toBe('Breathe in');
    expect(container.querySelector('.attune-breath-count')?.closest('[aria-hidden="true"]')).not.toBeNull();
  });
});
