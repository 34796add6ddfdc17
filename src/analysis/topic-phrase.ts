// Whether a phrase can follow "about" in a reply as a thing both people could point at: "the late fee" can,
// "the real", "my god" and "the person whose hair" cannot.
import { language, tag } from './nlp';

// Texting words and fillers a phrase may trail: "the vibe tbh" is about the vibe.
const FILLER = /(?:\s+(?:tbh|lol|lmao|ngl|fr|rn|smh|honestly|though|tho|anyway|really|literally))+$/;
const INTERJECTION = /^(?:(?:my|your|oh|the) )?(?:god|gosh|lord|goodness|jesus|christ|heavens?|hell|heck|fuck|word|bad)\b/;
// "the person whose hair", "the thing that": a clause begun and never finished.
const UNFINISHED = /\b(?:whose|who|whom|which|that|where|when|what|if|because)\b/;
// "what matters", "it counts": words that are verbs in the draft and read as nouns only once "the" is put before them.
const VERB_AS_NOUN = /^(?:matters|counts|works|goes|happens|means|sucks|helps|hurts|stands|fits|applies|follows|says|makes|seems|looks|sounds|feels|keeps|gets)$/;

/** The phrase without trailing fillers, or null when it is no thing a reply could name after "about". */
export function topicPhrase(phrase: string): string | null {
  const trimmed = phrase.trim().replace(FILLER, '');
  const lower = trimmed.toLowerCase();
  if (!trimmed || INTERJECTION.test(lower) || UNFINISHED.test(lower.split(' ').slice(1).join(' '))) return null;
  const words = lower.split(' ');
  const head = words[words.length - 1] as string;
  // "this makes zero sense" read as "the makes zero sense": a verb after the article is no noun.
  if (/^(?:the|my|your|our)$/.test(words[0] as string) && VERB_AS_NOUN.test(words.length === 2 ? head : (words[1] as string))) return null;
  const nlp = language();
  if (!nlp || words.length < 2) return trimmed;
  // "the real", "the hard": an adjective left without its noun.
  const last = tag(nlp, trimmed).pop();
  return last && last.tags.has('Adjective') && !last.tags.has('Noun') ? null : trimmed;
}
