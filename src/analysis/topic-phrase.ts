// Whether a phrase can follow "about" in a reply as a thing both people could point at: "the late fee" can,
// "the real", "my god" and "the person whose hair" cannot.
import { language, tag } from './nlp';

// Texting words and fillers a phrase may trail: "the vibe tbh" is about the vibe.
// So may an emphatic reflexive: "do the math yourself" is about the math.
const FILLER = /(?:\s+(?:tbh|lol|lmao|ngl|fr|rn|smh|honestly|though|tho|anyway|really|literally|yourself|yourselves|myself|ourselves|themselves))+$/;
const INTERJECTION = /^(?:(?:my|your|oh|the) )?(?:god|gosh|lord|goodness|days|jesus|christ|heavens?|hell|heck|fuck|word|bad)\b/;
// "the person whose hair", "the thing that": a clause begun and never finished.
const UNFINISHED = /\b(?:whose|who|whom|which|that|where|when|what|if|because)\b/;
// "what matters", "it counts": words that are verbs in the draft and read as nouns only once "the" is put before them.
export const VERB_AS_NOUN = /^(?:matters|counts|works|goes|happens|means|sucks|helps|hurts|stands|fits|applies|follows|says|makes|seems|looks|sounds|feels|keeps|gets)$/;
// "on top of the website", "for Jake": a phrase that opens on a preposition is the tail of a clause, not a thing.
const PREPOSITION = /^(?:on|in|at|by|for|with|about|to|from|of|under|over|after|before|during|into|onto|off|than|since|until|like|as|per)\b/;
// Where a phrase's own head ends and what is said of it begins: "my mom's | for Jake", "the hard | at Mike", "the report |
// being late", "my birthday | 3 days late".
const HEAD_END = /\s+(?:on|in|at|by|for|with|about|to|from|of|under|over|after|before|during|into|since|until|being)\s|\s+(?=\S+ (?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?) (?:late|early|overdue|behind)$)/;
// "50", "$85", "the 60th", "3 hours": a number, amount or count with no thing it counts.
const BARE_NUMBER = /^(?:the |a |an |about |like )?[$£€]?\d[\d,.:/-]*(?:k|st|nd|rd|th|am|pm|%)?(?: (?:hours?|hrs?|minutes?|mins?|days?|weeks?|months?|years?|times?|dollars?|bucks|quid|euros?|pounds?|percent|am|pm))?$/;

// Helpers, contractions and texting forms of them: "would've", "gonna", "didn't", "ur"; and pronouns, which name no thing.
const FUNCTION_WORD = /^(?:would|could|should|must|might|will|shall|can|may|would've|could've|should've|must've|might've|gonna|wanna|gotta|tryna|won't|can't|didn't|don't|doesn't|isn't|wasn't|aren't|weren't|haven't|hasn't|hadn't|wouldn't|couldn't|shouldn't|is|are|was|were|be|been|being|am|do|does|did|have|has|had|u|ur|r|idk|wtf|lol|im|it|its|that|this|there|then|than|so|not|just|even|also|too|very|her|him|them|me|us|you)$/;

/** "50", "$85", "3 hours", "12-1": a count or amount with no thing it counts, or a number beside a stray word. */
export const bareNumber = (phrase: string): boolean => BARE_NUMBER.test(phrase.toLowerCase()) || /^[$£€]?\d[\w,.:/-]*(?: [a-z]+)?$/i.test(phrase);

/** The phrase without trailing fillers, or null when it is no thing a reply could name after "about". */
export function topicPhrase(phrase: string): string | null {
  const trimmed = phrase.trim().replace(FILLER, '');
  const lower = trimmed.toLowerCase();
  if (!trimmed || INTERJECTION.test(lower) || UNFINISHED.test(lower.split(' ').slice(1).join(' '))) return null;
  // "the wifi bill except": a phrase cut off before what it goes on to say.
  if (PREPOSITION.test(lower) || BARE_NUMBER.test(lower) || /\s(?:except|and|or|but|with|for|of|to|from|on|in|at|by|the|a|my|your)$/.test(lower)) return null;
  // The phrase's own head, before what is said of it: "my mom's" has no noun after the possessive.
  const core = lower.split(HEAD_END)[0] as string;
  if (/'s?$|s'$/.test(core) || BARE_NUMBER.test(core)) return null;
  const words = lower.split(' ');
  const head = words[words.length - 1] as string;
  // "this makes zero sense" read as "the makes zero sense": a verb after the article is no noun.
  if (/^(?:the|my|your|our)$/.test(words[0] as string) && VERB_AS_NOUN.test(words.length === 2 ? head : (words[1] as string))) return null;
  // "the would've", "the gonna", "the can't": a word that only helps a verb is no thing.
  if (FUNCTION_WORD.test(head)) return null;
  const nlp = language();
  if (!nlp || words.length < 2) return trimmed;
  // Nor is a phrase that ends on a helper or a pronoun; a noun the tagger calls a verb ("the group chat") stays.
  const ending = tag(nlp, core).pop();
  if (ending && !ending.tags.has('Noun') && !ending.tags.has('Value') && ['Modal', 'Auxiliary', 'Copula', 'Conjunction', 'Preposition', 'Determiner', 'Pronoun', 'QuestionWord'].some((kind) => ending.tags.has(kind))) return null;
  // "the real", "the hard", "the hard at Mike": an adjective left without its noun.
  const coreWords = core.split(' ').length;
  const last = coreWords >= 2 ? tag(nlp, trimmed)[coreWords - 1] : undefined;
  if (last && last.tags.has('Adjective') && !last.tags.has('Noun')) return null;
  // "the kid threw": a subject and its verb, not a thing.
  const end = tag(nlp, trimmed).pop();
  return end && end.tags.has('PastTense') && !end.tags.has('Noun') ? null : trimmed;
}
