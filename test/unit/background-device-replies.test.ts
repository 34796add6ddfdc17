import { describe, expect, it } from 'vitest';
import { DEVICE_REPLY_SCHEMA, DEVICE_SYSTEM_PROMPT, type DeviceRequest } from '../../src/analysis/device-prompt';
import { serveDeviceReplies, type DevicePort } from '../../src/background/device-replies';
import type { DeviceAnswerMessage } from '../../src/messages';
import { modelOptions, type ModelAvailability } from '../../src/ondevice/language-model';
import { fakeLanguageModel, type FakeModel } from './fake-language-model';

const REQUEST: DeviceRequest = {
  draft: "It's not my fault the deck was late, I sent it on Friday",
  topic: 'the deck on Friday',
  observation: 'I sent it on Friday',
  stance: 'denying',
  feeling: 'frustrated',
  feelingNamed: false,
  need: null,
  request: null,
  details: ['Friday'],
  register: 'work',
  theirs: null,
  theirFeeling: null,
};
const ANSWER = JSON.stringify({ replies: [{ style: 'firm', text: 'I sent it on Friday.' }] });

function fakePort() {
  const listeners: ((message: unknown) => void)[] = [];
  const disconnects: (() => void)[] = [];
  const posted: DeviceAnswerMessage[] = [];
  const port: DevicePort = {
    postMessage: (message) => posted.push(message),
    onMessage: { addListener: (listener) => listeners.push(listener) },
    onDisconnect: { addListener: (listener) => disconnects.push(listener) },
  };
  return {
    port,
    posted,
    ask: (id: number, request: unknown = REQUEST) => listeners.forEach((listener) => listener({ type: 'attune/device-ask', id, request })),
    disconnect: () => disconnects.forEach((listener) => listener()),
  };
}

function serve(model: FakeModel | null, enabled = true) {
  const port = fakePort();
  serveDeviceReplies(port.port, { model: () => model, enabled: async () => enabled });
  return port;
}

const settled = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('the worker answering a pause', () => {
  it("asks a ready model with the rules, the reading and the JSON schema, and passes its answer on", async () => {
    const model = fakeLanguageModel('available');
    model.answer = async () => ANSWER;
    const port = serve(model);
    port.ask(1);
    await settled();
    expect(port.posted).toEqual([{ type: 'attune/device-answer', id: 1, output: ANSWER }]);
    expect(model.availabilityCalls).toEqual([modelOptions()]);
    expect(model.createCalls[0]).toMatchObject({ ...modelOptions(), initialPrompts: [{ role: 'system', content: DEVICE_SYSTEM_PROMPT }] });
    expect(model.createCalls[0]?.signal).toBeInstanceOf(AbortSignal);
    const [prompt] = model.sessions[0]!.prompts;
    expect(prompt?.input).toContain(REQUEST.draft);
    expect(prompt?.options.responseConstraint).toBe(DEVICE_REPLY_SCHEMA);
    expect(prompt?.options.signal).toBeInstanceOf(AbortSignal);
  });

  it.each(['downloadable', 'downloading', 'unavailable'] as ModelAvailability[])('never creates a session (nor starts a download) when the model is %s', async (state) => {
    const model = fakeLanguageModel(state);
    const port = serve(model);
    port.ask(1);
    await settled();
    expect(model.createCalls).toEqual([]);
    expect(port.posted).toEqual([{ type: 'attune/device-none', id: 1 }]);
  });

  it('answers none without the API, or with the setting off', async () => {
    const absent = serve(null);
    absent.ask(1);
    const model = fakeLanguageModel('available');
    const off = serve(model, false);
    off.ask(2);
    await settled();
    expect(absent.posted).toEqual([{ type: 'attune/device-none', id: 1 }]);
    expect(off.posted).toEqual([{ type: 'attune/device-none', id: 2 }]);
    expect(model.availabilityCalls).toEqual([]);
  });

  it('answers none when the model fails', async () => {
    const model = fakeLanguageModel('available');
    model.answer = () => Promise.reject(new DOMException('no', 'OperationError'));
    const failing = serve(model);
    failing.ask(1);
    const creating = fakeLanguageModel('available');
    creating.failCreate = true;
    const refused = serve(creating);
    refused.ask(2);
    await settled();
    expect(failing.posted).toEqual([{ type: 'attune/device-none', id: 1 }]);
    expect(refused.posted).toEqual([{ type: 'attune/device-none', id: 2 }]);
  });

  it('keeps one session for the whole pause, and a later ask replaces one still being answered', async () => {
    const model = fakeLanguageModel('available');
    const answers: ((text: string) => void)[] = [];
    model.answer = () => new Promise((resolve) => answers.push(resolve));
    const port = serve(model);
    port.ask(1);
    await settled();
    port.ask(2);
    await settled();
    answers[1]?.(ANSWER);
    await settled();
    expect(model.createCalls).toHaveLength(1);
    expect(model.sessions[0]?.prompts[0]?.options.signal?.aborted).toBe(true);
    expect(port.posted).toEqual([
      { type: 'attune/device-none', id: 1 },
      { type: 'attune/device-answer', id: 2, output: ANSWER },
    ]);
  });

  it('aborts the question and destroys the session when the pause closes, and posts nothing after', async () => {
    const model = fakeLanguageModel('available');
    model.answer = () => new Promise(() => undefined);
    const port = serve(model);
    port.ask(1);
    await settled();
    port.disconnect();
    await settled();
    expect(model.createCalls[0]?.signal?.aborted).toBe(true);
    expect(model.sessions[0]?.prompts[0]?.options.signal?.aborted).toBe(true);
    expect(model.sessions[0]?.destroyed).toBe(true);
    expect(port.posted).toEqual([]);
  });

  it('destroys a session that was still being created when the pause closed', async () => {
    const model = fakeLanguageModel('available');
    let finishCreate: () => void = () => undefined;
    const create = model.create.bind(model);
    model.create = (options) => new Promise((resolve) => (finishCreate = () => resolve(create({ ...options, signal: undefined }))));
    const port = serve(model);
    port.ask(1);
    await settled();
    port.disconnect();
    finishCreate();
    await settled();
    expect(model.sessions[0]?.destroyed).toBe(true);
  });

  it('ignores asks that are not well formed', async () => {
    const model = fakeLanguageModel('available');
    const port = serve(model);
    port.ask(1, { ...REQUEST, draft: 42 });
    port.ask(2, { ...REQUEST, stance: 'yelling' });
    await settled();
    expect(port.posted).toEqual([]);
    expect(model.availabilityCalls).toEqual([]);
  });
});
