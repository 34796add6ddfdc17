// Checks a candidate reply against every rule a reply must keep, whoever wrote it: the template writer or a model.
import { analyze } from './analyze';
import { isHeatWord } from './lexicon';
import { language, verbForms } from './nlp';
import type { Reading } from './reading';
import { findPoint } from './reframe-topic';
import { KEPT_CAPITALS } from './reframe-shorthand';
import { hasJab, isCalmRequest, isPutDown, prohibitionsIn, requestsIn } from './request-tone';

export type ReplyRule =
  | 'calm'
  | 'keeps-details'
  | 'invents-nothing'
  | 'no-concession'
  | 'no-apology-for-draft'
  | 'no-insult'
  | 'no-capitals'
  | 'no-shouting-marks'
  | 'no-sarcasm'
  | 'no-contemptuous-request'
  | 'no-absolutes'
  | 'well-formed'
  | 'length';

export interface GuardResult {
  ok: boolean;
  /** Every rule the reply breaks, in the order above; empty when it passes. */
  failed: ReplyRule[];
}

/** What the guard needs of the draft's reading; without the draft's text only its details count as known facts. */
export type GuardReading = Pick<Reading, 'details' | 'stance'> & Partial<Pick<Reading, 'text'>>;

export const MAX_REPLY_CHARS = 320;
const MIN_REPLY_CHARS = 8;

const CONCESSION =
  /\b(?:my (?:part|fault|bad|mistake)|i'?m sorry|i am sorry|sorry (?:for|about)|i apologi[sz]e|you(?:'re| are) right|you may have a point|you have a point|i was wrong|i should(?:n't)? have|i messed up|(?<!think )that(?:'s| is| was) on me|i take (?:the )?(?:blame|responsibility)|i own (?:that|it|my)|my responsibility)\b/i;
const APOLOGY_FOR_DRAFT =
  /\b(?:sorry|apologi[sz]e|take (?:that|it) back)\b[^.?!]*\b(?:harsh|came out|tone|snapped|snapping|that message|my words|how i said|what i said|said that|like that|reacting|overreact\w*|blew up|lost my temper|the way i)\b|\b(?:came out|that was) harsher than i meant\b|\bi shouldn'?t have (?:said|written|snapped)\b/i;
const SARCASM =
  /\b(?:want a medal|here we go (?:again|with)|thanks a lot|thanks for nothing|great job|nice going|good for you|oh wow|oh great|yeah right|sure you did|big surprise|what a surprise|congrats(?:ulations)? on|how nice|must be nice|real mature|some (?:friend|neighbou?r|partner|boyfriend|girlfriend|husband|wife|brother|sister|roommate|flatmate|boss|colleague|team ?mate|dad|mum|mom|parent)s? you are)\b|\/s\b/i;
const ABSOLUTES = /\byou(?:'re| are)? (?:always|never)\b|\b(?:always|never) (?:do|does) you\b/i;
const SWEARING = /\b(?:fuck\w*|shit\w*|crap\w*|damn\w*|hell|wtf|stfu|ffs|bs|bullshit|piss\w*|ass|asshole|bitch\w*|bastard|dick|prick)\b/i;
const INSULT =
  /\b(?:lazy|selfish|useless|stupid|idiot\w*|moron\w*|dumb\w*|pathetic|loser|jerk|liar|coward|incompetent|worthless|disgusting|clown|psycho|crazy|ridiculous|immature|childish|martyr|diva|snowflake|tantrum|theatrics|drama queen)\b/i;
// Numbers, clock times, weekdays, months and relative times: none may appear unless the draft or their message had it.
const INVENTED_TIME =
  /\b\d+(?:[.,:]\d+)*\s*(?:am|pm|min(?:ute)?s?|hours?|hrs?|days?|weeks?)?\b|\b(?:in an? (?:hour|minute|bit of time)|half an hour|an hour|tonight|tomorrow|this (?:evening|afternoon|morning|weekend)|later today|next week|monday|tuesday|wednesday|thursday|friday|saturday|sunday|noon|midnight)\b/gi;

/** "because" as chat spells it, opening a reason. */
const BECAUSE = String.raw`(?:because|cause|cuz|coz|cos|bc)\b`;

// Signs of a clause misread and put back together wrong: a reply holding one is dropped, never sent.
const BROKEN: readonly RegExp[] = [
  // A word said twice: "the the rent", "to to".
  /\b(?!(?:that|had|very|so)\b)([a-z]+) \1\b/i,
  // A determiner before a pronoun: "the they dying", "my you".
  /\b(?:the|a|an|my|your|our|their|this)\s+(?:they|he|she|we|i|you|them|him|us|me)\b(?!')/i,
  // Two auxiliaries running into each other: "my director cc is would on every email".
  /\b(?:is|are|was|were|am)\s+(?:would|will|could|should|can|might|must|shall|does|did)\b/i,
  // "get" with a simple past: "the tests get ran".
  /\bget(?:s|ting)?\s+(?:ran|went|did|saw|ate|took|wrote|began|drank|drove|gave|came|broke|forgot|spoke)\b/i,
  // A capital torn off a shouted contraction: "I didn'T".
  /\p{Ll}'\p{Lu}/u,
  // A sentence that stops on a word that needs one after it: "Can we talk about the?".
  /\b(?:the|a|an|my|your|our|and|or|but|of)\s*[.?!,]/i,
  // A sentence that stops on its verb: "The music is."
  /(?:^|[.?!]\s+)(?:the|my|your|our|this|that|his|her|their) [a-z]+ (?:is|are|was|were|has|have)[.?!]/i,
  // "I can't happen": a refusal built on a verb with no doer.
  /\bi (?:can't|cannot|won't|will not|don't|didn't) happen\b/i,
  // A reply, or a sentence of one with no clause after a comma, that opens on "because": a reason lifted from the draft
  // without what it was the reason for.
  new RegExp(String.raw`^(?:\p{L}+, )?${BECAUSE}`, 'iu'),
  new RegExp(String.raw`(?:^|[.?!]\s+)${BECAUSE}(?! of\b)[^,.?!]*[.?!]`, 'iu'),
];

/**
 * The writer tries many near-identical replies per draft, and checks some twice: each text is scored once per way of
 * reading it, remembered for the last few hundred texts.
 */
function remembered(read: (text: string) => boolean): (text: string) => boolean {
  const texts = new Map<string, boolean>();
  return (text) => {
    let heated = texts.get(text);
    if (heated === undefined) {
      if (texts.size > 500) texts.clear();
      heated = read(text);
      texts.set(text, heated);
    }
    return heated;
  };
}

/** Whether `text` reads heated to the rules at strict sensitivity. */
export const heatedAtStrict = remembered((text) => analyze(text, { sensitivity: 'strict', rulesOnly: true }).heated);

/**
 * Whether `text` reads heated to the whole scorer, the chat reading too, at strict sensitivity: a reply is offered
 * only if it reads calm to Attune at every setting the writer may have chosen.
 */
const heatedToAll = remembered((text) => analyze(text, { sensitivity: 'strict' }).heated);

/** Whether a reply reads as a sentence a person would write, not a clause put together wrong. */
export const wellFormed = (reply: string): boolean => !BROKEN.some((broken) => broken.test(reply)) && !misreadRequest(reply);

/**
 * A request built from a sentence that was no order: "Could you leave is a privilege?" (a verb followed by "is"),
 * "Would you be able to bit late for that?" (a past form where the verb to do should be). Without the tagger only the
 * first is seen.
 */
function misreadRequest(reply: string): boolean {
  const nlp = language();
  return requestsIn(reply).some((asked) => {
    const [first, second] = asked.toLowerCase().replace(/^(?:please|just|not)\s+/, '').split(/\s+/);
    if (!first) return false;
    if (second !== undefined && /^(?:is|are|was|were|am)$/.test(second)) return true;
    if (!nlp) return false;
    const forms = verbForms(nlp, first);
    return forms.past === first && forms.infinitive !== first;
  });
}

const lower = (text: string): string => text.toLowerCase().replace(/[\u2019]/g, "'");

/** Capitalised words not at a sentence start: names, which a reply may not bring in. */
function namesIn(text: string): string[] {
  return [...text.matchAll(/(?<![.!?]\s|^)(?<=\s|^)(\p{Lu}\p{Ll}+)\b/gu)]
    .map((m) => m[1] as string)
    .filter((word) => !/^(?:I|I'm|I'd|I'll|I've|Ok|Okay)$/.test(word));
}

export interface GuardOptions {
  /** Whether the reply must hold every detail of the draft: only the one that tells what happened must. */
  keepDetails?: boolean;
}

/**
 * Whether `reply` keeps every rule for a draft read as `reading`, with their message `theirs` as the only other
 * source of facts. Pure: the same reply and reading always give the same answer.
 */
export function checkReply(reading: GuardReading, reply: string, theirs = '', { keepDetails = true }: GuardOptions = {}): GuardResult {
  const failed: ReplyRule[] = [];
  const text = String(reply).trim();
  const low = lower(text);
  // A whole reply reads calm to the rules at strict and to the whole scorer, the chat reading too, at the default.
  if (heatedAtStrict(text) || heatedToAll(text)) failed.push('calm');
  if (keepDetails && !reading.details.every((detail) => low.includes(detail.toLowerCase()))) failed.push('keeps-details');
  const sources = lower(`${reading.details.join(' ')} ${reading.text ?? ''} ${theirs}`);
  const theirDetails = theirs ? findPoint(theirs, () => true).details.map(lower) : [];
  // "40 minutes" is known when the draft had 40; "tonight" only when it had "tonight".
  const known = (fact: string): boolean => {
    const said = lower(fact).trim();
    const number = /^[$£€]?\d+(?:[.,:]\d+)*/.exec(said)?.[0];
    const facts = `${sources} ${theirDetails.join(' ')}`;
    // A number is known only whole: "£1" is not in "£1,950", nor "62" in "$62.40".
    if (number !== undefined) return new RegExp(`(?<![\\d.,:])${number.replace(/[$.]/g, '\\$&')}(?!\\d|[.,:]\\d)`).test(facts);
    return facts.includes(said);
  };
  const times = text.match(INVENTED_TIME) ?? [];
  const names = namesIn(text).filter((name) => !KEPT_CAPITALS.test(name));
  if (times.some((time) => !known(time)) || names.some((name) => !known(name))) failed.push('invents-nothing');
  if (reading.stance === 'denying' && CONCESSION.test(low)) failed.push('no-concession');
  if (APOLOGY_FOR_DRAFT.test(low)) failed.push('no-apology-for-draft');
  // A writer denying a charge may name it: "I wasn't rude to the customer" insults no one.
  const words = (reading.stance === 'denying' ? low.replace(/\b(?:wasn't|was not|weren't|wasnt|not) (?:being )?[a-z]+/g, '') : low).match(/[\p{L}']+/gu) ?? [];
  if (SWEARING.test(low) || INSULT.test(low) || words.some((word) => isHeatWord(word) && !/^(?:angry|mad|upset|hurt|annoyed|frustrated)$/.test(word))) {
    failed.push('no-insult');
  }
  // An acronym of their message ("the RSVP list") may be said back as they wrote it.
  if ((text.match(/\b\p{Lu}{2,}\b/gu) ?? []).some((word) => !KEPT_CAPITALS.test(word) && !reading.details.includes(word) && !(word.length <= 5 && new RegExp(`\\b${word}\\b`).test(theirs)))) failed.push('no-capitals');
  if (/[!?]{2,}/.test(text)) failed.push('no-shouting-marks');
  // A dig kept around a fair point ("some of us still have to actually work") is sarcasm too.
  if (SARCASM.test(low) || hasJab(low)) failed.push('no-sarcasm');
  // "Could you mind your own business?" is a put-down in a request's clothes.
  // ... and so is "Please don't be so dramatic." in a prohibition's.
  if (requestsIn(low).some((asked) => !isCalmRequest(asked)) || prohibitionsIn(low).some(isPutDown)) failed.push('no-contemptuous-request');
  if (ABSOLUTES.test(low)) failed.push('no-absolutes');
  if (!wellFormed(text)) failed.push('well-formed');
  const sentences = text.split(/(?<=[.?!])\s+/).filter(Boolean).length;
  if (text.length < MIN_REPLY_CHARS || text.length > MAX_REPLY_CHARS || sentences > 4) failed.push('length');
  return { ok: failed.length === 0, failed };
}
