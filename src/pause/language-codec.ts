/**
 * How compromise's lexicon and inflection models travel in pause.js (scripts/build-plugins.mjs packs them): their
 * JSON, deflated (raw), in Z85. Browsers and Node inflate deflate natively (DecompressionStream).
 */
import type { PackedLanguage } from 'attune:packed-language';
import { z85Decode } from '../z85';

/** compromise's data modules: words per tag (efrt) and inflection rules (suffix-thumb). */
export interface LanguageData {
  lexicon: Record<string, string>;
  models: Record<string, Record<string, string>>;
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
