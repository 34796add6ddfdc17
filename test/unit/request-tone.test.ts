import { describe, expect, it } from 'vitest';
import { isCalmRequest } from '../../src/analysis/request-tone';

describe('a request a calm person would ask after "Could you"', () => {
  it('asks plain things', () => {
    for (const request of ['send me the numbers by Friday', 'come on time tomorrow', 'take care of yourself', 'go easy on yourself']) {
      expect(isCalmRequest(request)).toBe(true);
    }
  });

  it('never throws the work back with an emphatic "yourself"', () => {
    for (const request of ['figure it out yourself', 'tell them to come and do the audit themselves', 'book the venue yourselves']) {
      expect(isCalmRequest(request)).toBe(false);
    }
  });

  it('never opens on an interjection', () => {
    expect(isCalmRequest('come on, we have to launch this week')).toBe(false);
  });
});
