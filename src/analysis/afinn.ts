import english from 'sentiment/languages/en/index.js';

// AFINN-165 as the `sentiment` package ships it; read directly because its analyze() drops word offsets
// and would bring its emoji table into every bundle.
const AFINN = new Map(Object.entries(english.labels));

/** AFINN-165's valence for a lower-case word (-5 to 5), or undefined when it carries none. */
export function afinnScore(word: string): number | undefined {
  return AFINN.get(word);
}

/** Every AFINN-165 word with its valence. */
export function afinnWords(): Iterable<[string, number]> {
  return AFINN.entries();
}
