// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import type { Analysis } from '../../src/analysis/types';
import { ContentController } from '../../src/content/controller';
import type { ContentUi, PauseStatus } from '../../src/content/session';
import { WATCH_DELAY_MS } from '../../src/content/watch';
import type { Policy } from '../../src/content/policy';
import type { PauseDialogProps } from '../../src/ui/PauseDialog';

// The interception rules, not the scorer, are under test: a draft is heated when it shouts "HEATED".
vi.mock('../../src/analysis/analyze', () => ({
  analyze: (text: string): Analysis =>
    text.includes('HEATED')
      ? { level: 'heated', heated: true, score: 5, reasons: [{ kind: 'shouting', spans: [{ start: text.indexOf('HEATED'), end: text.indexOf('HEATED') + 6 }], message: { key: 'reason_shouting', subs: ['HEATED'] } }] }
      : { level: 'calm', heated: false, score: 0, reasons: [] },
}));

interface FakeUi extends ContentUi {
  pauses: PauseDialogProps[];
  open: number;
  nudges: string[];
  notices: string[];
  failOpen?: boolean;
  /** Times the controller asked for the pause to be loaded ahead of need. */
  /** When set, the pause is still loading: it shows only when the test settles `loading`. */
  slowLoad?: boolean;
  loading: PauseStatus[];
}

function fakeUi(): FakeUi {
  const ui: FakeUi = {
    pauses: [],
    open: 0,
    nudges: [],
    notices: [],
    loading: [],
    showNudge: (_anchor, draft) => void ui.nudges.push(draft),
    hideNudge: () => undefined,
    notice: (_anchor, message) => void ui.notices.push(message),
    openPause: (props, status) => {
      if (ui.failOpen) throw new Error('render failed');
      ui.pauses.push(props);
      ui.open += 1;
      if (ui.slowLoad) ui.loading.push(status);
      else status.onShown();
      return () => {
        ui.open -= 1;
      };
    },
  };
  return ui;
}

let ui: FakeUi;
let policy: Policy;
let alive: boolean;
let records: string[];
let controller: ContentController;
let textarea: HTMLTextAreaElement;
/** What the "site" sent, through its own keydown handler on the textarea. */
let siteSent: string[];

function basePolicy(): Policy {
  return { active: true, mode: 'pause', sensitivity: 'balanced', breathing: { pattern: 'box', breaths: 1 }, sendKey: 'enter', sendButtons: [], siteId: null, deviceModel: false };
}

beforeEach(() => {
  document.body.innerHTML = '<form id="composer"><textarea id="box"></textarea><button type="button" id="send" aria-label="Send">➤</button></form>';
  textarea = document.querySelector('#box')!;
  siteSent = [];
  textarea.addEventListener('keydown', (event) => {
    if (event.key !== 'Enter' || event.shiftKey || event.isComposing) return;
    if (policy.sendKey === 'mod-enter' && !(event.ctrlKey || event.metaKey)) return;
    event.preventDefault();
    if (textarea.value.trim() !== '') siteSent.push(textarea.value);
    textarea.value = '';
  });
  document.querySelector('#send')!.addEventListener('click', () => {
    siteSent.push(textarea.value);
    textarea.value = '';
  });
  ui = fakeUi();
  policy = basePolicy();
  alive = true;
  records = [];
  controller = new ContentController({ window, policy: () => policy, ui: () => ui, record: (outcome) => void records.push(outcome), alive: () => alive });
  controller.start();
});

afterEach(() => {
  controller.stop();
  vi.useRealTimers();
});

function write(text: string): void {
  textarea.focus();
  textarea.value = text;
  textarea.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
}

function press(init: KeyboardEventInit = {}): KeyboardEvent {
  const event = new KeyboardEvent('keydown', { key: 'Enter', code: 'Enter', keyCode: 13, bubbles: true, cancelable: true, composed: true, ...init });
  textarea.dispatchEvent(event);
  return event;
}

function lastPause(): PauseDialogProps {
  const props = ui.pauses.at(-1);
  if (!props) throw new Error('no pause opened');
  return props;
}

describe('the send guard', () => {
  test('stops Enter on a heated draft before the site sees it and opens the pause with the exact draft', () => {
    write('this is HEATED');
    const event = press();
    expect(event.defaultPrevented).toBe(true);
    expect(siteSent).toEqual([]);
    expect(ui.open).toBe(1);
    expect(lastPause().draft).toBe('this is HEATED');
    expect(records).toEqual(['paused']);
  });

  test('lets a calm draft through at once', () => {
    write('see you at six');
    expect(press().defaultPrevented).toBe(true);
    expect(siteSent).toEqual(['see you at six']);
    expect(ui.open).toBe(0);
  });

  test('never intercepts Shift+Enter, Alt+Enter, or an Enter during composition (isComposing or keyCode 229)', () => {
    write('this is HEATED');
    press({ shiftKey: true });
    press({ altKey: true });
    press({ isComposing: true });
    press({ keyCode: 229 });
    expect(ui.open).toBe(0);
  });

  test('on a Ctrl+Enter site, plain Enter is left alone and Ctrl+Enter on a heated draft pauses', () => {
    policy = { ...basePolicy(), sendKey: 'mod-enter' };
    write('this is HEATED');
    expect(press().defaultPrevented).toBe(false);
    expect(ui.open).toBe(0);
    expect(press({ ctrlKey: true }).defaultPrevented).toBe(true);
    expect(ui.open).toBe(1);
    expect(siteSent).toEqual([]);
  });

  test('a second Enter while the pause is open (a double Enter) is swallowed, and opens no second pause', () => {
    write('this is HEATED');
    press();
    const second = press();
    expect(second.defaultPrevented).toBe(true);
    expect(siteSent).toEqual([]);
    expect(ui.pauses).toHaveLength(1);
  });

  test('an Enter that picks from the site\'s open autocomplete (aria-expanded) reaches the site and opens no pause', () => {
    write('this is HEATED @');
    textarea.setAttribute('aria-expanded', 'true');
    const pick = press();
    expect(ui.open).toBe(0);
    expect(pick.defaultPrevented).toBe(true);
    expect(siteSent).toEqual(['this is HEATED @']);
  });

  test('once the list is closed, Enter on the heated draft pauses again', () => {
    write('this is HEATED');
    textarea.setAttribute('aria-expanded', 'false');
    expect(press().defaultPrevented).toBe(true);
    expect(ui.open).toBe(1);
    expect(siteSent).toEqual([]);
  });

  test('in nudge-only mode a heated draft is sent untouched', () => {
    policy = { ...basePolicy(), mode: 'nudge' };
    write('this is HEATED');
    press();
    expect(siteSent).toEqual(['this is HEATED']);
  });

  test('when the site is switched off or snoozed, nothing is intercepted', () => {
    policy = { ...basePolicy(), active: false };
    write('this is HEATED');
    press();
    expect(siteSent).toEqual(['this is HEATED']);
  });

  test('guards a click on the composer\'s Send button and lets "Send anyway" click it exactly once', () => {
    write('this is HEATED');
    const click = new MouseEvent('click', { bubbles: true, cancelable: true, composed: true });
    document.querySelector('#send')!.dispatchEvent(click);
    expect(click.defaultPrevented).toBe(true);
    expect(siteSent).toEqual([]);
    lastPause().onSendAnyway();
    expect(siteSent).toEqual(['this is HEATED']);
  });
});

describe('failing open', () => {
  test('an editor that throws while being read lets the Enter through untouched', () => {
    const broken = document.createElement('textarea');
    document.body.append(broken);
    Object.defineProperty(broken, 'value', { get: () => { throw new Error('broken editor'); }, configurable: true });
    const site = vi.fn();
    broken.addEventListener('keydown', site);
    broken.focus();
    const event = new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true, composed: true });
    broken.dispatchEvent(event);
    expect(site).toHaveBeenCalledTimes(1);
    expect(event.defaultPrevented).toBe(false);
    expect(ui.open).toBe(0);
  });

  test('a pause that cannot be shown lets the Enter reach the site', () => {
    ui.failOpen = true;
    write('this is HEATED');
    press();
    expect(siteSent).toEqual(['this is HEATED']);
  });

  test('once the extension is gone, everything is torn down and Enter reaches the site', () => {
    write('this is HEATED');
    alive = false;
    press();
    expect(siteSent).toEqual(['this is HEATED']);
    alive = true;
    write('this is HEATED');
    press();
    expect(siteSent).toEqual(['this is HEATED', 'this is HEATED']);
    expect(controller.signal.aborted).toBe(true);
  });
});

describe('the decisions', () => {
  test('"Send anyway" sends the original exactly once through the site\'s own key handler', async () => {
    write('this is HEATED');
    press();
    lastPause().onSendAnyway();
    await vi.waitFor(() => expect(siteSent).toEqual(['this is HEATED']));
    expect(ui.open).toBe(0);
    expect(records).toEqual(['paused', 'sentAnyway']);
    lastPause().onSendAnyway();
    await new Promise((resolve) => setTimeout(resolve, 120));
    expect(siteSent).toEqual(['this is HEATED']);
  });

  test('the bypass is one-shot: the next heated draft is paused again', () => {
    write('this is HEATED');
    press();
    lastPause().onSendAnyway();
    write('still HEATED');
    expect(press().defaultPrevented).toBe(true);
    expect(ui.pauses).toHaveLength(2);
    expect(siteSent).toEqual(['this is HEATED']);
  });

  test('after "Send anyway" the site empties the box without an input event: the same words pasted again later are paused again', async () => {
    write('this is HEATED');
    press();
    lastPause().onSendAnyway();
    expect(siteSent).toEqual(['this is HEATED']);
    expect(textarea.value).toBe('');
    await new Promise((resolve) => setTimeout(resolve, 700));
    write('this is HEATED');
    expect(press().defaultPrevented).toBe(true);
    expect(ui.pauses).toHaveLength(2);
    expect(siteSent).toEqual(['this is HEATED']);
  });

  test('after "Send anyway", the same words typed again from scratch are nudged again', async () => {
    vi.useFakeTimers();
    write('this is HEATED');
    press();
    lastPause().onSendAnyway();
    await vi.advanceTimersByTimeAsync(WATCH_DELAY_MS + 10);
    ui.nudges = [];
    for (const end of [1, 5, 14]) write('this is HEATED'.slice(0, end));
    await vi.advanceTimersByTimeAsync(WATCH_DELAY_MS + 10);
    expect(ui.nudges).toEqual(['this is HEATED']);
  });

  test('after "Send anyway", a quick repeat of the same send (a double Enter) does not reach a site that is slow to clear', async () => {
    const slow = document.createElement('textarea');
    document.body.append(slow);
    const slowSent: string[] = [];
    slow.addEventListener('keydown', (event) => {
      if (event.key !== 'Enter' || event.shiftKey) return;
      event.preventDefault();
      slowSent.push(slow.value);
    });
    slow.focus();
    slow.value = 'this is HEATED';
    slow.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    const enter = () => slow.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true, composed: true }));
    enter();
    lastPause().onSendAnyway();
    expect(slowSent).toEqual(['this is HEATED']);
    enter();
    expect(slowSent).toEqual(['this is HEATED']);
  });

  test('on a site we do not know, a replayed Enter the page ignores is not turned into a click on some button', async () => {
    policy = { ...basePolicy(), sendKey: 'either' };
    const plain = document.createElement('textarea');
    document.querySelector('#composer')!.append(plain);
    plain.focus();
    plain.value = 'this is HEATED';
    plain.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    plain.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true, composed: true }));
    lastPause().onSendAnyway();
    await vi.waitFor(() => expect(ui.notices).toHaveLength(1));
    expect(siteSent).toEqual([]);
    expect(plain.value).toBe('this is HEATED');
    const next = new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true, composed: true });
    plain.dispatchEvent(next);
    expect(next.defaultPrevented).toBe(false);
    expect(ui.pauses).toHaveLength(1);
  });

  test('"Send anyway" does not send a draft that changed during the pause, and says so', async () => {
    write('this is HEATED');
    press();
    textarea.value = 'something else HEATED';
    lastPause().onSendAnyway();
    await vi.waitFor(() => expect(ui.notices).toHaveLength(1));
    expect(siteSent).toEqual([]);
    expect(textarea.value).toBe('something else HEATED');
  });

  test('"Use this reply" writes the reply into the editor, sends nothing, and the next Enter sends it without a pause', async () => {
    write('this is HEATED');
    press();
    lastPause().onUseReply('I feel hurt; can we talk?', 'i-statement');
    await vi.waitFor(() => expect(textarea.value).toBe('I feel hurt; can we talk?'));
    expect(siteSent).toEqual([]);
    expect(records).toEqual(['paused', 'reframed']);
    press();
    expect(siteSent).toEqual(['I feel hurt; can we talk?']);
    expect(ui.pauses).toHaveLength(1);
  });

  test('a chosen reply the scorer still finds heated is not paused a second time', async () => {
    write('this is HEATED');
    press();
    lastPause().onUseReply('a milder HEATED line', 'i-statement');
    await vi.waitFor(() => expect(textarea.value).toBe('a milder HEATED line'));
    press();
    expect(siteSent).toEqual(['a milder HEATED line']);
  });

  test('"Keep editing" changes nothing, sends nothing and gives the editor its focus back', () => {
    write('this is HEATED');
    textarea.setSelectionRange(4, 4);
    press();
    (document.activeElement as HTMLElement | null)?.blur();
    lastPause().onKeepEditing();
    expect(textarea.value).toBe('this is HEATED');
    expect(document.activeElement).toBe(textarea);
    expect(textarea.selectionStart).toBe(4);
    expect(siteSent).toEqual([]);
    expect(records).toEqual(['paused', 'keptEditing']);
  });
});

describe('the nudge', () => {
  test('appears once typing has paused on a heated draft, not on a calm one', () => {
    vi.useFakeTimers();
    write('fine thanks');
    vi.advanceTimersByTime(WATCH_DELAY_MS + 10);
    expect(ui.nudges).toEqual([]);
    write('you are HEATED');
    vi.advanceTimersByTime(WATCH_DELAY_MS - 50);
    expect(ui.nudges).toEqual([]);
    vi.advanceTimersByTime(100);
    expect(ui.nudges).toEqual(['you are HEATED']);
  });

  test('"Not now" keeps it quiet for this draft until the draft is cleared', () => {
    vi.useFakeTimers();
    let dismiss = () => {};
    ui.showNudge = (_anchor, draft, _analysis, _onPause, onDismiss) => {
      ui.nudges.push(draft);
      dismiss = onDismiss;
    };
    write('you are HEATED');
    vi.advanceTimersByTime(WATCH_DELAY_MS + 10);
    dismiss();
    write('you are HEATED still');
    vi.advanceTimersByTime(WATCH_DELAY_MS + 10);
    expect(ui.nudges).toHaveLength(1);
    write('');
    vi.advanceTimersByTime(WATCH_DELAY_MS + 10);
    write('HEATED again');
    vi.advanceTimersByTime(WATCH_DELAY_MS + 10);
    expect(ui.nudges).toHaveLength(2);
  });
});

describe('a pause that loads on demand', () => {
  function loading(): PauseStatus {
    const status = ui.loading.at(-1);
    if (!status) throw new Error('no pause loading');
    return status;
  }

  test('a heated draft that only shows the nudge never loads the pause', () => {
    vi.useFakeTimers();
    write('you are HEATED');
    vi.advanceTimersByTime(WATCH_DELAY_MS + 10);
    expect(ui.nudges).toEqual(['you are HEATED']);
    expect(ui.loading).toEqual([]);
  });

  test('while the pause loads, the Enter and a second Enter are held back and the pause is not yet counted', () => {
    ui.slowLoad = true;
    write('this is HEATED');
    expect(press().defaultPrevented).toBe(true);
    expect(press().defaultPrevented).toBe(true);
    expect(siteSent).toEqual([]);
    expect(ui.pauses).toHaveLength(1);
    expect(records).toEqual([]);
    loading().onShown();
    expect(records).toEqual(['paused']);
  });

  test('a pause that cannot load sends the original exactly once through the site\'s own key handler', async () => {
    ui.slowLoad = true;
    write('this is HEATED');
    press();
    press();
    loading().onUnavailable();
    loading().onUnavailable();
    await vi.waitFor(() => expect(siteSent).toEqual(['this is HEATED']));
    await new Promise((resolve) => setTimeout(resolve, 120));
    expect(siteSent).toEqual(['this is HEATED']);
    expect(records).toEqual([]);
  });

  test('a pause that cannot load clicks the site\'s send button once when the button started the send', async () => {
    ui.slowLoad = true;
    write('this is HEATED');
    const click = new MouseEvent('click', { bubbles: true, cancelable: true, composed: true });
    document.querySelector('#send')!.dispatchEvent(click);
    expect(siteSent).toEqual([]);
    loading().onUnavailable();
    await vi.waitFor(() => expect(siteSent).toEqual(['this is HEATED']));
    await new Promise((resolve) => setTimeout(resolve, 120));
    expect(siteSent).toEqual(['this is HEATED']);
  });

  test('a pause that cannot load sends nothing when the draft was changed while it loaded', async () => {
    ui.slowLoad = true;
    write('this is HEATED');
    press();
    write('this is HEATED, and more');
    loading().onUnavailable();
    await new Promise((resolve) => setTimeout(resolve, 120));
    expect(siteSent).toEqual([]);
    expect(textarea.value).toBe('this is HEATED, and more');
    expect(ui.notices).toEqual([]);
  });

  test('after a pause that could not load, the next heated send is paused again', async () => {
    ui.slowLoad = true;
    write('this is HEATED');
    press();
    loading().onUnavailable();
    await vi.waitFor(() => expect(siteSent).toEqual(['this is HEATED']));
    write('HEATED once more');
    expect(press().defaultPrevented).toBe(true);
    expect(ui.pauses).toHaveLength(2);
    expect(siteSent).toEqual(['this is HEATED']);
  });

  test('a pause asked for from the nudge that cannot load sends nothing', async () => {
    vi.useFakeTimers();
    ui.slowLoad = true;
    let pauseNow = () => {};
    ui.showNudge = (_anchor, draft, _analysis, onPause) => {
      ui.nudges.push(draft);
      pauseNow = onPause;
    };
    write('you are HEATED');
    vi.advanceTimersByTime(WATCH_DELAY_MS + 10);
    pauseNow();
    expect(ui.pauses).toHaveLength(1);
    loading().onUnavailable();
    await vi.advanceTimersByTimeAsync(1_000);
    expect(siteSent).toEqual([]);
    expect(textarea.value).toBe('you are HEATED');
  });

  test('a pause whose loading ends after the content script stopped sends nothing', async () => {
    ui.slowLoad = true;
    write('this is HEATED');
    press();
    controller.stop();
    loading().onUnavailable();
    await new Promise((resolve) => setTimeout(resolve, 120));
    expect(siteSent).toEqual([]);
    expect(textarea.value).toBe('this is HEATED');
  });
});
