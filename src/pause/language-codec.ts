/**
 * How compromise's lexicon and inflection models travel in pause.js (scripts/build-plugins.mjs packs them): their
 * JSON, deflated (raw), in Z85. Browsers and Node inflate deflate natively (DecompressionStream).
 */
import type { PackedLanguage } from 'attune:packed-language';

/** compromise's data modules: words per tag (efrt) and inflection rules (suffix-thumb). */
export interface LanguageData {
  lexicon: Record<string, string>;
  models: Record<string, Record<string, string>>;
}

/** ZeroMQ's Z85 alphabet (rfc.zeromq.org/spec/32); the build script, which cannot import TypeScript, repeats it. */
const Z85 = '0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-:+=^!/*?&<>()[]{}@%$#';

/** The first `length` bytes of Z85 text: every five characters are four bytes, big-endian. */
export function z85Decode(text: string, length: number): Uint8Array<ArrayBuffer> {
  if (text.length % 5 !== 0) throw new Error('Attune: not Z85');
  const bytes = new Uint8Array((text.length / 5) * 4);
  const view = new DataView(bytes.buffer);
  for (let i = 0; i < text.length; i += 5) {
    let value = 0;
    for (let k = 0; k < 5; k++) {
      const digit = Z85.indexOf(text.charAt(i + k));
      if (digit < 0) throw new Error('Attune: not Z85');
      value = value * 85 + digit;
    }
    view.setUint32((i / 5) * 4, value);
  }
  return bytes.subarray(0, length);
}

/** Deflate-raw of JSON, packed as the build packs it, back to the value. */
export async function inflatePacked({ bytes, z85 }: PackedLanguage): Promise<unknown> {
  const inflated = new Blob([z85Decode(z85, bytes)]).stream().pipeThrough(new DecompressionStream('deflate-raw'));
  return JSON.parse(await new Response(inflated).text()) as unknown;
}

const isStringRecord = (value: unknown): value is Record<string, string> =>
  typeof value === 'object' && value !== null && Object.values(value).every((item) => typeof item === 'string');

/** The shape compromise's data modules have: checked before compromise reads what was inflated. */
export function isLanguageData(value: unknown): value is LanguageData {
  if (typeof value !== 'object' || value === null) return false;
  const { lexicon: words, models: rules } = value as Partial<Record<keyof LanguageData, unknown>>;
  return isStringRecord(words) && typeof rules === 'object' && rules !== null && Object.values(rules).every(isStringRecord);
}
