// Finds what a draft is about in words that are safe to repeat: the thing (a noun phrase) and every name, number,
// time and date. Hand-written on purpose: a tagger library would do it better but costs the content script ~200 kB.
import { afinnScore } from './afinn';
import { isHeatWord } from './lexicon';
import { TONE, wordTone } from './tone';
import { VERB_AS_NOUN } from './topic-phrase';

/** What a draft is about, in the writer's own words minus anything that hurts. */
export interface Point {
  /** A noun phrase that reads after "about": "the dishes", "the rent and the $40 late fee", "this". */
  about: string;
  /** What happened, from the draft and carrying every detail: "you said you'd be here at 3pm", "Mia wasn't picked up". */
  clause: string | null;
  /** A habit the draft complains about, without the "always": "you leave the dishes for me". */
  habit: string | null;
  /** What the writer wants the other person to do: "show up on time" from "can you just show up on time". */
  behaviour: string | null;
  /** The person addressed by name ("Sarah, ..." or "..., Dan"), kept as a greeting. */
  addressee: string | null;
  /** Every name, number, time and date of the draft, in the form the suggestions keep them. */
  details: string[];
  /** Words about chores, money, lateness or work, for guessing the need behind the draft. */
  themes: Theme[];
}

export type Theme = 'chores' | 'reliability' | 'work';

// AFINN's score for one word; 0 when the word carries no sentiment.
const wordScore = (lower: string): number => afinnScore(lower) ?? 0;

const words = (list: string): Set<string> => new Set(list.split(' '));

const REFLEXIVES = 'myself yourself himself herself itself ourselves yourselves themselves';
// Function words, pronouns and common verbs: none of them is the thing a draft is about.
const STOP = words(
  'a an the my your our his her their its this that these those some any no not all every each both ' +
    "either i me we us you he him she they them it i'm i've i'll i'd you're you've you'll you'd we're " +
    `${REFLEXIVES} ` +
    "it's that's there's he's she's they're what's who's let's ur u im ive dont cant wont didnt isnt " +
    'doesnt and or but so if then than because cause cuz as when while until after before since though ' +
    'although to of in on at by for with from about into onto over under up down out off back around ' +
    'across along against among between beyond toward towards within without upon via throughout behind below above ' +
    'through again is are was were be been being am do does did done doing have has had having get got ' +
    'gets getting go goes went gone going come came make made take took give gave say said says tell told ' +
    'ask asked want wanted need needed know knew think thought see saw look feel felt let can could will ' +
    "would shall should may might must don't didn't doesn't won't can't isn't aren't wasn't weren't " +
    "haven't hasn't hadn't couldn't wouldn't shouldn't ain't gonna wanna gotta just even also too very " +
    'really such still already yet now here there where why how what who whom which whatever always never ' +
    'ever once twice anymore literally seriously actually basically honestly totally completely ok okay ' +
    'yes yeah yep nope lol like well oh ah um hmm please thanks thank sorry maybe more most less much ' +
    'many lot lots one ones thing things stuff something anything everything nothing someone anyone ' +
    'everyone nobody time times way day same other another own only whole rest point fault problem deal ' +
    'idea kind sort bit part reason least first last end life lives world guy guys side job matter attitude ' +
    'tone mouth face head mind business opinion excuse excuses nerve care clue help listen stop keep ' +
    'start try tried leave left call called happen happened happens work works worked use used put run ' +
    'ran wait waited show showed turn forgot forget sure wow great nice right wrong fine cool good dude ' +
    'bro man babe hey congrats early ago enough alone perfect expert fun together without question within ' +
    'instead unless second third fourth fifth',
);

// Words that attack a person and that AFINN does not already score -2 or lower.
const HARM = words(
  'lazy moronic freaking frickin friggin stfu ffs omg genius einstein sherlock clown joke psycho idiots ' +
    'fat baby brat princess karen diva martyr snowflake tantrum theatrics bs rubbish trash garbage dumbest stupidest dumber stupider',
);

const OBJECT_VERBS = words(
  'about pay paid paying do doing clean cleaned wash washed take took bring brought fix fixed finish finished ' +
    'send sent buy bought feed fed walk walked empty emptied forgot forget forgetting left leave leaving lost ' +
    'lose miss missed pick picked cancel cancelled canceled book booked answer answered check checked handle ' +
    'handled cook cooked ruin ruined broke break use used skip skipped help helped mention mentioned sign ' +
    'signed return returned submit submitted share shared order ordered move moved',
);

const PARTICLES = words('up out off back to with on the my your our');
// "you're the expert", "being the worst": a noun after these labels the person, it is not the topic.
const LABELLING = words("you're youre ur being");
const FILLERS = words('just even ever really actually literally simple single basic please once bother');
// Verbs of state make no request: "could you care about anyone" asks for nothing a person can do.
const STATE_VERBS = words(
  'be have care know understand think like love feel want need mean deserve seem trust believe get see ' +
    'matter realize realise',
);
const PAST = words(
  "told said came went did made took gave got saw thought knew brought sent left paid bought forgot was were " +
    "had lost broke ran ate wrote spent",
);
const KIN = words(
  'mom mum dad mother father sister brother sis bro parents family friend friends boss ex wife husband ' +
    'girlfriend boyfriend partner son daughter grandma grandpa aunt uncle',
);
const DAYS = words('monday tuesday wednesday thursday friday saturday sunday');
// "may" and "march" are months only when capitalised.
const MONTHS = words('january february march april may june july august september october november december');
const RELATIVE_DAYS = words('today tonight tomorrow yesterday');
const RELATIVE_TAIL = words('morning afternoon evening night week weekend month year');
const PREPOSITIONS = words('at on by before after until till since from with for in around');
const NAME_FOLLOWERS = words(
  "said says told asked is was has had and will wants wanted called texted thinks knows can did didn't isn't " +
    "wasn't doesn't won't just already also you",
);
// Capitalised words that are not names even mid-sentence.
const NOT_NAMES = words("i i'm i've i'll i'd ok okay god jesus christ lord omg lol mr mrs ms dr sir madam hey hi dear whoever whichever wherever mine yours ours theirs hers");
const THEME_WORDS: Record<Theme, Set<string>> = {
  chores: words(
    'dishes laundry trash bins bin chores cleaning clean cook cooking groceries kids dog cat house mess floor ' +
      'socks vacuum kitchen bathroom washing shopping bed towels',
  ),
  reliability: words(
    "forgot forget late promised supposed waited waiting show cancelled canceled rent money bill bills pay " +
      "paid fee owe on-time remember you'd",
  ),
  work: words(
    'report meeting deadline client clients project email emails numbers slides review team manager boss ' +
      'presentation deck ticket release invoice office shift',
  ),
};

interface Token {
  text: string;
  lower: string;
  type: 'word' | 'number' | 'stop';
  sentenceStart: boolean;
}

interface Detail {
  /** Where the detail sits in the token list, to skip it when it is already inside the topic. */
  index: number;
  end: number;
  text: string;
  /** How it reads when attached to the topic: "at 3pm", "the $40 late fee", "Sarah". */
  phrase: string;
  attach: 'preposition' | 'noun';
}

/** Removes what must never be repeated or read as content: quoted lines, markup, links, emoji, sarcasm markers. */
export function cleanDraft(text: string): string {
  return text
    .split('\n')
    .filter((line) => !/^\s*>/.test(line))
    .join(' . ')
    .replace(/<(script|style)\b[\s\S]*?(?:<\/\1\s*>|$)/gi, ' ')
    .replace(/<[^>]*>?/g, ' ')
    .replace(/(?:https?:\/\/|www\.)\S+|\S+@\S+\.\S+/gi, ' ')
    .replace(/[\u2018\u2019\u02bc`]/g, "'")
    // A dash between clauses ends one: "the server went down at 2am — the alert went to the old rota".
    .replace(/\s+\u2013\s+|\s*\u2014\s*/g, '. ')
    // "cc'd" is read by the tagger as "cc would".
    .replace(/\b(b?cc)(?:'d|'ed|ed|d)\b/gi, 'copied')
    .replace(/(^|\s)\/s\b/gi, ' ')
    // Laughter is no part of the point, and ends a clause between two: "you say we're nearly done hahaha it's been
    // three weeks" reads "... nearly done. it's been three weeks".
    .replace(/([\p{L}\p{N}])\s+(?:l+o+l+z?|lmf?ao+|rofl|ha(?:ha)+h?|he(?:he)+)\s+(?=[\p{L}\p{N}])/giu, '$1. ')
    .replace(/\b(?:l+o+l+z?|lmf?ao+|rofl|ha(?:ha)+h?|he(?:he)+)\b/gi, ' ')
    // A notice of what follows is no part of it: "just flagging that the deck ...", "hi, just to let you know your ...".
    .replace(/(^|[.!?]\s+)(?:(?:hi|hey|hiya|hello)[,!]?\s+)?(?:just\s+)?(?:flagging|noting|to let you know|letting you know|so you know|fyi|heads up)(?:\s+that)?[,:-]?\s+(?=\S)/gi, '$1')
    .replace(/[^\p{L}\p{M}\p{N}\s$£€%.,!?;:'&/-]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

// "Q3" and "B2B" are one word, not a letter and a number.
const TOKEN = /[$£€]?\d+(?:[.,:/-]\d+)*(?:\s?(?:am|pm)\b|st\b|nd\b|rd\b|th\b|%|k\b)?|\p{L}(?:[\p{L}\p{M}'&-]|\p{N}(?![.,:/]\d))*|[.!?;,:]/giu;

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let sentenceStart = true;
  for (const match of text.matchAll(TOKEN)) {
    const raw = match[0].replace(/[-']+$/, '');
    if (!raw) continue;
    const lower = raw.toLowerCase();
    const isNumber = /^[$£€]?\d/.test(raw);
    const isWord = !isNumber && /^\p{L}/u.test(raw);
    tokens.push({ text: raw, lower, type: isNumber ? 'number' : isWord ? 'word' : 'stop', sentenceStart });
    sentenceStart = /^[.!?;]$/.test(raw) || (sentenceStart && !isWord && !isNumber);
  }
  return tokens;
}

const isTitle = (text: string): boolean => /^\p{Lu}[\p{Ll}'&-]+$/u.test(text);
const isAllCaps = (text: string): boolean => /^\p{Lu}{2,}$/u.test(text);
const titleCase = (lower: string): string => lower.charAt(0).toUpperCase() + lower.slice(1);
/** A word whose learned tone alone is this heated (a swear word run into a name, "Ckdisgusting") is not kept. */
const HEATED_TONE = 0.5;
// AFINN's mild words ("leave", "apologize", "forgot") are the point of many drafts, not an attack.
const harmful = (lower: string): boolean =>
  HARM.has(lower) || isHeatWord(lower) || wordScore(lower) <= -2 || wordTone(TONE, lower) >= HEATED_TONE;

function isName(tokens: Token[], i: number): boolean {
  const token = tokens[i];
  if (!token || token.type !== 'word' || !isTitle(token.text)) return false;
  const base = token.lower.replace(/'s$/, '');
  if (NOT_NAMES.has(base) || STOP.has(base) || harmful(base) || DAYS.has(base) || MONTHS.has(base)) return false;
  if (!token.sentenceStart) return true;
  // At the start of a sentence a capital proves nothing: "Seriously," is not a name, "Sarah said" is.
  const next = tokens[i + 1];
  if (wordScore(base) !== 0 || /ly$/.test(base)) return false;
  return token.lower.endsWith("'s") || (next !== undefined && (NAME_FOLLOWERS.has(next.lower) || next.text === ','));
}

/** Turns a detail token into the form suggestions keep, or null when it is not a name, number, time or date. */
function detailText(tokens: Token[], i: number): string | null {
  const token = tokens[i];
  if (!token) return null;
  if (token.type === 'number') return token.text.replace(/[.,:/-]+$/, '');
  if (token.type !== 'word') return null;
  if (DAYS.has(token.lower) || RELATIVE_DAYS.has(token.lower)) {
    return RELATIVE_DAYS.has(token.lower) ? token.lower : titleCase(token.lower);
  }
  if (MONTHS.has(token.lower) && (isTitle(token.text) || (isAllCaps(token.text) && token.lower.length > 3))) {
    return titleCase(token.lower);
  }
  if (isName(tokens, i)) return token.text.replace(/'s$/, '');
  // Two-letter acronyms (HR, PR, TV) are names of things; longer all-caps words are shouting.
  if (isAllCaps(token.text) && token.text.length === 2 && !STOP.has(token.lower) && !harmful(token.lower) && wordScore(token.lower) === 0) {
    const neighbourShouts = [tokens[i - 1], tokens[i + 1]].some((t) => t && t.type === 'word' && isAllCaps(t.text));
    return neighbourShouts ? null : token.text;
  }
  return null;
}

function findDetails(tokens: Token[]): Detail[] {
  const details: Detail[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    const prev = tokens[i - 1];
    // "this morning", "last night", "next week"
    if (/^(?:this|last|next)$/.test(token.lower) && RELATIVE_TAIL.has(tokens[i + 1]?.lower ?? '')) {
      const text = `${token.lower} ${tokens[i + 1]?.lower}`;
      details.push({ index: i, end: i + 2, text, phrase: text, attach: 'preposition' });
      i++;
      continue;
    }
    let text = detailText(tokens, i);
    if (text === null) continue;
    let end = i + 1;
    // Consecutive names are one name: "Sarah Jones".
    while (tokens[end] && isName(tokens, end) && token.type === 'word' && isTitle(token.text)) {
      text += ` ${(tokens[end] as Token).text.replace(/'s$/, '')}`;
      end++;
    }
    let phrase = text;
    let attach: Detail['attach'] = 'noun';
    if (token.type === 'number') {
      // Keep the unit with the number: "$40 late fee", "2 hours".
      while (end < i + 3 && isContentWord(tokens[end]) && !detailText(tokens, end)) {
        phrase += ` ${(tokens[end] as Token).lower}`;
        end++;
      }
      // "a 12 hour shift" is said back as "the 12 hour shift".
      if (/^[$£€]/.test(text) || (phrase !== text && /^(?:a|an)$/.test(prev?.lower ?? ''))) phrase = `the ${phrase}`;
    }
    const before = prev?.lower === 'the' ? tokens[i - 2] : prev;
    if (before && PREPOSITIONS.has(before.lower)) {
      phrase = `${before.lower} ${prev?.lower === 'the' ? 'the ' : ''}${phrase}`;
      attach = 'preposition';
    } else if (DAYS.has(token.lower) || /^\d+(?:st|nd|rd|th)$/i.test(text)) {
      phrase = /^\d/.test(text) ? `on the ${phrase}` : `on ${phrase}`;
      attach = 'preposition';
    } else if (/\d(?:\s?[ap]m)$|^\d+:\d\d$/i.test(text)) {
      phrase = `at ${phrase}`;
      attach = 'preposition';
    } else if (RELATIVE_DAYS.has(token.lower)) {
      attach = 'preposition';
    }
    details.push({ index: i, end, text, phrase, attach });
    i = end - 1;
  }
  return details;
}

function isContentWord(token: Token | undefined): boolean {
  return !!token && token.type === 'word' && !STOP.has(token.lower) && !harmful(token.lower) && !isAllCaps(token.text);
}

interface Candidate {
  start: number;
  end: number;
  words: string[];
  score: number;
}

const REFLEXIVE = words(REFLEXIVES);
const PLACE_PREPOSITIONS = words('from in into at on to with by outside inside under behind near of');
// "-ing" words that are no verbs.
const NOT_DOING = words('morning evening nothing something anything everything thing during ceiling building wedding meeting pudding');

/** A verb before a possessed object: "taking my lunch", "deleted my comments". */
const doing = (token: Token): boolean => token.type === 'word' && /^[a-z]{3,}(?:ing|ed)$/.test(token.lower) && !NOT_DOING.has(token.lower) && !STOP.has(token.lower);

/** For each token, whether it sits in a threat or a consequence: "or I'm withholding rent", "next time I'm calling". */
function threatSpans(tokens: Token[]): boolean[] {
  const inside: boolean[] = [];
  let on = false;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.type === 'stop' && /^[.!?;]$/.test(t.text)) on = false;
    const next = tokens[i + 1]?.lower ?? '';
    if ((t.lower === 'or' && /^(?:i|i'm|im|i'll|ill|it|it's|its|his|her|your|ur|you|you'll|they|we|else)$/.test(next)) || t.lower === 'otherwise' || (t.lower === 'next' && next === 'time')) on = true;
    inside.push(on);
  }
  return inside;
}

// Words that open a clause of their own after another: "... and the team notices", "... because the boss checks".
const CLAUSE_OPENERS = words('and but so because cause cuz when whenever while until if since though although then now');
// What may follow a verb that ends its clause: nothing, a stop, an object pronoun, or a word that begins the next clause.
const AFTER_VERB = words('it that this everything anything too again now when and but so me you us them him her if because though every all how what');

/**
 * "you keep showing up late and the team notices": a thing that opens a clause after another, with only a word in
 * "-s" after it before the clause ends, is the subject and that word its verb. A list ("the noise and the car keys")
 * or a plural before it ("the car keys") is no clause.
 */
function subjectWithVerb(tokens: Token[], start: number, end: number, phrase: readonly string[], before: readonly Candidate[]): boolean {
  if (phrase.length < 2) return false;
  const [last, previous] = [phrase[phrase.length - 1] as string, phrase[phrase.length - 2] as string];
  if (!/^[a-z]+[^su'\s]s$/.test(last) || (/[^s']s$/.test(previous) && !/(?:ss|us|is)$/.test(previous))) return false;
  const opener = tokens[start - 1];
  if (!opener || !CLAUSE_OPENERS.has(opener.lower)) return false;
  // "the noise and the parties": "and" after a thing joins two things.
  if (/^(?:and|or|but)$/.test(opener.lower) && before.some((c) => c.end === start - 1)) return false;
  const next = tokens[end];
  return !next || (next.type === 'stop' && next.text !== ':') || AFTER_VERB.has(next.lower);
}

const COUNT_WORDS = words('a an one two three four five six seven eight nine ten eleven twelve fifteen twenty thirty forty fifty sixty ninety few couple');
const TIME_UNITS = words('second seconds minute minutes min mins hour hours hr hrs day days week weeks month months year years');
const LATE = words('late early overdue behind');
// Handing work over: what is handed over late is itself late ("sent the invoice a week late"); what is remembered or
// collected late is not ("remembered my birthday 3 days late").
const DELIVERED = words('finished finish sent send submitted submit handed hand paid pay delivered deliver filed file returned return turned turn posted post uploaded upload shipped ship completed complete');

/** Where "two days late", "40 mins late" or "a few weeks overdue" ends when it starts at `at`; -1 when it does not start there. */
function lateBy(tokens: Token[], at: number): number {
  const count = tokens[at];
  if (!count || !(count.type === 'number' || COUNT_WORDS.has(count.lower))) return -1;
  const unit = /^(?:a|an)$/.test(count.lower) && /^(?:few|couple)$/.test(tokens[at + 1]?.lower ?? '') ? at + 2 : at + 1;
  return TIME_UNITS.has(tokens[unit]?.lower ?? '') && LATE.has(tokens[unit + 1]?.lower ?? '') ? unit + 2 : -1;
}

/** Noun phrases such as "the dishes", "your phone" or "the $40 fee", scored by how likely they are the point. */
function findTopics(tokens: Token[], details: Detail[]): Candidate[] {
  const candidates: Candidate[] = [];
  const threatened = threatSpans(tokens);
  const detailAt = new Set(details.map((d) => d.index));
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    // The object of what they did ("taking my lunch", "deleting my comments") is what a complaint is about.
    const afterVerb = [1, 2, 3].some((back) => {
      const t = tokens[i - back];
      return !!t && (OBJECT_VERBS.has(t.lower) || (back === 1 && doing(t) && /^(?:my|your|our|his|her|their)$/.test(token.lower))) && tokens.slice(i - back + 1, i).every((p) => PARTICLES.has(p.lower) && p.lower !== 'to');
    });
    const determiner = /^(?:the|my|your|our|his|her|their|this|that|these|those|another)$/.test(token.lower);
    if (!determiner && !(afterVerb && isContentWord(token))) continue;
    // "forgot to pick up Mia": a word between "to" and its object is the verb, not the topic.
    if (!determiner && tokens[i - 1]?.lower === 'to' && /^(?:the|my|your|our|his|her|up|out|off|back)$/.test(tokens[i + 1]?.lower ?? '')) continue;
    const labelled = [1, 2, 3].some((back) => {
      const t = tokens[i - back]?.lower ?? '';
      return LABELLING.has(t) || (/^(?:are|were)$/.test(t) && /^(?:you|u)$/.test(tokens[i - back - 1]?.lower ?? ''));
    });
    // The role the writer refuses: "I'm not your maid", "do I look like your taxi", "what am I, your secretary?".
    const refusedRole = token.lower === 'your' && [1, 2, 3].some((back) => /^(?:i'm|im|i|am)$/.test(tokens[i - back]?.lower ?? '')) && /^(?:not|like|,|am|i)$/.test(tokens[i - 1]?.lower ?? '');
    if (refusedRole) continue;
    if (labelled) continue;
    const phrase: string[] = [];
    let j = determiner ? i + 1 : i;
    let hasDetail = false;
    while (j < tokens.length && phrase.length < 3) {
      const t = tokens[j] as Token;
      // "the report two days late": how late it was is said of the thing, not part of its name.
      if (phrase.length > 0 && lateBy(tokens, j) >= 0) break;
      if (detailAt.has(j) || isName(tokens, j)) {
        // A detail reads as part of the phrase only in front of its noun: "the $40 fee", "the Friday meeting".
        if (!isContentWord(tokens[j + 1]) || detailAt.has(j + 1)) break;
        phrase.push(detailText(tokens, j) ?? t.text);
        hasDetail = true;
      } else if (isContentWord(t) || (/'s$/.test(phrase[phrase.length - 1] ?? '') && t.type === 'word' && !harmful(t.lower))) {
        phrase.push(t.lower);
      } else if (t.type === 'word' && harmful(t.lower) && !STOP.has(t.lower) && phrase.length === 0) {
        // Skip an insult in front of the noun: "the stupid report" is about "the report".
      } else break;
      j++;
    }
    // A word before "itself" or "themselves" is the verb: "the cat feeds itself", "the plants water themselves".
    if (phrase.length > 1 && REFLEXIVE.has(tokens[j]?.lower ?? '')) {
      phrase.pop();
      j--;
    }
    // A trailing "-ed"/"-ing" word after a noun is usually the verb ("the dishes piled"), as is one of the verbs read
    // as nouns only after "the" ("my birthday matters less"); "-est" is no noun.
    const verbAfter = (word: string): boolean => /(?:ed|ing)$/.test(word) || PAST.has(word) || VERB_AS_NOUN.test(word);
    while (phrase.length > 0 && (phrase.length > 1 ? verbAfter(phrase[phrase.length - 1] as string) || /est$/.test(phrase[phrase.length - 1] as string) : /est$/.test(phrase[0] as string))) {
      phrase.pop();
      j--;
    }
    if (subjectWithVerb(tokens, i, j, phrase, candidates)) {
      phrase.pop();
      j--;
    }
    if (phrase.length === 0) continue;
    let det = determiner ? token.lower : '';
    if (/^(?:your|another|that|this|these|those)$/.test(det)) {
      det = det === 'your' && KIN.has((phrase[0] as string).replace(/'s$/, '')) ? 'your' : 'the';
    }
    // A place after a preposition ("from the fridge") says where, and a thing in a threat ("or I'm calling the tow
    // company") says what may come. The writer's own thing ("my lunch", "my birthday") is more likely what it is
    // about, unless it is a place itself ("on my account") or points at an earlier message ("per my last email").
    const placed = !afterVerb && !!tokens[i - 1] && PLACE_PREPOSITIONS.has((tokens[i - 1] as Token).lower);
    const own = token.lower === 'my' && tokens[i - 1]?.lower !== 'per' && !KIN.has((phrase[0] as string).replace(/'s$/, ''));
    // Work handed over late keeps how late, whole: "the report being two days late"; a birthday remembered late was not
    // late itself ("my birthday 3 days late"). A place one came to late ("to the wedding forty minutes late") leaves how
    // late to what happened.
    const late = lateBy(tokens, j);
    const delivered = [1, 2].some((back) => DELIVERED.has(tokens[i - back]?.lower ?? '') && tokens.slice(i - back + 1, i).every((p) => /^(?:in|over|back)$/.test(p.lower)));
    const lateness = late >= 0 && !placed ? [...(delivered ? ['being'] : []), ...tokens.slice(j, late).map((t) => t.lower)] : [];
    candidates.push({
      start: i,
      end: late >= 0 ? late : j,
      words: det ? [det, ...phrase, ...lateness] : [...phrase, ...lateness],
      score: 1 + (afterVerb ? 3 : 0) + (hasDetail ? 2 : 0) + (det === 'the' || (own && !placed) ? 1 : 0) - (placed ? 1 : 0) - (threatened[i] ? 4 : 0),
    });
    i = (late >= 0 ? late : j) - 1;
  }
  return candidates;
}

const RISKY = words(
  'always never ever every constantly forever nothing everything anything again even seriously literally just ' +
    'so such too really clearly obviously typical',
);

function safeWords(tokens: Token[]): boolean {
  return tokens.every(
    (t) => !harmful(t.lower) && !RISKY.has(t.lower) && !(t.type === 'word' && isAllCaps(t.text) && t.text.length > 2),
  );
}

function clauses(text: string): string[] {
  return text
    .split(/[.!?;]+|,\s*|\s(?=(?:but|and|so|because|cause|cuz)\s)/i)
    .map((part) => part.trim().replace(/^(?:and|but|so|because|cause|cuz|i can'?t believe|i'm (?:really )?\w+ that)\s+/i, ''))
    .filter((part) => part.length > 0);
}

const lowerFirst = (clause: string): string => (/^you\b/i.test(clause) ? `y${clause.slice(1)}` : clause);

/** A plain past clause such as "you said you'd be here at 3pm" that holds every detail: no insult, no absolute. */
function findClause(parts: string[], details: string[], isCalm: (clause: string) => boolean): string | null {
  for (const part of parts) {
    const clause = part.replace(/\s+(?:again|anyway)$/i, '');
    const tokens = tokenize(clause);
    const first = tokens[0];
    if (!first || tokens.length < 4 || tokens.length > 16 || !details.every((d) => clause.includes(d))) continue;
    const subject = /^you$/i.test(first.text) || (isTitle(first.text) && isName([{ ...first, sentenceStart: false }], 0));
    const past = tokens.some((t) => PAST.has(t.lower) || /^(?:supposed|promised|didn't)$/.test(t.lower) || /ed$/.test(t.lower));
    if (subject && past && safeWords(tokens) && isCalm(clause)) return passive(clause) ?? lowerFirst(clause);
  }
  return null;
}

const PARTICIPLES: Record<string, string> = { pay: 'paid', do: 'done', take: 'taken', bring: 'brought', send: 'sent', buy: 'bought', feed: 'fed', tell: 'told', give: 'given', put: 'put', get: 'got' };

/** "you forgot to pick up Mia from school" describes the event, not the person: "Mia wasn't picked up from school". */
function passive(clause: string): string | null {
  const m = /^[Yy]ou (?:forgot to|didn't|did not) (\w+)(?: (up|out|off|back|in))? ((?:the|my|our|his|her|your) [^,]+?|\p{Lu}\w+)((?: (?:from|at|on|by|for|before|after|this|last|yesterday|today|tonight|until|when)\b.*)?)$/u.exec(clause);
  if (!m || STATE_VERBS.has((m[1] as string).toLowerCase())) return null;
  const verb = (m[1] as string).toLowerCase();
  const done = PARTICIPLES[verb] ?? verb.replace(/([^aeiou])y$/, '$1i').replace(/e?$/, 'ed');
  const object = m[3] as string;
  const plural = /s$/.test(object) && !/'s$|ss$/.test(object) && !/^\p{Lu}/u.test(object);
  return `${object} ${plural ? "weren't" : "wasn't"} ${done}${m[2] ? ` ${m[2]}` : ''}${m[4]}`;
}

/** "you always leave the dishes for me" becomes the observation "you leave the dishes for me". */
function findHabit(parts: string[], isCalm: (clause: string) => boolean): string | null {
  for (const clause of parts) {
    const match = /^(?:(?:why|how come)\s+)?(you|u|you're|ur|youre)\s+(?:\w+ly\s+)?always\s+(.+)$/i.exec(clause);
    if (!match) continue;
    const subject = /^(?:you|u)$/i.test(match[1] as string) ? 'you' : "you're";
    const rest = tokenize(match[2] as string);
    const last = rest[rest.length - 1]?.lower ?? '';
    // "you're always right, aren't you" is sarcasm, not a habit.
    if (rest.length < 2 || rest.length > 10 || rest.some((t) => t.type === 'stop' || /^(?:right|aren't|don't|isn't)$/.test(t.lower))) continue;
    if (/^(?:this|that|it|everything|anything|something)$/.test(last) && rest.length <= 2) continue;
    if (subject === 'you' && (STATE_VERBS.has(rest[0]?.lower ?? '') || /^(?:have|do|make)$/.test(rest[0]?.lower ?? ''))) {
      continue;
    }
    const habit = `${subject} ${rest.map((t) => (isAllCaps(t.text) ? t.lower : t.text.replace(/^u$/i, 'you').replace(/^ur$/i, 'your'))).join(' ')}`.replace(/ when /g, ' while ');
    if (safeWords(rest) && isCalm(habit)) return habit;
  }
  return null;
}

/** What the writer asks for, turned positive: "you never listen when I talk" asks to "listen when I talk". */
function findBehaviour(tokens: Token[], isCalm: (clause: string) => boolean): string | null {
  const lower = tokens.map((t) => t.lower);
  for (let i = 0; i < tokens.length; i++) {
    let k = -1;
    const [a, b, c] = [lower[i], lower[i + 1], lower[i + 2]];
    if ((a === 'you' || a === 'u') && /^(?:never|dont|don't|cant|can't|cannot|won't|wont)$/.test(b ?? '')) k = i + 2;
    else if (/^(?:can|could|would|will)$/.test(a ?? '') && (b === 'you' || b === 'u')) k = i + 2;
    else if (a === 'you' && b === 'to' && /^(?:tell|told|asked|ask)$/.test(lower[i - 1] ?? '')) k = i + 2;
    else if (a === 'why' && /^(?:can't|cant|won't|wont|don't|dont)$/.test(b ?? '') && (c === 'you' || c === 'u')) k = i + 3;
    if (k < 0) continue;
    const words: string[] = [];
    for (let j = k; j < tokens.length && words.length < 8; j++) {
      const t = tokens[j] as Token;
      if (t.type === 'stop' || /^(?:and|but|so|because|cause|cuz|or|like|unless|instead|anymore|again|either|already)$/.test(t.lower)) break;
      if (/^(?:for|in)$/.test(t.lower) && /^(?:once|a|your)$/.test(lower[j + 1] ?? '')) break;
      if (FILLERS.has(t.lower) && words.length === 0) continue;
      if (FILLERS.has(t.lower)) continue;
      if (/^(?:anything|everything)$/.test(t.lower)) {
        words.push(/^(?:i|you|we|he|she|they)$/.test(lower[j + 1] ?? '') ? 'what' : 'things');
        continue;
      }
      if (harmful(t.lower) || /^(?:anyone|anybody|everyone|everybody)$/.test(t.lower)) return null;
      words.push(t.type === 'word' && isAllCaps(t.text) ? t.lower : t.text.replace(/^u$/i, 'you').replace(/^ur$/i, 'your'));
    }
    const verb = words[0]?.toLowerCase() ?? '';
    if (words.length === 0 || STATE_VERBS.has(verb) || PAST.has(verb) || /ed$/.test(verb) || STOP.has(verb) && !/^(?:do|call|show|help|listen|ask|make|take|leave|tell|try|keep|stop|put|use|work|wait|come|give|say|go|run|look|turn|start)$/.test(verb)) {
      continue;
    }
    const behaviour = words.join(' ');
    if (isCalm(`Could you ${behaviour}?`)) return behaviour;
  }
  return null;
}

/** A name the draft opens with ("Sarah, ...", "Hi Dan,") or closes on ("..., Jan."): the person addressed. */
function findAddressee(tokens: Token[], details: Detail[]): Detail | undefined {
  const words = tokens.filter((t) => t.type !== 'stop' || t.text === ',');
  return details.find((d) => {
    if (d.attach !== 'noun' || !/^\p{Lu}/u.test(d.text) || DAYS.has(d.text.toLowerCase()) || MONTHS.has(d.text.toLowerCase())) return false;
    const before = tokens[d.index - 1];
    const after = tokens[d.end];
    const opens = (d.index === 0 || (d.index === 1 && /^(?:hi|hey|hello|dear|ok|okay|look|listen|so|seriously|honestly|wow|omg|come|oh)$/.test(before?.lower ?? ''))) && /^(?:[,?!]|you)$/.test(after?.text ?? '');
    const last = !after || (/^[.!?]$/.test(after.text) && d.end + 1 >= tokens.length);
    // A name after a clause that is already whole ("stop twisting my words Nat") is said to them, comma or not.
    const whole = /^(?:yourself|myself|me|again|now|please|thanks|seriously|words|fault|problem|business)$/.test(before?.lower ?? '');
    const closes = (before?.text === ',' && (!after || /^[.!?]$/.test(after.text)) && words.length > 2) || (last && whole && words.length > 4);
    return opens || closes;
  });
}

// People who meet: "the team at 10" is the team's meeting at 10.
const MEETS = words('team staff department dept board client clients leadership committee group squad crew investors');
const CLOCK_TIME = /^at \d{1,2}(?:[:.]\d\d)?(?:\s?[ap]m)?$/i;

/** Joins the topic with the details it does not already hold: "the meeting on Friday and the $40 fee". */
function composeAbout(tokens: Token[], topic: Candidate | undefined, details: Detail[]): string {
  // A time or place from another sentence ("I first reported it in April") is not when or where the thing was.
  const apart = (d: Detail): boolean =>
    !!topic && tokens.slice(Math.min(d.end, topic.end), Math.max(d.index, topic.start)).some((t) => t.type === 'stop' && /^[.!?;]$/.test(t.text));
  const outside = details.filter((d) => (!topic || d.index < topic.start || d.index >= topic.end) && !((d.attach === 'preposition' || /^\p{Lu}/u.test(d.phrase)) && apart(d)));
  let about = topic ? topic.words.join(' ') : '';
  const nouns: string[] = [];
  for (const detail of outside) {
    const name = detail.attach === 'noun' && /^\p{Lu}/u.test(detail.phrase);
    if (detail.attach === 'preposition' || name) {
      const phrase = name ? `with ${detail.phrase}` : detail.phrase;
      // "the team at 10" is a time the team met, not the team itself: "the team meeting at 10"; only said so together.
      if (topic && about === topic.words.join(' ') && detail.index - 1 === topic.end && CLOCK_TIME.test(phrase) && MEETS.has(topic.words[topic.words.length - 1] as string)) about = `${about} meeting`;
      about = about ? `${about} ${phrase}` : phrase;
    } else nouns.push(detail.phrase);
  }
  if (!topic && about) {
    const past = tokens.some((t) => /^(?:was|were|did|didn't|forgot|yesterday|last|said|told|\w+ed)$/.test(t.lower));
    about = `${past ? 'what happened' : "what's happening"} ${about}`;
  }
  const all = about ? [about, ...nouns] : nouns;
  if (all.length === 0) return 'this';
  return all.length === 1 ? (all[0] as string) : `${all.slice(0, -1).join(', ')} and ${all[all.length - 1]}`;
}

/** What the draft is about, ready to be repeated in a reply. */
export function findPoint(text: string, isCalm: (clause: string) => boolean): Point {
  let cleaned = cleanDraft(text);
  const letters = cleaned.match(/\p{L}+/gu) ?? [];
  // Shouted text hides its nouns and names behind capitals: read it in lower case.
  if (letters.filter(isAllCaps).length * 2 > letters.length) cleaned = cleaned.toLowerCase();
  const tokens = tokenize(cleaned);
  const allDetails = findDetails(tokens);
  const addressee = findAddressee(tokens, allDetails);
  const details = allDetails.filter((d) => d !== addressee);
  const topics = findTopics(tokens, details);
  const topic = topics.reduce<Candidate | undefined>((best, c) => (!best || c.score > best.score ? c : best), undefined);
  const detailTexts = [...new Set(details.map((d) => d.text))];
  const parts = clauses(cleaned);
  const themes = (Object.keys(THEME_WORDS) as Theme[]).filter((theme) =>
    tokens.some((t) => THEME_WORDS[theme].has(t.lower) || (theme === 'reliability' && t.text.startsWith('$'))),
  );
  const habit = findHabit(parts, isCalm);
  return {
    about: composeAbout(tokens, topic, details),
    clause: findClause(parts, detailTexts, isCalm),
    habit: habit && detailTexts.every((d) => habit.includes(d)) ? habit : null,
    behaviour: findBehaviour(tokens, isCalm),
    addressee: addressee?.text ?? null,
    details: [...new Set(allDetails.map((d) => d.text))],
    themes,
  };
}
