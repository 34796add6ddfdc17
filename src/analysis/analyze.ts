// Scores how heated a draft reads, and why. Pure: runs the same in Node, the content script and the service worker.
import type { MessageKey } from '../i18n';
import type { Analysis, AnalyzeOptions, Level, Reason, ReasonKind, Sensitivity, Span } from './types';
import { tokenize, type Token } from './tokens';
import { PATTERN_TRIE, type Pattern, type PatternNode } from './patterns';
import { CHAT, CHAT_CALM_MARGIN, CHAT_SHARE, chatLearned, chatTermOf, readChat, type ChatDriver, type ChatTerm } from './chat-tone';
import { quotedClaims } from './quoted-claims';
import { TONE, phraseGram, toneOf, toneWeight, wordGrams, type ToneFeature, type ToneModel, type WordTone } from './tone';
import {
  ACRONYM,
  ANGRY_SYMBOL,
  CHEER,
  COMPARATIVE,
  CONTRASTS,
  ENGLISH,
  FEELING,
  FOREIGN,
  IMPERATIVE,
  INTENSIFIES,
  LAUGH_SHAPE,
  LAUGHS,
  NEGATES,
  NOT_ANGRY,
  OWNER,
  REFUSAL,
  SECOND,
  THING,
  THIRD,
  WARM_SYMBOL,
  WORK_DONE,
  ULTIMATUM,
  WORDS,
  heatKind,
  type HeatCategory,
  type WordFacts,
} from './lexicon';

/** Drafts are analysed up to this many UTF-16 units; beyond it (a pasted log, a 1 MB string) the tail is ignored. */
export const ANALYSIS_WINDOW = 20_000;

/** Score at or above which a draft is heated, per sensitivity. */
export const THRESHOLDS: Record<Sensitivity, number> = { gentle: 1.2, balanced: 1.0, strict: 0.7 };
/** A draft is tense (not yet heated) from this share of its heated threshold. */
const TENSE_SHARE = 0.5;

/**
 * Every kind of hit the scorer records, written once: the weights, the sets below and Hit.key all derive from it,
 * so a misspelt key is a type error rather than a weight of 0.
 */
export const HIT_KEYS = [
  'pattern',
  'caps',
  'shout',
  'bangs',
  'interrobang',
  'angry-emoji',
  'caps-draft',
  'name-calling',
  'tone',
  'vent',
  'thing',
  'punct',
  'calm',
  'laugh',
  'warm-emoji',
  'affection',
  'reassurance',
  'chat',
] as const;
export type HitKey = (typeof HIT_KEYS)[number];

/**
 * Weight of each kind of hit; a hit adds weight x its value. Patterns, capitals, punctuation and angry emoji are set
 * by hand for chat drafts, which Reddit comments rarely resemble; word tone (tone.ts) is fitted and already in score
 * units. Softeners weigh nothing: they scale the rest down (see scoreHits).
 */
const WEIGHTS: Record<HitKey, number> = {
  pattern: 1,
  caps: 0.35,
  shout: 0.35,
  bangs: 0.4,
  interrobang: 0.5,
  'angry-emoji': 0.8,
  'caps-draft': 0.5,
  'name-calling': 0.7,
  tone: 1,
  vent: 1,
  thing: 1,
  punct: 1,
  calm: -1,
  laugh: 0,
  'warm-emoji': 0,
  affection: 0,
  reassurance: 0,
  chat: 1,
};

/** Receives each tone feature of a draft with its value, for the fit (scripts/fit-tone.ts). */
export type ToneSink = (feature: string, value: number) => void;

/** The tone of one word in its context: the sum of its weighted features, each reported to the sink when fitting. */
class ToneSum {
  total = 0;
  constructor(
    private readonly model: ToneModel,
    private readonly sink: ToneSink | undefined,
  ) {}

  reset(): void {
    this.total = 0;
  }

  add(feature: string, value: number): void {
    if (value === 0) return;
    this.sink?.(feature, value);
    this.total += toneWeight(this.model, feature) * value;
  }

  /** A word said to the reader: the fit's `r:` feature, looked up without building its name. */
  addReader(norm: string, word: WordTone, value: number): void {
    if (value === 0) return;
    if (this.sink) this.sink(`r:${norm}`, value);
    this.total += word.reader * value;
  }

  /** The pair a sentence opens with: the fit's `o:` feature. */
  addOpener(first: string, word: WordTone, second: string, value: number): void {
    if (value === 0) return;
    if (this.sink) this.sink(`o:${first}+${second}`, value);
    this.total += (word.openers?.get(second) ?? 0) * value;
  }

  addPhrase(first: string, word: WordTone, second: string, value: number): void {
    if (value === 0) return;
    if (this.sink) this.sink(phraseGram(first, second), value);
    this.total += (word.phrases?.get(second) ?? 0) * value;
  }

  addWord(norm: string, word: WordTone, value: number): void {
    if (value === 0) return;
    if (this.sink) for (const gram of wordGrams(norm)) this.sink(gram, value);
    this.total += word.tone * value;
  }
}

const HEAT_FEATURE: Record<HeatCategory, ToneFeature> = { profanity: 'heat:profanity', insult: 'heat:insult', anger: 'heat:anger' };

/** "love you", "love it", "love this": affection, which softens like laughter. */
const LOVED = new Set(['you', 'it', 'this']);

/** Laughter, warm emoji and "love you" each scale the heat down: banter and teasing, not attack. */
const SOFTENERS: ReadonlySet<HitKey> = new Set<HitKey>(['laugh', 'warm-emoji', 'affection', 'reassurance']);
/** Hits that add to the score but never stand as the reason shown (a question mark is not hostile on its own). */
const UNNAMED: ReadonlySet<HitKey> = new Set<HitKey>([...SOFTENERS, 'punct']);
const SOFTENING = 0.5;
const MAX_SOFTENERS = 2;
/** No single word or phrase outweighs two and a half thresholds, so one laugh can still turn it to teasing. */
const MAX_HIT = 2.5;
/** Per word, venting at a named thing ("this printer is the worst") reads tense at most; it is heated only if it piles up. */
const MAX_BY_KEY: Partial<Record<HitKey, number>> = { thing: 0.6 };
/** Most one calm word can take off: a word of logistics ("today") must not cancel "what is your problem". */
const MAX_RELIEF = 0.5;

const AIMED_AT_READER = 1.5;
const AIMED_AT_OTHERS = 1.2;
const I_STATEMENT = 0.4;
const INTENSIFIED = 1.4;
const CAPITALISED = 1.3;
const BEFORE_CONTRAST = 0.6;
const MAX_CAPS_WORDS = 4;
const CAPS_UNAIMED = 0.6;
/** A feeling the writer owns ("I feel frustrated", "I'm feeling annoyed") is a disclosure, not an attack. */
const OWNED = 0.12;
/** Venting at a named thing ("this printer is the worst") reads tense at most unless it piles up. */
const AT_A_THING = 0.3;
/** How many words after "I feel" / "I'm" still name the writer's own feeling. */
const OWNED_REACH = 5;

/** One piece of evidence; `kind` is absent for softeners. */
export interface Hit {
  key: HitKey;
  kind?: ReasonKind;
  start: number;
  end: number;
  value: number;
}

interface SentenceInfo {
  aimedAtReader: boolean;
  aimedAtOthers: boolean;
  /** Names an everyday thing (a printer, traffic, Mondays). */
  aboutThing: boolean;
  iStatement: boolean;
  warm: boolean;
  /** Index of the last contrast word ("but"), or -1. */
  contrastAt: number;
  /** Some word or emoji in it is warm, whoever it is aimed at; `fondBesidesBetter` leaves "better" out. */
  fond: boolean;
  fondBesidesBetter: boolean;
  /** Holds laughter ("lol", "hahaha"). */
  laughs: boolean;
}

const isWord = (token: Token | undefined): token is Token => token !== undefined && token.type === 'word';

function weightOf(key: HitKey): number {
  return WEIGHTS[key];
}

/** What the scorer reads off one word or symbol whatever its context. */
interface Lexeme extends ChatTerm {
  facts: WordFacts | undefined;
  /** Where phrases that open with it continue in the pattern trie. */
  opens: PatternNode | undefined;
  /** Listed as laughter, or shaped like it ("hahaha", "lmaooo"). */
  laughs: boolean;
  /** What the tone model weighs for it. */
  learned: WordTone;
  /** Opens one of the taunts' shapes ("if", "or", "sure", "even", "cute"...): the only words findTaunts reads closely. */
  taunts: boolean;
  /** Praise that, standing alone after a complaint, is sarcasm ("nice.", "great."): SARCASTIC_PRAISE. */
  praises: boolean;
  /** Can take part in a construction findConstructions reads (constructs()): every other word is passed over. */
  constructs: boolean;
  /** "most" or "least": the next word is read as a superlative. */
  grades: boolean;
}

/** Distinct words remembered per tone model; a pasted novel must not grow the cache without bound. */
const LEXEME_CACHE = 16_384;
const LEXEMES = new WeakMap<ToneModel, Map<string, Lexeme>>();

function lexemesOf(model: ToneModel): Map<string, Lexeme> {
  let lexemes = LEXEMES.get(model);
  if (!lexemes) LEXEMES.set(model, (lexemes = new Map()));
  return lexemes;
}

/** One lookup per token for the lexicon, the pattern trie, the laughter shape and the learned tone: drafts repeat the same words. */
function lexemeOf(lexemes: Map<string, Lexeme>, model: ToneModel, norm: string): Lexeme {
  let lexeme = lexemes.get(norm);
  if (lexeme) return lexeme;
  const facts = WORDS.get(norm);
  const laughs = facts ? (facts.flags & LAUGHS) !== 0 : LAUGH_SHAPE.test(norm);
  const chat = chatTermOf(CHAT, norm);
  // Written out rather than spread, so every lexeme has one shape: the scorer reads them on every word.
  lexeme = { facts, opens: PATTERN_TRIE.next.get(norm), laughs, learned: toneOf(model, norm), chatWord: chat.chatWord, chatId: chat.chatId, taunts: TAUNT_OPENERS.has(norm), praises: SARCASTIC_PRAISE.has(norm), constructs: constructs(norm, facts), grades: GRADES.has(norm) };
  if (lexemes.size >= LEXEME_CACHE) lexemes.clear();
  lexemes.set(norm, lexeme);
  return lexeme;
}

/** A draft's tokens with what the lexicon knows of each, looked up once. */
interface Draft {
  text: string;
  tokens: Token[];
  lexemes: Lexeme[];
  /** The lexicon's facts for words and emoji, undefined for other tokens. */
  facts: (WordFacts | undefined)[];
}

const flagsAt = (draft: Draft, index: number): number => draft.facts[index]?.flags ?? 0;

const isLaughter = (draft: Draft, index: number): boolean => draft.tokens[index]!.type === 'word' && draft.lexemes[index]!.laughs;

/** Words that open a sentence without changing who speaks in it. */
const OPENERS = new Set(['honestly', 'ok', 'okay', 'look', 'tbh', 'hey', 'so', 'and', 'but', 'well', 'just', 'sorry', 'ngl', 'yeah']);

const STATE_FILLER = new Set(['honestly', 'just', 'pretty', 'quite', 'kinda', 'getting', 'still']);

/**
 * "I'm (really) frustrated", "I'm so annoyed right now": after "I'm", up to two strengthening words and then an angry
 * or unhappy word, in a sentence that names nobody: the writer's own state.
 */
function ownedState(draft: Draft, from: number): boolean {
  const { tokens } = draft;
  const sentence = tokens[from]?.sentence;
  let at = from;
  while (at < from + 2 && (flagsAt(draft, at) & INTENSIFIES || STATE_FILLER.has(tokens[at]?.norm ?? '')) && sameSentenceWord(tokens, at + 1, sentence ?? -1) >= 0) at++;
  const facts = draft.facts[at];
  if (!facts || sameSentenceWord(tokens, at, sentence ?? -1) < 0) return false;
  if (facts.heat !== 'anger' && !(facts.afinn <= -2 && facts.heat === undefined)) return false;
  for (let j = at + 1; sameSentenceWord(tokens, j, sentence ?? -1) >= 0; j++) if (flagsAt(draft, j) & (SECOND | THIRD)) return false;
  return true;
}

function describeSentences(draft: Draft): SentenceInfo[] {
  const { tokens, facts } = draft;
  const sentences: SentenceInfo[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    let info = sentences[token.sentence];
    const opens = info === undefined;
    if (!info) {
      info = { aimedAtReader: false, aimedAtOthers: false, aboutThing: false, iStatement: false, warm: false, contrastAt: -1, fond: false, fondBesidesBetter: false, laughs: false };
      sentences[token.sentence] = info;
    }
    if ((facts[i]?.warmth ?? 0) > 0) {
      info.fond = true;
      if (token.norm !== 'better') info.fondBesidesBetter = true;
    }
    if (token.type !== 'word') continue;
    if (draft.lexemes[i]!.laughs) info.laughs = true;
    const word = facts[i];
    if (word) {
      const flags = word.flags;
      if (flags & SECOND || (opens && flags & IMPERATIVE)) info.aimedAtReader = true;
      else if (flags & THIRD) info.aimedAtOthers = true;
      else if (flags & CONTRASTS) info.contrastAt = i;
      else if (word.warmth > 0) info.warm = true;
      else if (flags & THING) info.aboutThing = true;
    }
    if (opens || (i > 0 && tokens[i - 1]!.sentence !== token.sentence)) {
      // "honestly, I'm really frustrated": an opening word of manner does not change who speaks.
      const at = OPENERS.has(token.norm) && isWord(tokens[i + 1]) && tokens[i + 1]!.sentence === token.sentence ? i + 1 : i;
      const first = tokens[at]!.norm;
      const next = tokens[at + 1]?.norm;
      // The writer's own loathing ("i hate computers", "I really hate Sundays now") is about a thing unless the draft names
      // a person (the aimed flags, read for the whole draft, say so).
      if (first === 'i' && (LOATHES.has(next ?? '') || (facts[at + 1] && facts[at + 1]!.flags & INTENSIFIES && LOATHES.has(tokens[at + 2]?.norm ?? '')))) info.aboutThing = true;
      info.iStatement =
        (first === 'i' && (next === 'feel' || next === 'felt' || next === 'get' || next === 'was' || next === 'need')) ||
        (first === 'im' && (next === 'feeling' || next === 'a' || next === 'frustrated' || next === 'angry')) ||
        (first === 'it' && (next === 'made' || next === 'makes' || next === 'hurts'));
    }
  }
  return sentences;
}

const LOATHES = new Set(['hate', 'loathe', 'despise', 'detest']);

/** Index of the word at `index` when it is in `sentence`, else -1. */
function sameSentenceWord(tokens: Token[], index: number, sentence: number): number {
  // Reading tokens[-1] is a slow property lookup in V8, and the word before the first is asked for on every draft.
  const token = index >= 0 ? tokens[index] : undefined;
  return token && token.sentence === sentence && token.type === 'word' ? index : -1;
}

function endsSentence(tokens: Token[], index: number, sentence: number): boolean {
  const next = tokens[index];
  return next === undefined || next.sentence !== sentence || next.type === 'bang';
}

/** Warm words right after a phrase ("you always make me laugh") turn a criticism pattern into praise. */
function warmAfter(draft: Draft, from: number, sentence: number): boolean {
  let warm = 0;
  for (let i = from; i < from + 8; i++) {
    if (sameSentenceWord(draft.tokens, i, sentence) < 0) break;
    const facts = draft.facts[i];
    const norm = draft.tokens[i]!.norm;
    // Praise made small is condescension: "you're such a good little rule-follower".
    if ((facts && facts.afinn < 0 && !(facts.flags & NOT_ANGRY)) || norm === 'little') return false;
    warm += (facts?.warmth ?? 0) + (norm === 'laugh' || norm === 'smile' ? 2 : 0);
  }
  return warm > 0;
}

interface PatternMatch {
  pattern: Pattern | undefined;
  end: number;
  /** Praise just before the phrase ("proud of you, always"): a criticism pattern is then not one. */
  warmBefore: boolean;
}

/**
 * Where warmth after a mocking phrase starts to count: after the phrase, or after the word it mocks when it ends in
 * "this" or "so" ("imagine being this proud of one parallel park": "proud" is what is mocked).
 */
function mockedFrom(tokens: readonly Token[], index: number): number {
  const last = tokens[index - 1]!;
  return (last.norm === 'this' || last.norm === 'so') && tokens[index] ? tokens[index]!.end : last.end;
}

const isSwearInfix = (draft: Draft, index: number): boolean => draft.facts[index]?.heat === 'profanity' && (flagsAt(draft, index) & INTENSIFIES) !== 0;

function walkPatterns(draft: Draft, at: PatternNode, index: number, sentence: number, atSentenceStart: boolean, best: PatternMatch): void {
  const tokens = draft.tokens;
  for (const pattern of at.found) {
    if (pattern.atStart && !atSentenceStart) continue;
    if (pattern.atEnd && !endsSentence(tokens, index, sentence)) continue;
    // A mocking phrase is banter when warmth follows anywhere ("imagine losing to me at mario kart... 😘"): its laughter
    // softens nothing, so the warmth must clear the phrase itself.
    if (pattern.unlessWarm && (best.warmBefore || (pattern.mocks ? warmInRest(draft, mockedFrom(tokens, index)) : warmAfter(draft, index, sentence)))) continue;
    if (index > best.end || (index === best.end && pattern.weight > (best.pattern?.weight ?? 0))) {
      best.pattern = pattern;
      best.end = index;
    }
  }
  const token = tokens[index];
  if (!token || token.sentence !== sentence || token.type === 'bang') return;
  const child = at.next.get(token.norm);
  if (child) walkPatterns(draft, child, index + 1, sentence, atSentenceStart, best);
  // A swear word inside a phrase strengthens it, it does not break it: "don't fucking talk to me".
  else if (at !== PATTERN_TRIE && isSwearInfix(draft, index)) walkPatterns(draft, at, index + 1, sentence, atSentenceStart, best);
  if (at.any && token.type === 'word') walkPatterns(draft, at.any, index + 1, sentence, atSentenceStart, best);
}

/** Words before a phrase that leave it opening its sentence: "ok calm down", "honestly grow up". */
const LEADS = new Set(['ok', 'okay', 'look', 'honestly', 'well', 'yeah', 'seriously']);

/** The longest phrase pattern starting at `start` (whose first word opens some pattern), if any. */
function matchAt(draft: Draft, start: number, first: PatternNode): PatternMatch {
  const tokens = draft.tokens;
  const sentence = tokens[start]!.sentence;
  const warmAt = (i: number): boolean => sameSentenceWord(tokens, i, sentence) >= 0 && (draft.facts[i]?.warmth ?? 0) > 0;
  const best: PatternMatch = { pattern: undefined, end: start, warmBefore: warmAt(start - 1) || warmAt(start - 2) };
  const opensAfter = (i: number): boolean => i < 0 || tokens[i]!.sentence !== sentence;
  // "lol grow up", "ok calm down": a laugh or an opening word before a phrase still leaves it opening the sentence.
  const leading = start > 0 && !opensAfter(start - 1) && opensAfter(start - 2) && (isLaughter(draft, start - 1) || LEADS.has(tokens[start - 1]!.norm));
  walkPatterns(draft, first, start + 1, sentence, opensAfter(start - 1) || leading, best);
  return best;
}

/**
 * Marks the words that follow "I feel", "I felt", "I'm feeling", "I've been feeling", "I'm (so) frustrated", up to a word that turns to
 * someone ("I feel like you...", "I feel that they..."): they name the writer's own state.
 */
function ownedFeelings(draft: Draft): Uint8Array {
  const { tokens } = draft;
  const owned = new Uint8Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.type !== 'word') continue;
    if (token.norm === 'im' && ownedState(draft, i + 1)) {
      owned.fill(1, i + 1, Math.min(i + 1 + OWNED_REACH, tokens.length));
      continue;
    }
    // "I hate that I hurt you", "I hate myself for it": regret turned on the writer, owned like a feeling.
    if (token.norm === 'hate' && isSelfDirected(draft, i)) {
      owned[i] = 1;
      continue;
    }
    if (!(flagsAt(draft, i) & FEELING)) continue;
    const before = sameSentenceWord(tokens, i - 1, token.sentence);
    if (before < 0 || !(flagsAt(draft, before) & OWNER)) continue;
    for (let j = i + 1; j <= i + OWNED_REACH; j++) {
      if (sameSentenceWord(tokens, j, token.sentence) < 0) break;
      const norm = tokens[j]!.norm;
      if (flagsAt(draft, j) & (SECOND | THIRD) || norm === 'like' || norm === 'that') break;
      owned[j] = 1;
    }
  }
  return owned;
}

/** "I hate that I ...", "I hate myself", "I hate how I ...": the word at `index`, after "I", aims at the writer. */
function isSelfDirected(draft: Draft, index: number): boolean {
  const { tokens } = draft;
  const sentence = tokens[index]!.sentence;
  const before = sameSentenceWord(tokens, index - 1, sentence);
  if (before < 0 || tokens[before]!.norm !== 'i') return false;
  const next = sameSentenceWord(tokens, index + 1, sentence);
  if (next < 0) return false;
  if (tokens[next]!.norm === 'myself') return true;
  const after = sameSentenceWord(tokens, index + 2, sentence);
  return (tokens[next]!.norm === 'that' || tokens[next]!.norm === 'how') && after >= 0 && (tokens[after]!.norm === 'i' || tokens[after]!.norm === 'im');
}

const FINISHED_BEFORE = new Set(['be', 'been', 'being', 'get', 'got', 'almost', 'nearly', 'half', 'all', 'finally', 'once']);
const FINISHED_AFTER = new Set(['by', 'in', 'soon', 'at', 'before', 'after', 'yet', 'already', 'early', 'around', 'today', 'tonight', 'tomorrow']);

/** "be done by noon", "almost done", "done yet": "done" as finished, at the word `index`. */
function isFinished(draft: Draft, index: number): boolean {
  const { tokens } = draft;
  const sentence = tokens[index]!.sentence;
  const before = sameSentenceWord(tokens, index - 1, sentence);
  const after = sameSentenceWord(tokens, index + 1, sentence);
  return (before >= 0 && FINISHED_BEFORE.has(tokens[before]!.norm)) || (after >= 0 && FINISHED_AFTER.has(tokens[after]!.norm));
}

function targetFactor(info: SentenceInfo | undefined, index: number): number {
  if (!info) return 1;
  let factor = info.iStatement ? I_STATEMENT : info.aimedAtReader ? AIMED_AT_READER : info.aimedAtOthers ? AIMED_AT_OTHERS : 1;
  if (index < info.contrastAt) factor *= BEFORE_CONTRAST;
  return factor;
}

/**
 * Capitals read as shouting in words of four letters or more, in a run of capitalised words, or anywhere in a draft
 * written all in capitals; not in acronyms or "[NAME]" placeholders.
 */
function isShouted(draft: Draft, index: number, allCaps: boolean): boolean {
  const { tokens, text } = draft;
  const token = tokens[index]!;
  if (!token.caps || flagsAt(draft, index) & ACRONYM || text.charCodeAt(token.start - 1) === 0x5b) return false;
  if (allCaps || token.end - token.start >= 4) return true;
  const neighbour = (i: number): boolean => tokens[i]?.caps === true && tokens[i]!.sentence === token.sentence && !(flagsAt(draft, i) & ACRONYM);
  return neighbour(index - 1) || neighbour(index + 1);
}

/** Swearing next to warm words ("fucking brilliant", "holy crap, congrats") is enthusiasm, not attack. */
function isCheerfulSwearing(draft: Draft, index: number, sentence: number): boolean {
  const { tokens } = draft;
  const before = sameSentenceWord(tokens, index - 1, sentence);
  if (before >= 0 && (tokens[before]!.norm === 'holy' || (tokens[before]!.norm === 'the' && tokens[index]!.norm === 'shit'))) return true;
  const after = sameSentenceWord(tokens, index + 1, sentence);
  if (after >= 0 && flagsAt(draft, after) & CHEER) return true;
  for (let i = index - 2; i <= index + 3; i++) {
    if (i !== index && sameSentenceWord(tokens, i, sentence) >= 0 && (draft.facts[i]?.warmth ?? 0) > 0) return true;
  }
  return false;
}

/** "Are you even listening?", "did anyone actually check?": these words load a question put to the reader. */
const LOADS_QUESTION = new Set(['even', 'actually', 'seriously', 'ever', 'really', 'honestly']);
const ANYONE = new Set(['anyone', 'anybody']);
/** A loaded question alone only tips a draft that leans heated already. */
const LOADED_QUESTION = 0.45;
/** "Nobody cooks better than you" praises; "more than you know" is not a comparison with the reader. */
const PRAISING_SUBJECT = new Set(['nobody', 'noone', 'no', 'none', 'nothing']);
const NOT_COMPARED = new Set(['know', 'think', 'realise', 'realize', 'imagine', 'deserve', 'expect', 'can']);
/** Qualities whose least ("the least reliable person") is an attack. */
const LEAST_OF = new Set(['reliable', 'helpful', 'useful', 'competent', 'responsible', 'mature', 'considerate', 'thoughtful', 'organised', 'organized', 'capable', 'professional']);
/** Words after a superlative that make it a verdict on someone: "the laziest person alive", "the worst I've ever seen". */
const VERDICT = new Set(['alive', 'ever', 'ive', 'i', 'on', 'in', 'of', 'person', 'human', 'people']);
/** Words further on that still make a superlative a verdict: "the dumbest decision anyone has ever made". */
const WIDE_VERDICT = new Set(['ever', 'alive', 'anyone', 'anybody']);
/** Weight of a construction that attacks the reader's character, as strong as a criticism phrase. */
const ATTACK = 1.2;
/** Words between "you're" and what it calls the reader: "you're (being) (so) unfair", "you're such a disappointment". */
const COPULAS = new Set(['are', 'were', 'is', 'was', 'looks', 'look', 'reads', 'sounds']);
const PREDICATE_FILLER = new Set(['a', 'an', 'so', 'such', 'being', 'really', 'just', 'always', 'honestly', 'literally', 'totally', 'completely', 'the', 'very', 'too', 'kind', 'of', 'sort']);

/** The forms "-est" comes from: "laziest" -> "lazy", "rudest" -> "rude", "biggest" -> "big", "dumbest" -> "dumb". */
function superlativeStems(norm: string): string[] {
  const stem = norm.slice(0, -3);
  const stems = [stem, `${stem}e`];
  if (stem.endsWith('i')) stems.push(`${stem.slice(0, -1)}y`);
  if (stem.length > 2 && stem[stem.length - 1] === stem[stem.length - 2]) stems.push(stem.slice(0, -1));
  return stems;
}

/** Words findConstructions turns on by name: the reader called by a fault, the "than" of a comparison, "worst". */
const CONSTRUCTION_WORDS: ReadonlySet<string> = new Set(['youre', 'you', 'your', 'than', 'worst']);

/**
 * Whether a word can take part in a construction findConstructions reads on its own: the words above, a loaded
 * question's "even", a comparative and a superlative of a fault ("laziest"). A word after "most" or "least" (GRADES)
 * is read too.
 */
function constructs(norm: string, facts: WordFacts | undefined): boolean {
  if (CONSTRUCTION_WORDS.has(norm) || LOADS_QUESTION.has(norm) || (facts && facts.flags & COMPARATIVE)) return true;
  return norm.length >= 6 && norm.endsWith('est') && superlativeStems(norm).some((stem) => isHostile(WORDS.get(stem)));
}

/** "most selfish", "least reliable": the words that grade the next one into a superlative. */
const GRADES: ReadonlySet<string> = new Set(['most', 'least']);

/** A hostile word, not one of sadness or mishap ("saddest", "hardest", "craziest" are not attacks). */
function isHostile(facts: WordFacts | undefined): boolean {
  if (!facts || facts.flags & NOT_ANGRY) return false;
  return facts.heat === 'insult' || facts.heat === 'anger' || facts.afinn < 0;
}

/** "worst", "laziest", "most selfish", "least reliable": a superlative of a fault. */
function isFaultSuperlative(draft: Draft, index: number): boolean {
  const norm = draft.tokens[index]!.norm;
  if (norm === 'worst') return true;
  const previous = index > 0 ? draft.tokens[index - 1]!.norm : undefined; // not tokens[-1], slow in V8
  if (previous === 'most') return isHostile(draft.facts[index]);
  if (previous === 'least') return (draft.facts[index]?.warmth ?? 0) > 0 || LEAST_OF.has(norm);
  return norm.length >= 6 && norm.endsWith('est') && superlativeStems(norm).some((stem) => isHostile(WORDS.get(stem)));
}

/**
 * Attacks told by their grammar rather than their words, so they carry to phrasings no list holds: a loaded question
 * put to the reader, the reader called by a fault ("you're being unfair"), a comparison the reader loses, a superlative
 * of a fault aimed at someone. Each adds a pattern hit and claims its words.
 */
/**
 * The word "you're" calls the reader, when it names a fault the heat lexicon does not already weigh ("you're unfair",
 * "you're such a disappointment"; "you're pathetic" is name-calling already); else -1.
 */
function faultCalled(draft: Draft, youre: number, claimed: Uint8Array): number {
  const { tokens } = draft;
  const sentence = tokens[youre]!.sentence;
  for (let j = youre + 1; j <= youre + 4; j++) {
    if (sameSentenceWord(tokens, j, sentence) < 0 || claimed[j] || flagsAt(draft, j) & NEGATES) return -1;
    if (PREDICATE_FILLER.has(tokens[j]!.norm)) continue;
    const facts = draft.facts[j];
    return isHostile(facts) && facts?.heat === undefined ? j : -1;
  }
  return -1;
}

function findConstructions(draft: Draft, sentences: SentenceInfo[], claimed: Uint8Array, hits: Hit[]): void {
  const { tokens, facts, lexemes } = draft;
  // Most drafts hold none of the words a construction turns on: nothing to read.
  if (!lexemes.some((lexeme) => lexeme.constructs || lexeme.grades)) return;
  let sentenceStart = 0;
  for (let i = 0; i <= tokens.length; i++) {
    if (i < tokens.length && tokens[i]!.sentence === tokens[sentenceStart]!.sentence) continue;
    const info = sentences[tokens[sentenceStart]!.sentence];
    const last = tokens[i - 1]!;
    const question = last.type === 'bang' && last.norm.includes('?');
    const first = tokens[sentenceStart]!.norm;
    let loaded = false;
    let comparative = -1;
    // Praise anywhere in the sentence ("the laziest Sunday ever, loved it") makes a comparison or superlative fond.
    const warm = info?.fondBesidesBetter === true;
    for (let j = sentenceStart; j < i; j++) {
      const token = tokens[j]!;
      if (token.type !== 'word' || claimed[j] || !(lexemes[j]!.constructs || (j > 0 && lexemes[j - 1]!.grades))) continue;
      const norm = token.norm;
      if (question && !loaded && LOADS_QUESTION.has(norm) && (info?.aimedAtReader || tokens.slice(sentenceStart, j).some((t) => ANYONE.has(t.norm)))) {
        loaded = true;
        hits.push({ key: 'pattern', kind: 'contempt', start: token.start, end: token.end, value: LOADED_QUESTION });
      }
      // "you're unfair", "you are so unreliable", "your plan is ridiculous": the reader or their work called by a fault.
      const copula =
        norm === 'youre' ? j : norm === 'you' && COPULAS.has(tokens[j + 1]?.norm ?? '') ? j + 1 : norm === 'your' ? [j + 2, j + 3].find((k) => COPULAS.has(tokens[k]?.norm ?? '') && tokens[k]!.sentence === token.sentence) ?? -1 : -1;
      if (copula >= 0 && !warm) {
        const fault = faultCalled(draft, copula, claimed);
        if (fault >= 0) {
          hits.push({ key: 'pattern', kind: 'criticism', start: token.start, end: tokens[fault]!.end, value: ATTACK });
          claimed.fill(1, j, fault + 1);
          continue;
        }
      }
      if (flagsAt(draft, j) & COMPARATIVE) comparative = j;
      const reader = tokens[j + 1];
      if (norm === 'than' && comparative >= 0 && j - comparative <= 6 && reader && flagsAt(draft, j + 1) & SECOND && !warm && !PRAISING_SUBJECT.has(first)) {
        const after = tokens[j + 2];
        if (after && after.sentence === token.sentence && NOT_COMPARED.has(after.norm)) continue;
        hits.push({ key: 'pattern', kind: 'contempt', start: tokens[comparative]!.start, end: reader.end, value: ATTACK });
        claimed.fill(1, comparative, j + 2);
        comparative = -1;
      }
      if (!warm && isFaultSuperlative(draft, j)) {
        const verdict = VERDICT.has(tokens[j + 1]?.norm ?? '') || VERDICT.has(tokens[j + 2]?.norm ?? '') || [3, 4, 5].some((k) => tokens[j + k]?.sentence === token.sentence && WIDE_VERDICT.has(tokens[j + k]!.norm));
        const aimed = info?.aimedAtReader || info?.aimedAtOthers;
        // "the laziest code review anyone has written": a fault of someone's work is theirs, not a thing's.
        const ofWork = ((flagsAt(draft, j + 1) | flagsAt(draft, j + 2)) & WORK_DONE) !== 0;
        if (!(aimed || verdict || ofWork) || (!aimed && !ofWork && info?.aboutThing)) continue;
        const from = tokens[j - 1]?.norm === 'most' || tokens[j - 1]?.norm === 'least' ? j - 1 : j;
        hits.push({ key: 'pattern', kind: 'contempt', start: tokens[from]!.start, end: token.end, value: ATTACK });
        claimed.fill(1, from, j + 1);
      }
    }
    sentenceStart = i;
  }
}

/** What follows "if you ..." or "... or I'm" when it is a threat: leaving, ending, reporting, regret. */
const CONSEQUENCE = new Set(['done', 'leaving', 'gone', 'over', 'finished', 'through', 'regret', 'sorry', 'never', 'block', 'blocking', 'report', 'reporting', 'police', 'lawyer', 'dead', 'turning', 'else']);
/** Consequences that are plans unless they end the clause or turn on the reader: "I'm done" but "I'll be done by noon". */
const ENDING = new Set(['done', 'leaving', 'gone', 'over', 'through']);
const ENDS_WITH = new Set(['', 'with', 'you', 'here', 'us', 'this']);
/** Who carries out a threat: "I'll", "I'm", "we're", "you're" (with "not"), "you'll". */
const THREATENER = new Set(['ill', "i'll", 'im', "we're", 'were', 'youre', 'youll', "you'll", 'will']);
/** Verbs of knowing: negated after "I" or "we", they tell surprise ("I never knew", "we didn't expect"), not a complaint. */
const KNOWING = new Set(['knew', 'know', 'realised', 'realized', 'expect', 'expected', 'guess', 'guessed', 'imagine', 'imagined']);
/** Praise that, standing alone after a complaint, is sarcasm: "you couldn't even say thank you. nice." */
const SARCASTIC_PRAISE = new Set(['nice', 'great', 'lovely', 'perfect', 'brilliant', 'wonderful', 'cool', 'awesome', 'classy', 'fantastic', 'charming', 'amazing', 'thanks', 'helpful', 'thoughtful', 'useful', 'reassuring', 'stellar', 'actionable', 'considerate', 'mature', 'professional', 'fair', 'impressive', 'inspiring']);
const PRAISE_FILLER = new Set(['so', 'real', 'very', 'how', 'just', 'really', 'oh', 'wow', 'thanks', 'for', 'that', 'great', 'nice', 'super', 'work', 'truly', 'most']);
/** "cute that you think", "adorable how you believe": fondness that mocks. */
const TAUNTING = new Set(['cute', 'adorable', 'sweet', 'hilarious', 'precious', 'rich', 'amusing']);
/** Every word a taunt's shape opens on, besides the reader laughed at: the rest of a sentence is passed over. */
const TAUNT_OPENERS: ReadonlySet<string> = new Set(['if', 'one', 'or', 'either', 'sure', 'because', 'down', 'all', 'imagine', 'even', 'be', 'could', 'couldve', ...TAUNTING]);
/** Who could do the reader's work better, in a put-down: a child, a beginner, a pet ("my 8 year old could..."). */
const BEGINNERS: ReadonlySet<string> = new Set(['nephew', 'niece', 'son', 'daughter', 'kid', 'kids', 'child', 'toddler', 'intern', 'teenager', 'cousin', 'nan', 'gran', 'grandma', 'granny', 'dog', 'cat', 'monkey', 'chimp', 'hamster', 'old', 'student', 'trainee', 'brother', 'sister']);
/** Making the work itself, before "this" or "your": "could build this", "could do your job" (not "could use this app"). */
const MAKES_WORK: ReadonlySet<string> = new Set(['do', 'done', 'build', 'built', 'make', 'made', 'write', 'written', 'draw', 'drawn', 'design', 'designed', 'code', 'coded', 'run', 'handle', 'handled', 'manage', 'managed', 'fix', 'fixed', 'plan', 'planned', 'organise', 'organize', 'edit', 'edited', 'cook', 'cooked']);
const THE_WORK: ReadonlySet<string> = new Set(['this', 'that', 'your']);
/** "you really thought you could sing", "lol you actually believed that". */
const BELIEVED = new Set(['thought', 'think', 'believed', 'believe', 'expected', 'imagined']);
const TRULY = new Set(['really', 'actually', 'honestly', 'seriously', 'genuinely']);
/** "you're not coming", "you're not welcome": the reader barred, in a threat. */
const BARRED = new Set(['allowed', 'welcome', 'invited', 'getting', 'coming', 'going', 'staying']);
const REPROACH = new Set(['again', 'even', 'never', 'always']);
const MODALS = new Set(['could', 'can', 'would', 'does', 'do', 'knows', 'manages', 'managed', 'did']);
/** How far after "if you" a threat or a "you'd" is looked for. */
const CONDITION_REACH = 14;
/** Weight of a threat or ultimatum: stronger than a criticism, a single one pauses. */
const THREAT = 1.4;

/**
 * Threats, ultimatums, sarcasm, mockery and comparisons told by their shape: "if you ... I'm done", "pay me back or
 * I'm ...", "either she goes or I go", "sure you are", praise standing alone after a complaint, laughter at what the
 * reader thought, "even my gran could". Each adds a pattern hit on its words and claims them, laughter included, so
 * mocking laughter does not soften the draft.
 */
function findTaunts(draft: Draft, sentences: SentenceInfo[], claimed: Uint8Array, hits: Hit[]): boolean {
  const { tokens, lexemes } = draft;
  // Most drafts hold no word a taunt's shape opens on, no laughter and no praise to stand alone: nothing to read.
  if (!lexemes.some((lexeme) => lexeme.taunts || lexeme.laughs || lexeme.praises)) return false;
  let mocking = false;
  const add = (kind: ReasonKind, from: number, to: number, value: number): void => {
    hits.push({ key: 'pattern', kind, start: tokens[from]!.start, end: tokens[to]!.end, value });
    claimed.fill(1, from, to + 1);
  };
  const second = (i: number): boolean => (flagsAt(draft, i) & SECOND) !== 0;
  /** Reproach that makes a sentence a complaint: "you forgot again", "you couldn't even". */
  // The writer's surprise is no complaint: "I never knew you could sing like that!", "we didn't expect that".
  const surprise = (i: number): boolean => (tokens[i - 1]?.norm === 'i' || tokens[i - 1]?.norm === 'we') && KNOWING.has(tokens[i + 1]?.norm ?? '') && tokens[i + 1]!.sentence === tokens[i]!.sentence;
  const reproach = (i: number): boolean => (((flagsAt(draft, i) & NEGATES) !== 0 || REPROACH.has(tokens[i]!.norm)) && !surprise(i)) || isHostile(draft.facts[i]);
  /**
   * Whether the sentence whose tokens end just before `start` complains to the reader: a negated or hostile word in a
   * sentence aimed at the reader. Asked only of the sentence before a short one, so most drafts never read it.
   */
  const complains = (start: number, sentence: number): boolean => {
    if (!sentences[sentence]?.aimedAtReader) return false;
    for (let k = start - 1; k >= 0 && tokens[k]!.sentence === sentence; k--) if (tokens[k]!.type === 'word' && reproach(k)) return true;
    return false;
  };
  let start = 0;
  for (let i = 0; i <= tokens.length; i++) {
    if (i < tokens.length && tokens[i]!.sentence === tokens[start]!.sentence) continue;
    const info = sentences[tokens[start]!.sentence];
    let end = i;
    while (end > start && tokens[end - 1]!.type !== 'word') end--;
    const question = tokens[i - 1]!.type === 'bang' && tokens[i - 1]!.norm.includes('?');
    const exclaimed = tokens[i - 1]!.type === 'bang' && tokens[i - 1]!.norm.includes('!');
    const norm = (j: number): string => (j >= start && j < end ? tokens[j]!.norm : '');
    const consequence = (k: number): boolean => CONSEQUENCE.has(norm(k)) && (!ENDING.has(norm(k)) || ENDS_WITH.has(norm(k + 1)));
    // After "one more ... and" or "... or", an action the writer takes is the threat itself ("one more lie and I'm
    // telling dad", "off my driveway by tonight or I'm ringing the tow company"); after "if you" it may be a plan.
    const ultimatum = (k: number): boolean => consequence(k) || (k < end && (flagsAt(draft, k) & ULTIMATUM) !== 0);
    const laughing = info?.laughs === true;
    const warm = info?.fond === true;
    let either = false;
    let found = false;
    for (let j = start; j < end && !found; j++) {
      if (claimed[j] || !(draft.lexemes[j]!.taunts || (laughing && second(j)))) continue;
      const word = norm(j);
      either ||= word === 'either';
      // "if you walk out that door I'm done", "one more word and you're not coming".
      const condition = (word === 'if' && (second(j + 1) || second(j + 2))) || (word === 'one' && norm(j + 1) === 'more');
      if (condition) {
        for (let k = j + 2; k < Math.min(end, j + CONDITION_REACH); k++) {
          const barred = norm(k + 2).endsWith('ing') || BARRED.has(norm(k + 2));
          const negatedReader = (norm(k) === 'youre' || norm(k) === 'youll') && (norm(k + 1) === 'not' || norm(k + 1) === 'never') && barred;
          const then = word === 'one' ? ultimatum : consequence;
          const threat = (THREATENER.has(norm(k)) && (then(k + 1) || then(k + 2))) || negatedReader || (norm(k) === 'dont' && norm(k + 1) === 'bother');
          if (threat) {
            add('hostility', j, Math.min(k + 2, end - 1), THREAT);
            found = true;
            break;
          }
        }
      }
      // "pay me back by friday or I'm turning up", "either she goes or I go".
      if (!found && word === 'or' && !question && j > start) {
        const next = norm(j + 1);
        const threatened = THREATENER.has(next) && next !== 'youre' && next !== 'youll' && next !== "you'll" && (ultimatum(j + 2) || ultimatum(j + 3));
        if (threatened || (either && (next === 'i' || next === 'im' || next === 'ill'))) {
          add('hostility', j, Math.min(j + 2, end - 1), THREAT);
          found = true;
        }
      }
      // "sure you are", "yeah sure you did": agreement that disbelieves.
      if (!found && word === 'sure' && second(j + 1) && j + 3 >= end && j + 2 < end + 1) {
        add('contempt', j, end - 1, ATTACK);
        found = true;
        mocking = true;
      }
      // "if you really cared you'd have called", "if you actually wanted this you would be here".
      if (!found && condition) {
        let truly = false;
        let would = -1;
        for (let k = j + 2; k < Math.min(end, j + CONDITION_REACH) && would < 0; k++) {
          truly ||= TRULY.has(norm(k)) || norm(k) === 'real';
          if (truly && (norm(k) === 'youd' || (norm(k) === 'you' && norm(k + 1) === 'would'))) would = k;
        }
        // What the reader would do, told warmly ("you'd be welcome"), is an offer.
        let offered = false;
        for (let k = would; k >= 0 && k < end; k++) offered ||= (draft.facts[k]?.warmth ?? 0) > 0;
        if (would > 0 && !offered) {
          add('criticism', j, would, ATTACK);
          found = true;
        }
      }
      // "because of you", "it's all down to you": the reader named as the cause.
      if (!found && ((word === 'because' && norm(j + 1) === 'of') || (word === 'down' && norm(j + 1) === 'to') || (word === 'all' && norm(j + 1) === 'on')) && second(j + 2) && !warm) {
        add('criticism', j, j + 2, ATTACK);
        found = true;
      }
      // "cute that you think", "adorable how you believe".
      if (!found && (norm(j + 1) === 'that' || norm(j + 1) === 'how') && TAUNTING.has(word) && (second(j + 2) || second(j + 3))) {
        add('contempt', j, j + 2, ATTACK);
        found = true;
      }
      // "lol you really thought you could sing", "haha imagine crying over a group chat".
      if (!found && laughing && ((second(j) && TRULY.has(norm(j + 1)) && BELIEVED.has(norm(j + 2))) || (word === 'imagine' && j <= start + 1 && !warm))) {
        add('contempt', start, Math.min(j + 2, end - 1), ATTACK);
        found = true;
        mocking = true;
      }
      // "even my gran could do this", "even a toddler would know", "why can't you be more like your brother".
      if (!found && word === 'even' && norm(j - 1) !== 'not' && (norm(j + 1) === 'my' || norm(j + 1) === 'a' || norm(j + 1) === 'an') && (MODALS.has(norm(j + 3)) || MODALS.has(norm(j + 4)))) {
        add('contempt', j, j + 2, ATTACK);
        found = true;
      }
      // "my nephew could build a better website", "a summer intern could've handled this better": the work put below a
      // beginner's. Not "my nan could manage them" (no comparison), nor with warmth after ("... ily", "rematch? ❤️").
      if (!found && (word === 'could' || word === 'couldve') && BEGINNERS.has(norm(j - 1))) {
        let compared = false;
        for (let k = j + 1; k < end && k <= j + 8 && !compared; k++) compared = (flagsAt(draft, k) & COMPARATIVE) !== 0 || norm(k) === 'than' || (k <= j + 4 && THE_WORK.has(norm(k)) && MAKES_WORK.has(norm(k - 1)));
        if (compared && info?.fondBesidesBetter !== true && !warmInRest(draft, tokens[end - 1]!.end)) {
          add('contempt', j - 1, j, ATTACK);
          found = true;
        }
      }
      if (!found && word === 'be' && norm(j + 1) === 'more' && norm(j + 2) === 'like' && info?.aimedAtReader) {
        add('contempt', j, j + 2, ATTACK);
        found = true;
      }
    }
    // "nice." or "so classy." standing alone after a complaint at the reader.
    const short = end - start;
    // The words first, the sentence before only for praise: most short sentences are no praise.
    if (!found && short >= 1 && short <= 3 && start > 0 && !question && !exclaimed && !laughing && !claimed[start]) {
      const words = tokens.slice(start, end).map((t) => t.norm);
      if (words.every((w) => SARCASTIC_PRAISE.has(w) || PRAISE_FILLER.has(w)) && words.some((w) => SARCASTIC_PRAISE.has(w)) && complains(start, tokens[start]!.sentence - 1)) {
        add('contempt', start, end - 1, ATTACK);
      }
    }
    start = i;
  }
  return mocking;
}

/**
 * The reader's own words held up in quotes: 'your "quick fix"', 'ur "big announcement"', 'go ahead and "help"',
 * 'ok "boss"'. Quoted words are someone else's and read as nothing (tokens.ts); quoted after "your" or a shrug, a
 * few of them are the writer's sneer at the reader. Warmth after them makes it teasing ('your "famous" barbecue
 * burnt again, love you' but not '... 😂'); a "wow" before them does not.
 */
const SCARE_QUOTE = /\b(?:your|ur|yer|go ahead and|ok|okay|sure)\s+["\u201c][^"\u201d\n]{1,30}["\u201d]/gi;

/** A warm word or emoji anywhere in the draft after `end`, laughter aside: a quote held up and then warmth teases ('..., love you'). */
function warmInRest({ tokens, facts }: Draft, end: number): boolean {
  return tokens.some((token, i) => {
    const flags = facts[i]?.flags ?? 0;
    return token.start >= end && (flags & LAUGHS) === 0 && ((facts[i]?.warmth ?? 0) > 0 || (flags & WARM_SYMBOL) !== 0);
  });
}

/**
 * A last sentence of its own that turns what came before into a tally of the reader's failings: "Thanks for
 * volunteering me without asking. Again.", "Thanks for letting me know. Eventually.", "thanks for all the help! oh
 * wait". Not a question or a cry ("again?" asks for a rematch, "so fun. again!" for more), nor that sentence alone.
 */
const CLOSING_BARBS: readonly (readonly string[])[] = [['again'], ['eventually'], ['oh', 'wait'], ['yet', 'again'], ['once', 'again'], ['as', 'usual'], ['as', 'always']];

const SENTENCE_GAP = /[.!\u2026\n]/;

function findClosingBarb({ text, tokens }: Draft, claimed: Uint8Array, hits: Hit[]): void {
  let last = tokens.length - 1;
  while (last >= 0 && tokens[last]!.type !== 'word') {
    if (tokens[last]!.type === 'bang') return;
    last--;
  }
  if (last < 1) return;
  const sentence = tokens[last]!.sentence;
  for (const barb of CLOSING_BARBS) {
    const first = last - barb.length + 1;
    if (first < 1 || tokens[first - 1]!.sentence === sentence || claimed[first]) continue;
    // Set off by a full stop, "!" or a line break, not by a quotation left out of the tokens.
    if (!SENTENCE_GAP.test(text.slice(tokens[first - 1]!.end, tokens[first]!.start))) continue;
    if (!barb.every((word, k) => tokens[first + k]!.norm === word && tokens[first + k]!.sentence === sentence)) continue;
    hits.push({ key: 'pattern', kind: 'contempt', start: tokens[first]!.start, end: tokens[last]!.end, value: ATTACK });
    claimed.fill(1, first, last + 1);
    return;
  }
}

/** A double quote opening: scare quotes and quoted claims are looked for only in drafts with one. */
const QUOTE_MARK = /["\u201c]/;

function findScareQuotes(draft: Draft, hits: Hit[]): boolean {
  const { text } = draft;
  let found = false;
  for (const match of text.matchAll(SCARE_QUOTE)) {
    const end = match.index + match[0].length;
    if (warmInRest(draft, end)) continue;
    hits.push({ key: 'pattern', kind: 'contempt', start: match.index, end, value: ATTACK });
    found = true;
  }
  return found;
}

/** Words that shrug at a quote beside them ('ok "I'm fine"', '"I'm fine" yeah sure', '"I'm fine" she says'). */
const SHRUGS: ReadonlySet<string> = new Set(['sure', 'ok', 'okay', 'yeah', 'yea', 'right', 'riiight', 'says', 'oh', 'ohh', 'ohhh', 'ooh', 'aww']);
/** An eye-roll and a clown: laughter's work in a mocking draft. */
const MOCKING_EMOJI: ReadonlySet<string> = new Set(['\u{1f644}', '\u{1f921}']);

/**
 * The reader's own claim quoted back at them with a laugh or a shrug (quoted-claims.ts): '"i'll be there by 6" lol
 * sure babe', 'ohhh "I'm the calm one" 😂'. Not with warmth after it ('... love u tho').
 */
function findQuotedClaims(draft: Draft, hits: Hit[]): boolean {
  const { text, tokens, facts } = draft;
  const laughing = tokens.some((token, i) => ((facts[i]?.flags ?? 0) & LAUGHS) !== 0 || MOCKING_EMOJI.has(token.norm));
  // Most drafts with quotes in them hold no laugh or shrug to quote with: those are not read for claims.
  if (!laughing && !tokens.some((token) => SHRUGS.has(token.norm))) return false;
  let found = false;
  for (const { start, end } of quotedClaims(text)) {
    // A shrug next to the quote: 'ok "I'm fine"', '"I'm fine" yeah sure'.
    const shrugged = tokens.some((token) => SHRUGS.has(token.norm) && (token.end <= start ? start - token.end < 12 : token.start >= end && token.start - end < 12));
    if (!(laughing || shrugged) || warmInRest(draft, end)) continue;
    hits.push({ key: 'pattern', kind: 'contempt', start, end, value: ATTACK });
    found = true;
  }
  return found;
}

/** Whether a sentence names something someone made or did ("whoever wrote this code", "the report"): a fault of it is theirs. */
function madeBySomeone(draft: Draft, sentence: number): boolean {
  return draft.tokens.some((token, i) => token.sentence === sentence && (flagsAt(draft, i) & WORK_DONE) !== 0);
}

const NOTHING_OWNED = new Uint8Array(0);

/** True when a word is only digits ("2024"), which neither shouts nor counts as lower case. */
function isNumber(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if (code < 0x30 || code > 0x39) return false;
  }
  return true;
}

/** All evidence in a draft: phrase patterns, words, capitals and punctuation, and what softens them. */
export function collectHits(text: string, model: ToneModel = TONE, sink?: ToneSink): Hit[] {
  return gather(text, model, sink).hits;
}

interface Evidence {
  hits: Hit[];
  tokens: Token[];
  lexemes: Lexeme[];
  /** Written in English: text mostly in another language is left alone. */
  english: boolean;
  /** Laughs at the reader ("haha sure you did"): its laughter is part of the taunt, not warmth. */
  mocking: boolean;
}

function gather(text: string, model: ToneModel, sink?: ToneSink): Evidence {
  const tokens = tokenize(text);
  const hits: Hit[] = [];
  if (tokens.length === 0) return { hits, tokens, lexemes: [], english: false, mocking: false };
  const known = lexemesOf(model);
  const lexemes: Lexeme[] = new Array(tokens.length);
  const facts: (WordFacts | undefined)[] = new Array(tokens.length);
  let english = 0;
  let foreign = 0;
  let capitalised = 0;
  let lowerCase = 0;
  let refusal = false;
  let feeling = false;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const lexeme = lexemeOf(known, model, token.norm);
    lexemes[i] = lexeme;
    if (token.type !== 'word' && token.type !== 'emoji') continue;
    const word = lexeme.facts;
    facts[i] = word;
    if (token.type !== 'word') continue;
    const flags = word?.flags ?? 0;
    if (flags & ENGLISH) english++;
    else if (flags & FOREIGN) foreign++;
    if (flags & FEELING || token.norm === 'im' || token.norm === 'hate') feeling = true;
    if (token.end - token.start < 2) continue;
    if (token.caps) capitalised++;
    else if (!isNumber(token.norm)) lowerCase++;
    if (flags & REFUSAL) refusal = true;
  }
  // Text written mostly in another language is left alone, even if one of its words happens to be English.
  if (foreign >= 2 && foreign > 2 * english) return { hits, tokens, lexemes, english: false, mocking: false };
  const draft: Draft = { text, tokens, lexemes, facts };
  const sentences = describeSentences(draft);
  const claimed = new Uint8Array(tokens.length);
  const owned = feeling ? ownedFeelings(draft) : NOTHING_OWNED;
  let aimed = false;
  let aimedAtReader = false;
  let warmDraft = false;
  for (const info of sentences) {
    if (!info) continue;
    aimed ||= info.aimedAtReader || info.aimedAtOthers;
    aimedAtReader ||= info.aimedAtReader;
    warmDraft ||= info.warm;
  }
  // A draft typed all in capitals at the reader, or refusing, with nothing warm in it, is a raised voice ("STOP IT", "NO. JUST NO.").
  const allCaps = capitalised > 0 && lowerCase === 0 && (refusal || aimedAtReader) && !warmDraft;
  let mocked = false;

  for (let i = 0; i < tokens.length; i++) {
    const first = lexemes[i]!.opens;
    // Most words that open a pattern ("the", "a", "you") are not followed by one: skip them before any matching.
    if (!first || (first.found.length === 0 && !first.any && !first.next.has(tokens[i + 1]?.norm ?? '') && !isSwearInfix(draft, i + 1))) continue;
    const match = matchAt(draft, i, first);
    if (!match.pattern) continue;
    const info = sentences[tokens[i]!.sentence];
    if (match.pattern.ofWork && info?.aboutThing && !info.aimedAtReader && !info.aimedAtOthers && !madeBySomeone(draft, tokens[i]!.sentence)) continue;
    let shouted = 1;
    for (let j = i; j < match.end; j++) if (tokens[j]!.caps) shouted = CAPITALISED;
    // Thanks for a criticism ("thanks for dropping me in it") is sarcasm: contempt, which warm words never cancel.
    const thanked = match.pattern.kind === 'criticism' && tokens[i - 1]?.norm === 'for' && (tokens[i - 2]?.norm === 'thanks' || tokens[i - 2]?.norm === 'you');
    const kind = thanked ? 'contempt' : match.pattern.kind;
    hits.push({ key: 'pattern', kind, start: tokens[i]!.start, end: tokens[match.end - 1]!.end, value: match.pattern.weight * shouted });
    mocked ||= match.pattern.mocks;
    claimed.fill(1, i, match.end);
    i = match.end - 1;
  }
  findConstructions(draft, sentences, claimed, hits);
  findClosingBarb(draft, claimed, hits);
  // Laughter at what the reader thought ("lol sure you are"), or beside a mocking phrase or a sneer in quotes, mocks:
  // it softens nothing.
  const taunted = findTaunts(draft, sentences, claimed, hits);
  const sneered = QUOTE_MARK.test(text) && (findScareQuotes(draft, hits) || findQuotedClaims(draft, hits));
  const mocking = taunted || sneered || mocked;

  let capsWords = 0;
  let laughs = 0;
  let warmEmoji = 0;
  let namedReader = false;
  let namedAt = -1;
  const tone = new ToneSum(model, sink);
  /** Records the tone summed for a token as heat (under `key`) or relief. */
  const pushTone = (token: Token, key: HitKey, kind?: ReasonKind): void => {
    if (tone.total > 0) hits.push({ key, kind, start: token.start, end: token.end, value: tone.total });
    else if (tone.total < 0) hits.push({ key: 'calm', start: token.start, end: token.end, value: -tone.total });
  };
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.type === 'bang') {
      const run = token.norm;
      if (run.includes('?') && run.includes('!')) hits.push({ key: 'interrobang', kind: 'shouting', start: token.start, end: token.end, value: 1 });
      else if (run.length >= 3 && run[0] === '!') hits.push({ key: 'bangs', kind: 'shouting', start: token.start, end: token.end, value: 1 });
      else {
        // How a plain question or exclamation leans, learned; it tips a score but is never named as the reason.
        tone.reset();
        tone.add(run[0] === '?' ? 'p:?' : 'p:!', 1);
        pushTone(token, 'punct');
      }
      continue;
    }
    const flags = flagsAt(draft, i);
    if (token.type === 'emoji') {
      if (claimed[i]) continue;
      tone.reset();
      tone.add(`w:${token.norm}`, 1);
      pushTone(token, aimed ? 'tone' : 'vent');
      if (flags & ANGRY_SYMBOL) hits.push({ key: 'angry-emoji', kind: 'contempt', start: token.start, end: token.end, value: 1 });
      else if (flags & WARM_SYMBOL && warmEmoji < 2 && !mocking) {
        warmEmoji++;
        hits.push({ key: 'warm-emoji', start: token.start, end: token.end, value: 1 });
      }
      continue;
    }
    if (token.type !== 'word') continue;
    if (token.caps && capsWords < MAX_CAPS_WORDS && isShouted(draft, i, allCaps)) {
      capsWords++;
      // Capitals at the reader ("WHERE ARE YOU", "ANSWER YOUR PHONE") shout; elsewhere they are as often glee.
      const atReader = allCaps || sentences[token.sentence]?.aimedAtReader === true;
      hits.push({ key: atReader ? 'shout' : 'caps', kind: 'shouting', start: token.start, end: token.end, value: atReader ? AIMED_AT_READER : CAPS_UNAIMED });
      if (allCaps && capsWords === 1) hits.push({ key: 'caps-draft', kind: 'shouting', start: token.start, end: token.end, value: 1 });
    }
    // A pattern speaks for its own words: "thanks" in "thanks for nothing" is not thanks.
    if (claimed[i]) continue;
    if (isLaughter(draft, i)) {
      tone.reset();
      tone.add(`w:${token.norm}`, 1);
      pushTone(token, aimed ? 'tone' : 'vent');
      if (laughs < 2 && !mocking) {
        laughs++;
        hits.push({ key: 'laugh', start: token.start, end: token.end, value: 1 });
      }
      continue;
    }
    const word = facts[i];
    const sentence = token.sentence;
    const info = sentences[sentence];
    const previous = sameSentenceWord(tokens, i - 1, sentence);
    const beforePrevious = sameSentenceWord(tokens, i - 2, sentence);
    const negated = (previous >= 0 && flagsAt(draft, previous) & NEGATES) || (beforePrevious >= 0 && flagsAt(draft, beforePrevious) & NEGATES);
    const heat = word?.heat;
    const afinn = word?.afinn ?? 0;
    const warmth = word?.warmth ?? 0;
    const soft = (flags & NOT_ANGRY) !== 0;
    // Anger at a printer, traffic or Mondays, with no person anywhere in the draft, is venting, not an attack.
    const atThing = !aimed && info?.aboutThing === true ? AT_A_THING : 1;
    tone.reset();
    if (negated && (heat !== undefined || afinn < 0 || warmth > 0)) {
      // "not bad", "not happy": a negated word reads as neither its heat nor its warmth.
      if (heat !== undefined || afinn < 0) tone.add('negated-heat', 1);
      else tone.add('negated-warm', warmth);
    } else if (heat === 'profanity' && isCheerfulSwearing(draft, i, sentence)) {
      // Enthusiasm, not attack: the word adds no heat (Reddit's labels disagree; in a chat, people cheer like this).
    } else {
      // "fucking idiot": the swear word strengthens the next one and is not counted itself.
      if (heat === 'profanity' && flags & INTENSIFIES && isWord(tokens[i + 1]) && !claimed[i + 1]) {
        const next = facts[i + 1];
        if (next && (next.heat !== undefined || (next.afinn < 0 && !(next.flags & NOT_ANGRY)))) continue;
      }
      // "so angry", "fucking idiot": the word before strengthens this one.
      const intensified = previous >= 0 && flagsAt(draft, previous) & INTENSIFIES ? INTENSIFIED : 1;
      const swearing = heat === 'profanity' || (previous >= 0 && facts[previous]?.heat === 'profanity');
      const ownedFactor = owned[i] && !swearing ? OWNED : 1;
      // Swearing is not softened by an "I feel" opening ("I feel fucking furious with you").
      const target = swearing && info ? targetFactor({ ...info, iStatement: false }, i) : targetFactor(info, i);
      const context = target * intensified * (token.caps ? CAPITALISED : 1) * ownedFactor * atThing;
      // What calms a word (owned, an I-statement, venting at a thing) applies to all its features; what strengthens
      // one (aimed at the reader, "so", capitals) only to its AFINN valence and heat category, not to every word.
      const damped = Math.min(context, 1);
      // "you" itself carries no tone: whom a sentence is aimed at is the structure's to weigh (the aimed factors),
      // and a fit would otherwise teach it the heat of every accusation in the training drafts.
      const learned = lexemes[i]!.learned;
      // "done" read as finished ("I'll be done by noon") is not the fed-up "done": it learns nothing of it.
      if (!(flags & SECOND) && !(token.norm === 'done' && isFinished(draft, i))) tone.addWord(token.norm, learned, damped);
      const next = sameSentenceWord(tokens, i + 1, sentence);
      if (next >= 0 && !claimed[next]) tone.addPhrase(token.norm, learned, tokens[next]!.norm, damped);
      // The same word reads differently said to the reader ("do your job") and about anything else ("my job"); for
      // content words only: "the", "my" and "or" said to the reader would learn how often chat drafts accuse.
      if (info?.aimedAtReader && !(flags & ENGLISH)) tone.addReader(token.norm, learned, damped);
      // How a sentence opens carries its form: an imperative ("grow up", "get a grip"), a loaded question ("who
      // taught you"), a condition ("if you cared").
      if (previous < 0 && next >= 0) tone.addOpener(token.norm, learned, tokens[next]!.norm, damped);
      if (heat !== undefined) tone.add(HEAT_FEATURE[heat], context);
      else if (afinn < 0) tone.add(soft ? 'afinn:soft' : 'afinn', -afinn * context);
      if (warmth > 0) tone.add('warm', warmth);
      if (token.norm === 'love' && next >= 0 && LOVED.has(tokens[next]!.norm)) hits.push({ key: 'affection', start: token.start, end: token.end, value: 1 });
    }
    if (tone.total <= 0) {
      pushTone(token, 'tone'); // relief, or nothing
      continue;
    }
    const atReader = info?.aimedAtReader === true;
    // Most AFINN words are only negative ("charges", "dumped"); they name a reason only when strong or aimed.
    const kind =
      heat !== undefined && !negated
        ? heatKind(token.norm, heat, atReader, atReader || info?.aimedAtOthers === true)
        : afinn < 0 && !soft && !negated && (afinn <= -3 || atReader)
          ? 'hostility'
          : undefined;
    pushTone(token, aimed ? 'tone' : atThing < 1 ? 'thing' : 'vent', kind);
    // Calling the reader a name ("you're a pathetic excuse for a friend") is contempt, whatever the words around it.
    if (kind === 'contempt' && heat === 'insult' && !namedReader && !owned[i]) {
      namedReader = true;
      namedAt = i;
      hits.push({ key: 'name-calling', kind, start: token.start, end: token.end, value: 1 });
    }
  }
  // Comfort softens, unless the draft mocks or names the reader outside what it denies of them.
  // Sympathy with what the reader went through ("that sounds exhausting", "he called you useless?? you're not") is
  // comfort too: the heat in it is the writer on the reader's side.
  const sided = mocking ? undefined : (reassurance(draft) ?? sympathy(draft));
  if (sided && !(namedReader && (namedAt < sided.first || namedAt > sided.last))) {
    // What it denies of the reader is not said of them: "lazy" in "nobody thinks you're lazy" names no one.
    const start = tokens[sided.first]!.start;
    const end = tokens[sided.last]!.end;
    const denied = hits.filter((hit) => hit.key !== 'pattern' && hit.start >= start && hit.end <= end && weightOf(hit.key) > 0);
    for (const hit of denied) hits.splice(hits.indexOf(hit), 1);
    hits.push({ key: 'reassurance', start, end, value: 1 });
  }
  return { hits, tokens, lexemes, english: true, mocking };
}

/** A cheap first look: a draft with none of these words holds no sympathy `sympathy` reads. */
const SYMPATHY_CUE = /sorry|sound|seem|must|apologi[sz]|yourself|urself|here for|valid|sense|of course|wonder|right to|frustration|feel like|call/i;
/**
 * Sympathy, over the draft's words (apostrophes dropped), a sentence to a line: what befell the reader said to be hard
 * ("that sounds exhausting", "it must have been awful"), sorrow for it ("I'm so sorry he said that", "I'm sorry to
 * hear about your dad"), an apology or self-blame waved off ("don't apologise", "you don't have to explain", "don't
 * beat yourself up"), being there ("I'm here for you") or their feeling granted ("of course you're upset",
 * "your anger makes sense"). Never when it is said of being the reader ("it must be exhausting being you"), of their
 * feeling ("I'm sorry you feel that way"), of their own doing ("that sounds like a you problem"), or after "oh"
 * ("oh I'm sorry, was I supposed to read your mind?").
 */
const SYMPATHY = new RegExp(
  [
    String.raw`\b(?:that|it) (?:sounds?|seems|must be|must have been|mustve been)(?: (?:so|really|absolutely|honestly|properly))? (?:awful|horrible|rough|hard|tough|exhausting|frustrating|terrible|scary|painful|shitty|brutal|miserable|stressful|infuriating|draining|heartbreaking|devastating|lonely|upsetting|unfair|overwhelming)\b(?! (?:being|to|of (?:you|u)|for (?:you|u) (?:to|being)))`,
    String.raw`(?:^|\n)(?!oh\b|well\b)[^\n]*?\bim (?:(?:so|really|truly) )*sorry (?:that (?!you feel|u feel)|to hear|about|for your loss|(?:he|she|they|it) |(?:you|u) (?:had|have|went|are going|re going|got|were treated|lost))`,
    String.raw`\b(?:dont|never)(?: you dare)? (?:apologi[sz]e|blame (?:yourself|urself)|beat (?:yourself|urself) up)\b(?! (?:to|for) me)|\bno need to apologi[sz]e|\b(?:you|u) dont (?:have|need) to (?:apologi[sz]e|explain|justify)`,
    String.raw`\bim (?:always )?here for (?:you|u)\b`,
    String.raw`\b(?:your|ur) (?:feelings?|anger|frustration|reaction) (?:makes?|is|are) (?:(?:completely|totally) )?(?:sense|valid|understandable)`,
    String.raw`\b(?:you|u) have every right to (?:be|feel) (?:(?:so|really) )?[a-z]+|\b(?:understand|get) (?:the|your|ur) frustration\b`,
    // What the reader feels about themselves or was called by someone else, with the word it names.
    String.raw`\bi know (?:you|u) feel like (?:(?:a|an|the|such a) )?(?:[a-z]+ ){0,2}[a-z]+|\b(?:he|she|they|someone|somebody) (?:called|calls|call) (?:you|u) (?:(?:a|an) )?[a-z]+`,
    String.raw`\b(?:of course|no wonder) (?:youre|you are|ur|you feel) (?:(?:so|really) )?(?:upset|hurt|angry|sad|gutted|frustrated|annoyed|furious|scared|exhausted|stressed|heartbroken|livid|fuming|pissed)\b`,
  ].join('|'),
);

/** The words of a sympathy (SYMPATHY) in the draft, by token, or undefined. */
function sympathy(draft: Draft): { first: number; last: number } | undefined {
  const { text, tokens } = draft;
  if (!SYMPATHY_CUE.test(text)) return undefined;
  // The words joined by spaces, a sentence to a line; `owner` maps each character back to its token.
  let joined = '';
  const owner: number[] = [];
  let sentence = -1;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.type !== 'word') continue;
    if (joined.length > 0) {
      joined += token.sentence !== sentence ? '\n' : ' ';
      owner.push(i);
    }
    sentence = token.sentence;
    // Shouted ("I'm SO sorry") mocks: capitals keep the phrase from matching.
    joined += token.caps && token.norm !== 'i' && token.norm !== 'im' ? token.norm.toUpperCase() : token.norm;
    for (let c = 0; c < token.norm.length; c++) owner.push(i);
  }
  const found = SYMPATHY.exec(joined);
  if (!found) return undefined;
  const start = found.index + found[0].length - found[0].trimStart().length;
  return { first: owner[start]!, last: owner[found.index + found[0].length - 1]! };
}

/** "you're", "you are", "u r", "you were": the reader as the one something is said of. */
const READER_IS = new Set(['are', 'r', 'were', 'arent', 'werent']);
/**
 * Judgements a reassurance denies of the reader that the word lists do not hold as angry ("you're not overreacting",
 * "you're not alone": sadness and fear words are otherwise left out, since denying a feeling dismisses it: "you're not
 * anxious, you're just looking for attention").
 */
const DENIED = new Set(['overreacting', 'overthinking', 'dramatic', 'sensitive', 'much', 'needy', 'clingy', 'failure', 'fraud', 'burden', 'mess', 'alone', 'crazy', 'broken', 'embarrassing', 'annoying', 'boring', 'weird', 'cringe', 'awkward']);
/** A word too strong to be only a state, though not angry: "you're not a bad parent", "not a terrible friend". */
const BAD = -3;
/** What opens an unkind denial: "you're not the victim here", "you're not even worth it", "if you weren't so clingy". */
const UNKIND_DENIAL = new Set(['the', 'even', 'so', 'such']);
/** Plain negation, for a denial: "without doubt the rudest" and "never too tired for footy" deny nothing. */
const DENIES = new Set(['not', 'arent', 'werent', 'isnt', 'wasnt']);
/** Saying or thinking, after "nobody": "nobody thinks you're lazy", "no one blames you". */
const JUDGES = new Set(['thinks', 'thought', 'blames', 'blamed', 'said', 'believes', 'expects', 'minds', 'sees', 'noticed']);
const NO_ONE = new Set(['nobody', 'nobodys', 'noone']);
/** The words a reassurance opens or turns on: every other word is passed over at once. */
const SIDES_WITH = new Set(['you', 'youre', 'nobody', 'nobodys', 'noone', 'no', 'fault', 'loss', 'nothing']);
/** What follows "you" in a reassurance: "you're", "you aren't", "you did nothing wrong", "you deserve better". */
const YOU_THEN = new Set([...READER_IS, 'did', 'didnt', 'dont', 'deserve', 'deserved']);
/** Telling a judgement of oneself, stopped: "stop calling yourself useless", "don't say you're a failure". */
const SELF_TOLD = new Set(['calling', 'call', 'saying', 'say', 'telling', 'tell', 'thinking', 'think']);
const STOPS = new Set(['stop', 'quit', 'dont', 'never']);
/** "it doesn't make you weak", "one bad game doesn't mean you're a bad player". */
const MAKES = new Set(['make', 'makes', 'mean', 'means']);
/** A feeling permitted: "it's ok to hate it right now", "it's normal to be angry", "you're allowed to be upset". */
const PERMITS = new Set(['ok', 'okay', 'fine', 'normal', 'alright', 'allowed', 'understandable', 'valid', 'entitled']);
/** Who is permitted, before PERMITS: "it's", "it is", "you're", "you are". */
const PERMITTED = new Set(['its', 'is', 'youre', 'are', 'r']);

/**
 * Where the writer sides with the reader: a judgement denied of them ("you're not a burden", "u r not stupid", "you
 * weren't too sensitive"), someone's judgement of them denied ("nobody thinks you're lazy", "no one blames you"), the
 * fault taken off them ("it wasn't your fault", "none of this is ur fault", "their loss", "it says nothing about you")
 * or wrongdoing ("you did nothing wrong", "you did everything right", "you didn't deserve that", "you deserve
 * better"), the reader's judgement of themselves stopped or denied ("stop calling yourself useless", "it doesn't make
 * you weak"), or a feeling permitted ("it's ok to hate it right now", "you're allowed to be angry"). Returns the span
 * of words it found, or undefined. It softens the draft as affection does: comfort is made of the words it comforts
 * against ("your boss is an idiot and you did nothing wrong"). A denial that attacks is none: "not even" ("you're not
 * even worth it"), "the" ("you're not the victim here", "not the worst driver"), "so" ("if you weren't so clingy"),
 * "any less", or one followed by what the reader "just" is ("you're not stupid, you're just lazy"); nor is a state
 * stopped ("stop saying you're tired") or permission to insult ("it's ok to be a selfish prick I guess").
 */
function reassurance(draft: Draft): { first: number; last: number } | undefined {
  const { tokens, facts } = draft;
  const word = (i: number, sentence: number): string => (tokens[i]?.sentence === sentence && tokens[i]!.type === 'word' ? tokens[i]!.norm : '');
  const judgement = (i: number, sentence: number): boolean => {
    const norm = word(i, sentence);
    const found = facts[i];
    if (norm === '' || !found) return DENIED.has(norm);
    return DENIED.has(norm) || (!(found.flags & NOT_ANGRY) && (found.heat !== undefined || found.afinn < 0)) || found.afinn <= BAD;
  };
  /**
   * The judgement within four words from `from`, in the sentence and before the reader is named again, or -1; "the",
   * "even", "so" or "such" first deny nothing kind ("you're not the victim here", "if you weren't so clingy").
   */
  const judgementFrom = (from: number, sentence: number): number => {
    if (UNKIND_DENIAL.has(word(from, sentence))) return -1;
    for (let j = from; j < from + 4 && word(j, sentence) !== '' && !((facts[j]?.flags ?? 0) & SECOND); j++) if (judgement(j, sentence)) return j;
    return -1;
  };
  /** What the reader is instead, after a denial: "you're not stupid, you're just lazy", "not depressed, you're lazy". */
  const instead = (from: number): boolean => {
    for (let j = from; j < from + 8 && j < tokens.length; j++) {
      const norm = tokens[j]!.norm;
      if (norm === 'just' || norm === 'only') return true;
      if (norm === 'youre' && judgementFrom(j + 1, tokens[j]!.sentence) >= 0 && !DENIES.has(tokens[j + 1]?.norm ?? '')) return true;
    }
    return false;
  };
  /**
   * A judgement of the reader's worth, told by themselves and stopped ("useless", "a failure", "a bad friend"), not a
   * state they are in: "stop saying you're tired" and "stop saying you're sorry" are no comfort.
   */
  const worth = (from: number, sentence: number): number => {
    const judged = judgementFrom(from, sentence);
    const found = facts[judged];
    if (judged < 0 || word(from, sentence) === 'any' || word(from, sentence) === 'less') return -1;
    return DENIED.has(tokens[judged]!.norm) || (found && (found.heat === 'insult' || (found.afinn <= -2 && !(found.flags & NOT_ANGRY)))) ? judged : -1;
  };
  /** A feeling within three words after "to" at `to` ("to hate it", "to be angry", "to feel jealous"), or -1. */
  const feeling = (to: number, sentence: number): number => {
    for (let j = to + 1; j <= to + 3 && word(j, sentence) !== ''; j++) {
      const found = facts[j];
      if (!found || found.heat === 'insult' || found.heat === 'profanity') continue;
      const felt = word(j - 1, sentence) === 'be' || word(j - 1, sentence) === 'feel';
      if (found.heat === 'anger' || (found.afinn < 0 && (found.flags & NOT_ANGRY || felt))) return j;
    }
    return -1;
  };
  /** The judging verb after "nobody" ("nobody thinks", "no one at the party thought"), within four words, or -1. */
  const judgingVerb = (from: number, sentence: number): number => {
    for (let j = from; j < from + 4; j++) {
      const norm = word(j, sentence);
      if (JUDGES.has(norm)) return j;
      if (norm === '' || (facts[j]?.flags ?? 0) & SECOND) return -1;
    }
    return -1;
  };
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const norm = token.norm;
    // A feeling permitted: "it's ok to hate this right now", "you're allowed to be angry", "it's totally normal to cry".
    if (norm === 'to' && PERMITS.has(word(i - 1, token.sentence))) {
      const at = facts[i - 2] && facts[i - 2]!.flags & INTENSIFIES ? i - 3 : i - 2;
      const felt = PERMITTED.has(word(at, token.sentence)) ? feeling(i, token.sentence) : -1;
      if (felt >= 0) return { first: at, last: felt };
      continue;
    }
    // The reader's pronouns and the negators by their flags first: a bit test is cheaper than a set's.
    const flags = facts[i]?.flags ?? 0;
    if (((flags & (SECOND | NEGATES)) === 0 && norm !== 'fault' && norm !== 'loss') || token.type !== 'word') continue;
    const sentence = token.sentence;
    // The reader's judgement of themselves stopped ("stop calling yourself useless", "don't say you're a failure"), or
    // denied of what befell them ("it doesn't make you weak", "failing doesn't mean you're a failure").
    if (flags & SECOND && (norm === 'yourself' || norm === 'you' || norm === 'youre' || norm === 'u' || norm === 'ur')) {
      const before = word(i - 1, sentence);
      const stopped = SELF_TOLD.has(before) && STOPS.has(word(i - 2, sentence));
      const denied = MAKES.has(before) && (flagsAt(draft, i - 2) & NEGATES) !== 0;
      if (stopped || denied) {
        const from = (norm === 'you' || norm === 'u') && READER_IS.has(word(i + 1, sentence)) ? i + 2 : i + 1;
        const judged = worth(from, sentence);
        if (judged >= 0 && !instead(judged + 1)) return { first: i - 2, last: judged };
      }
    }
    if (!SIDES_WITH.has(norm)) continue;
    const next = word(i + 1, sentence);
    // Most "you"s are followed by nothing a reassurance turns on: passed over at once.
    if (norm === 'you' && !YOU_THEN.has(next)) continue;
    // "you're not a burden", "you aren't weak", "u r not stupid".
    const be = norm === 'youre' ? i : norm === 'you' && READER_IS.has(next) ? i + 1 : -1;
    if (be >= 0) {
      const contracted = tokens[be]!.norm === 'arent' || tokens[be]!.norm === 'werent';
      const denial = contracted ? be : DENIES.has(word(be + 1, sentence)) ? be + 1 : -1;
      const judged = denial >= 0 ? judgementFrom(denial + 1, sentence) : -1;
      if (judged >= 0 && !instead(judged + 1)) return { first: i, last: judged };
      continue;
    }
    // "you did nothing wrong", "you didn't do anything wrong", "you didn't deserve that", "you did everything right",
    // "you did the right thing", "you deserve better".
    if (norm === 'you') {
      const at = facts[i + 2] && facts[i + 2]!.flags & INTENSIFIES ? i + 3 : i + 2;
      const then = word(at, sentence);
      if ((next === 'didnt' || next === 'dont') && then === 'deserve') return { first: i, last: at };
      if (next === 'did' && then === 'nothing' && word(at + 1, sentence) === 'wrong') return { first: i, last: at + 1 };
      if (next === 'didnt' && then === 'do' && word(at + 1, sentence) === 'anything' && word(at + 2, sentence) === 'wrong') return { first: i, last: at + 2 };
      if (next === 'did' && then === 'everything' && word(at + 1, sentence) === 'right') return { first: i, last: at + 1 };
      if (next === 'did' && then === 'the' && word(at + 1, sentence) === 'right' && word(at + 2, sentence) === 'thing') return { first: i, last: at + 2 };
      if ((next === 'deserve' || next === 'deserved') && then === 'better') return { first: i, last: at };
      continue;
    }
    // "nobody thinks you're lazy", "no one blames you".
    const judges = NO_ONE.has(norm) ? judgingVerb(i + 1, sentence) : norm === 'no' && next === 'one' ? judgingVerb(i + 2, sentence) : -1;
    if (judges >= 0) {
      const after = word(judges + 1, sentence);
      if (after === 'you' && word(judges, sentence).startsWith('blame')) return { first: i, last: judges + 1 };
      const judged = after === 'you' || after === 'youre' ? judgementFrom(judges + 2, sentence) : -1;
      if (judged >= 0) return { first: i, last: judged };
    }
    // "it wasn't your fault", "none of this is ur fault", "not your fault".
    if (norm === 'fault' && (word(i - 1, sentence) === 'your' || word(i - 1, sentence) === 'youre')) {
      for (let j = i - 2; j >= i - 5 && word(j, sentence) !== ''; j--) if (DENIES.has(word(j, sentence)) || word(j, sentence) === 'none') return { first: j, last: i };
    }
    // "their loss", "it says nothing about you": the fault put where it belongs.
    if (norm === 'loss') {
      const owner = word(i - 1, sentence);
      if (owner === 'their' || owner === 'his' || owner === 'her') return { first: i - 1, last: i };
    }
    if (norm === 'nothing' && next === 'about' && (word(i + 2, sentence) === 'you' || word(i + 2, sentence) === 'u')) return { first: i, last: i + 2 };
  }
  return undefined;
}

/** The catalogue sentence for each kind of reason; its one substitution is the phrase from the draft. */
const MESSAGES: Record<ReasonKind, MessageKey> = {
  criticism: 'reason_criticism',
  contempt: 'reason_contempt',
  defensiveness: 'reason_defensiveness',
  stonewalling: 'reason_stonewalling',
  hostility: 'reason_hostility',
  profanity: 'reason_profanity',
  shouting: 'reason_shouting',
};

/**
 * One reason per kind, strongest first. Words that add heat without a kind of their own (a weak AFINN word, a
 * leaning word) are named as hostility when they outweigh every kind found, so a heated draft always points at
 * the words that drove it.
 */
function explain(text: string, hits: Hit[]): Reason[] {
  const byKind = new Map<ReasonKind, { total: number; strongest: Hit; strength: number; spans: Span[] }>();
  let unnamed: Hit | undefined;
  let unnamedStrength = 0;
  let strongestKind = 0;
  for (const hit of hits) {
    const strength = weightOf(hit.key) * hit.value;
    if (strength <= 0 || hit.end <= hit.start) continue;
    if (!hit.kind) {
      if (strength > unnamedStrength && !UNNAMED.has(hit.key)) {
        unnamed = hit;
        unnamedStrength = strength;
      }
      continue;
    }
    strongestKind = Math.max(strongestKind, strength);
  }
  const named = unnamed && unnamedStrength > strongestKind ? [...hits, { ...unnamed, kind: 'hostility' as const }] : hits;
  for (const hit of named) {
    if (!hit.kind) continue;
    const strength = weightOf(hit.key) * hit.value;
    if (strength <= 0 || hit.end <= hit.start) continue;
    const entry = byKind.get(hit.kind);
    if (!entry) {
      byKind.set(hit.kind, { total: strength, strongest: hit, strength, spans: [{ start: hit.start, end: hit.end }] });
      continue;
    }
    entry.total += strength;
    entry.spans.push({ start: hit.start, end: hit.end });
    if (strength > entry.strength) {
      entry.strongest = hit;
      entry.strength = strength;
    }
  }
  return [...byKind.entries()]
    .sort((a, b) => b[1].total - a[1].total)
    .map(([kind, entry]) => ({
      kind,
      spans: entry.spans.sort((a, b) => a.start - b.start),
      message: { key: MESSAGES[kind], subs: [text.slice(entry.strongest.start, entry.strongest.end)] },
    }));
}

function windowOf(text: string): string {
  if (text.length <= ANALYSIS_WINDOW) return text;
  const code = text.charCodeAt(ANALYSIS_WINDOW - 1);
  // Do not cut a surrogate pair in half.
  return text.slice(0, code >= 0xd800 && code <= 0xdbff ? ANALYSIS_WINDOW - 1 : ANALYSIS_WINDOW);
}

/**
 * Hits set by hand for how chat drafts are written. Calm words offset them only past CALM_SLACK: "so now I'm the bad
 * guy?" stays defensive, while "Thanks, I appreciate that. At least I know I'm not the only one" is not.
 */
const STRUCTURE: ReadonlySet<HitKey> = new Set<HitKey>(['pattern', 'angry-emoji', 'name-calling', 'interrobang', 'caps-draft', 'shout']);
const CALM_SLACK = 0.5;
const MAX_CALM_OFF_STRUCTURE = 0.2;
/** Heat from drafts with no person in them. */
const UNAIMED: ReadonlySet<HitKey> = new Set<HitKey>(['vent', 'thing']);

/**
 * Structure (patterns, angry emoji) plus the words' tone, each scaled down by laughter and warm emoji. Calm words
 * offset the words' heat first and a pattern only when clearly warm: "thanks for nothing" stays contempt. `learned`
 * is the chat reading's share (chat-tone.ts): heat it finds counts as the words' heat, softened and offset the same
 * way; calm it finds takes off the total.
 */
export function scoreHits(hits: Hit[], learned = 0): number {
  return scoreOf(tally(hits), learned);
}

/** What scoreHits needs of a draft's hits, summed once so the score can be taken with and without the chat reading. */
interface Tally {
  structure: number;
  heat: number;
  relief: number;
  softening: number;
  sarcasm: boolean;
}

/** What tally() reads of a hit's key, gathered for one lookup per hit. */
interface KeyRule {
  weight: number;
  max: number;
  softens: boolean;
  structure: boolean;
}
const KEY_RULES = new Map<HitKey, KeyRule>(
  HIT_KEYS.map((key) => [key, { weight: weightOf(key), max: MAX_BY_KEY[key] ?? MAX_HIT, softens: SOFTENERS.has(key), structure: STRUCTURE.has(key) }]),
);

function tally(hits: readonly Hit[]): Tally {
  let structure = 0;
  let heat = 0;
  let relief = 0;
  let softeners = 0;
  // Sarcasm is made of warm words ("wow, nice of you to finally show up"): they never cancel a contempt pattern.
  let sarcasm = false;
  for (const hit of hits) {
    const rule = KEY_RULES.get(hit.key)!;
    if (rule.softens) softeners++;
    if (hit.key === 'pattern' && hit.kind === 'contempt') sarcasm = true;
    const contribution = Math.max(-MAX_RELIEF, Math.min(rule.weight * hit.value, rule.max));
    if (contribution < 0) relief -= contribution;
    else if (rule.structure) structure += contribution;
    else heat += contribution;
  }
  return { structure, heat, relief, softening: SOFTENING ** Math.min(softeners, MAX_SOFTENERS), sarcasm };
}

function scoreOf({ structure, heat, relief, softening, sarcasm }: Tally, learned: number): number {
  const net = (heat + Math.max(0, learned)) * softening - relief;
  // Calm words cancel the heat of words; against an attack's structure they take off at most MAX_CALM_OFF_STRUCTURE:
  // "what is your problem with the meeting on monday?" stays an attack however much logistics follows it.
  const calmed = net >= 0 || sarcasm ? Math.max(net, 0) : Math.max(-MAX_CALM_OFF_STRUCTURE, Math.min(0, net + CALM_SLACK));
  // The chat reading's calm, like calm words, never cancels a contempt phrase: the everyday words around "as
  // previously mentioned" or "let me guess" read calm to it, and the phrase is the point.
  const score = structure * softening + calmed + (sarcasm ? 0 : Math.min(0, learned));
  return Math.max(0, Math.round(score * 1000) / 1000);
}

export function analyze(text: string, options: AnalyzeOptions = {}): Analysis {
  const threshold = THRESHOLDS[options.sensitivity ?? 'balanced'] ?? THRESHOLDS.balanced;
  if (typeof text !== 'string' || text.length === 0) return { level: 'calm', heated: false, score: 0, reasons: [] };
  const window = windowOf(text);
  const { hits: all, tokens, lexemes, english, mocking } = gather(window, TONE);
  // Gentle pauses only what is aimed at someone: venting at the world ("this is annoying", "ugh seriously?") never counts.
  const aimedHits = options.sensitivity === 'gentle' ? all.filter((hit) => !UNAIMED.has(hit.key)) : all;
  // The chat reading adds heat the rules miss and takes off what they flag on a word it is sure is calm; what the
  // rules flag stays named by them. Gentle lets it only calm.
  const gentle = options.sensitivity === 'gentle';
  const cleared = english && !options.rulesOnly ? calmPhrases(aimedHits) : undefined;
  const marks = { weight: 0 };
  const reading = cleared ? readChat(CHAT, tokens, lexemes, cleared, undefined, marks) : 0;
  // Capitals it is sure are calm are news told loudly ("MY SISTER HAD THE BABY!!!"), as with a warm word in them.
  const calmNews = cleared !== undefined && reading - marks.weight < -CHAT_CALM_MARGIN;
  const hits = isJoyfulShouting(aimedHits, tokens, lexemes, calmNews) ? aimedHits.map((hit) => (SHOUTING.has(hit.key) ? { ...hit, value: hit.value * JOYFUL_SHOUTING } : hit)) : aimedHits;
  const tallied = tally(hits);
  const ruled = scoreOf(tallied, 0);
  // A taunt's laughter reads as calm to the reading, but it mocks: a mocking draft is not calmed by it.
  const score = cleared ? scoreOf(tallied, chatLearned(reading, mocking ? 0 : reading - marks.weight, gentle)) : ruled;
  const heated = score >= threshold;
  const level: Level = heated ? 'heated' : score >= threshold * TENSE_SHARE ? 'tense' : 'calm';
  if (level === 'calm') return { level, heated: false, score, reasons: [] };
  // Where the chat reading tipped the draft, its words are named beside the rules' own: read again for them, since
  // most drafts are calm and never need them.
  const drivers: ChatDriver[] = [];
  if (cleared && ruled < threshold && !gentle) readChat(CHAT, tokens, lexemes, cleared, drivers);
  // The rules' unnamed word heat ("whole", "oh") is named only when nothing else is: here the chat reading's words are.
  const named = drivers.length > 0 ? [...hits.filter((hit) => hit.kind !== undefined), ...drivers.map((driver) => chatHit(tokens, driver))] : hits;
  return { level, heated, score, reasons: explain(window, named) };
}

const NO_SPANS: readonly Span[] = [];

/** Capitals and marks: the heat of shouting, which joy shares ("WE GOT THE HOUSE!!!"). */
const SHOUTING: ReadonlySet<HitKey> = new Set<HitKey>(['shout', 'caps', 'caps-draft', 'bangs', 'interrobang']);
/** What shouting weighs in a joyful draft. */
const JOYFUL_SHOUTING = 0.3;
/** How warm a word must be to make capitals joyful: "congrats", "love", "amazing", not "yes" or "promised". */
const JOYFUL_WARMTH = 2;
/** Cries of joy that make capitals joyful without a warm word ("OMG WE WON", "TOUCHDOWN!!!"), besides "no way". */
const JOY: ReadonlySet<string> = new Set(['omg', 'omfg', 'yay', 'woo', 'woohoo', 'yess', 'yasss', 'hooray', 'touchdown', 'goal', 'screaming', 'squealing']);
/** The share of a draft's words in capitals for it to be shouted as a whole. */
const JOYFUL_CAPITALS = 0.4;

/**
 * Capitals from joy: nothing in the draft is heated but its capitals and marks, and some word or emoji in it is
 * warm or cries out for joy ("CONGRATS ON THE HOUSE!!!", "DID YOU SEE THAT GOAL?! 😍", "NO WAY YOU'RE COMING"; "🔥" is
 * no warm emoji), or the chat reading is sure the draft is calm (`calmNews`: "I FINISHED THE MARATHON!!! 4 HOURS 12",
 * "LOOK OUTSIDE RIGHT NOW, IT IS SNOWING"). "ANSWER YOUR PHONE" and "WHY DIDN'T YOU CALL" hold no warmth and read
 * heated to it; "GREAT JOB GENIUS" is a pattern, heat of its own.
 */
function isJoyfulShouting(hits: readonly Hit[], tokens: readonly Token[], lexemes: readonly Lexeme[], calmNews: boolean): boolean {
  let shouting = false;
  for (const hit of hits) {
    if (SHOUTING.has(hit.key)) shouting = true;
    else if (hit.kind !== undefined || hit.key === 'pattern' || hit.key === 'angry-emoji' || hit.key === 'name-calling') return false;
  }
  if (!shouting) return false;
  // Joy shouts the whole message; one shouted phrase in a long one ("I was RELYING ON YOU") is aimed.
  let words = 0;
  let capitals = 0;
  for (const token of tokens) {
    if (token.type !== 'word') continue;
    words++;
    if (token.caps) capitals++;
  }
  if (capitals < words * JOYFUL_CAPITALS) return false;
  if (calmNews) return true;
  for (let i = 0; i < tokens.length; i++) {
    const facts = lexemes[i]!.facts;
    if ((facts?.warmth ?? 0) >= JOYFUL_WARMTH || ((facts?.flags ?? 0) & WARM_SYMBOL) !== 0 || JOY.has(tokens[i]!.norm) || (tokens[i]!.norm === 'no' && tokens[i + 1]?.norm === 'way')) return true;
  }
  return false;
}

/** Patterns the rules weigh at nothing: phrases they know to be calm ("you always know what to say"). */
function calmPhrases(hits: readonly Hit[]): readonly Span[] {
  let spans: Span[] | undefined;
  for (const hit of hits) if (hit.key === 'pattern' && hit.value === 0) (spans ??= []).push(hit);
  return spans ?? NO_SPANS;
}

/** Words around a chat driver named as what reads heated: its sentence, or the four words either side in a long one. */
const CHAT_CONTEXT = 4;

function chatHit(tokens: readonly Token[], driver: ChatDriver): Hit {
  const at = tokens.findIndex((token) => token.start >= driver.start);
  const sentence = tokens[at]?.sentence;
  let first = at;
  let last = tokens.findIndex((token) => token.end >= driver.end);
  if (sentence === undefined || last < 0) return { key: 'chat', kind: driver.kind, start: driver.start, end: driver.end, value: CHAT_SHARE * driver.weight };
  for (let words = 0; first > 0 && tokens[first - 1]!.sentence === sentence && words < CHAT_CONTEXT; first--) if (isWord(tokens[first - 1])) words++;
  for (let words = 0; last + 1 < tokens.length && tokens[last + 1]!.sentence === sentence && words < CHAT_CONTEXT; last++) if (isWord(tokens[last + 1])) words++;
  return { key: 'chat', kind: driver.kind, start: tokens[first]!.start, end: tokens[last]!.end, value: CHAT_SHARE * driver.weight };
}
