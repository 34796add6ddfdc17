// Splits a draft into tokens that keep their UTF-16 offsets, so every reason can point at the writer's own words.
import { unmask } from './lexicon';

export type TokenType = 'word' | 'bang' | 'emoji' | 'sarcasm';

export interface Token {
  type: TokenType;
  /** Offsets into the original text, half-open. */
  start: number;
  end: number;
  /** Lower-case, apostrophes dropped, letter runs of 3+ squeezed ("sooo" -> "so"); for 'bang' the raw run. */
  norm: string;
  /** An all-capitals word of two or more letters. */
  caps: boolean;
  /** Index of the sentence the token belongs to. */
  sentence: number;
}

const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
const PICTOGRAPH = /\p{Extended_Pictographic}/u;

const isAsciiWordCode = (code: number): boolean => (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39);

/** Letters, marks and digits in any script; ASCII decided without a regex, since nearly every draft is mostly ASCII. */
function isWordChar(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  if (code < 0x80) return isAsciiWordCode(code);
  if (code >= 0xd800 && code <= 0xdfff) return false;
  return WORD_CHAR.test(text[at] ?? '');
}

const isApostrophe = (code: number): boolean => code === 0x27 || code === 0x2019;

// Dropping the apostrophe would turn these into other words ("he'll" -> "hell", "i'll" -> "ill").
const KEEP_APOSTROPHE = new Set(['ill', 'well', 'hell', 'shell', 'were', 'wed', 'shed', 'id', 'hed']);

// Two-word forms folded into the contracted token patterns are written with; the merged token spans both words.
const MERGE = new Map<string, string>([
  ['you are', 'youre'],
  ['you will', 'youll'],
  ['i am', 'im'],
  ['i will', "i'll"],
  ['do not', 'dont'],
  ['does not', 'doesnt'],
  ['did not', 'didnt'],
  ['is not', 'isnt'],
  ['are not', 'arent'],
  ['was not', 'wasnt'],
  ['can not', 'cant'],
  ['will not', 'wont'],
  ['it is', 'its'],
  ['that is', 'thats'],
  ['what is', 'whats'],
  // A martial art, not "f*** you".
  ['kung fu', 'kungfu'],
]);
/** Second words of the MERGE pairs, checked first so most words skip building a pair. */
const MERGE_SECOND = new Set([...MERGE.keys()].map((pair) => pair.slice(pair.indexOf(' ') + 1)));
const SINGLE = new Map([
  ['cannot', 'cant'],
  ['u', 'you'],
  ['ya', 'you'],
  ['yall', 'you'],
  ['ur', 'youre'],
]);

/** Symbols that stand in for letters in a disguised swear word ("f*ck", "sh!t", "a$$hole", "@ss"). */
const isMask = (code: number): boolean =>
  code === 0x2a || code === 0x23 || code === 0x25 || code === 0x21 || code === 0x40 || code === 0x24 || code === 0x7c;
/** Letters spelt with dots that stand for a swear word ("f.u.", "s.t.f.u", "w.t.f."). */
const DOTTED = new Set(['fu', 'stfu', 'wtf', 'gtfo']);

/**
 * A disguised swear word or name starting at `start`: letters, digits and stand-in symbols up to a space, read back
 * as the word they hide ("f***ing" -> "fucking"). Trailing '!' and '?' stay punctuation. Undefined when it hides none.
 */
function disguisedAt(text: string, start: number): { end: number; norm: string } | undefined {
  let end = start;
  let disguise = false;
  for (; end < text.length; end++) {
    const code = text.charCodeAt(end);
    if (code >= 0x30 && code <= 0x39) disguise = true;
    else if (isMask(code)) disguise = end > start || code === 0x24 || code === 0x40 ? true : disguise;
    else if (!isWordChar(text, end)) break;
  }
  if (!disguise) return undefined;
  while (end > start && (text.charCodeAt(end - 1) === 0x21 || text.charCodeAt(end - 1) === 0x3f)) end--;
  const norm = unmask(text.slice(start, end).toLowerCase());
  return norm === undefined ? undefined : { end, norm };
}

/** Single letters joined by dots that spell a swear word ("f.u."), with the end of the run, including its last dot. */
function dottedAt(text: string, start: number): { end: number; norm: string } | undefined {
  let letters = '';
  let at = start;
  while (at + 1 < text.length && isWordChar(text, at) && !isWordChar(text, at + 1) && text.charCodeAt(at + 1) === 0x2e) {
    letters += text[at]!.toLowerCase();
    at += 2;
    if (!isWordChar(text, at)) break;
  }
  if (at < text.length && isWordChar(text, at) && !isWordChar(text, at + 1) && letters.length > 0) letters += text[at++]!.toLowerCase();
  return letters.length >= 2 && DOTTED.has(letters) ? { end: at, norm: letters } : undefined;
}

function squeeze(word: string): string {
  let out = '';
  let run = 0;
  for (let i = 0; i < word.length; i++) {
    const ch = word[i];
    run = i > 0 && ch === word[i - 1] ? run + 1 : 1;
    if (run < 3) out += ch;
    else if (run === 3) out = out.slice(0, -1);
  }
  return out;
}

/** Lower-cases a word, drops its apostrophes unless that makes another word, and squeezes "sooo" to "so". */
export function normalise(raw: string, hasApostrophe = /['’]/.test(raw), hasTriple = /(.)\1\1/u.test(raw)): string {
  let word = raw.toLowerCase();
  if (hasApostrophe) {
    const bare = word.replace(/['’]/g, '');
    word = KEEP_APOSTROPHE.has(bare) ? word.replace(/’/g, "'") : bare;
  }
  if (hasTriple) word = squeeze(word);
  return SINGLE.get(word) ?? word;
}

function isCaps(raw: string): boolean {
  if (raw.length < 2) return false;
  const upper = raw.toUpperCase();
  return raw === upper && upper !== raw.toLowerCase();
}

/** Where quoted text starts and ends: lines opening with ">", and everything below a reply header ("On Mon, Ana wrote:"). */
function quotedRanges(text: string): [number, number][] {
  const ranges: [number, number][] = [];
  for (let lineStart = 0; lineStart <= text.length; ) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    let first = lineStart;
    while (first < lineEnd && (text.charCodeAt(first) === 0x20 || text.charCodeAt(first) === 0x09)) first++;
    if (text.charCodeAt(first) === 0x3e && first < lineEnd) ranges.push([lineStart, lineEnd]);
    else if (text.startsWith('On ', first) && /^On .{1,200} wrote:\s*$/.test(text.slice(first, Math.min(lineEnd, first + 300)))) {
      ranges.push([lineStart, text.length]);
      break;
    }
    lineStart = lineEnd + 1;
  }
  return ranges;
}

const OPENS_QUOTE = new Set([0x22, 0x201c]);
const CLOSES_QUOTE = new Set([0x22, 0x201d]);
/** The longest inline quotation read as quoted: longer "quotes" are more likely a stray mark than someone's words. */
const MAX_INLINE_QUOTE = 200;

/**
 * Words inside paired double quotes ('my gran texted "WHY ARE YOU IGNORING ME"', 'you said "I'll handle it"') are
 * someone's words reported, not the writer's own tone.
 */
function inlineQuoteRanges(text: string): [number, number][] {
  const ranges: [number, number][] = [];
  for (let i = 0; i < text.length; i++) {
    if (!OPENS_QUOTE.has(text.charCodeAt(i))) continue;
    let close = i + 1;
    while (close < text.length && close - i <= MAX_INLINE_QUOTE && !CLOSES_QUOTE.has(text.charCodeAt(close))) close++;
    if (close >= text.length || close - i > MAX_INLINE_QUOTE) break;
    // A single word in quotes is the writer's own sneer ('your "friend"'); a draft wholly in quotes is the writer's.
    const words = text.slice(i + 1, close).trim();
    if (words.includes(' ') && !(i === 0 && close === text.length - 1)) ranges.push([i, close + 1]);
    i = close;
  }
  return ranges;
}

/** Any mark a quotation is made with: a quoted line, a reply header or a double quote. */
const MAY_QUOTE = /[>"\u201c]|wrote:/;

/** Line quotes and inline quotes in order, an inline quote inside a quoted line dropped. */
function allQuotedRanges(text: string): [number, number][] {
  // Most drafts quote nothing: one scan tells them apart before any of the four below.
  if (!MAY_QUOTE.test(text)) return [];
  const lines = text.includes('>') || text.includes('wrote:') ? quotedRanges(text) : [];
  // Doubled marks ('""') escape a quote in a spreadsheet cell; nobody types them to quote in a chat.
  const inline = (text.includes('"') && !text.includes('""')) || text.includes('\u201c') ? inlineQuoteRanges(text) : [];
  if (inline.length === 0) return lines;
  const merged: [number, number][] = [];
  for (const range of [...lines, ...inline].sort((a, b) => a[0] - b[0])) {
    const last = merged[merged.length - 1];
    if (last && range[0] < last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push(range);
  }
  return merged;
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const quoted = allQuotedRanges(text);
  let nextQuote = 0;
  // Where the next quoted range starts; past the end when there is none, as in most drafts.
  let quoteAt = quoted.length > 0 ? quoted[0]![0] : Infinity;
  let sentence = 0;
  const length = text.length;
  const push = (type: TokenType, start: number, end: number, norm: string, caps: boolean): void => {
    tokens.push({ type, start, end, norm, caps, sentence });
  };
  for (let i = 0; i < length; ) {
    if (i >= quoteAt) {
      const range = quoted[nextQuote]!;
      if (i < range[1]) {
        i = range[1];
        sentence++;
        continue;
      }
      nextQuote++;
      quoteAt = nextQuote < quoted.length ? quoted[nextQuote]![0] : Infinity;
      continue;
    }
    const code = text.charCodeAt(i);
    // A space, the commonest character between words, ends nothing and opens nothing.
    if (code === 0x20) {
      i++;
      continue;
    }
    // "$hit", "@ss": a disguise that opens with a symbol.
    const opensDisguise = (code === 0x24 || code === 0x40) && i + 1 < length && isWordChar(text, i + 1) ? disguisedAt(text, i) : undefined;
    if (opensDisguise) {
      push('word', i, opensDisguise.end, opensDisguise.norm, false);
      i = opensDisguise.end;
      continue;
    }
    if (code < 0x80 ? isAsciiWordCode(code) : isWordChar(text, i)) {
      const start = i;
      let hasUpper = false;
      let hasLower = false;
      let ascii = true;
      let hasApostrophe = false;
      let hasTriple = false;
      let hasDigit = false;
      let run = 0;
      // The code unit before this one in the word, carried along rather than read again.
      let previous = -1;
      for (; i < length; i++) {
        const c = text.charCodeAt(i);
        // Lower-case ASCII first: nearly every character of a draft is one, and needs no other test.
        if (c >= 0x61 && c <= 0x7a) hasLower = true;
        else if (c >= 0x41 && c <= 0x5a) hasUpper = true;
        else if (c >= 0x30 && c <= 0x39) hasDigit = true;
        else if (isApostrophe(c) && i > start && i + 1 < length && isWordChar(text, i + 1)) {
          hasApostrophe = true;
          run = 0;
          previous = c;
          continue;
        } else if (c < 0x80 || !isWordChar(text, i)) break;
        else ascii = false;
        run = c === previous ? run + 1 : 1;
        previous = c;
        if (run >= 3) hasTriple = true;
      }
      const next = text.charCodeAt(i);
      // Only a word that runs into a symbol or a dot, or holds a digit, can be a disguise ("f*ck", "f.u.", "sh1t");
      // an exclamation mark disguises only between letters ("sh!t"), never after a word ("great!").
      const disguised =
        (i < length && isMask(next) && (next !== 0x21 || isWordChar(text, i + 1))) || hasDigit || (i - start === 1 && next === 0x2e)
          ? (dottedAt(text, start) ?? disguisedAt(text, start))
          : undefined;
      if (disguised) {
        push('word', start, disguised.end, disguised.norm, isCaps(text.slice(start, disguised.end).replace(/[^\p{L}]/gu, '')));
        i = disguised.end;
        continue;
      }
      const raw = text.slice(start, i);
      const norm = ascii && !hasUpper && !hasApostrophe && !hasTriple ? (SINGLE.get(raw) ?? raw) : normalise(raw, hasApostrophe, hasTriple);
      const caps = ascii ? hasUpper && !hasLower && raw.length >= 2 : isCaps(raw);
      // Not tokens[-1] for the first word: a negative index is a slow property lookup in V8.
      const prev = tokens.length > 0 ? tokens[tokens.length - 1] : undefined;
      const merged = prev && prev.type === 'word' && prev.sentence === sentence && MERGE_SECOND.has(norm) ? MERGE.get(`${prev.norm} ${norm}`) : undefined;
      if (prev && merged !== undefined) {
        prev.norm = merged;
        prev.end = i;
        prev.caps = prev.caps && caps;
      } else {
        push('word', start, i, norm, caps);
      }
      continue;
    }
    if (code === 0x21 || code === 0x3f) {
      const start = i;
      while (i < length && (text.charCodeAt(i) === 0x21 || text.charCodeAt(i) === 0x3f)) i++;
      push('bang', start, i, text.slice(start, i), false);
      sentence++;
      continue;
    }
    // Faces before sentence ends: the ';' of "fine ;)" is a wink, not a semicolon.
    if ((code === 0x3a || code === 0x3b) && i + 1 < length) {
      const dash = text.charCodeAt(i + 1) === 0x2d ? 1 : 0;
      const face = text[i + 1 + dash] ?? '';
      if ('()DPp/'.includes(face) && face !== '' && !(i + 2 + dash < length && isWordChar(text, i + 2 + dash))) {
        push('emoji', i, i + 2 + dash, `${text[i]}${face}`.toLowerCase(), false);
        i += 2 + dash;
        continue;
      }
    }
    if (code === 0x2e || code === 0x3b || code === 0x0a || code === 0x2026) {
      sentence++;
      i++;
      continue;
    }
    if (code === 0x2f && text.charCodeAt(i + 1) === 0x73 && !(i + 2 < length && isWordChar(text, i + 2))) {
      push('sarcasm', i, i + 2, '/s', false);
      i += 2;
      continue;
    }
    if (code === 0x3c && text.charCodeAt(i + 1) === 0x33) {
      push('emoji', i, i + 2, '<3', false);
      i += 2;
      continue;
    }
    if (code >= 0x2000) {
      const point = text.codePointAt(i) ?? code;
      const width = point > 0xffff ? 2 : 1;
      const symbol = text.slice(i, i + width);
      if (PICTOGRAPH.test(symbol)) push('emoji', i, i + width, symbol, false);
      i += width;
      continue;
    }
    i++;
  }
  return tokens;
}
