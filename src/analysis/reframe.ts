// Writes two or three replies from a reading of the draft: what happened, the feeling at its real strength, the
// need, the stance and the register. Every reply passes the reply guard before it is offered.
import { readDraft, type FeelingId, type Reading, type Strength } from './reading';
import { checkReply } from './reply-guard';
import { readTheirMessage, type TheirFeeling, type TheirReading } from './their-message';
import type { Analysis, LocalText, ReframeOptions, Suggestion, SuggestionStyle } from './types';
import { findFeeling, findNeed } from './vocabulary';

export { loadLanguage } from './nlp';

const WHY: Record<SuggestionStyle, LocalText> = {
  'i-statement': { key: 'pauseReplyWhyIStatement' },
  curious: { key: 'pauseReplyWhyCurious' },
  firm: { key: 'pauseReplyWhyFirm' },
  boundary: { key: 'pauseReplyWhyBoundary' },
  pause: { key: 'pauseReplyWhyPause' },
  reflect: { key: 'pauseReplyWhyReflect' },
  repair: { key: 'pauseReplyWhyRepair' },
};

// Each feeling at each strength, most natural first; later ones are tried when an earlier one reads heated.
const FEELING_PHRASES: Record<FeelingId, Record<Strength, readonly string[]>> = {
  angry: { strong: ['really angry', 'angry', 'really upset', 'really fed up'], moderate: ['angry', 'upset', 'cross'], mild: ['annoyed', 'bothered'] },
  frustrated: { strong: ['really frustrated', 'really fed up', 'really wound up'], moderate: ['frustrated', 'fed up', 'wound up'], mild: ['a bit frustrated', 'bothered'] },
  'fed-up': { strong: ['really fed up', 'at the end of my rope'], moderate: ['fed up'], mild: ['a bit fed up'] },
  hurt: { strong: ['really hurt', 'deeply hurt'], moderate: ['hurt', 'upset'], mild: ['a bit hurt'] },
  sad: { strong: ['really sad', 'heartbroken'], moderate: ['sad'], mild: ['a bit sad'] },
  disappointed: { strong: ['really disappointed', 'really let down'], moderate: ['disappointed', 'let down'], mild: ['a bit disappointed'] },
  scared: { strong: ['really scared', 'frightened'], moderate: ['scared', 'worried'], mild: ['a bit worried'] },
  worried: { strong: ['really worried', 'scared'], moderate: ['worried'], mild: ['a bit worried'] },
  embarrassed: { strong: ['really embarrassed', 'humiliated'], moderate: ['embarrassed'], mild: ['a bit embarrassed'] },
  overwhelmed: { strong: ['completely overwhelmed', 'really overwhelmed'], moderate: ['overwhelmed'], mild: ['a bit overwhelmed'] },
  exhausted: { strong: ['completely worn out', 'exhausted'], moderate: ['worn out', 'tired'], mild: ['a bit tired'] },
  lonely: { strong: ['really lonely', 'really alone'], moderate: ['lonely', 'left out'], mild: ['a bit left out'] },
  jealous: { strong: ['really jealous', 'really insecure'], moderate: ['jealous', 'insecure'], mild: ['a bit insecure'] },
  confused: { strong: ['really confused'], moderate: ['confused'], mild: ['a bit confused'] },
};

// A reader of their message names these; the pause's own vocabulary ids read as their word.
const THEIR_WORDS: Record<Exclude<TheirFeeling, 'neutral'>, string> = {
  stressed: 'stressed', overwhelmed: 'a lot', hurt: 'hurt', worried: 'worried', apologetic: 'sorry', angry: 'upset',
  defensive: 'blamed', excited: 'excited', tired: 'worn out', confused: 'confusing', lonely: 'lonely',
};

const pick = <T,>(seed: number, options: readonly T[]): T => options[seed % options.length] as T;
const cap = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

interface Context {
  reading: Reading;
  feeling: string;
  need: string;
  seed: number;
  their: TheirReading | null;
  theirWord: string | null;
  theirs: string;
  draft: string;
}

/** "the numbers" for a topic the writer named; "this" reads better without "about". */
const about = (topic: string): string => (topic === 'this' ? 'this' : topic);

function request({ reading, seed }: Context): string {
  const work = reading.register === 'work';
  if (reading.reaching) return pick(seed, ['Please call me back when you see this.', 'Can you let me know you are okay when you see this?']);
  if (reading.request) return pick(seed, [`Could you ${reading.request}?`, `Can you ${reading.request}?`, `Would you be able to ${reading.request}?`]);
  const obs = reading.observation ?? '';
  const got = /^I didn't get (.+?)(?: (?:at|on|by|from|until|before|after) .*)?$/.exec(obs);
  if (got) return `Could you send ${/^(?:the|my)\b/.test(got[1] as string) ? got[1] : 'it'} over${work ? ' when you can' : ''}?`;
  if (work) return pick(seed, ['Can we agree on how we handle this from here?', 'Can we go through it together?', 'Can we look at it together and agree on next steps?']);
  return pick(seed, ['Can we talk about it?', 'Can we sort it out together?', 'Can we find a way that works for both of us?']);
}

function needSentence({ reading, need, seed }: Context): string {
  if (reading.casual) return '';
  return pick(seed >>> 3, [`I need ${need}.`, '']);
}

function iStatement(ctx: Context): string {
  const { reading, feeling, seed } = ctx;
  const obs = reading.observation;
  const ask = request(ctx);
  const need = needSentence(ctx);
  if (reading.reaching) return `I've been trying to reach you and I'm getting ${feeling}. ${ask}`;
  if (reading.stance === 'denying') {
    return `I feel ${feeling} being blamed for ${about(reading.denied ?? reading.topic)}. ${pick(seed, ['Can we look at what actually happened?', "I'd like us to go over it together."])}`;
  }
  if (reading.stance === 'refusing') {
    const distance = /\bme\b/.test(reading.refused ?? '') || !reading.refused;
    return distance ? `I'm ${feeling} about ${about(reading.topic)}, and I need ${reading.need}.` : `I'm ${feeling} about ${about(reading.topic)}, and I have to say no this time.`;
  }
  if (obs) {
    const said = /, and it didn't happen$/.test(obs);
    const statement = said
      ? `${cap(obs.replace(/, and it didn't happen$/, ''))}, and when that didn't happen I was ${feeling}.`
      : pick(seed, [`I'm ${feeling} that ${obs}.`, `When ${obs}, I felt ${feeling}.`, `${cap(obs)}, and I'm ${feeling} about it.`]);
    return `${statement} ${need} ${ask}`;
  }
  if (reading.topic !== 'this') return `${pick(seed, [`I'm ${feeling} about ${reading.topic}.`, `I feel ${feeling} about ${reading.topic}.`])} ${need} ${ask}`;
  return `${pick(seed, [`I'm ${feeling} right now.`, `I'm feeling ${feeling} right now.`])} ${need} ${ask}`;
}

function curious({ reading, seed }: Context): string {
  if (reading.questioned) return `Can you help me understand why ${reading.questioned}? I'd like to hear how you saw it.`;
  if (reading.reaching) return "Is everything okay? I haven't been able to reach you.";
  if (reading.stance === 'denying') {
    return `${reading.account ? `From my side, ${reading.account}. ` : ''}How did it look from your side?`;
  }
  if (reading.question) return `Can you tell me ${reading.question}? I'd like to understand what happened.`;
  const obs = reading.observation;
  if (obs && /^(?!.*didn't).* gets? \w+/.test(obs)) return `${cap(obs)}. How can we make ${reading.topic === 'this' ? 'it' : reading.topic} work for both of us?`;
  if (obs && !/it didn't happen$/.test(obs)) {
    return pick(seed >>> 1, [`${cap(obs)}. What happened on your end?`, `Can you help me understand what happened? ${cap(obs)}.`, `${cap(obs)}, and I'd like to understand why. What was going on?`]);
  }
  if (obs) return `${cap(obs.replace(/, and it didn't happen$/, ''))}. What happened?`;
  if (reading.topic !== 'this') {
    return pick(seed >>> 1, [`What happened with ${reading.topic}?`, `How do you see ${reading.topic}?`, `Can we talk about ${reading.topic}? I'd like to hear your side.`]);
  }
  return pick(seed >>> 1, ["What's going on for you right now?", "Can you tell me how this looks from your side?"]);
}

function firm({ reading, seed }: Context): string {
  const denied = reading.denied ? `I don't think ${reading.denied} was on me` : pick(seed, ["I don't think that one's on me", 'I see this differently']);
  const account = reading.account ? `: ${reading.account}` : '';
  return `${denied}${account}. ${pick(seed >>> 2, ['Can we look at what happened?', 'Can we go over it together?', 'How do you see it?'])}`;
}

function boundary({ reading, seed }: Context): string {
  const refused = reading.refused;
  if (refused && /^(?:texting|calling|messaging|asking|bugging|emailing|pinging|contacting|hassling|nagging) me\b/.test(refused)) {
    const topic = /about (.+)$/.exec(refused)?.[1];
    return `I need a bit of space${topic ? ` on ${topic}` : ''} right now. ${pick(seed, ["I'll get back to you when I'm ready, I promise.", "I'll come back to you when I've had time to think."])}`;
  }
  if (refused) {
    const verb = refused.replace(/^(\w+)ing\b/, (_, stem: string) => (/(?:driv|tak|giv|host|mak|com)$/.test(stem) ? `${stem}e` : stem.replace(/(pp|tt|nn)$/, (m) => m.charAt(0))));
    return `I can't ${verb} this time. ${pick(seed, ["I know that's not what you hoped for.", "I hope you understand."])}`;
  }
  return `I need some space right now. ${pick(seed, ["I'll come back to it when I'm ready.", "I'll get back to you once I've had time to think."])}`;
}

function pause({ reading, seed }: Context): string {
  const topic = reading.topic === 'this' ? 'this' : reading.topic;
  if (reading.register === 'work') return `I want to give ${topic} proper attention, so I'll come back to it once I've had a moment.`;
  return pick(seed, [
    `I'm too wound up to talk about ${topic} well right now. I'm going to take a break and come back to it when I've calmed down.`,
    `I need a break before we talk about ${topic}. I'm not walking away, I'll come back to it when I'm calmer.`,
  ]);
}

function reflect(ctx: Context): string {
  const { their, theirWord, reading } = ctx;
  if (!their) return '';
  const topic = their.topic;
  let opening: string;
  if (their.asked === 'apology') opening = 'Thanks for saying sorry, I appreciate it.';
  else if (!theirWord) opening = topic ? `I saw your message about ${topic}.` : 'I saw your message.';
  else if (theirWord === 'a lot' || theirWord === 'confusing') opening = `Sounds like ${topic ?? 'things'} ${!topic || /s$/.test(topic) ? 'have' : 'has'} been ${theirWord}.`;
  else if (theirWord === 'worried') opening = `I know you were worried${topic ? ` about ${topic}` : ''}.`;
  else if (theirWord === 'blamed') opening = 'I can tell you feel blamed, and I hear you.';
  else opening = `Sounds like you're ${theirWord}${topic ? ` about ${topic}` : ''}.`;
  const answer = their.asked === 'request' && their.requested ? answerRequest(their.requested, reading, ctx.draft) : '';
  const point = writerPoint(ctx);
  return [opening, answer, point].filter(Boolean).join(' ');
}

/** Yes or no to their request, as the draft says it: "I can do pickup today" or "I can't do pickup today". */
function answerRequest(requested: string, reading: Reading, draft: string): string {
  const task = requested.replace(/\b(?:me|my)\b/g, 'you').replace(/\byour\b/g, 'my');
  if (reading.stance === 'refusing' || /^\s*(?:no|nope|nah)\b|\bcan'?t\b/i.test(draft)) return `I can't ${task} this time.`;
  if (/\b(?:of course|sure|fine|ok|okay|yes|yeah|yep|i'?ll do it|i will|i can)\b/i.test(draft)) return `I can ${task}.`;
  return '';
}

/** The writer's point in one sentence, for after a reflection. */
function writerPoint(ctx: Context): string {
  const { reading, feeling } = ctx;
  if (reading.stance === 'denying') return firm(ctx);
  if (reading.stance === 'refusing') return boundary(ctx);
  const obs = reading.observation;
  const though = pick(ctx.seed, ['though', 'still']);
  if (obs && /, and it didn't happen$/.test(obs)) return `${cap(obs.replace(/, and it didn't happen$/, ''))}, and I was ${feeling} when that didn't happen. ${request(ctx)}`;
  if (obs) return `I'm ${though === 'still' ? 'still ' : ''}${feeling} that ${obs}, though. ${request(ctx)}`;
  return `I'm ${though === 'still' ? 'still ' : ''}${feeling} about ${about(reading.topic)}, though. ${request(ctx)}`;
}

const WRITERS: Record<SuggestionStyle, (ctx: Context) => string> = {
  'i-statement': iStatement,
  curious,
  firm,
  boundary,
  pause,
  reflect,
  repair: ({ reading, seed }) =>
    reading.register === 'work'
      ? `I'd like us to get ${reading.topic === 'this' ? 'this' : reading.topic} back on track. ${pick(seed, ['Can we find a time to go through it?', 'Can we go through it together?'])}`
      : `I want us to be okay. ${reading.topic === 'this' ? 'Can we talk when we are both ready?' : `Can we work out ${reading.topic} together?`}`,
};

function stylesFor(reading: Reading): SuggestionStyle[] {
  const styles: SuggestionStyle[] =
    reading.stance === 'denying'
      ? ['firm', 'curious', 'i-statement']
      : reading.stance === 'refusing'
        ? ['boundary', 'i-statement', 'curious']
        : reading.stance === 'withdrawing'
          ? ['pause', 'i-statement', 'curious']
          : reading.reaching
            ? ['i-statement', 'curious']
            : ['i-statement', 'curious', 'repair'];
  if (reading.flooded && !styles.includes('pause') && !reading.reaching) styles.splice(2, 1, 'pause');
  return styles;
}

/** Lower case for a lower-case texter; the reply still keeps names and the writer's "I". */
function inVoice(text: string, reading: Reading): string {
  const tidy = text.replace(/\s+/g, ' ').replace(/\s([.,?])/g, '$1').trim();
  if (!reading.casual) return tidy;
  const kept = new Set([...reading.details, reading.addressee ?? ''].map((d) => d.split(' ')[0]));
  return tidy.replace(/(^|[.?]\s)(\p{Lu}[\p{L}']*)/gu, (m, before: string, word: string) =>
    word === 'I' || /^I'/.test(word) || kept.has(word) ? m : `${before}${word.charAt(0).toLowerCase()}${word.slice(1)}`,
  );
}

function withAddressee(text: string, reading: Reading): string {
  if (!reading.addressee) return text;
  return `${reading.addressee}, ${/^I\b/.test(text) ? text : text.charAt(0).toLowerCase() + text.slice(1)}`;
}

/** Adds what a reply must keep and left out: "(about Friday and Sarah)" reads odd, so it goes in a short tail. */
function withDetails(text: string, reading: Reading): string {
  const missing = reading.details.filter((d) => !text.toLowerCase().includes(d.toLowerCase()));
  if (missing.length === 0) return text;
  const list = missing.length === 1 ? missing[0] : `${missing.slice(0, -1).join(', ')} and ${missing[missing.length - 1]}`;
  return `${text.replace(/[.?]$/, '')} (about ${list})${/\?$/.test(text) ? '?' : '.'}`;
}

const REPLY_WINDOW = 4_000;

function seedOf(text: string): number {
  let seed = 0;
  for (const char of text) seed = (seed * 31 + char.charCodeAt(0)) >>> 0;
  return seed;
}

/** The feeling phrase: the pause's named feeling first, else the reading's, trying calmer words of the same strength. */
function feelingPhrases(reading: Reading, options: ReframeOptions): string[] {
  const named = findFeeling(options.feeling);
  if (named) return [named.word];
  return [...FEELING_PHRASES[reading.feeling.id][reading.feeling.strength]];
}

function theirWordOf(their: TheirReading | null, options: ReframeOptions): string | null {
  if (options.theirFeeling === 'not-sure') return null;
  const vocabulary = findFeeling(options.theirFeeling);
  if (vocabulary) return vocabulary.word;
  const id = (options.theirFeeling ?? their?.feeling) as TheirFeeling | undefined;
  return id && id !== 'neutral' && id in THEIR_WORDS ? THEIR_WORDS[id as Exclude<TheirFeeling, 'neutral'>] : null;
}

/**
 * Two or three replies that keep the draft's point and stance and drop the harm; one more that answers their
 * message first when it is given. Never throws: a failure here must not stand between the writer and their message.
 */
export function reframe(draftText: string, analysis: Analysis, options: ReframeOptions = {}): Suggestion[] {
  try {
    const text = String(draftText).slice(0, REPLY_WINDOW);
    const reading = readDraft(text, analysis);
    const theirs = options.theirs ? String(options.theirs).slice(0, 1_000) : '';
    const their = theirs.trim() ? readTheirMessage(theirs) : null;
    const need = findNeed(options.need)?.phrase ?? reading.need;
    const seed = seedOf(text);
    const styles = stylesFor(reading);
    // With their message, a reply that answers it first takes the third place.
    if (their) styles.splice(2, styles.length - 2);
    if (their) styles.unshift('reflect');
    const suggestions: Suggestion[] = [];
    const seen = new Set<string>();
    for (const style of styles.slice(0, 3)) {
      for (const feeling of feelingPhrases(reading, options)) {
        const ctx: Context = { reading, feeling, need, seed, their, theirWord: theirWordOf(their, options), theirs, draft: text };
        const reply = inVoice(withDetails(withAddressee(WRITERS[style](ctx), reading), reading), reading);
        if (reply && !seen.has(reply) && checkReply(reading, reply, theirs).ok) {
          seen.add(reply);
          suggestions.push({ style, text: reply, why: WHY[style] });
          break;
        }
      }
    }
    return suggestions.length >= 2 ? suggestions : [...suggestions, ...fallback(reading, theirs, suggestions)].slice(0, 3);
  } catch {
    return FALLBACK.map((suggestion) => ({ ...suggestion }));
  }
}

function fallback(reading: Reading, theirs: string, have: Suggestion[]): Suggestion[] {
  return FALLBACK.filter((s) => !have.some((h) => h.style === s.style))
    .map((s) => ({ ...s, text: inVoice(withDetails(s.text, reading), reading) }))
    .filter((s) => checkReply(reading, s.text, theirs).ok);
}

// Used when reading the draft fails, or too few replies pass the guard: plain replies that fit any conflict.
const FALLBACK: readonly Suggestion[] = [
  { style: 'i-statement', text: "I'm upset about this, and I'd like us to talk about it calmly.", why: WHY['i-statement'] },
  { style: 'curious', text: "Can you tell me how this looks from your side?", why: WHY.curious },
];

export type { Reading } from './reading';
