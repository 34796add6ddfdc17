import { describe, expect, it } from 'vitest';
import * as preact from 'preact';
import { registerPreact, sharedPreact } from '../../src/preact-kit';

describe("the content script's preact, shared with the pause", () => {
  it('hands the pause the same render, Fragment and options object, so hooks extend the one copy', () => {
    const scope = {};
    registerPreact(preact, scope);
    const shared = sharedPreact(scope);
    expect(shared.render).toBe(preact.render);
    expect(shared.Fragment).toBe(preact.Fragment);
    expect(shared.options).toBe(preact.options);
  });

  it('keeps the first copy registered in a frame, and cannot be replaced or seen by enumeration', () => {
    const scope = {};
    registerPreact(preact, scope);
    const other = { ...preact, render: () => undefined };
    registerPreact(other, scope);
    expect(sharedPreact(scope).render).toBe(preact.render);
    expect(Object.keys(scope)).toEqual([]);
    expect(() => Object.assign(scope, { attunePreact: other })).toThrow();
  });

  it('throws where no content script shared it, so the pause never registers and the send goes through', () => {
    expect(() => sharedPreact({})).toThrow();
  });
});
