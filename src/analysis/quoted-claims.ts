/**
 * Claims in the first person quoted in a draft ('"I'm just tired"', '"we're nearly done"'), unless the draft says
 * someone else said them ('my boss said "I'll sort it"', 'in my nan's voice: "..."') or the writer did ('"..." - me').
 * Held up with a laugh or a shrug they are the reader's own words quoted back (analyze.ts), and the reply writer
 * reads them as what the reader says (reading.ts).
 */
const QUOTED_CLAIM = /["\u201c]((?:i|i'm|im|i\u2019m|i'll|ill|i\u2019ll|i've|ive|i\u2019ve|i'd|my|we|we're)\b[^"\u201d\n]{0,80})["\u201d]/gi;
/**
 * A speech verb just before the quote and who spoke: "he said", "my manager literally said, and I quote,", "did you
 * really just say", "the way u typed".
 */
const REPORTED = /\b([\w']+)\s+(?:(?:literally|really|just|actually|then|even)\s+)*(?:say|said|says|type|typed|text|texted|write|wrote|goes|go|went|yells|yelled|asked|replied|messaged|posted|sent|told)\b(?:\s+(?:me|us)(?:\s+an?)?)?[,:]?(?:\s*and i quote,?)?\s*$/i;
const NOT_THEIRS_BEFORE = /(?:voice|quote|quoting)\s*[:,]?\s*$/i;
const NOT_THEIRS_AFTER = /^[\s,.!?]*(?:(?:-|\u2013|\u2014)\s*me\b|says me\b|i (?:say|said)\b|me:)/i;

export interface QuotedClaim {
  /** Where the quote, marks included, starts and ends in the text. */
  start: number;
  end: number;
  /** The words inside the marks. */
  words: string;
  /** The draft says the reader said them: 'you said "I'll try"'. */
  told: boolean;
}

export function quotedClaims(text: string): QuotedClaim[] {
  if (!text.includes('"') && !text.includes('\u201c')) return [];
  const claims: QuotedClaim[] = [];
  for (const match of text.matchAll(QUOTED_CLAIM)) {
    const start = match.index;
    const end = start + match[0].length;
    const before = text.slice(Math.max(0, start - 50), start);
    const speaker = REPORTED.exec(before)?.[1]?.toLowerCase();
    if (speaker !== undefined && speaker !== 'you' && speaker !== 'u') continue;
    if (NOT_THEIRS_BEFORE.test(before) || NOT_THEIRS_AFTER.test(text.slice(end, end + 20))) continue;
    claims.push({ start, end, words: match[1]!, told: speaker !== undefined });
  }
  return claims;
}
