// Texting shorthand written out before a draft is read: "idk why u r like this" reads as "I don't know why you are
// like this", so no clause, topic or question is built from "u", "r" or "idk". Interjections that carry only heat
// ("wtf", "smh") go; the draft's words for things stay as they were.
import { spellOut } from './reframe-anchors';

/**
 * Capitals that are the name of a thing, not a raised voice: kept as written when a draft is read, and allowed in a
 * reply ("the API keys", "the PDF you sent"). Every other word in capitals is read in lower case.
 */
export const KEPT_CAPITALS = /^(?:I|OK|ASAP|EOD|CEO|NYC|USA|UK|EU|HR|PR|TV|QA|UI|UX|CV|API|PDF|URL|SQL|VPN|CSV|SMS|PIN|RSVP|FAQ|KPI|NHS|GP|DMV|ETA)$/;

// Shorthand with one reading wherever it stands.
const WORDS: Record<string, string> = {
  idk: "I don't know", idc: "I don't care", ik: 'I know', dunno: "don't know", gonna: 'going to', wanna: 'want to',
  gotta: 'have to', tryna: 'trying to', kinda: 'kind of', sorta: 'sort of', lemme: 'let me', gimme: 'give me',
  ppl: 'people', abt: 'about', bc: 'because', cuz: 'because', coz: 'because', cos: 'because', rn: 'right now',
  tmrw: 'tomorrow', tmr: 'tomorrow', tmrow: 'tomorrow', '2moro': 'tomorrow', '2day': 'today', '2nite': 'tonight',
  pls: 'please', plz: 'please', thx: 'thanks', tho: 'though', b4: 'before', msg: 'message', msgs: 'messages',
  ya: 'you', yall: 'you all', urs: 'yours', ull: "you'll", wud: 'would', cud: 'could', shud: 'should',
  wat: 'what', wen: 'when', whr: 'where', nvm: 'never mind', def: 'definitely', obv: 'obviously',
};
// Interjections that say nothing a reply could keep: dropped with the comma after them.
const INTERJECTIONS = /\s*\b(?:wtf|wth|omfg|omg|lol|lmao|lmfao|rofl|smh|ffs|ngl|tbh|fr|istg|jfc|ugh+)\b(?!')/gi;

/** The draft with texting shorthand spelt out and bare interjections dropped (their commas stay); the rest as written. */
export function plainWords(text: string): string {
  return spellOut(
    text
      .replace(INTERJECTIONS, '')
      // "why r u", "u r late": "r" is "are" only beside a person.
      .replace(/\br\b(?=\s+(?:u|you|we|they|ya)\b)|(?<=\b(?:u|you|we|they|ya)\s+)r\b/gi, 'are')
      // "y would u", "y r u": "y" is "why" only where a question starts.
      .replace(/(^|[.!?]\s+)y(?=\s+(?:u|you|would|did|do|does|is|are|r|was|were|not|cant|can't|dont|don't)\b)/gi, '$1why')
      .replace(/\bw\/(?=\s)/gi, 'with')
      .replace(/\b[a-z0-9]+\b/gi, (word) => WORDS[word.toLowerCase()] ?? word),
  )
    // What an interjection leaves behind: a comma opening the draft or a sentence.
    .replace(/^\s*[,.!]+\s*|(?<=[.!?])\s*,/g, '')
    .replace(/\s{2,}/g, ' ')
    .trim();
}

// Shorthand left after `plainWords`, or a word squeezed of its vowels: a text a reply should not build a question from.
const UNREAD = /(?:^|\s)(?:u|r|n|y|k|ur|b|c|da|dat|dis|wit|ima|imma|ily|ty|yk|ikr|hbu|wyd|wya|idts|ofc|bcuz|cus|ppl|txt|tbf|afaik|iirc|jk|nm)(?=[\s,.!?]|$)/i;

/** Whether `text` still holds shorthand no reading can spell out: a question built from it would come out garbled. */
export const unreadable = (text: string): boolean => UNREAD.test(text);
