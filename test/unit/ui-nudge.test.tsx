// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { analyze } from '../../src/analysis/analyze';
import type { Analysis, Reason } from '../../src/analysis/types';
import { Nudge } from '../../src/ui/Nudge';
import { button, click } from './ui-helpers';

let container: HTMLElement;

beforeEach(() => {
  container = document.createElement('div');
  document.body.append(container);
});

afterEach(() => {
  render(null, container);
  container.remove();
});

function reasonAt(draft: string, phrase: string, kind: Reason['kind']): Reason {
  const start = draft.indexOf(phrase);
  return { kind, spans: [{ start, end: start + phrase.length }], message: { key: `reason_${kind}`, subs: [phrase] } };
}

function heated(...reasons: Reason[]): Analysis {
  return { level: 'heated', heated: true, score: 5, reasons };
}

async function mount(draft: string, analysis: Analysis, onPause = vi.fn(), onDismiss = vi.fn()) {
  await act(() => {
    render(<Nudge draft={draft} analysis={analysis} onPause={onPause} onDismiss={onDismiss} />, container);
  });
  const status = container.querySelector('[role="status"]');
  if (!status) throw new Error('no status');
  return status;
}

describe('Nudge', () => {
  it('names the flagged phrase from the draft and what it reads as', async () => {
    const draft = 'Honestly you never call back when you say you will';
    const status = await mount(draft, heated(reasonAt(draft, 'you never', 'criticism')));
    expect(status.textContent).toContain('“you never” reads as criticism');
  });

  it('offers a pause and a way to let it be', async () => {
    const draft = 'you never call';
    const onPause = vi.fn();
    const onDismiss = vi.fn();
    const status = await mount(draft, heated(reasonAt(draft, 'you never', 'criticism')), onPause, onDismiss);
    await click(button(status, 'Take a pause'));
    expect(onPause).toHaveBeenCalledTimes(1);
    await click(button(status, 'Not now'));
    expect(onDismiss).toHaveBeenCalledTimes(1);
  });

  it('shows markup in a hostile draft as literal text', async () => {
    const draft = '<img src=x onerror=alert(1)><b>you never</b> listen';
    const status = await mount(draft, heated(reasonAt(draft, '<b>you never</b>', 'criticism')));
    expect(container.querySelector('img, b')).toBeNull();
    expect(status.textContent).toContain('“<b>you never</b>” reads as criticism');
  });

  it('shortens a long flagged phrase to about 40 characters with an ellipsis', async () => {
    const phrase = 'what on earth were you thinking when you decided to do that';
    const draft = `Seriously, ${phrase}?`;
    const status = await mount(draft, heated(reasonAt(draft, phrase, 'contempt')));
    const quoted = /“(.+?)”/.exec(status.textContent ?? '')?.[1] ?? '';
    expect(quoted.endsWith('…')).toBe(true);
    expect(quoted.length).toBeLessThanOrEqual(41);
    expect(phrase.startsWith(quoted.slice(0, -1))).toBe(true);
  });

  it('shows at most two reasons and skips one that only repeats quoted words', async () => {
    const draft = 'You NEVER listen, you idiot, damn it';
    const status = await mount(
      draft,
      heated(
        reasonAt(draft, 'You NEVER', 'criticism'),
        reasonAt(draft, 'NEVER', 'shouting'),
        reasonAt(draft, 'idiot', 'contempt'),
        reasonAt(draft, 'damn', 'profanity'),
      ),
    );
    const reasons = [...status.querySelectorAll('.attune-nudge__reason')].map((element) => element.textContent);
    expect(reasons).toEqual(['“You NEVER” reads as criticism', '“idiot” may come across as contempt']);
  });

  it('still says something when a reason has no usable span', async () => {
    const status = await mount('short', heated({ kind: 'hostility', spans: [{ start: 40, end: 50 }], message: { key: 'reason_hostility', subs: ['gone'] } }));
    expect(status.textContent).toContain('This one reads as heated');
  });

  it('quotes a flagged word of a draft the real scorer rates heated', async () => {
    const draft = 'You never listen to me, you are pathetic and I am sick of it!!';
    const analysis = analyze(draft);
    expect(analysis.heated).toBe(true);
    const status = await mount(draft, analysis);
    const quoted = /“(.+?)”/.exec(status.textContent ?? '')?.[1] ?? '';
    expect(quoted.length).toBeGreaterThan(0);
    expect(draft).toContain(quoted.replace('…', ''));
  });
});
