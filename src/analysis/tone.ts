// The learned part of the scorer: how heated everyday words read, fitted by scripts/fit-tone.ts on the training
// splits of GoEmotions and the Contextual Abuse Dataset. A word's tone is the sum of weights for the word itself,
// its four- and five-letter pieces (so "annoyingly" and "idiots" inherit from "annoy" and "idiot") and the two-word
// phrase it opens; AFINN-165's valence and the heat lexicon's categories are features of the same fit. Weights are in score units: the balanced threshold is 1, and
// the fit places its F1-best cut there.
import { expandFrontCoded } from './front-coding';
import { TONE_WEIGHTS } from './tone-weights';

/** The features a word contributes, by name. Shared by the fit (which learns them) and the scorer (which sums them). */
export function wordGrams(norm: string): string[] {
  const grams = [`w:${norm}`];
  const padded = `<${norm}>`;
  for (let size = 4; size <= 5; size++) {
    for (let at = 0; at + size <= padded.length; at++) grams.push(`c:${padded.slice(at, at + size)}`);
  }
  return grams;
}

export const phraseGram = (first: string, second: string): string => `b:${first}+${second}`;

/** Structural features: the AFINN valence of a word, its heat-lexicon category, a negated word, and so on. */
export type ToneFeature =
  | 'afinn'
  | 'afinn:soft'
  | 'warm'
  | 'heat:profanity'
  | 'heat:insult'
  | 'heat:anger'
  | 'negated-heat'
  | 'negated-warm'
  | 'p:?'
  | 'p:!';

export interface ToneModel {
  weights: Map<string, number>;
  /** Two-word phrase weights by first word, then second: scoring looks them up without building their names. */
  phrases: Map<string, Map<string, number>>;
  /** Sentence-opening pairs (o:), by first word, then second, as phrases are. */
  openers: Map<string, Map<string, number>>;
  /** Words said to the reader (r:), by the word itself. */
  reader: Map<string, number>;
  /** What the model says of each word, cached: most drafts repeat the same few hundred words. */
  words: Map<string, WordTone>;
}

/** Everything the model weighs for one word, found with one lookup per word rather than one per feature. */
export interface WordTone {
  /** The word and its letter pieces (w:, c:), summed. */
  tone: number;
  /** Said to the reader (r:). */
  reader: number;
  /** Phrases the word opens (b:), by their second word. */
  phrases: ReadonlyMap<string, number> | undefined;
  /** Sentence openings the word starts (o:), by their second word. */
  openers: ReadonlyMap<string, number> | undefined;
}

/** Weights as the fit writes them: one line per weight in hundredths, then its features front-coded (front-coding.ts). */
export function parseTone(table: string): ToneModel {
  const weights = new Map<string, number>();
  for (const line of table.split('\n')) {
    const space = line.indexOf(' ');
    if (space <= 0) continue;
    const weight = Number(line.slice(0, space)) / 100;
    if (!Number.isFinite(weight)) continue;
    for (const name of expandFrontCoded(line.slice(space + 1))) weights.set(name, weight);
  }
  const phrases = new Map<string, Map<string, number>>();
  const openers = new Map<string, Map<string, number>>();
  const reader = new Map<string, number>();
  for (const [name, weight] of weights) {
    if (name.startsWith('r:')) reader.set(name.slice(2), weight);
    if (!name.startsWith('b:') && !name.startsWith('o:')) continue;
    const pairs = name[0] === 'b' ? phrases : openers;
    const plus = name.indexOf('+');
    const first = name.slice(2, plus);
    let seconds = pairs.get(first);
    if (!seconds) pairs.set(first, (seconds = new Map()));
    seconds.set(name.slice(plus + 1), weight);
  }
  return { weights, phrases, openers, reader, words: new Map() };
}

/** Distinct words remembered per model; a pasted novel must not grow the cache without bound. */
const WORD_CACHE = 16_384;

/** What the model says of a word, from the cache when it has been seen. */
export function toneOf(model: ToneModel, norm: string): WordTone {
  const cached = model.words.get(norm);
  if (cached !== undefined) return cached;
  // The same names as wordGrams(), summed without building the list.
  const weights = model.weights;
  let tone = weights.get(`w:${norm}`) ?? 0;
  const padded = `<${norm}>`;
  for (let size = 4; size <= 5; size++) {
    for (let at = 0; at + size <= padded.length; at++) tone += weights.get(`c:${padded.slice(at, at + size)}`) ?? 0;
  }
  const word: WordTone = { tone, reader: model.reader.get(norm) ?? 0, phrases: model.phrases.get(norm), openers: model.openers.get(norm) };
  if (model.words.size >= WORD_CACHE) model.words.clear();
  model.words.set(norm, word);
  return word;
}

/** Sum of the weights of a word and its letter pieces. */
export const wordTone = (model: ToneModel, norm: string): number => toneOf(model, norm).tone;

export const toneWeight = (model: ToneModel, name: string): number => model.weights.get(name) ?? 0;

/** Weight of the phrase `first second`, 0 when the model has none. */
export function phraseTone(model: ToneModel, first: string, second: string): number {
  return model.phrases.get(first)?.get(second) ?? 0;
}

export const TONE: ToneModel = parseTone(TONE_WEIGHTS);
