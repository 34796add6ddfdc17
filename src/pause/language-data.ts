/**
 * The pause bundle's stand-in for src/analysis/language-data.ts. compromise's packed lexicon and inflection models
 * (86 KB of text) ship in pause.js deflated (about 52 KB, 65 KB in Z85); build.mjs points compromise's two data
 * modules at the objects below, which are filled before the tagger's modules first run (src/analysis/nlp.ts).
 */
import packed from 'attune:packed-language';
import { inflatePacked, isLanguageData, type LanguageData } from './language-codec';

/** What compromise's `lexicon/_data.js` and `models/_data.js` export in the pause bundle. */
export const lexicon: LanguageData['lexicon'] = {};
export const models: LanguageData['models'] = {};

let unpacking: Promise<void> | undefined;

/** Inflates the packed data into `lexicon` and `models` once; rejects if it is not what the build wrote. */
export function unpackLanguageData(): Promise<void> {
  unpacking ??= inflatePacked(packed).then((data) => {
    if (!isLanguageData(data)) throw new Error('Attune: the packed language data is malformed');
    Object.assign(lexicon, data.lexicon);
    Object.assign(models, data.models);
  });
  return unpacking;
}
