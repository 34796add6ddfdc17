/**
 * Makes compromise's packed lexicon and inflection models ready before the tagger loads. In Node and the tests they
 * ship inside compromise's own modules, so there is nothing to do; the pause build swaps this module for
 * src/pause/language-data.ts, which inflates a deflated copy of them (scripts/build-plugins.mjs, packLanguageData).
 */
export function unpackLanguageData(): Promise<void> {
  return Promise.resolve();
}
