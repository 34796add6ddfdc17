// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { analyze } from '../../src/analysis/analyze';
import type { DeviceReply, DeviceRequest } from '../../src/analysis/device-prompt';
import { loadLanguage } from '../../src/analysis/reframe';
import type { SuggestionStyle } from '../../src/analysis/types';
import { KEEP_ALIVE_MS, connectDeviceWriter, type PausePort } from '../../src/pause/device-client';
import type { DeviceAnswerMessage, DeviceAskMessage, DeviceKeepAliveMessage } from '../../src/messages';
import { PauseDialog } from '../../src/ui/PauseDialog';
import { DEVICE_LATE_MS, type DeviceWriter } from '../../src/ui/pause/useDeviceReplies';
import { button, click } from './ui-helpers';

const DRAFT = "It's not my fault the deck was late, I sent it to you on Friday and you never even checked";
const GOOD: DeviceReply[] = [
  { style: 'firm', text: "I sent the deck on Friday, so I don't think the delay was on my side. Can we look at what happened together?" },
  { style: 'curious', text: 'Could you tell me what you saw on your side after I sent the deck on Friday?' },
];
const CONCEDING: DeviceReply = { style: 'repair', text: "You're right, it was my fault about the deck on Friday." };
const SWEARING: DeviceReply = { style: 'i-statement', text: 'This is such bullshit about the deck on Friday.' };
const answer = (replies: DeviceReply[]) => JSON.stringify({ replies });

/** A writer whose answers the test hands out, one per ask, in order. */
function fakeWriter() {
  const asks: { request: DeviceRequest; resolve(output: string): void; reject(error: Error): void }[] = [];
  const writer: DeviceWriter & { closed: number } = {
    closed: 0,
    ask: (request) => new Promise<string>((resolve, reject) => asks.push({ request, resolve, reject })),
    close: () => {
      writer.closed += 1;
    },
  };
  return { writer, asks };
}

let container: HTMLElement;
const onUseReply = vi.fn<(text: string, style: SuggestionStyle) => void>();

beforeAll(async () => {
  await loadLanguage();
});

beforeEach(() => {
  vi.useFakeTimers();
  container = document.createElement('div');
  document.body.append(container);
  onUseReply.mockReset();
});

afterEach(() => {
  render(null, container);
  container.remove();
  vi.useRealTimers();
});

async function mount(writer: DeviceWriter | undefined, theirs?: string[]) {
  await act(() => {
    render(
      <PauseDialog
        draft={DRAFT}
        analysis={analyze(DRAFT)}
        breathing={{ pattern: 'box', breaths: 2 }}
        reducedMotion
        onSendAnyway={() => undefined}
        onKeepEditing={() => undefined}
        onUseReply={onUseReply}
        deviceWriter={writer}
        theirs={theirs}
      />,
      container,
    );
  });
  return container.querySelector<HTMLDialogElement>('[role="dialog"]')!;
}

async function settle(): Promise<void> {
  await act(async () => {
    await vi.advanceTimersByTimeAsync(0);
  });
}

/** Past the moment the reply writer's tagger starts, early in the breathing. */
async function untilReadable(): Promise<void> {
  await act(async () => {
    await vi.advanceTimersByTimeAsync(400);
  });
}

async function skipBreathing(dialog: HTMLElement): Promise<void> {
  await click(button(dialog, 'Skip breathing'));
}

const deviceSection = () => container.querySelector('.attune-device');
const deviceReplies = () => [...(deviceSection()?.querySelectorAll('textarea') ?? [])].map((textarea) => textarea.value);
const templateReplies = () => [...container.querySelectorAll('.attune-choose textarea')].map((textarea) => (textarea as HTMLTextAreaElement).value);

describe('replies from the on-device model in the pause', () => {
  it('asks during the breathing, as soon as the draft can be read, with the draft and its reading', async () => {
    const { writer, asks } = fakeWriter();
    await mount(writer);
    await untilReadable();
    expect(container.querySelector('.attune-breathe')).not.toBeNull();
    expect(asks).toHaveLength(1);
    expect(asks[0]?.request).toMatchObject({ draft: DRAFT, stance: 'denying', details: ['Friday'], observation: expect.stringContaining('Friday') });
  });

  it("tells the model the other person's message the pause read", async () => {
    const { writer, asks } = fakeWriter();
    await mount(writer, ['Where is the deck? The client asked twice.']);
    await untilReadable();
    expect(asks[0]?.request.theirs).toBe('Where is the deck? The client asked twice.');
  });

  it('shows replies that arrived during the breathing once it ends, labelled as written on this device', async () => {
    const { writer, asks } = fakeWriter();
    const dialog = await mount(writer);
    await untilReadable();
    asks[0]?.resolve(answer(GOOD));
    await settle();
    expect(deviceSection()).toBeNull();
    await skipBreathing(dialog);
    expect(deviceSection()?.querySelector('h3')?.textContent).toBe('Written on this device');
    expect(deviceReplies()).toEqual(GOOD.map((reply) => reply.text));
    expect(templateReplies().length).toBeGreaterThanOrEqual(2);
    await click(deviceSection()!.querySelector<HTMLButtonElement>('button')!);
    expect(onUseReply).toHaveBeenCalledWith(GOOD[0]!.text, 'firm');
  });

  it('leaves out replies that break a rule, and shows none when fewer than two pass', async () => {
    const first = fakeWriter();
    const dialog = await mount(first.writer);
    await skipBreathing(dialog);
    first.asks[0]?.resolve(answer([GOOD[0]!, CONCEDING, GOOD[1]!]));
    await settle();
    expect(deviceReplies()).toEqual(GOOD.map((reply) => reply.text));

    render(null, container);
    const second = fakeWriter();
    const again = await mount(second.writer);
    await skipBreathing(again);
    second.asks[0]?.resolve(answer([GOOD[0]!, CONCEDING, SWEARING]));
    await settle();
    expect(deviceSection()).toBeNull();
    expect(templateReplies().length).toBeGreaterThanOrEqual(2);
  });

  it('lets the template replies stand alone when the model is late, and ends its session', async () => {
    const { writer, asks } = fakeWriter();
    const dialog = await mount(writer);
    await skipBreathing(dialog);
    await act(async () => {
      await vi.advanceTimersByTimeAsync(DEVICE_LATE_MS + 10);
    });
    expect(writer.closed).toBeGreaterThan(0);
    asks[0]?.resolve(answer(GOOD));
    await settle();
    expect(deviceSection()).toBeNull();
    expect(templateReplies().length).toBeGreaterThanOrEqual(2);
  });

  it('still shows replies that come within the grace time after the breathing', async () => {
    const { writer, asks } = fakeWriter();
    const dialog = await mount(writer);
    await skipBreathing(dialog);
    await act(async () => {
      await vi.advanceTimersByTimeAsync(DEVICE_LATE_MS - 500);
    });
    asks[0]?.resolve(answer(GOOD));
    await settle();
    expect(deviceReplies()).toHaveLength(2);
    expect(writer.closed).toBe(0);
  });

  it('falls back silently when the model fails or answers nonsense', async () => {
    const { writer, asks } = fakeWriter();
    const dialog = await mount(writer);
    await untilReadable();
    expect(asks).toHaveLength(1);
    asks[0]?.reject(new Error('the model had no answer'));
    await settle();
    await skipBreathing(dialog);
    expect(deviceSection()).toBeNull();
    expect(templateReplies().length).toBeGreaterThanOrEqual(2);
  });

  it('asks again, one question at a time, when the writer names a feeling', async () => {
    const { writer, asks } = fakeWriter();
    const dialog = await mount(writer);
    await skipBreathing(dialog);
    await click(button(dialog, 'hurt'));
    await click(button(dialog, 'sad'));
    expect(asks).toHaveLength(1);
    asks[0]?.resolve(answer(GOOD));
    await settle();
    expect(asks).toHaveLength(2);
    expect(asks[1]?.request).toMatchObject({ feeling: 'sad', feelingNamed: true });
  });

  it('ends the model session when the pause closes', async () => {
    const { writer } = fakeWriter();
    await mount(writer);
    await act(() => {
      render(null, container);
    });
    expect(writer.closed).toBeGreaterThan(0);
  });

  it('shows no label and asks nothing without the model', async () => {
    const dialog = await mount(undefined);
    await skipBreathing(dialog);
    expect(dialog.textContent).not.toContain('Written on this device');
  });
});

describe("the pause's port to the worker", () => {
  function fakePort() {
    const listeners: ((message: unknown) => void)[] = [];
    const disconnects: (() => void)[] = [];
    const sent: (DeviceAskMessage | DeviceKeepAliveMessage)[] = [];
    let disconnected = 0;
    const port: PausePort = {
      postMessage: (message) => sent.push(message),
      disconnect: () => {
        disconnected += 1;
      },
      onMessage: { addListener: (listener) => listeners.push(listener) },
      onDisconnect: { addListener: (listener) => disconnects.push(listener) },
    };
    return {
      port,
      sent,
      disconnected: () => disconnected,
      answer: (message: DeviceAnswerMessage | Record<string, unknown>) => listeners.forEach((listener) => listener(message)),
      drop: () => disconnects.forEach((listener) => listener()),
    };
  }
  const request = { draft: DRAFT } as DeviceRequest;

  it("resolves each ask with the worker's answer for it, and rejects on none", async () => {
    const fake = fakePort();
    const writer = connectDeviceWriter(() => fake.port)!;
    const first = writer.ask(request);
    const second = writer.ask(request);
    expect(fake.sent).toMatchObject([{ type: 'attune/device-ask', id: 1 }, { type: 'attune/device-ask', id: 2 }]);
    fake.answer({ type: 'attune/device-answer', id: 7, output: 'stray' });
    fake.answer({ type: 'attune/device-none', id: 2 });
    fake.answer({ type: 'attune/device-answer', id: 1, output: '{"replies":[]}' });
    await expect(first).resolves.toBe('{"replies":[]}');
    await expect(second).rejects.toThrow();
  });

  it('rejects what is waiting when the worker goes, and disconnects once on close', async () => {
    const fake = fakePort();
    const writer = connectDeviceWriter(() => fake.port)!;
    const waiting = writer.ask(request);
    fake.drop();
    await expect(waiting).rejects.toThrow();
    await expect(writer.ask(request)).rejects.toThrow();
    const other = fakePort();
    const closing = connectDeviceWriter(() => other.port)!;
    closing.close();
    closing.close();
    expect(other.disconnected()).toBe(1);
  });

  it('keeps the worker awake while an answer is awaited, and stops once none is', async () => {
    const fake = fakePort();
    const writer = connectDeviceWriter(() => fake.port)!;
    const waiting = writer.ask(request);
    vi.advanceTimersByTime(KEEP_ALIVE_MS * 2);
    expect(fake.sent.filter((message) => message.type === 'attune/device-keep-alive')).toHaveLength(2);
    fake.answer({ type: 'attune/device-answer', id: 1, output: '{}' });
    await waiting;
    vi.advanceTimersByTime(KEEP_ALIVE_MS * 2);
    expect(fake.sent).toHaveLength(3);
  });

  it('is absent when the extension cannot be reached', () => {
    expect(
      connectDeviceWriter(() => {
        throw new Error('Extension context invalidated.');
      }),
    ).toBeUndefined();
  });
});
