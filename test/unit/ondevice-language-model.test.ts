import { describe, expect, it } from 'vitest';
import { downloadModel, findLanguageModel, modelOptions, modelStatus } from '../../src/ondevice/language-model';
import { fakeLanguageModel } from './fake-language-model';

describe('finding the Prompt API', () => {
  it('is null where the browser has none, or something else by that name', () => {
    expect(findLanguageModel({})).toBeNull();
    expect(findLanguageModel({ LanguageModel: { availability: 'yes' } })).toBeNull();
    expect(findLanguageModel({ LanguageModel: null })).toBeNull();
  });

  it('finds a LanguageModel with availability() and create()', () => {
    const model = fakeLanguageModel();
    expect(findLanguageModel({ LanguageModel: model })).toBe(model);
  });
});

describe("the model's status", () => {
  it.each(['available', 'downloadable', 'downloading', 'unavailable'] as const)('reports %s as the browser does', async (state) => {
    expect(await modelStatus(fakeLanguageModel(state))).toBe(state);
  });

  it('is absent without the API, and unavailable when availability() throws or answers nonsense', async () => {
    expect(await modelStatus(null)).toBe('absent');
    const throwing = fakeLanguageModel();
    throwing.availability = () => Promise.reject(new Error('no'));
    expect(await modelStatus(throwing)).toBe('unavailable');
    const odd = fakeLanguageModel();
    odd.availability = () => Promise.resolve('maybe' as 'available');
    expect(await modelStatus(odd)).toBe('unavailable');
  });

  it('asks availability() with the same options create() gets', async () => {
    const model = fakeLanguageModel('downloadable');
    await modelStatus(model);
    await downloadModel(model, () => undefined);
    expect(model.availabilityCalls[0]).toEqual(modelOptions());
    expect(model.createCalls[0]).toMatchObject(modelOptions());
  });
});

describe('downloading the model', () => {
  it('reports progress from the monitor and ends the session it made', async () => {
    const model = fakeLanguageModel('downloadable');
    model.downloadSteps = [0, 0.4, 1];
    const seen: number[] = [];
    expect(await downloadModel(model, (fraction) => seen.push(fraction))).toBe(true);
    expect(seen).toEqual([0, 0.4, 1]);
    expect(model.sessions[0]?.destroyed).toBe(true);
  });

  it('is false when Chrome refuses or the page goes away', async () => {
    const refusing = fakeLanguageModel('downloadable');
    refusing.failCreate = true;
    expect(await downloadModel(refusing, () => undefined)).toBe(false);
    const stopped = new AbortController();
    stopped.abort();
    expect(await downloadModel(fakeLanguageModel('downloadable'), () => undefined, stopped.signal)).toBe(false);
  });
});
