import { describe, expect, it } from 'vitest';
import { compromiseLanguageData, packedLanguageModule, z85Encode } from '../../scripts/build-plugins.mjs';
import { inflatePacked, isLanguageData } from '../../src/pause/language-codec';
import { z85Decode } from '../../src/z85';

const root = process.cwd();

describe('the deflated lexicon pause.js carries', () => {
  it("inflates to exactly compromise's lexicon and inflection models, keys in the same order", async () => {
    const data = await compromiseLanguageData(root);
    const source = packedLanguageModule(data);
    const packed = JSON.parse(source.replace(/^export default /, '').replace(/;$/, '')) as { bytes: number; z85: string };
    const inflated = await inflatePacked(packed);
    expect(inflated).toEqual(data);
    expect(JSON.stringify(inflated)).toBe(JSON.stringify(data));
    expect(isLanguageData(inflated)).toBe(true);
    expect(source.length).toBeLessThan(JSON.stringify(data).length * 0.8);
  });

  it.each([0, 1, 2, 3, 4, 5, 7, 8, 255])('decodes Z85 of %i bytes back to the same bytes', (length) => {
    const bytes = Uint8Array.from({ length }, (_, i) => (i * 97 + 255) % 256);
    expect(z85Decode(z85Encode(bytes), length)).toEqual(bytes);
  });

  it('decodes the Z85 specification example', () => {
    const hello = Uint8Array.from([0x86, 0x4f, 0xd2, 0x6f, 0xb5, 0x59, 0xf7, 0x5b]);
    expect(z85Encode(hello)).toBe('HelloWorld');
    expect(z85Decode('HelloWorld', 8)).toEqual(hello);
  });

  it('refuses text outside the Z85 alphabet and data of the wrong shape', async () => {
    expect(() => z85Decode('Hello"orld', 8)).toThrow();
    expect(() => z85Decode('HelloWorl', 8)).toThrow();
    expect(isLanguageData({ lexicon: { Noun: 'true¦cat' }, models: { Gerund: { fwd: '1ing:' } } })).toBe(true);
    expect(isLanguageData({ lexicon: { Noun: 1 }, models: {} })).toBe(false);
    expect(isLanguageData({ lexicon: {}, models: { Gerund: 'fwd' } })).toBe(false);
    expect(isLanguageData(null)).toBe(false);
    await expect(inflatePacked({ bytes: 8, z85: 'HelloWorld' })).rejects.toThrow();
  });
});
