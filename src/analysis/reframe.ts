// Turns a heated draft into two or three replies that keep its point and drop the harm (issue 4).
import { analyze } from './analyze';
import { findPoint, type Point } from './reframe-topic';
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
}

function strongestKind(analysis: Analysis): ReasonKind | undefined {
  const counts = new Map<ReasonKind, number>();
  for (const reason of analysis.reasons) counts.set(reason.kind, (counts.get(reason.kind) ?? 0) + 1);
  let best: ReasonKind | undefined;
  for (const kind of PRIORITY) {
    if ((counts.get(kind) ?? 0) > (best ? (counts.get(best) ?? 0) : 0)) best = kind;
  }
  return best;
}

/** A feeling the writer already named ("I'm so frustrated", "I feel hurt") beats a guess. */
function namedFeeling(text: string): Feeling | undefined {
  const lower = text.toLowerCase();
  return FEELINGS.find((f) =>
    new RegExp(`\\bi(?: am|'m| feel| felt| was|'ve been| have been)(?: so| really| just| a bit| kind of)? ${f.word}\\b`).test(lower),
  );
}

function guessNeed(kind: ReasonKind | undefined, point: Point): Need {
  const id =
    kind === 'contempt'
      ? 'respect'
      : kind === 'stonewalling'
        ? 'space'
        : kind === 'defensiveness'
          ? 'understanding'
          : point.themes.includes('chores')
            ? 'fairness'
            : point.themes.includes('reliability')
              ? 'reliability'
              : point.themes.includes('work')
                ? 'clarity'
                : 'heard';
  return findNeed(id) as Need;
}

function iStatement({ kind, point, feeling, need }: Draft): Suggestion {
  const { about, behaviour } = point;
  const request = behaviour ? `It would mean a lot if you could ${behaviour}.` : `Could we ${need.request}?`;
  if (kind === 'contempt') {
    const feel = about === 'this' ? `I'm feeling ${feeling.word} right now` : `I'm feeling ${feeling.word} about ${about}`;
    return {
      style: 'i-statement',
      text: `${feel}, and I need ${need.phrase}. ${request}`,
      why: 'Says what you feel and need without putting them down.',
    };
  }
  // A defensive writer's "you forgot too" is a counter-attack, not an observation.
  const observed = kind === 'defensiveness' ? null : point.clause ? `how ${point.clause}` : point.habit;
  const because = `because I need ${need.phrase}. ${request}`;
  return {
    style: 'i-statement',
    text: observed
      ? `When ${observed.startsWith('how ') ? `I think about ${observed}` : observed}, I feel ${feeling.word}, ${because}`
      : `I feel ${feeling.word} ${about === 'this' ? 'right now' : `about ${about}`}, ${because}`,
    why: 'Describes the moment and your feeling instead of judging the person.',
  };
}

function curious({ kind, point, theirFeeling }: Draft): Suggestion {
  const { about, clause, behaviour } = point;
  const wonder = theirFeeling ? `I wonder if you're feeling ${theirFeeling.word}. ` : '';
  const understand = "I'd like to understand your side before we sort it out.";
  let question: string;
  if (kind === 'defensiveness') {
    question = `What part of ${about} matters most to you? I want to understand how it looks from your side.`;
  } else if (kind === 'stonewalling') {
    question = `I don't want to shut you out. What would help most right now with ${about}?`;
  } else if (clause) {
    question = `${capitalize(clause)}, so I'd like to understand what happened. What was going on for you?`;
  } else if (kind === 'contempt') {
    question =
      about === 'this'
        ? "Can we talk about what's really going on? I'd like to hear how things have been for you."
        : `Can we talk about ${about} properly? I'd like to hear how it's been for you.`;
  } else if (behaviour && about === 'this') {
    question = `What's been making it hard to ${behaviour}? ${understand}`;
  } else {
    question = `What's been going on for you with ${about === 'this' ? 'all this' : about}? ${understand}`;
  }
  return { style: 'curious', text: wonder + question, why: 'Asks for their side, so they can explain instead of defend.' };
}

function repair({ kind, point }: Draft): Suggestion {
  if (kind === 'defensiveness') {
    return {
      style: 'repair',
      text: `You may have a point about ${point.about}, and I can own my part in it. Can we work out what to do differently?`,
      why: 'Owning your part makes it easier for them to own theirs.',
    };
  }
  const again = point.about === 'this' ? 'start again' : `start again on ${point.about}`;
  return {
    style: 'repair',
    text: `I don't want to talk to you like that. I'm sorry for my part, and I'd like us to ${again}.`,
    why: 'Takes back the sting so the conversation can start again.',
  };
}

function pause({ kind, point }: Draft): Suggestion {
  const about = point.about;
  const text =
    kind === 'stonewalling'
      ? `I'm not walking away from ${about}, I just need a little time to think. Can we talk again in an hour?`
      : point.themes.includes('work')
        ? `I'd like to give ${about} proper attention once I've had a moment. Could we pick it up again in an hour?`
        : `I want to talk about ${about}, but I'm too wound up to do it well right now. Can I take 20 minutes and come back to it?`;
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
export function reframe(text: string, analysis: Analysis, options: ReframeOptions = {}): Suggestion[] {
  try {
    const kind = strongestKind(analysis);
    const point = findPoint(String(text), isCalm);
    const draft: Draft = {
      kind,
      point,
      feeling: findFeeling(options.feeling) ?? namedFeeling(text) ?? likelyFeeling(kind),
      need: findNeed(options.need) ?? guessNeed(kind, point),
      theirFeeling: findFeeling(options.theirFeeling),
    };
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
