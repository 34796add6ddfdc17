// The learned reading of the other person's feeling: multinomial logistic regression over their message's words and
// emoji, the pairs of them that follow each other in a sentence, and which feelings the hand-written signs of
// their-message.ts found ("#hurt"). Fitted by scripts/fit-their.ts on GoEmotions' Reddit comments (for the feelings it names) and on
// chat messages annotated with the feeling a reader saw in them (the only source for stressed, tired, lonely ...).
//
// The table is the features front-coded (front-coding.ts), in their sorted order, and for each feature its weight
// for every feeling in the order of THEIR_FEELINGS, one character each: WEIGHT_DIGITS[i] is (i - 32) tenths of log-odds;
// both are written with their frequent pairs merged (mergePairs), each as [merged, merges].
import { expandFrontCoded } from './front-coding';
import { THEIR_FEATURES, THEIR_INTERCEPTS, THEIR_WEIGHTS } from './their-weights';

export const THEIR_FEELINGS = [
  'stressed', 'overwhelmed', 'hurt', 'worried', 'apologetic', 'angry', 'defensive', 'excited', 'tired', 'confused', 'lonely', 'neutral',
] as const;

export type TheirFeeling = (typeof THEIR_FEELINGS)[number];

export interface TheirModel {
  /** Log-odds of each feeling before any feature, in the order of THEIR_FEELINGS. */
  intercepts: readonly number[];
  /** Each feature's weight for every feeling, in the order of THEIR_FEELINGS. */
  weights: Map<string, readonly number[]>;
}

export const WEIGHT_DIGITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const ZERO = 32;

/** A weight as the table writes it, rounded to tenths within what one digit holds. */
export const weightDigit = (weight: number): string => WEIGHT_DIGITS[Math.max(0, Math.min(63, Math.round(weight * 10) + ZERO))]!;

/**
 * A table with its most frequent pairs of characters written as one symbol each, most frequent first, while a pair is
 * frequent enough to pay for itself: the 6,000 weight digits fit in 3,500 characters. The symbols are the printable
 * ASCII the table does not use (no quote, so it stays one string); `merges` holds each symbol and its pair.
 */
export function mergePairs(text: string): { merged: string; merges: string } {
  let merged = text;
  let merges = '';
  const symbols = [...Array(95)].map((_, i) => String.fromCharCode(32 + i)).filter((c) => !text.includes(c) && !`'"\`$\\`.includes(c));
  for (const symbol of symbols) {
    const counts = new Map<string, number>();
    for (let i = 0; i + 1 < merged.length; i++) counts.set(merged.slice(i, i + 2), (counts.get(merged.slice(i, i + 2)) ?? 0) + 1);
    const [pair, count] = [...counts].reduce((best, entry) => (entry[1] > best[1] ? entry : best), ['', 0]);
    if (count < 4) break;
    merged = merged.split(pair).join(symbol);
    merges += symbol + pair;
  }
  return { merged, merges };
}

/** A table back from what `mergePairs` wrote: the last pair merged is the first put back. */
export function unmerged(merged: string, merges: string): string {
  let text = merged;
  for (let i = merges.length - 3; i >= 0; i -= 3) text = text.split(merges[i] as string).join(merges.slice(i + 1, i + 3));
  return text;
}

export function parseTheirModel(features: string, digits: string, intercepts: readonly number[]): TheirModel {
  const weights = new Map<string, readonly number[]>();
  const count = intercepts.length;
  expandFrontCoded(features).forEach((name, i) => {
    weights.set(name, [...digits.slice(i * count, (i + 1) * count)].map((digit) => (WEIGHT_DIGITS.indexOf(digit) - ZERO) / 10));
  });
  return { intercepts, weights };
}

/** A word, emoji or run of "!" and "?" ("?" when it holds one, else "!") of their message, where it stands. */
export interface TheirToken {
  term: string;
  start: number;
  end: number;
  sentence: number;
}

const TOKEN = /[\p{L}\p{M}\p{N}'\u2019]+|[!?]+|\p{Extended_Pictographic}|[.;:\n]/gu;

/**
 * Their message's tokens, lower-cased, apostrophes dropped and letter runs of three or more squeezed ("sooo" -> "so"),
 * as the chat reading's tokens are (tokens.ts, which the pause does not carry). A run of "!" or "?" ends a sentence.
 */
export function theirTokens(text: string): TheirToken[] {
  const tokens: TheirToken[] = [];
  let sentence = 0;
  for (const match of text.matchAll(TOKEN)) {
    const raw = match[0];
    if (/^[.;:\n]$/.test(raw)) {
      sentence++;
      continue;
    }
    const start = match.index;
    const bang = /^[!?]/.test(raw);
    tokens.push({ term: bang ? (raw.includes('?') ? '?' : '!') : raw.toLowerCase().replace(/['\u2019]/g, '').replace(/(\p{L})\1{2,}/gu, '$1'), start, end: start + raw.length, sentence });
    if (bang) sentence++;
  }
  return tokens.filter((token) => token.term !== '');
}

/** The feature naming a feeling the hand-written signs found. */
export const signFeature = (feeling: TheirFeeling): string => `#${feeling}`;

/** The names of a message's features, each once: its terms, the pairs of terms in one sentence, and the signs found. */
export function theirFeatures(tokens: readonly TheirToken[], signed: Iterable<TheirFeeling>): Set<string> {
  const names = new Set<string>();
  tokens.forEach((token, i) => {
    names.add(token.term);
    const previous = tokens[i - 1];
    if (previous && previous.sentence === token.sentence) names.add(`${previous.term} ${token.term}`);
  });
  for (const feeling of signed) names.add(signFeature(feeling));
  return names;
}

/** Each feeling's log-odds for a message's features, in the order of THEIR_FEELINGS. */
export function scoreFeelings(model: TheirModel, features: Iterable<string>): number[] {
  const scores = [...model.intercepts];
  for (const name of features) model.weights.get(name)?.forEach((weight, feeling) => (scores[feeling]! += weight));
  return scores;
}

// Words that lean one way in the annotated messages but show nobody a feeling when named as its evidence: pronouns,
// auxiliaries, articles, prepositions, conjunctions and the small adverbs ("just", "even", "really"). Tokens drop
// apostrophes, so "i'm" is "im". The model keeps them as features: they carry a tone, but never show a feeling alone.
const PLAIN =
  /^(?:i|im|ive|id|ill|me|my|mine|myself|we|were|weve|us|our|you|youre|youve|youd|your|yours|u|ur|he|hes|him|his|she|shes|her|they|theyre|them|their|it|its|itd|is|am|are|was|be|been|being|have|has|had|do|does|did|dont|doesnt|didnt|can|cant|could|couldnt|would|wouldnt|will|wont|should|shouldnt|may|might|must|not|no|the|a|an|this|that|thats|these|those|there|theres|here|to|of|in|on|at|by|for|with|from|about|as|into|over|up|down|out|off|than|then|so|too|very|really|just|even|also|still|yet|again|only|and|or|but|if|because|when|while|what|whats|who|whos|which|why|how|where|like|get|got|go|going|gonna|one|some|any|all|[!?])$/;

/**
 * The words of the message that raised the feeling over neutral by at least `least` log-odds, as they are written
 * there, strongest first: a word or a pair of words, never a sign feature (their-message.ts shows the signs' own words).
 */
export function driversOf(model: TheirModel, text: string, tokens: readonly TheirToken[], feeling: number, least: number, most = 3): string[] {
  const neutral = THEIR_FEELINGS.indexOf('neutral');
  const lead = (name: string): number => {
    const weights = model.weights.get(name);
    return weights ? weights[feeling]! - weights[neutral]! : 0;
  };
  const found: [string, number][] = [];
  tokens.forEach((token, i) => {
    const previous = tokens[i - 1];
    const candidates: [number, number][] = PLAIN.test(token.term) ? [] : [[token.start, lead(token.term)]];
    if (previous && previous.sentence === token.sentence && !(PLAIN.test(previous.term) && PLAIN.test(token.term))) candidates.push([previous.start, lead(`${previous.term} ${token.term}`)]);
    for (const [start, weight] of candidates) if (weight >= least) found.push([text.slice(start, token.end), weight]);
  });
  const seen = new Set<string>();
  return found
    .sort((a, b) => b[1] - a[1])
    .map(([words]) => words)
    .filter((words) => !seen.has(words) && seen.add(words) !== undefined)
    .slice(0, most);
}

export const THEIR_MODEL: TheirModel = parseTheirModel(unmerged(...THEIR_FEATURES), unmerged(...THEIR_WEIGHTS), THEIR_INTERCEPTS);
