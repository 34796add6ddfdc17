// Scores how heated a draft reads, and why. Pure: runs the same in Node, the content script and the service worker.
import { afinnScore } from './afinn';
import type { Analysis, AnalyzeOptions, Level, Reason, ReasonKind, Sensitivity, Span } from './types';
import { tokenize, type Token } from './tokens';
import { PATTERN_TRIE, type Pattern, type PatternNode } from './patterns';
import {
  ACRONYMS,
  ANGRY_EMOJI,
  CONTRAST,
  ENGLISH_COMMON,
  FOREIGN_COMMON,
  HEAT,
  IMPERATIVES,
  INTENSIFIERS,
  LAUGHTER,
  LEANING,
  NEGATORS,
  NOT_ANGER,
  NOT_WARM,
  FEELING_VERBS,
  REFUSALS,
  THINGS,
  OWNERS,
  SECOND_PERSON,
  THIRD_PERSON,
  WARM_EMOJI,
  MORE_WARM,
  CHEERS,
  heatKind,
} from './lexicon';

const afinnOf = afinnScore;

/** Drafts are analysed up to this many UTF-16 units; beyond it (a pasted log, a 1 MB string) the tail is ignored. */
export const ANALYSIS_WINDOW = 20_000;

/** Score at or above which a draft is heated, per sensitivity. */
export const THRESHOLDS: Record<Sensitivity, number> = { gentle: 1.2, balanced: 1.0, strict: 0.7 };
/** A draft is tense (not yet heated) from this share of its heated threshold. */
const TENSE_SHARE = 0.5;

/**
 * Weight of each feature; a hit adds weight x its value (per-word heat lives in lexicon.ts). heat, afinn and
 * negated-warm follow scripts/fit-weights.ts on GoEmotions' training split; patterns, capitals, punctuation and
 * softeners are set by hand, since Reddit comments rarely carry them the way chat drafts do.
 */
const WEIGHTS: Record<string, number> = {
  pattern: 1,
  heat: 1.15,
  afinn: 0.2,
  'afinn:soft': 0.03,
  'negated-warm': 0.13,
  caps: 0.35,
  bangs: 0.4,
  interrobang: 0.5,
  'angry-emoji': 0.8,
  'caps-draft': 0.5,
  vent: 1.15,
  leaning: 1.0,
  warm: -0.15,
};

/** Laughter, warm emoji and "love you" each scale the heat down: banter and teasing, not attack. */
const SOFTENERS = new Set(['laugh', 'warm-emoji', 'affection']);
const SOFTENING = 0.5;
const MAX_SOFTENERS = 2;
/** No single word or phrase outweighs two and a half thresholds, so one laugh can still turn it to teasing. */
const MAX_HIT = 2.5;
/** Venting with no one in the draft is heated at balanced and strict, but never, word by word, clearly hurtful (gentle). */
const MAX_VENT = 1.15;

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
  key: string;
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
}

const LAUGH_SHAPE = /^(?:a?(?:ha|he|hi){2,}h?|lo+l|lmf?a+o+|l+m+a+o+)$/;

const isWord = (token: Token | undefined): token is Token => token !== undefined && token.type === 'word';

function weightOf(key: string): number {
  return WEIGHTS[key] ?? 0;
}

function isLaughter(token: Token): boolean {
  return token.type === 'word' ? LAUGHTER.has(token.norm) || LAUGH_SHAPE.test(token.norm) : false;
}

function warmth(word: string): number {
  if (NOT_WARM.has(word) || LAUGHTER.has(word)) return 0;
  if (MORE_WARM.has(word)) return 2;
  const value = afinnOf(word);
  return value !== undefined && value > 0 ? value : 0;
}

/** Text written mostly in another language is left alone, even if one of its words happens to be English. */
function isMostlyForeign(tokens: Token[]): boolean {
  let english = 0;
  let foreign = 0;
  for (const token of tokens) {
    if (token.type !== 'word') continue;
    if (ENGLISH_COMMON.has(token.norm)) english++;
    else if (FOREIGN_COMMON.has(token.norm)) foreign++;
  }
  return foreign >= 2 && foreign > 2 * english;
}

function describeSentences(tokens: Token[]): SentenceInfo[] {
  const sentences: SentenceInfo[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    let info = sentences[token.sentence];
    const opens = info === undefined;
    if (!info) {
      info = { aimedAtReader: false, aimedAtOthers: false, aboutThing: false, iStatement: false, warm: false, contrastAt: -1 };
      sentences[token.sentence] = info;
    }
    if (token.type !== 'word') continue;
    const word = token.norm;
    if (SECOND_PERSON.has(word) || (opens && IMPERATIVES.has(word))) info.aimedAtReader = true;
    else if (THIRD_PERSON.has(word)) info.aimedAtOthers = true;
    else if (CONTRAST.has(word)) info.contrastAt = i;
    else if (warmth(word) > 0) info.warm = true;
    else if (THINGS.has(word)) info.aboutThing = true;
    if (opens || (i > 0 && tokens[i - 1]!.sentence !== token.sentence)) {
      const next = tokens[i + 1]?.norm;
      info.iStatement =
        (word === 'i' && (next === 'feel' || next === 'felt' || next === 'get' || next === 'was' || next === 'need')) ||
        (word === 'im' && (next === 'feeling' || next === 'a' || next === 'frustrated' || next === 'angry')) ||
        (word === 'it' && (next === 'made' || next === 'makes' || next === 'hurts'));
    }
  }
  return sentences;
}

function sameSentenceWord(tokens: Token[], index: number, sentence: number): Token | undefined {
  const token = tokens[index];
  return token && token.sentence === sentence && token.type === 'word' ? token : undefined;
}

function endsSentence(tokens: Token[], index: number, sentence: number): boolean {
  const next = tokens[index];
  return next === undefined || next.sentence !== sentence || next.type === 'bang';
}

/** Warm words right after a phrase ("you always make me laugh") turn a criticism pattern into praise. */
function warmAfter(tokens: Token[], from: number, sentence: number): boolean {
  let warm = 0;
  for (let i = from; i < from + 8; i++) {
    const token = sameSentenceWord(tokens, i, sentence);
    if (!token) break;
    const value = afinnOf(token.norm);
    if (value !== undefined && value < 0 && !NOT_ANGER.has(token.norm)) return false;
    warm += warmth(token.norm) + (token.norm === 'laugh' || token.norm === 'smile' ? 2 : 0);
  }
  return warm > 0;
}

interface PatternMatch {
  pattern: Pattern | undefined;
  end: number;
}

function walkPatterns(tokens: Token[], at: PatternNode, index: number, sentence: number, atSentenceStart: boolean, best: PatternMatch): void {
  for (const pattern of at.found) {
    if (pattern.atStart && !atSentenceStart) continue;
    if (pattern.atEnd && !endsSentence(tokens, index, sentence)) continue;
    if (pattern.unlessWarm && warmAfter(tokens, index, sentence)) continue;
    if (index > best.end || (index === best.end && pattern.weight > (best.pattern?.weight ?? 0))) {
      best.pattern = pattern;
      best.end = index;
    }
  }
  const token = tokens[index];
  if (!token || token.sentence !== sentence || token.type === 'bang') return;
  const child = at.next.get(token.norm);
  if (child) walkPatterns(tokens, child, index + 1, sentence, atSentenceStart, best);
  if (at.any && token.type === 'word') walkPatterns(tokens, at.any, index + 1, sentence, atSentenceStart, best);
}

/** The longest phrase pattern starting at `start`, if any. */
function matchAt(tokens: Token[], start: number): PatternMatch {
  const sentence = tokens[start]!.sentence;
  const best: PatternMatch = { pattern: undefined, end: start };
  walkPatterns(tokens, PATTERN_TRIE, start, sentence, start === 0 || tokens[start - 1]!.sentence !== sentence, best);
  return best;
}

/**
 * Marks the words that follow "I feel", "I felt", "I'm feeling", "I've been feeling", up to a word that turns to
 * someone ("I feel like you...", "I feel that they..."): they name the writer's own state.
 */
function ownedFeelings(tokens: Token[]): Uint8Array {
  const owned = new Uint8Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.type !== 'word') continue;
    if (!FEELING_VERBS.has(token.norm) || !OWNERS.has(sameSentenceWord(tokens, i - 1, token.sentence)?.norm ?? '')) continue;
    for (let j = i + 1; j <= i + OWNED_REACH; j++) {
      const word = sameSentenceWord(tokens, j, token.sentence);
      if (!word || SECOND_PERSON.has(word.norm) || THIRD_PERSON.has(word.norm) || word.norm === 'like' || word.norm === 'that') break;
      owned[j] = 1;
    }
  }
  return owned;
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
function isShouted(tokens: Token[], index: number, text: string, allCaps: boolean): boolean {
  const token = tokens[index]!;
  if (!token.caps || ACRONYMS.has(token.norm) || text.charCodeAt(token.start - 1) === 0x5b) return false;
  if (allCaps || token.end - token.start >= 4) return true;
  const neighbour = (i: number): boolean => tokens[i]?.caps === true && tokens[i]!.sentence === token.sentence && !ACRONYMS.has(tokens[i]!.norm);
  return neighbour(index - 1) || neighbour(index + 1);
}

/** Swearing next to warm words ("fucking brilliant", "holy crap, congrats") is enthusiasm, not attack. */
function isCheerfulSwearing(tokens: Token[], index: number, sentence: number): boolean {
  const before = sameSentenceWord(tokens, index - 1, sentence);
  if (before && (before.norm === 'holy' || (before.norm === 'the' && tokens[index]!.norm === 'shit'))) return true;
  if (CHEERS.has(sameSentenceWord(tokens, index + 1, sentence)?.norm ?? '')) return true;
  for (let i = index - 2; i <= index + 3; i++) {
    const token = i === index ? undefined : sameSentenceWord(tokens, i, sentence);
    if (token && warmth(token.norm) > 0) return true;
  }
  return false;
}

/** All evidence in a draft: phrase patterns, words, capitals and punctuation, and what softens them. */
export function collectHits(text: string): Hit[] {
  const tokens = tokenize(text);
  const hits: Hit[] = [];
  if (tokens.length === 0 || isMostlyForeign(tokens)) return hits;
  const sentences = describeSentences(tokens);
  const claimed = new Uint8Array(tokens.length);
  const owned = ownedFeelings(tokens);
  const aimed = sentences.some((info) => info.aimedAtReader || info.aimedAtOthers);
  const warmDraft = sentences.some((info) => info.warm);
  let capitalised = 0;
  let lowerCase = 0;
  let refuses = sentences.some((info) => info.aimedAtReader);
  for (const token of tokens) {
    if (token.type !== 'word' || token.end - token.start < 2) continue;
    if (token.caps) capitalised++;
    else if (!/^\d+$/.test(token.norm)) lowerCase++;
    if (REFUSALS.has(token.norm)) refuses = true;
  }
  // A draft typed all in capitals at the reader, or refusing, with nothing warm in it, is a raised voice ("STOP IT", "NO. JUST NO.").
  const allCaps = capitalised > 0 && lowerCase === 0 && refuses && !warmDraft;

  for (let i = 0; i < tokens.length; i++) {
    if (!PATTERN_TRIE.next.has(tokens[i]!.norm)) continue;
    const match = matchAt(tokens, i);
    if (!match.pattern) continue;
    const first = tokens[i]!;
    const last = tokens[match.end - 1]!;
    const shouted = tokens.slice(i, match.end).some((token) => token.caps) ? CAPITALISED : 1;
    hits.push({ key: 'pattern', kind: match.pattern.kind, start: first.start, end: last.end, value: match.pattern.weight * shouted });
    claimed.fill(1, i, match.end);
    i = match.end - 1;
  }

  let capsWords = 0;
  const leaned = new Set<string>();
  let laughs = 0;
  let warmEmoji = 0;
  let warm = 0;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.type === 'bang') {
      const run = token.norm;
      if (run.includes('?') && run.includes('!')) hits.push({ key: 'interrobang', kind: 'shouting', start: token.start, end: token.end, value: 1 });
      else if (run.length >= 3 && run[0] === '!') hits.push({ key: 'bangs', kind: 'shouting', start: token.start, end: token.end, value: 1 });
      continue;
    }
    if (token.type === 'emoji') {
      if (claimed[i]) continue;
      if (ANGRY_EMOJI.has(token.norm)) hits.push({ key: 'angry-emoji', kind: 'contempt', start: token.start, end: token.end, value: 1 });
      else if (WARM_EMOJI.has(token.norm) && warmEmoji < 2) {
        warmEmoji++;
        hits.push({ key: 'warm-emoji', start: token.start, end: token.end, value: 1 });
      }
      continue;
    }
    if (token.type !== 'word') continue;
    const word = token.norm;
    if (isShouted(tokens, i, text, allCaps) && capsWords < MAX_CAPS_WORDS) {
      capsWords++;
      // Capitals at the reader ("WHERE ARE YOU", "ANSWER YOUR PHONE") shout; elsewhere they are as often glee.
      const atReader = allCaps || sentences[token.sentence]?.aimedAtReader === true;
      hits.push({ key: 'caps', kind: 'shouting', start: token.start, end: token.end, value: atReader ? AIMED_AT_READER : CAPS_UNAIMED });
      if (allCaps && capsWords === 1) hits.push({ key: 'caps-draft', kind: 'shouting', start: token.start, end: token.end, value: 1 });
    }
    if (claimed[i]) continue;
    if (isLaughter(token)) {
      if (laughs < 2) {
        laughs++;
        hits.push({ key: 'laugh', start: token.start, end: token.end, value: 1 });
      }
      continue;
    }
    const sentence = token.sentence;
    const info = sentences[sentence];
    const previous = sameSentenceWord(tokens, i - 1, sentence);
    const negated = (previous && NEGATORS.has(previous.norm)) || NEGATORS.has(sameSentenceWord(tokens, i - 2, sentence)?.norm ?? '');
    const afinn = afinnOf(word);
    const lexicon = HEAT.get(word);
    const leaning = lexicon === undefined ? LEANING.get(word) : undefined;
    if (leaning !== undefined && !leaned.has(word)) {
      leaned.add(word);
      hits.push({ key: 'leaning', start: token.start, end: token.end, value: leaning });
    }

    if (lexicon !== undefined || (afinn !== undefined && afinn < 0)) {
      if (negated) continue;
      if (lexicon?.category === 'profanity' && isCheerfulSwearing(tokens, i, sentence)) continue;
      // "so angry", "fucking idiot": the word before strengthens this one and is not counted itself.
      const intensified = previous && INTENSIFIERS.has(previous.norm) ? INTENSIFIED : 1;
      if (lexicon?.category === 'profanity' && INTENSIFIERS.has(word) && isWord(tokens[i + 1]) && !claimed[i + 1]) {
        const next = tokens[i + 1]!.norm;
        if (HEAT.has(next) || ((afinnOf(next) ?? 0) < 0 && !NOT_ANGER.has(next))) continue;
      }
      const swearing = lexicon?.category === 'profanity' || (previous !== undefined && HEAT.get(previous.norm)?.category === 'profanity');
      const ownedFactor = owned[i] && !swearing ? OWNED : 1;
      // Swearing is not softened by an "I feel" opening ("I feel fucking furious with you").
      const target = swearing && info ? targetFactor({ ...info, iStatement: false }, i) : targetFactor(info, i);
      const value = target * intensified * (token.caps ? CAPITALISED : 1) * ownedFactor;
      const atReader = info?.aimedAtReader === true;
      if (lexicon !== undefined) {
        const kind = heatKind(word, lexicon.category, atReader, atReader || info?.aimedAtOthers === true);
        // Anger at a printer, traffic or Mondays, with no person anywhere in the draft, is venting, not an attack.
        const key = aimed ? 'heat' : 'vent';
        const atThing = !aimed && info?.aboutThing === true ? AT_A_THING : 1;
        hits.push({ key, kind, start: token.start, end: token.end, value: lexicon.weight * value * atThing });
      } else if (afinn !== undefined) {
        const soft = NOT_ANGER.has(word);
        // Most AFINN words are only negative ("charges", "dumped"); they add to the score but name a reason only when strong or aimed.
        const kind = !soft && (afinn <= -3 || atReader) ? 'hostility' : undefined;
        hits.push({ key: soft ? 'afinn:soft' : 'afinn', kind, start: token.start, end: token.end, value: -afinn * value });
      }
      continue;
    }
    const warmValue = warmth(word);
    if (warmValue > 0) {
      if (negated) hits.push({ key: 'negated-warm', start: token.start, end: token.end, value: warmValue });
      else warm += warmValue;
      const next = sameSentenceWord(tokens, i + 1, sentence)?.norm;
      if (word === 'love' && (next === 'you' || next === 'it' || next === 'this')) hits.push({ key: 'affection', start: token.start, end: token.end, value: 1 });
    }
  }
  if (warm > 0) hits.push({ key: 'warm', start: 0, end: 0, value: Math.min(warm, 6) });
  return hits;
}

const MESSAGES: Record<ReasonKind, string> = {
  criticism: 'reads as criticism',
  contempt: 'reads as contempt',
  defensiveness: 'reads as defensive',
  stonewalling: 'reads as shutting the conversation down',
  hostility: 'reads as hostile',
  profanity: 'reads as swearing at someone',
  shouting: 'reads as shouting',
};

function explain(text: string, hits: Hit[]): Reason[] {
  const byKind = new Map<ReasonKind, { total: number; strongest: Hit; strength: number; spans: Span[] }>();
  for (const hit of hits) {
    if (!hit.kind) continue;
    const strength = weightOf(hit.key) * hit.value;
    if (strength <= 0) continue;
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
      message: `'${text.slice(entry.strongest.start, entry.strongest.end)}' ${MESSAGES[kind]}`,
    }));
}

function windowOf(text: string): string {
  if (text.length <= ANALYSIS_WINDOW) return text;
  const code = text.charCodeAt(ANALYSIS_WINDOW - 1);
  // Do not cut a surrogate pair in half.
  return text.slice(0, code >= 0xd800 && code <= 0xdbff ? ANALYSIS_WINDOW - 1 : ANALYSIS_WINDOW);
}

export function scoreHits(hits: Hit[]): number {
  let heat = 0;
  let relief = 0;
  let softeners = 0;
  for (const hit of hits) {
    if (SOFTENERS.has(hit.key)) softeners++;
    const contribution = Math.min(weightOf(hit.key) * hit.value, hit.key === 'vent' ? MAX_VENT : MAX_HIT);
    if (contribution > 0) heat += contribution;
    else relief -= contribution;
  }
  const score = heat * SOFTENING ** Math.min(softeners, MAX_SOFTENERS) - relief;
  return Math.max(0, Math.round(score * 1000) / 1000);
}

export function analyze(text: string, options: AnalyzeOptions = {}): Analysis {
  const threshold = THRESHOLDS[options.sensitivity ?? 'balanced'] ?? THRESHOLDS.balanced;
  const calm: Analysis = { level: 'calm', heated: false, score: 0, reasons: [] };
  if (typeof text !== 'string' || text.length === 0) return calm;
  const window = windowOf(text);
  const hits = collectHits(window);
  const score = scoreHits(hits);
  const heated = score >= threshold;
  const level: Level = heated ? 'heated' : score >= threshold * TENSE_SHARE ? 'tense' : 'calm';
  if (level === 'calm') return { ...calm, score };
  return { level, heated, score, reasons: explain(window, hits) };
}
