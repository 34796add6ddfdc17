// The chat reading: a second learned model, fitted by scripts/fit-chat.ts on chat drafts (Reddit's at a twentieth), over
// the draft's words and the pairs of words that follow each other in a sentence. Where the word tone (tone.ts) learns
// how heated a word reads anywhere, this one learns how people write at each other in a chat: "thanks for
// *finally*", "*look who*", "*ok and*?", "*not reading* that". Its log-odds join the rules' score in analyze.ts.
//
// The table is one line per weight, in tenths of log-odds (even ones: fit-chat.ts rounds to fifths): the weight, then for heat a letter for the kind of heat
// its training drafts showed most (criticism, contempt, ...), a space, then the features front-coded
// (front-coding.ts). A feature is a word or emoji ("finally", "😂") or two of them with a space between ("look
// who"); "!" and "?" stand for runs of either.
import { CHAT_INTERCEPT, CHAT_WEIGHTS } from './chat-weights';
import { expandFrontCoded } from './front-coding';
import type { Token } from './tokens';
import type { ReasonKind, Span } from './types';

/** The kind letters of the table. */
export const KIND_LETTERS: Readonly<Record<string, ReasonKind>> = {
  c: 'criticism',
  t: 'contempt',
  d: 'defensiveness',
  s: 'stonewalling',
  h: 'hostility',
  p: 'profanity',
  x: 'shouting',
};

interface Feature {
  weight: number;
  kind: ReasonKind | undefined;
  /** The reading that last counted it (readChat). */
  counted: number;
}

export interface ChatModel {
  intercept: number;
  words: Map<string, Feature>;
  /** A number for every word that opens or ends a pair, so a draft's pairs are looked up by number, not by name. */
  ids: Map<string, number>;
  /** Pairs by pairKey(first id, second id). */
  pairs: Map<number, Feature>;
}

/** Room for this many words in pairs; the table holds a few hundred. */
const PAIR_WORDS = 1 << 16;
const pairKey = (first: number, second: number): number => first * PAIR_WORDS + second;

/** The pair `first second` of a model, for tests and tools. */
export const pairOf = (model: ChatModel, first: string, second: string): Feature | undefined =>
  model.pairs.get(pairKey(model.ids.get(first) ?? -1, model.ids.get(second) ?? -1));

/**
 * What the chat reading needs of a token's normal form, looked up once per distinct word: analyze.ts keeps these
 * fields on its lexemes, so reading a draft costs no lookup for its words.
 */
export interface ChatTerm {
  /** The weight of the term alone. */
  chatWord: Feature | undefined;
  /** The term's number among the words in pairs, or -1: a pair is looked up only between two numbered words. */
  chatId: number;
}

/** A word or pair that moved the reading towards heat, where it stands in the draft. */
export interface ChatDriver {
  kind: ReasonKind;
  start: number;
  end: number;
  weight: number;
}

const LINE = /^(-?\d+)([a-z]?) (.*)$/;

export function parseChatModel(table: string, intercept: number): ChatModel {
  const model: ChatModel = { intercept, words: new Map(), ids: new Map(), pairs: new Map() };
  const idOf = (word: string): number => {
    let id = model.ids.get(word);
    if (id === undefined) model.ids.set(word, (id = model.ids.size));
    return id;
  };
  for (const line of table.split('\n')) {
    const match = LINE.exec(line);
    if (!match) continue;
    const weight = Number(match[1]) / 10;
    const kind = KIND_LETTERS[match[2] ?? ''];
    for (const name of expandFrontCoded(match[3] ?? '')) {
      // One object per feature: the reading counts each feature once by its identity.
      const feature: Feature = { weight, kind, counted: 0 };
      const space = name.indexOf(' ');
      if (space < 0) {
        model.words.set(name, feature);
        continue;
      }
      if (model.ids.size < PAIR_WORDS - 1) model.pairs.set(pairKey(idOf(name.slice(0, space)), idOf(name.slice(space + 1))), feature);
    }
  }
  return model;
}

const PUNCTUATION_RUN = /^[!?]+$/;

/**
 * What a token's normal form is to the chat reading: a word's or emoji's normal form itself, "?" or "!" for a run of
 * punctuation (which holds a "?" or not).
 */
export function chatTerm(norm: string): string {
  return PUNCTUATION_RUN.test(norm) ? (norm.includes('?') ? '?' : '!') : norm;
}

/** What the model holds for a token's normal form. */
export function chatTermOf(model: ChatModel, norm: string): ChatTerm {
  const term = chatTerm(norm);
  return { chatWord: model.words.get(term), chatId: model.ids.get(term) ?? -1 };
}

/**
 * The names of a draft's features, each once, as the fit sees them: the same terms and pairs `readChat` looks up.
 * Pairs never cross a sentence.
 */
export function chatFeatures(tokens: readonly Token[]): Set<string> {
  const names = new Set<string>();
  let previous: { term: string; sentence: number } | undefined;
  for (const token of tokens) {
    const term = chatTerm(token.norm);
    names.add(term);
    if (previous && previous.sentence === token.sentence) names.add(`${previous.term} ${term}`);
    previous = { term, sentence: token.sentence };
  }
  return names;
}

/** Marks a feature as counted in one reading, so a draft that repeats it counts it once without a set per reading. */
let reading = 0;

/**
 * The draft's log-odds of heat, as the chat drafts taught them. Each feature counts once, as in the fit. Tokens inside
 * `cleared` (phrases the rules know to be calm, such as "you always know what to say") are not read. The words that
 * raised it go into `drivers` when one is given; what features of "!" and "?" added goes into `marks.weight`.
 */
export function readChat(model: ChatModel, tokens: readonly Token[], terms: readonly ChatTerm[] = tokens.map((token) => chatTermOf(model, token.norm)), cleared: readonly Span[] = [], drivers?: ChatDriver[], marks?: { weight: number }): number {
  const stamp = ++reading;
  let logOdds = model.intercept;
  let previous: Token | undefined;
  let previousId = -1;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const term = terms[i]!;
    if (cleared.length > 0 && cleared.some((span) => token.start >= span.start && token.end <= span.end)) {
      previousId = -1;
      continue;
    }
    const mark = token.type === 'bang';
    const word = term.chatWord;
    if (word && word.counted !== stamp) logOdds += count(word, stamp, token.start, token.end, mark, drivers, marks);
    if (previousId >= 0 && term.chatId >= 0 && previous!.sentence === token.sentence) {
      const pair = model.pairs.get(pairKey(previousId, term.chatId));
      if (pair && pair.counted !== stamp) logOdds += count(pair, stamp, previous!.start, token.end, mark || previous!.type === 'bang', drivers, marks);
    }
    previous = token;
    previousId = term.chatId;
  }
  return logOdds;
}

/** Counts a feature once in the reading `stamp`, noting it as a driver or a mark's weight where asked; returns its weight. */
function count(feature: Feature, stamp: number, start: number, end: number, mark: boolean, drivers: ChatDriver[] | undefined, marks: { weight: number } | undefined): number {
  feature.counted = stamp;
  if (mark && marks) marks.weight += feature.weight;
  if (drivers && feature.weight > 0 && feature.kind) drivers.push({ kind: feature.kind, start, end, weight: feature.weight });
  return feature.weight;
}

export const CHAT: ChatModel = parseChatModel(CHAT_WEIGHTS, CHAT_INTERCEPT);

/**
 * How the chat reading joins the rules' score (whose balanced threshold is 1). It speaks only where it is sure. Past
 * CHAT_MARGIN log-odds, CHAT_SHARE x (log-odds - CHAT_MARGIN) joins the words' heat (softened by laughter and offset
 * by calm words as theirs is, analyze.ts's scoreHits); the margin keeps a short draft with one or two leaning words
 * ("did you read the email?") from tipping over on the reading alone. Below -CHAT_CALM_MARGIN, read without its
 * features of "!" and "?" (joy in one draft, anger in the next: "Answer your damn phone!"), CHAT_SHARE x (log-odds +
 * CHAT_CALM_MARGIN) comes off the score, so a draft the rules flag on a word or a phrase ("shut up you legend",
 * "this is why you're my favourite idiot") is cleared when the reading is sure it is calm. Chosen with the chat
 * reading fitted without the third and fourth blind sets and measured on them (scripts/fit-chat.ts --held-out prints
 * the grid): the heat side alone read 0.937 / 0.758, false alarms 5.0 %; with the calm side past 0.7, 0.953 / 0.756,
 * 3.6 % (past 0.5: 0.955 / 0.754, 3.5 %, but it cleared "I don't want to hear it"; past 1: 4.2 %). A mocking draft
 * gets no calm side: its laughter is the taunt's; nor does a contempt phrase (analyze.ts, scoreOf). Checked again on
 * the fifth to tenth blind sets with the reading refitted on 4,000 features (fit-chat.ts --held-out): 0.958 / 0.871;
 * a heat margin of 0.7 with a calm one of 0.5 reads 0.959 / 0.885 there, but flags everyday questions ("did you read
 * the email from Sam?") and a third more of GoEmotions' training comments. Since the reading learns from everyday
 * Reddit comments too (fit-chat.ts, --reddit-calm), its intercept is lower (0.45, was 0.63) and the heat margin 0.85:
 * 0.964 / 0.876 there, false alarms 3.2 %, and 12.3 % of the calm GoEmotions comments kept out of the fit flagged
 * (14.8 % before); past 0.7 it reads more (0.964 / 0.883) but "the intern could have the desk by the window" again.
 */
export const CHAT_SHARE = 1;
export const CHAT_MARGIN = 0.85;
export const CHAT_CALM_MARGIN = 0.7;

/**
 * What the chat reading adds to the rules' score, from its log-odds and its log-odds without "!" and "?";
 * `calmOnly` (gentle) takes heat off but adds none.
 */
export function chatLearned(logOdds: number, withoutMarks: number, calmOnly = false, share = CHAT_SHARE, margin = CHAT_MARGIN, calmMargin = CHAT_CALM_MARGIN): number {
  if (logOdds > margin) return calmOnly ? 0 : share * (logOdds - margin);
  if (withoutMarks < -calmMargin) return share * (withoutMarks + calmMargin);
  return 0;
}
