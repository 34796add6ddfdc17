// How a reply says the writer's feeling: the words for each feeling at each strength, plainer ones at work, and how
// each word joins what happened ("frustrated that ...", "worn out by ...", never "lonely about it").
import type { FeelingId, Reading, Strength } from './reading';

type Phrases = Record<Strength, readonly string[]>;

// Each feeling at each strength, most natural first; later ones are tried when an earlier one reads heated.
const PERSONAL: Record<FeelingId, Phrases> = {
  angry: { strong: ['really angry', 'really upset', 'really fed up'], moderate: ['angry', 'upset', 'cross'], mild: ['annoyed', 'bothered'] },
  frustrated: { strong: ['really frustrated', 'really fed up', 'really wound up'], moderate: ['frustrated', 'fed up', 'wound up'], mild: ['a bit frustrated', 'bothered'] },
  'fed-up': { strong: ['really fed up', 'really frustrated', 'at the end of my rope'], moderate: ['fed up', 'frustrated'], mild: ['a bit fed up'] },
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

// At work a colleague says "really frustrated", not "really angry" or "heartbroken"; the strength stays.
const AT_WORK: Partial<Record<FeelingId, Phrases>> = {
  angry: { strong: ['really frustrated', 'really unhappy'], moderate: ['frustrated', 'unhappy'], mild: ['annoyed'] },
  'fed-up': { strong: ['really frustrated', 'really fed up'], moderate: ['frustrated', 'fed up'], mild: ['a bit frustrated'] },
  // "Hurt" at work reads as personal; a colleague says "disappointed" or "concerned", at the same strength.
  hurt: { strong: ['really disappointed', 'really frustrated'], moderate: ['disappointed', 'frustrated'], mild: ['concerned', 'a bit disappointed'] },
  sad: { strong: ['really disappointed'], moderate: ['disappointed'], mild: ['a bit disappointed'] },
  scared: { strong: ['really worried'], moderate: ['worried'], mild: ['a bit worried'] },
  lonely: { strong: ['really left out'], moderate: ['left out'], mild: ['a bit left out'] },
  jealous: { strong: ['really frustrated'], moderate: ['frustrated'], mild: ['a bit frustrated'] },
};

/** The feeling's words for this draft, the most natural first. */
export function feelingWords(reading: Pick<Reading, 'feeling' | 'register'>): string[] {
  const { id, strength } = reading.feeling;
  const table = (reading.register === 'work' ? AT_WORK[id] : undefined) ?? PERSONAL[id];
  return [...table[strength]];
}

// Words that take no "that" clause: "I'm worn out that ..." is not English; "..., and I'm worn out" is.
const NO_THAT = /(?:overwhelmed|worn out|exhausted|tired|lonely|alone|left out|insecure|confused|let down|wound up|end of my rope)$/;
// The word that joins a thing to each feeling: "fed up with the noise", "overwhelmed by the move"; none for lonely.
const PREPOSITION: readonly [RegExp, string | null][] = [
  [/(?:lonely|alone|left out|end of my rope)$/, null],
  [/(?:overwhelmed|worn out|exhausted|tired|let down)$/, 'by'],
  [/fed up$/, 'with'],
];

const cap = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/** "I'm frustrated that the rent is late." or, for a feeling that takes no clause, "The rent is late, and I'm worn out." */
export function feelThat(feeling: string, clause: string): string {
  // "still waiting on the budget sheet" drops its "I'm" in a text; after "that" a clause needs it back.
  const said = NO_SUBJECT.test(clause) ? `I'm ${clause}` : clause;
  return NO_THAT.test(feeling) ? `${cap(said)}, and I'm ${feeling}.` : `I'm ${feeling} that ${said}.`;
}

// A clause that opens on what the writer is still doing, with no one doing it: "still waiting on ...". A gerund alone
// is often the subject itself ("leaving the gate open means ..."), so it needs "still", "just" or "already".
const NO_SUBJECT = /^(?:still|just|already) [a-z]+ing\b|^waiting\b/i;

/** The word that joins a thing to the feeling ("about", "by", "with"), or null when none reads well. */
export function prepositionOf(feeling: string): string | null {
  const found = PREPOSITION.find(([word]) => word.test(feeling));
  return found ? found[1] : 'about';
}

/** "I'm fed up with the noise." or, for a feeling that joins no thing, "The party has left me feeling lonely." */
export function feelAbout(feeling: string, topic: string): string {
  const preposition = prepositionOf(feeling);
  return preposition ? `I'm ${feeling} ${preposition} ${topic}.` : `${cap(topic)} has left me feeling ${feeling}.`;
}

/** What follows a sentence of what happened: "and I'm frustrated about it", "and I'm worn out", "and I feel lonely". */
export function andFeel(feeling: string): string {
  const preposition = prepositionOf(feeling);
  if (!preposition) return `and I feel ${feeling}`;
  return preposition === 'about' ? `and I'm ${feeling} about it` : `and I'm ${feeling}`;
}
