// Turns a heated draft into two or three replies that keep its point and drop the harm (issue 4).
import { analyze } from './analyze';
import { findPoint, type Point, type Theme } from './reframe-topic';
import type { Analysis, ReasonKind, ReframeOptions, Suggestion, SuggestionStyle } from './types';
import { FEELINGS, findFeeling, findNeed, likelyFeeling, type Feeling, type Need } from './vocabulary';

// When two kinds are flagged equally often, the one whose antidote matters most leads.
const PRIORITY: readonly ReasonKind[] = [
  'stonewalling',
  'defensiveness',
  'contempt',
  'criticism',
  'hostility',
  'profanity',
  'shouting',
];

// Gottman's antidotes: gentle start-up for criticism, own feelings for contempt, repair for defensiveness,
// a break for stonewalling.
const ORDER: Record<ReasonKind | 'none', readonly SuggestionStyle[]> = {
  criticism: ['i-statement', 'curious', 'pause'],
  contempt: ['i-statement', 'curious', 'repair'],
  defensiveness: ['repair', 'curious', 'i-statement'],
  stonewalling: ['pause', 'i-statement', 'curious'],
  hostility: ['i-statement', 'pause', 'curious'],
  profanity: ['i-statement', 'pause', 'curious'],
  shouting: ['i-statement', 'pause', 'curious'],
  none: ['i-statement', 'curious'],
};

const SOFTER: readonly Feeling[] = ['let-down', 'disappointed'].map((id) => findFeeling(id) as Feeling);

interface Draft {
  kind: ReasonKind | undefined;
  point: Point;
  feeling: Feeling;
  need: Need;
  theirFeeling: Feeling | undefined;
  /** Picks one of a template's wordings, from the draft itself so the same draft reads the same. */
  seed: number;
  /** Below heated (the writer opened the pause at "tense"): softer words. */
  mild: boolean;
  /** The feeling is a guess, so a mild draft gets "a bit" of it. */
  guessed: boolean;
}

const pick = (seed: number, ...wordings: string[]): string => wordings[seed % wordings.length] as string;

function strongestKind(analysis: Analysis): ReasonKind | undefined {
  const counts = new Map<ReasonKind, number>();
  for (const reason of analysis.reasons) counts.set(reason.kind, (counts.get(reason.kind) ?? 0) + 1);
  let best: ReasonKind | undefined;
  for (const kind of PRIORITY) {
    if ((counts.get(kind) ?? 0) > (best ? (counts.get(best) ?? 0) : 0)) best = kind;
  }
  return best;
}

// Everyday words for feelings the vocabulary names more plainly.
const ALIASES: Record<string, string> = {
  annoyed: 'frustrated', angry: 'frustrated', mad: 'frustrated', irritated: 'frustrated', upset: 'hurt',
  'sick of': 'fed-up', 'tired of': 'fed-up', scared: 'anxious', nervous: 'anxious', exhausted: 'drained',
};

/** A feeling the writer already named ("I'm so frustrated", "I feel hurt") beats a guess. */
function namedFeeling(text: string): Feeling | undefined {
  const said = new RegExp(
    `\\bi(?: am|'m| feel| felt| was|'ve been| have been)(?: so| really| just| a bit| kind of| pretty)? (${[...Object.keys(ALIASES), ...FEELINGS.map((f) => f.word)].join('|')})\\b`,
  ).exec(text.toLowerCase().replace(/[\u2019]/g, "'"))?.[1];
  return said ? (FEELINGS.find((f) => f.word === said) ?? findFeeling(ALIASES[said])) : undefined;
}

const NEED_BY_THEME: Record<Theme, string> = { chores: 'fairness', reliability: 'reliability', work: 'clarity' };
const NEED_BY_KIND: Partial<Record<ReasonKind, string>> = { stonewalling: 'space', defensiveness: 'teamwork' };

function guessNeed(kind: ReasonKind | undefined, point: Point): Need {
  const theme = point.themes[0];
  const id =
    kind === 'contempt'
      ? 'respect'
      : ((theme && NEED_BY_THEME[theme]) ?? (kind && NEED_BY_KIND[kind]) ?? (!kind && point.behaviour ? 'support' : 'heard'));
  return findNeed(id) as Need;
}

// "I feel misunderstood because I need to be understood" says nothing: each such need has a partner that does.
const CIRCULAR: Record<string, string> = { misunderstood: 'understanding', unheard: 'heard' };

function iStatement({ kind, point, feeling, need, seed, mild, guessed }: Draft): Suggestion {
  const { about, behaviour, clause } = point;
  const word = mild && guessed ? `a bit ${feeling.word}` : feeling.word;
  const request = behaviour
    ? pick(seed, `Could you ${behaviour}?`, `It would mean a lot if you could ${behaviour}.`, `I'd really appreciate it if you could ${behaviour}.`)
    : pick(seed, `Could we ${need.request}?`, `Can we ${need.request}?`);
  // A defensive writer's "you forgot too" is a counter-attack and a contemptuous one's is sarcasm, not an observation.
  const observe = kind !== 'defensiveness' && kind !== 'contempt';
  const felt =
    observe && clause
      ? /^you (?:said|promised|told me|were supposed)/.test(clause)
        ? `${capitalize(clause)}, and I felt ${word} when that didn't happen`
        : `When ${clause}, I felt ${word}`
      : observe && point.habit
        ? `When ${point.habit}, I feel ${word}`
        : about === 'this'
          ? pick(seed, `I'm feeling ${word} right now`, `I feel ${word} right now`)
          : pick(seed, `I feel ${word} about ${about}`, `I'm feeling ${word} about ${about}`);
  return {
    style: 'i-statement',
    text: `${felt}${pick(seed >>> 2, ', because I need ', ', and I need ', '. I need ')}${need.phrase}. ${request}`,
    why: 'Describes the moment and your feeling instead of judging the person.',
  };
}

function curious({ kind, point, theirFeeling, seed }: Draft): Suggestion {
  const { about, clause, behaviour } = point;
  const wonder = theirFeeling ? `I wonder if you're feeling ${theirFeeling.word}. ` : '';
  const side = pick(seed, "I'd like to hear your side.", "I'd like to understand how it looks to you.");
  const topic = about === 'this' ? '' : ` with ${about}`;
  const question =
    kind === 'defensiveness'
      ? `${about === 'this' ? 'What matters most to you here?' : `What part of ${about} matters most to you?`} ${side}`
      : kind === 'stonewalling'
        ? `I don't want to go quiet on you. What would help most right now${topic}?`
        : clause
          ? pick(seed, `${capitalize(clause)}, so I'd like to understand what happened. What was going on for you?`, `I keep thinking about how ${clause}. Can you help me understand what happened?`)
          : behaviour && point.details.every((d) => d === point.addressee || behaviour.includes(d))
            ? kind
              ? `${pick(seed, "What's been making it hard to", 'Is something making it hard to')} ${behaviour}? ${side}`
              : `Would it work for you to ${behaviour}? Let me know if today is tricky.`
            : about === 'this'
              ? pick(seed, "Can we talk about what's really going on? I'd like to hear how things have been for you.", "What's going on for you right now? I'd really like to understand.")
              : `${pick(seed, `What's been going on for you${topic}?`, `How do you see ${about}?`, `Can we talk about ${about} properly?`)} ${side}`;
  return { style: 'curious', text: wonder + question, why: 'Asks for their side, so they can explain instead of defend.' };
}

function repair({ kind, point, seed }: Draft): Suggestion {
  const { about } = point;
  if (kind === 'defensiveness') {
    return {
      style: 'repair',
      text: pick(
        seed,
        `You may have a point about ${about}, and I can own my part in it. Can we work out what to do differently?`,
        `I can see my part in ${about}, and I don't want this to turn into blame. What could we each do differently?`,
      ),
      why: 'Owning your part makes it easier for them to own theirs.',
    };
  }
  const again = about === 'this' ? 'start again' : `start again on ${about}`;
  return {
    style: 'repair',
    text: pick(
      seed,
      `I don't want to talk to you like that. I'm sorry for my part, and I'd like us to ${again}.`,
      `That came out harsher than I meant, and I'm sorry. Can we ${again}?`,
    ),
    why: 'Takes back the sting so the conversation can start again.',
  };
}

function pause({ kind, point, seed, mild }: Draft): Suggestion {
  const { about } = point;
  const text =
    kind === 'stonewalling'
      ? pick(
          seed,
          `I'm not walking away from ${about}, I just need a little time to think. Can we talk again in an hour?`,
          `I do care about ${about}, I'm just at my limit right now. Can we talk again in an hour?`,
        )
      : point.themes.includes('work')
        ? `I'd like to give ${about} proper attention once I've had a moment. Could we pick it up again in an hour?`
        : mild
          ? `I'd like to think about ${about} for a few minutes before I answer. Can we talk about it in 20 minutes?`
          : pick(
              seed,
              `I want to talk about ${about}, but I'm too wound up to do it well right now. Can I take 20 minutes and come back to it?`,
              `I need a few minutes to cool down before we talk about ${about}. Can we pick it up again in 20 minutes?`,
            );
  return { style: 'pause', text, why: 'Asks for a break with a time to come back, instead of shutting them out.' };
}

const capitalize = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/** "Sarah, when I think about..." keeps the greeting the writer used. */
function greet(addressee: string | null, suggestion: Suggestion): Suggestion {
  if (!addressee) return suggestion;
  const text = /^I\b/.test(suggestion.text) ? suggestion.text : suggestion.text.charAt(0).toLowerCase() + suggestion.text.slice(1);
  return { ...suggestion, text: `${addressee}, ${text}` };
}

const WRITERS: Record<SuggestionStyle, (draft: Draft) => Suggestion> = {
  'i-statement': iStatement,
  curious,
  repair,
  pause,
};

// Words lifted from the draft must not carry its heat into a reply.
const isCalm = (text: string): boolean => !analyze(text, { sensitivity: 'strict' }).heated;

/**
 * Two or three replies that say what the draft needed to say in a way the other person can hear.
 * Never throws: a failure here must not stand between the writer and their message.
 */
/** Replies speak to the opening of a very long draft (a pasted log, a wall of emoji); reading all of it would stall the page. */
const REFRAME_WINDOW = 4_000;

function openingOf(text: string): string {
  if (text.length <= REFRAME_WINDOW) return text;
  // Never cut a surrogate pair in half.
  const end = /[\uD800-\uDBFF]/.test(text.charAt(REFRAME_WINDOW - 1)) ? REFRAME_WINDOW - 1 : REFRAME_WINDOW;
  return text.slice(0, end);
}

export function reframe(draftText: string, analysis: Analysis, options: ReframeOptions = {}): Suggestion[] {
  try {
    const text = openingOf(String(draftText));
    const kind = strongestKind(analysis);
    const point = findPoint(text, isCalm);
    const named = findFeeling(options.feeling) ?? namedFeeling(text);
    // With nothing flagged the draft is a request or a letdown, not a fight.
    const feeling = named ?? (kind ? likelyFeeling(kind) : (findFeeling(point.behaviour ? 'stretched-thin' : 'disappointed') as Feeling));
    let need = findNeed(options.need) ?? guessNeed(kind, point);
    if (!options.need && CIRCULAR[feeling.id] === need.id) need = findNeed('teamwork') as Need;
    let seed = 0;
    for (const char of text) seed = (seed * 31 + char.charCodeAt(0)) >>> 0;
    const draft: Draft = { kind, point, feeling, need, theirFeeling: findFeeling(options.theirFeeling), seed, mild: !analysis.heated, guessed: !named };
    const limit = 2 * text.length + 160;
    // The words taken from the draft are what could make a reply long or heated: each fallback uses fewer of them.
    const points: Point[] = [
      point,
      { ...point, clause: null, habit: null, behaviour: null },
      { ...point, clause: null, habit: null, behaviour: null, about: fallbackAbout(point) },
    ];
    // A guessed feeling may give way to a gentler one of the same kind; a feeling the writer named stays.
    const feelings = options.feeling && draft.feeling.id === options.feeling ? [draft.feeling] : [draft.feeling, ...SOFTER];
    return ORDER[kind ?? 'none'].map((style) => {
      const candidates = points.flatMap((candidate) =>
        feelings.map((feeling) => greet(point.addressee, WRITERS[style]({ ...draft, point: candidate, feeling }))),
      );
      return (
        candidates.find((s) => s.text.length <= limit && isCalm(s.text)) ?? (candidates[candidates.length - 1] as Suggestion)
      );
    });
  } catch {
    return FALLBACK.map((suggestion) => ({ ...suggestion }));
  }
}

// Used only if reading the draft fails: plain replies that fit any conflict.
const FALLBACK: readonly Suggestion[] = [
  { style: 'i-statement', text: "Right now I feel upset, and I'd like us to talk about this calmly.", why: 'Says what you feel instead of judging the person.' },
  { style: 'pause', text: 'I need a little time to think. Can we talk again in an hour?', why: 'Asks for a break with a time to come back, instead of shutting them out.' },
];

function fallbackAbout(point: Point): string {
  const list = point.details.filter((detail) => detail !== point.addressee);
  if (list.length === 0) return 'this';
  return list.length === 1 ? `this and ${list[0]}` : `this, ${list.slice(0, -1).join(', ')} and ${list[list.length - 1]}`;
}
