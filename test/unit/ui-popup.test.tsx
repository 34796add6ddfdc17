// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { weekSummary } from '../../src/settings/counts';
import { defaultSettings } from '../../src/settings/schema';
import type { Settings } from '../../src/settings/types';
import { SITES } from '../../src/sites';
import { PopupView, type PageState, type PopupViewProps } from '../../src/ui/Popup';
import { advance, button, buttons, click } from './ui-helpers';

const NOW = new Date(2025, 4, 14, 15, 0).getTime();
const whatsapp = SITES.find((site) => site.id === 'whatsapp')!;

let container: HTMLElement;
let handlers: Pick<PopupViewProps, 'onToggleSite' | 'onAddSite' | 'onSnoozeHour' | 'onSnoozeTomorrow' | 'onResume' | 'onOpenSettings'>;

beforeEach(() => {
  vi.useFakeTimers();
  container = document.createElement('div');
  document.body.append(container);
  handlers = {
    onToggleSite: vi.fn(),
    onAddSite: vi.fn(),
    onSnoozeHour: vi.fn(),
    onSnoozeTomorrow: vi.fn(),
    onResume: vi.fn(),
    onOpenSettings: vi.fn(),
  };
});

afterEach(() => {
  render(null, container);
  container.remove();
  vi.useRealTimers();
});

async function mount(page: PageState, settings: Settings = defaultSettings(), counts = {}) {
  await act(() => {
    render(
      <PopupView settings={settings} week={weekSummary(counts, NOW)} page={page} now={NOW} locale="en-GB" reducedMotion {...handlers} />,
      container,
    );
  });
}

describe('PopupView', () => {
  it('starts the breathing exercise with the user’s pattern, showing "Breathe in" at once', async () => {
    await mount({ kind: 'unavailable' }, { ...defaultSettings(), breathing: { pattern: 'box', breaths: 2 } });
    expect(container.textContent).toContain('Box breathing · 2 breaths');
    await click(button(container, 'Start breathing'));
    expect(container.querySelector('.attune-breathing [aria-live="polite"]')?.textContent).toBe('Breathe in');
    await advance(4000, vi.advanceTimersByTime);
    expect(container.querySelector('.attune-breathing [aria-live="polite"]')?.textContent).toBe('Hold');
  });

  it('can stop the exercise and offers to breathe again when it ends', async () => {
    await mount({ kind: 'unavailable' }, { ...defaultSettings(), breathing: { pattern: 'resonant', breaths: 1 } });
    await click(button(container, 'Start breathing'));
    await click(button(container, 'Stop'));
    expect(container.querySelector('.attune-breathing [aria-live="polite"]')).toBeNull();
    await click(button(container, 'Start breathing'));
    await advance(11_000, vi.advanceTimersByTime);
    expect(buttons(container, 'Breathe again')).toHaveLength(1);
    await click(button(container, 'Breathe again'));
    expect(container.querySelector('.attune-breathing [aria-live="polite"]')?.textContent).toBe('Breathe in');
  });

  it('shows a switch named after a catalogue site, reflecting and toggling its state', async () => {
    await mount({ kind: 'catalogue', site: whatsapp, enabled: false });
    const toggle = container.querySelector<HTMLButtonElement>('[role="switch"]')!;
    expect(toggle.getAttribute('aria-label')).toBe('Attune on WhatsApp Web');
    expect(toggle.getAttribute('aria-checked')).toBe('false');
    await click(toggle);
    expect(handlers.onToggleSite).toHaveBeenCalledTimes(1);
  });

  it('shows a custom site by its host', async () => {
    await mount({ kind: 'custom', site: { host: 'chat.example.org', pattern: 'https://chat.example.org/*', enabled: true } });
    const toggle = container.querySelector('[role="switch"]')!;
    expect(toggle.getAttribute('aria-label')).toBe('Attune on chat.example.org');
    expect(toggle.getAttribute('aria-checked')).toBe('true');
  });

  it('offers "Add this site" on an uncovered web page', async () => {
    await mount({ kind: 'uncovered', host: 'chat.example.org' });
    expect(container.textContent).toContain('Attune isn\'t watching chat.example.org.');
    await click(button(container, 'Add this site'));
    expect(handlers.onAddSite).toHaveBeenCalledTimes(1);
  });

  it('says it is not available on browser pages', async () => {
    await mount({ kind: 'unavailable' });
    expect(container.textContent).toContain('Not available on this page');
    expect(container.querySelector('[role="switch"]')).toBeNull();
    expect(buttons(container, 'Add this site')).toHaveLength(0);
  });

  it('snoozes for an hour or until tomorrow when not snoozed', async () => {
    await mount({ kind: 'unavailable' });
    expect(buttons(container, 'Resume')).toHaveLength(0);
    await click(button(container, '1 hour'));
    await click(button(container, 'Until tomorrow'));
    expect(handlers.onSnoozeHour).toHaveBeenCalledTimes(1);
    expect(handlers.onSnoozeTomorrow).toHaveBeenCalledTimes(1);
  });

  it('shows until when it is snoozed and resumes', async () => {
    await mount({ kind: 'unavailable' }, { ...defaultSettings(), snoozeUntil: NOW + 60 * 60 * 1000 });
    expect(container.textContent).toContain('Quiet until 16:00');
    expect(buttons(container, '1 hour')).toHaveLength(0);
    await click(button(container, 'Resume'));
    expect(handlers.onResume).toHaveBeenCalledTimes(1);
  });

  it('summarises the week in words and gives each day its counts', async () => {
    const day = (back: number) => {
      const date = new Date(NOW);
      date.setDate(date.getDate() - back);
      return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
    };
    await mount({ kind: 'unavailable' }, defaultSettings(), {
      [day(0)]: { paused: 3, reframed: 2, sentAnyway: 1, keptEditing: 0 },
      [day(2)]: { paused: 1, reframed: 0, sentAnyway: 1, keptEditing: 0 },
      [day(9)]: { paused: 9, reframed: 9, sentAnyway: 9, keptEditing: 0 },
    });
    expect(container.textContent).toContain('Pauses: 4 · Reframed: 2 · Sent anyway: 2');
    const days = [...container.querySelectorAll('.attune-week__day .attune-visually-hidden')].map((element) => element.textContent);
    expect(days).toHaveLength(7);
    expect(days[6]).toBe('Wed: 3 pauses, 2 reframed, 1 sent anyway');
    const bars = container.querySelectorAll<HTMLElement>('.attune-week__day:last-child .attune-week__bar');
    expect([...bars].map((bar) => bar.style.height)).toEqual(['100%', '66.66666666666666%', '33.33333333333333%']);
  });

  it('says so when the week has no pauses', async () => {
    await mount({ kind: 'unavailable' });
    expect(container.textContent).toContain('No pauses in the last 7 days.');
  });

  it('opens the settings through the callback', async () => {
    await mount({ kind: 'unavailable' });
    const link = [...container.querySelectorAll('a')].find((anchor) => anchor.textContent === 'Settings')!;
    const event = new MouseEvent('click', { bubbles: true, cancelable: true });
    await act(() => {
      link.dispatchEvent(event);
    });
    expect(event.defaultPrevented).toBe(true);
    expect(handlers.onOpenSettings).toHaveBeenCalledTimes(1);
  });
});
