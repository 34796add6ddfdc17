// The words the pause offers for naming a feeling and a need, and the ones the reframer guesses from a draft.
import type { ReasonKind } from './types';

export type FeelingGroup = 'sad' | 'angry' | 'anxious' | 'tired' | 'unsure';

export interface Feeling {
  /** Stable id, stored in settings and passed to the reframer. */
  id: string;
  group: FeelingGroup;
  /** The plain word as it reads in "I feel ___" and "you're feeling ___". */
  word: string;
}

export interface Need {
  id: string;
  /** As it reads in "because I need ___". */
  phrase: string;
  /** A concrete ask that serves the need, as it reads in "Could we ___?". */
  request: string;
}

export const FEELING_GROUPS: readonly FeelingGroup[] = ['sad', 'angry', 'anxious', 'tired', 'unsure'];

export const FEELINGS: readonly Feeling[] = [
  { id: 'hurt', group: 'sad', word: 'hurt' },
  { id: 'sad', group: 'sad', word: 'sad' },
  { id: 'disappointed', group: 'sad', word: 'disappointed' },
  { id: 'let-down', group: 'sad', word: 'let down' },
  { id: 'lonely', group: 'sad', word: 'lonely' },
  { id: 'unheard', group: 'sad', word: 'unheard' },
  { id: 'left-out', group: 'sad', word: 'left out' },
  { id: 'angry', group: 'angry', word: 'angry' },
  { id: 'frustrated', group: 'angry', word: 'frustrated' },
  { id: 'fed-up', group: 'angry', word: 'fed up' },
  { id: 'resentful', group: 'angry', word: 'resentful' },
  { id: 'anxious', group: 'anxious', word: 'anxious' },
  { id: 'scared', group: 'anxious', word: 'scared' },
  { id: 'embarrassed', group: 'anxious', word: 'embarrassed' },
  { id: 'worried', group: 'anxious', word: 'worried' },
  { id: 'stressed', group: 'anxious', word: 'stressed' },
  { id: 'insecure', group: 'anxious', word: 'insecure' },
  { id: 'tired', group: 'tired', word: 'tired' },
  { id: 'overwhelmed', group: 'tired', word: 'overwhelmed' },
  { id: 'drained', group: 'tired', word: 'drained' },
  { id: 'stretched-thin', group: 'tired', word: 'stretched thin' },
  { id: 'confused', group: 'unsure', word: 'confused' },
  { id: 'misunderstood', group: 'unsure', word: 'misunderstood' },
  { id: 'torn', group: 'unsure', word: 'torn' },
  { id: 'unsettled', group: 'unsure', word: 'unsettled' },
];

export const NEEDS: readonly Need[] = [
  { id: 'heard', phrase: 'to feel heard', request: 'talk it through properly when we both have a minute' },
  { id: 'respect', phrase: 'us to treat each other with respect', request: 'talk about it without putting each other down' },
  { id: 'support', phrase: 'some support', request: 'figure out together what would help' },
  { id: 'rest', phrase: 'some rest', request: 'pick this up once we have both had a breather' },
  { id: 'reliability', phrase: 'to know we can count on each other', request: 'agree on something we can both rely on' },
  { id: 'fairness', phrase: 'us to share the load', request: 'find a split that works for both of us' },
  { id: 'closeness', phrase: 'to feel close to you', request: 'make some time for just the two of us' },
  { id: 'understanding', phrase: 'to be understood', request: 'each say how we see it before we decide anything' },
  { id: 'clarity', phrase: 'clear expectations', request: 'agree on who does what, and by when' },
  { id: 'space', phrase: 'a little space', request: 'take some time and come back to it later today' },
  { id: 'appreciation', phrase: 'to feel appreciated', request: 'take a moment to notice what each of us puts in' },
  { id: 'honesty', phrase: 'honesty between us', request: 'be straight with each other about it' },
  { id: 'teamwork', phrase: 'us to be on the same side', request: 'work on this together' },
  { id: 'calm', phrase: 'some calm', request: 'slow down and talk about it calmly' },
  { id: 'trust', phrase: 'us to trust each other', request: 'talk about what would help us trust each other' },
  { id: 'reassurance', phrase: 'some reassurance', request: 'check in with each other about it' },
];

export function findFeeling(id: string | undefined): Feeling | undefined {
  return FEELINGS.find((feeling) => feeling.id === id);
}

export function findNeed(id: string | undefined): Need | undefined {
  return NEEDS.find((need) => need.id === id);
}

// The feeling under each horseman, as Gottman and NVC describe it: anger hides frustration, contempt hides hurt.
const FEELING_BY_KIND: Record<ReasonKind, string> = {
  criticism: 'frustrated',
  contempt: 'hurt',
  defensiveness: 'misunderstood',
  stonewalling: 'overwhelmed',
  hostility: 'frustrated',
  profanity: 'frustrated',
  shouting: 'frustrated',
};

/** The feeling most likely behind a draft whose strongest reason is `kind`; "unsettled" when nothing was flagged. */
export function likelyFeeling(kind: ReasonKind | undefined): Feeling {
  return findFeeling(kind ? FEELING_BY_KIND[kind] : 'unsettled') ?? (FEELINGS[0] as Feeling);
}
