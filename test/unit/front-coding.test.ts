import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expandFrontCoded, frontCode } from '../../src/analysis/front-coding';

describe('front coding of the word lists', () => {
  it('gives back the sorted words, whatever they are', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.stringMatching(/^[a-z0-9 '\-:<>+ï😂]{1,30}$/)), (words) => {
        expect(expandFrontCoded(frontCode(words))).toEqual([...words].sort());
      }),
    );
  });

  it('writes a shared beginning as one letter', () => {
    expect(frontCode(['annoy', 'annoyed', 'annoying'])).toBe('AannoyFedFing');
    expect(expandFrontCoded('')).toEqual([]);
  });

  it('refuses a word with a capital letter, which would read as the start of the next word', () => {
    expect(() => frontCode(['Idiot'])).toThrow(/lower-case/);
  });
});
