// Front coding for the word lists every chat tab loads (AFINN-165, the learned tone): sorted words, each written as
// one capital letter that says how many leading letters it shares with the word before (A = none, Z = 25) and then
// the rest of it. The lists are lower-case, so a capital always starts a word; the same words in about half the bytes.

const SHARED_MAX = 25;
const A = 65;

/** Sorts the words and front-codes them. Throws on a word with a capital letter, which the format cannot carry. */
export function frontCode(words: Iterable<string>): string {
  let previous = '';
  let out = '';
  for (const word of [...words].sort()) {
    if (/[A-Z]/.test(word)) throw new Error(`front coding needs lower-case words: ${word}`);
    let shared = 0;
    while (shared < SHARED_MAX && shared < previous.length && previous[shared] === word[shared]) shared++;
    out += String.fromCharCode(A + shared) + word.slice(shared);
    previous = word;
  }
  return out;
}

/** The words of a front-coded list, in order. */
export function expandFrontCoded(coded: string): string[] {
  const words: string[] = [];
  let previous = '';
  for (const piece of coded.match(/[A-Z][^A-Z]*/g) ?? []) {
    previous = previous.slice(0, piece.charCodeAt(0) - A) + piece.slice(1);
    words.push(previous);
  }
  return words;
}
