// Says back what the other person said, in the writer's words: "Are we still on for dinner tonight?" becomes
// "You asked if we're still on for dinner tonight." Pronouns turn round; names, times and numbers stay exactly.
import { cleanDraft } from './reframe-topic';
import { language, verbForms, type Nlp } from './nlp';

export type ReflectionKind = 'request' | 'question' | 'statement' | 'about-you';

export interface Reflection {
  /** A request, a question, a statement of theirs, or a statement about the writer ("you forgot..."). */
  kind: ReflectionKind;
  /** The sentence a reply can open with: "You asked me to pick up the kids today." */
  text: string;
  /** What they asked for or said, turned round, without the opener: "pick up the kids today". */
  clause: string;
}

const MAX_WORDS = 18;

const AUX = new Set(['am', 'is', 'are', 'was', 'were', 'do', 'does', 'did', 'have', 'has', 'had', 'can', 'could', 'will', 'would', 'should', 'shall', 'may', 'might', 'must']);
const BE = new Set(['am', 'is', 'are', 'was', 'were']);
const WH = new Set(['what', 'when', 'where', 'why', 'how', 'who', 'which', 'whose']);
const SUBJECT_PRONOUNS = new Set(['i', 'you', 'u', 'we', 'he', 'she', 'it', 'they', 'there', 'that', 'this', 'everyone', 'someone', 'anyone', 'nobody']);
const DETERMINERS = new Set(['the', 'a', 'an', 'my', 'your', 'his', 'her', 'our', 'their', 'its', 'this', 'that', 'these', 'those', 'every', 'some', 'any', 'no', 'each']);
const PREPOSITIONS = new Set(['to', 'for', 'with', 'at', 'about', 'from', 'of', 'on', 'in', 'by', 'than', 'like', 'without', 'into', 'onto', 'over', 'after', 'before', 'around', 'near', 'behind', 'beside', 'past', 'through', 'until', 'til', 'till', 'since', 'per']);
// Words after which "you" is the object: "tell you", "with you".
const OBJECT_VERBS = /^(?:tell|told|ask|asked|call|called|text|texted|see|saw|seen|miss|missed|love|need|needed|want|wanted|thank|let|help|helped|give|gave|send|sent|invite|invited|remind|reminded|bother|bug|ping|pinged|meet|met|pay|paid|show|showed|trust|believe|hear|heard|blame|blamed|expect|expected|get|got|find|found|pick|picked|drop|cc|cc'd|email|emailed|owe)$/;
// Words after "you" that make it the subject: "you could", "you forgot".
const FINITE_AFTER_YOU = /^(?:am|are|were|was|is|do|does|did|don't|didn't|doesn't|have|has|had|haven't|hasn't|can|can't|could|couldn't|will|won't|would|wouldn't|should|shouldn't|shall|may|might|must|always|never|just|really|still|also|even|already|seem|seemed|seems|know|knew|think|thought|said|say|says|want|wanted|need|needed|feel|felt|keep|kept|get|got|go|went|made|make|left|leave|forgot|forget|took|take|told|tell|saw|see|were|weren't|aren't|wasn't|isn't|ever|only|probably|obviously|clearly|literally|\w+ed)$/;
// -ing words that are nouns in a subject: "the evening meeting".
const ING_NOUNS = /^(?:meeting|wedding|building|morning|evening|painting|booking|training|clothing|ceiling|parking|housing|funding|setting|warning|reading|hearing|opening|offering|recording|filling|icing|frosting|stuffing|seating|lighting|plumbing|heating|flooring|wiring|shipping|billing|pricing|ranking|listing|posting|screening|timing|spelling)$/;
// Past-tense verbs a texter opens news with, leaving out "I": "heard back from Northwind", "learned how to ...".
const SUBJECTLESS = /^(?:heard|booked|learned|learnt|sat|found|saw|thought|finished|passed|tried|spent|lost|forgot|missed|sent|bought|went|made|moved|called|texted|emailed|told|asked)$/;
const FAMILY = /^(?:mom|mum|dad|mama|papa|grandma|grandpa|granny|nana|auntie|uncle|aunt|sis|bro)$/i;

const TEXTING: Record<string, string> = {
  u: 'you', ur: 'your', r: 'are', rn: 'right now', pls: 'please', plz: 'please', gonna: 'going to', wanna: 'want to', gotta: 'have to',
  im: "I'm", ive: "I've", sry: 'sorry', soz: 'sorry', kindly: 'please', dont: "don't", cant: "can't", didnt: "didn't", wont: "won't", isnt: "isn't", doesnt: "doesn't", idk: "I don't know", ya: 'you',
};

// Words that open a message but carry nothing to reflect: "hey", "heads up:", "reminder that", "for the record", and
// a greeting by name ("Dad,", "Sir,", "priya,", "MUM"), which is the writer, never part of what they said.
const LEAD_FILLER =
  /^(?:(?:hey|hi|hello|yo|ok|okay|so|well|um|uh|ugh|oh|wait|lol|lmao|haha|omg|omfg|guess what|you'll never guess|btw|fyi|also|and|but|just|honestly|frankly|look|listen|nah|yes|yeah|yep|gg|dear|quick (?:question|one|q)|a heads up|heads up|reminder(?: that)?|psa|update|as discussed|as i said|per my (?:email|message)|for the record|to be clear|to be honest|tbh|with (?:all due )?respect|in (?:my|our) defen[cs]e|just being honest|before anyone says anything|(?:i )?(?:just )?wanted to (?:say|let you know)(?: that)?|you know|u know|(?:mom|mum|dad|mama|papa|grandma|grandpa|granny|nana|auntie|uncle|aunt|sis|bro|sir|madam|guys|all|team|mate|babe|hun)(?=[\s,]+(?:i|you|u|we|it|it's|the|my|your|there|they|he|she|[a-z]+'s)\b)|\p{Lu}[\p{Ll}]+(?=,))\b[\s,:;.!-]*)+/iu;
const TRAIL_FILLER = /(?:,\s*(?:ok|okay|right|please|pls|thanks|thx|ty)|[\s,]+(?:lol|haha|lmao|or something|or not|or what|you know|u know|ya know))+\s*$/i;
// A clause that only apologises or exclaims is not what their message says: "so sorry", "so fun!".
const NOT_A_POINT = /^(?:(?:i'?m |i am )?(?:so |really |very )?sorry\b.*|my bad|apologies\b.*|thanks?\b.*|thank you\b.*|so \w+|how \w+|wow\b.*|yay\b.*|no worries\b.*|it'?s (?:a lot|fine|ok|okay)|hope (?:that'?s|it'?s) (?:ok|okay|fine)|hope you'?re (?:ok|okay|well)|hope (?:that'?s|it'?s)|relax|chill|calm down|(?:hold|hang) on|wait up|come on|listen|look|whatever|jeez|geez|fine|cool|sure|god|seriously|(?:you )?should'?ve (?:come|been there)|excuse me\b.*|(?:dear,? )?it'?s (?:me|nana|grandma|grandpa|gran|granny|mum|mom|dad|your (?:mum|mom|dad|nan|gran))\b.*|\w+ here)$/i;

interface Word {
  text: string;
  lower: string;
  /** Part-of-speech tags read in the sentence, where the tagger has read it. */
  tags?: readonly string[];
}

const words = (text: string): Word[] =>
  (text.match(/[$£€]?[\p{L}\p{N}][\p{L}\p{N}'’:./$£€%&-]*|[,;]/gu) ?? [])
    .map((raw) => raw.replace(/[’]/g, "'").replace(/[.:'-]+$/, ''))
    .filter(Boolean)
    .flatMap((raw) => {
      const lower = raw.toLowerCase();
      const expanded = TEXTING[lower];
      if (!expanded) return [{ text: raw, lower }];
      return expanded.split(' ').map((part) => ({ text: part, lower: part.toLowerCase() }));
    });

const join = (list: readonly Word[]): string => list.map((w) => w.text).join(' ').replace(/\s+([,;])/g, '$1').replace(/[,;]\s*$/, '');

function tagsOf(nlp: Nlp | undefined, word: string): readonly string[] {
  if (!nlp) return [];
  const term = (nlp(word).json() as { terms: { tags: string[] }[] }[])[0]?.terms[0];
  return term?.tags ?? [];
}

/** A word's tags as read in its sentence ("box" in "the big red box" is a noun), else as read alone. */
const tagsIn = (nlp: Nlp | undefined, word: Word | undefined): readonly string[] => (word ? word.tags ?? tagsOf(nlp, word.lower) : []);

/** Tags each word as the tagger reads the whole clause; a contraction's parts share the word ("Jen's" -> Jen, is). */
function withTags(list: Word[], nlp: Nlp | undefined): Word[] {
  if (!nlp || list.length === 0) return list;
  const terms = (nlp(join(list)).json() as { terms: { text: string; tags: string[] }[] }[]).flatMap((sentence) => sentence.terms);
  const norm = (text: string): string => text.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
  let at = 0;
  return list.map((word) => {
    const key = norm(word.text);
    for (let j = at; j < terms.length; j++) {
      if (norm(terms[j]?.text ?? '') === key && key) {
        at = j + 1;
        return { ...word, tags: terms[j]?.tags ?? [] };
      }
    }
    return word;
  });
}

/** A capitalised word that keeps its capital mid-sentence: a name, a place, "Mom"; an acronym stays in capitals. */
function keepsCapital(word: string, nlp: Nlp | undefined): boolean {
  if (!/^\p{Lu}/u.test(word) || /^I(?:'|$)/.test(word)) return /^I(?:'|$)/.test(word);
  if (FAMILY.test(word)) return true;
  const tags = tagsOf(nlp, word);
  if (/^\p{Lu}{2,}$/u.test(word)) return tags.includes('Acronym') || (!nlp && word.length <= 4);
  return tags.some((t) => t === 'ProperNoun' || t === 'Person' || t === 'Place' || t === 'Date' || t === 'Organization');
}

/** Shouting and a sentence's first capital go; names, acronyms and "I" stay. */
function tidyCase(list: Word[], nlp: Nlp | undefined): Word[] {
  return list.map((w, i) => {
    const shouted = /^\p{Lu}{2,}[\p{Lu}'’]*$/u.test(w.text);
    if ((i === 0 || shouted) && /\p{Lu}/u.test(w.text) && !keepsCapital(w.text, nlp)) return { ...w, text: w.text.toLowerCase() };
    return w;
  });
}

// One word for another, whatever is around it.
const SWAP: Record<string, string> = {
  "i'm": "you're", "i've": "you've", "i'll": "you'll", "i'd": "you'd", me: 'you', my: 'your', mine: 'yours', myself: 'yourself',
  "you're": "I'm", "you've": "I've", "you'll": "I'll", "you'd": "I'd", your: 'my', yours: 'mine', yourself: 'myself',
};
// "We" of their side, not of the two of them: "we went to the beach" -> "you went to the beach".
const THEIR_SIDE: Record<string, string> = { we: 'you', "we're": "you're", "we've": "you've", "we'll": "you'll", "we'd": "you'd", us: 'you', our: 'your', ours: 'yours' };

/**
 * Turns "I" into "you" and "you" into "I" or "me", agreeing "am/are/was/were"; `inclusive` keeps "we" as the two of
 * them ("can we talk"), otherwise "we" is their side ("we went to the beach" -> "you went to the beach").
 */
function turnPronouns(list: readonly Word[], inclusive: boolean): Word[] {
  const out: Word[] = [];
  const put = (text: string): void => void out.push({ text, lower: text.toLowerCase() });
  for (let i = 0; i < list.length; i++) {
    const w = list[i] as Word;
    const next = list[i + 1]?.lower ?? '';
    const prev = list[i - 1]?.lower ?? '';
    const skipNext = (text: string): void => {
      put(text);
      i++;
    };
    switch (w.lower) {
      case 'i':
        if (next === 'am') skipNext('you are');
        else if (next === 'was') skipNext('you were');
        else if (next === "wasn't") skipNext("you weren't");
        else put('you');
        break;
      case 'are':
      case 'were':
        // "are you" left in place (a wh-clause that was not turned): "how are you" -> "how am I".
        if (next === 'you') put(w.lower === 'are' ? 'am' : 'was');
        else put(w.text);
        break;
      case 'you': {
        if (next === 'are') skipNext('I am');
        else if (next === 'were') skipNext('I was');
        else if (next === "weren't") skipNext("I wasn't");
        else if (next === "aren't") skipNext("I'm not");
        else if (next === 'guys' || next === 'all') skipNext('we');
        else if (/^(?:are|were)$/.test(prev)) put('I');
        else {
          // "miss having you around", "miss you even when ...": a "you" after a verb's "-ing" or before "even when" is its object.
          const gerund = /ing$/.test(prev) && !/^(?:thing|something|nothing|anything|everything|morning|evening|during)$/.test(prev);
          const adverbThenClause = OBJECT_VERBS.test(prev) && /^(?:even|so|too|more)$/.test(next) && /^(?:when|if|though|much|more|than|as)$/.test(list[i + 2]?.lower ?? '');
          const object = adverbThenClause || (!FINITE_AFTER_YOU.test(next) && (gerund || PREPOSITIONS.has(prev) || OBJECT_VERBS.test(prev) || next === '' || next === ',' || next === 'and' || next === 'or' || next === 'too' || next === 'either' || prev === 'not'));
          put(object ? 'me' : 'I');
        }
        break;
      }
      default:
        put(SWAP[w.lower] ?? (inclusive ? undefined : THEIR_SIDE[w.lower]) ?? w.text);
    }
  }
  return out;
}

/** Where the subject after an inverted auxiliary ends: "is [the thing]", "did [you] see", "is [your name] on". */
function subjectEnd(list: readonly Word[], from: number, nlp: Nlp | undefined, doSupport: boolean): number {
  const first = list[from];
  if (!first) return -1;
  if (SUBJECT_PRONOUNS.has(first.lower)) return from + 1;
  let i = from;
  if (DETERMINERS.has(first.lower)) i++;
  else if (!/^\p{Lu}/u.test(first.text) && !nlp) return -1;
  // Nouns and adjectives up to a preposition, a verb after do-support, or the end.
  while (i < list.length && i - from < 5) {
    const w = list[i] as Word;
    if (PREPOSITIONS.has(w.lower) || w.lower === ',' || AUX.has(w.lower) || /^(?:not|still|really|always|never|ever|ready|done|ok|okay|here|there|home|late|yet|again)$/.test(w.lower)) break;
    if (i > from && (doSupport || i > from + 1 || !DETERMINERS.has(first.lower))) {
      // "did Mom [know]", "will the repairs [take]", "is your flight [landing]": the verb ends the subject.
      const tags = tagsIn(nlp, w);
      // After "is", an -ing word is the verb even where the tagger reads a noun: "is your flight [landing]".
      if (tags.includes('Gerund') || tags.includes('Infinitive') || (!doSupport && i > from + 1 && /ing$/.test(w.lower) && !ING_NOUNS.test(w.lower)) || (i > from + 1 && tags.includes('Adjective') && !tags.includes('Noun') && !tagsIn(nlp, list[i - 1]).includes('Adjective')) || (doSupport && tags.includes('Verb') && !tags.includes('Noun'))) break;
    }
    i++;
    // Without determiner, a name or one noun is the subject: "is Mom ok".
    if (!DETERMINERS.has(first.lower) && i === from + 1) break;
  }
  return i > from ? i : -1;
}

/** The finite verb after do-support: "did you [see]" -> "saw"; "does Mom [know]" -> "knows"; "do you [want]" -> "want". */
function withTense(aux: string, verb: Word, nlp: Nlp | undefined, subject: string): Word | null {
  if (aux === 'do') return verb;
  if (!nlp) return null;
  if (aux === 'did') {
    const { past } = verbForms(nlp, verb.lower, true);
    return { text: past, lower: past };
  }
  const third = /^(?:i|you|we|they)$/.test(subject) ? verb.lower : /(?:s|sh|ch|x|o)$/.test(verb.lower) ? `${verb.lower}es` : /[^aeiou]y$/.test(verb.lower) ? `${verb.lower.slice(0, -1)}ies` : verb.lower === 'have' ? 'has' : `${verb.lower}s`;
  return { text: third, lower: third };
}

const DO_ADVERB = /^(?:really|actually|even|ever|just|seriously|honestly|still|already|also|literally|genuinely|truly|definitely)$/;

const CONTRACT: Record<string, string> = { 'i am': "I'm", 'you are': "you're", 'we are': "we're", 'they are': "they're", 'it is': "it's", 'he is': "he's", 'she is': "she's", 'that is': "that's", 'there is': "there's" };

/** "are we still on" -> "we're still on"; "did you book" -> "you booked"; null when it cannot be turned safely. */
function declarative(list: readonly Word[], nlp: Nlp | undefined): Word[] | null {
  const aux = list[0];
  if (!aux) return null;
  const negative = /n't$/.test(aux.lower);
  const base = negative ? aux.lower.replace(/n't$/, '').replace(/^ca$/, 'can').replace(/^wo$/, 'will') : aux.lower;
  if (!AUX.has(base)) return null;
  const doSupport = /^(?:do|does|did)$/.test(base);
  // "has the invoice for the Patel account gone out": after "have", the subject runs to the participle.
  const participle = /^(?:have|has|had)$/.test(base) && !SUBJECT_PRONOUNS.has(list[1]?.lower ?? '') ? list.findIndex((w, i) => i > 1 && i <= 8 && (/^(?:gone|done|been|seen|sent|paid|come|got|gotten|made|given|taken)$/.test(w.lower) || tagsIn(nlp, w).some((t) => t === 'Participle' || t === 'PastTense'))) : -1;
  const end = participle > 1 ? participle : subjectEnd(list, 1, nlp, doSupport);
  if (end < 0) return null;
  const subject = list.slice(1, end);
  let rest = list.slice(end);
  const subjectText = subject.map((w) => w.lower).join(' ');
  if (doSupport) {
    if (negative) return [...subject, aux, ...rest];
    // "did you really tell Sam": the adverb stays before the verb that takes the tense ("you really told Sam").
    let at = 0;
    while (rest[at] && DO_ADVERB.test(rest[at]!.lower)) at++;
    const verb = rest[at];
    if (!verb) return [...subject, aux];
    const finite = withTense(base, verb, nlp, subjectText);
    if (!finite) return null;
    return [...subject, ...rest.slice(0, at), finite, ...rest.slice(at + 1)];
  }
  // "where you are" keeps its verb whole: "where you're" cannot end a clause.
  const contracted = !negative && BE.has(base) && rest.length > 0 ? CONTRACT[`${subjectText} ${base}`] : undefined;
  if (contracted) return [{ text: contracted, lower: contracted.toLowerCase() }, ...rest];
  if (base === 'have' || base === 'has') {
    const short = !negative && /^(?:i|you|we|they)$/.test(subjectText) ? `${subject[0]?.text}'ve` : null;
    if (short) return [{ text: short, lower: short.toLowerCase() }, ...rest];
  }
  rest = rest.filter((w, i) => !(i === 0 && w.lower === 'not' && negative));
  return [...subject, aux, ...rest];
}

function isQuestionStart(list: readonly Word[]): boolean {
  const first = list[0]?.lower ?? '';
  return WH.has(first) || AUX.has(first) || /^(?:\w+n't)$/.test(first);
}

/** A request in their words, as it reads after "me to": "can you pick up the kids" -> "pick up the kids". */
function requestOf(list: readonly Word[]): { rest: Word[]; opener: string } | null {
  const lower = list.map((w) => w.lower);
  const at = (i: number): string => lower[i] ?? '';
  let start = -1;
  let opener = 'You asked me to';
  if (/^(?:can|could|would|will)$/.test(at(0)) && at(1) === 'you') start = 2;
  else if (at(0) === 'please') start = 1;
  else if (/^(?:i|we)$/.test(at(0)) && /^(?:need|want)$/.test(at(1)) && at(2) === 'you' && at(3) === 'to') {
    start = 4;
    opener = at(0) === 'we' ? `You need me to` : `You ${at(1)} me to`;
  } else if (/^(?:i'd|i)$/.test(at(0)) && (at(1) === 'like' || (at(1) === 'would' && at(2) === 'like'))) {
    const you = lower.indexOf('you');
    if (you > 0 && at(you + 1) === 'to') {
      start = you + 2;
      opener = "You'd like me to";
    }
  } else if (/^(?:remember|don't forget)$/.test(at(0)) && at(1) === 'to') {
    start = 2;
    opener = 'You reminded me to';
  } else if (at(0) === 'don\'t' && at(1) === 'forget' && at(2) === 'to') {
    start = 3;
    opener = 'You reminded me to';
  } else if ((at(0) === "don't" || (at(0) === 'do' && at(1) === 'not')) && list.length > 2 && !/^(?:have|know|think|want|need|feel|care|get|understand|remember|like|mind|see|mean)$/.test(lower.slice(at(0) === 'do' ? 2 : 1).find((w) => !/^(?:even|really|just|ever|actually|still)$/.test(w)) ?? '')) {
    // ("don't have the energy" leaves out "I": a state of theirs, no order.)
    // "don't touch my laptop": an order of theirs is said back as what they ask, never repeated as one.
    start = at(0) === 'do' ? 2 : 1;
    // "don't you dare post that video" asks the same as "don't post that video".
    if (at(start) === 'you' && at(start + 1) === 'dare') start += 2;
    opener = "You're asking me not to";
  } else if (/^(?:stop|quit)$/.test(at(0)) && /ing$/.test(at(1))) {
    start = 0;
    opener = "You'd like me to";
  } else if (isOrder(list)) {
    start = 0;
    opener = "You're asking me to";
  }
  if (start < 0) return null;
  let rest = list.slice(start);
  while (rest[0] && /^(?:please|just|also|pls)$/.test(rest[0].lower)) {
    if (rest[0].lower === 'also') opener = "You'd like me to";
    rest = rest.slice(1);
  }
  if (rest[0]?.lower === 'not' || rest[0]?.lower === "don't") {
    opener = opener.replace(/ to$/, ' not to');
    rest = rest.slice(1);
  }
  if (at(0) === 'please' && rest[0]?.lower === "don't") rest = rest.slice(1);
  if (rest.length === 0) return null;
  return { rest, opener };
}

// Verbs a message opens on without "I" that state, thank or wish rather than order: "miss you", "hope it went well".
const NOT_AN_ORDER = /^(?:have|enjoy|take|sleep|feel|get|drive|stay|congrats|welcome|thanks|thank|love|miss|hope|wish|guess|think|see|want|need|know|bet|mean|like|hate|agree|swear|promise|wonder|figure|doubt|got|had|heard|say|said|looks|sounds|seems|told|just|cool|sure|fine|sorry|nice|great|good|happy|glad|let|please|let's|remember|running|going|leaving|heading|on|be|hold|hang|wait|listen|look)$/;

/** Whether a clause opens on a bare verb with no subject, as an order does: "send me the file", "stop parking there". */
function isOrder(list: readonly Word[]): boolean {
  const first = list[0];
  if (!first || list.length < 2 || NOT_AN_ORDER.test(first.lower) || AUX.has(first.lower) || /n't$/.test(first.lower)) return false;
  if (first.lower === 'come' && list[1]?.lower === 'on') return false;
  // "board meeting got moved": a verb in the past further on makes the first word its subject.
  const comma = list.findIndex((w) => w.lower === ',');
  const clause = list.slice(1, comma < 0 ? list.length : comma);
  if (clause.some((w) => w.tags?.includes('PastTense') || w.tags?.includes('Copula'))) return false;
  const tags = first.tags ?? [];
  return (tags.includes('Infinitive') || tags.includes('Imperative')) && !tags.includes('Pronoun') && !tags.includes('Determiner') && !tags.includes('Auxiliary') && !tags.includes('Modal');
}

/** "reminder: timesheets due today" -> "timesheets are due today": a fragment gets the verb it left out. */
function withCopula(list: Word[]): Word[] {
  const due = list.findIndex((w) => w.lower === 'due');
  if (due <= 0 || list.slice(0, due).some((w) => AUX.has(w.lower) || /'s$|'re$/.test(w.lower))) return list;
  const noun = list[due - 1] as Word;
  const be = /s$/.test(noun.lower) && !/ss$/.test(noun.lower) ? 'are' : 'is';
  return [...list.slice(0, due), { text: be, lower: be }, ...list.slice(due)];
}

/** The clause to reflect: the one they asked, else the first that says something; a long one by its main clause. */
function clausesOf(text: string, nlp: Nlp | undefined): { words: Word[]; question: boolean }[] {
  const clauses: { words: Word[]; question: boolean }[] = [];
  // An emoji ends a sentence as a full stop does: "got tickets for March 😎 u in??".
  const sentences = text.split(/\s*\p{Extended_Pictographic}[\p{Extended_Pictographic}\u200d\ufe0f]*\s*/u).flatMap((part) => cleanDraft(part).split(/(?<=[.!?])\s+|\s+\.\s+/));
  for (const sentence of sentences.filter((sentence) => sentence.trim())) {
    const question = /\?/.test(sentence);
    // "I'm drowning at work, can you handle pickup today?": the question is its own clause.
    const parts = sentence.split(/,\s+(?=(?:so\s+)?(?:can|could|would|will|did|do|does|are|is|any|please|what|when|where|why|how|who|which|i need you|we need you|let me know|(?:are |r )?(?:you|u) (?:ok|okay|there|alive)|everything (?:ok|okay))\b)/i);
    parts.forEach((part, i) => {
      const segments = part.replace(LEAD_FILLER, '').replace(/[.!?]+$/g, '').split(/,\s+/);
      // "sorry if I overreacted, but you were rude": what follows the apology's "but" is what they say.
      if (segments.length > 1 && /^(?:(?:i'?m |i am )?(?:so |really )?sorry|apologies)\b/i.test(segments[0] as string) && /^but\s/i.test(segments[1] as string)) {
        segments.shift();
        segments[0] = (segments[0] as string).replace(/^but\s+/i, '');
      }
      // "we went to the beach, so fun", "team lunch got moved, hope that's ok": the tail says nothing to reflect.
      while (segments.length > 1 && NOT_A_POINT.test((segments[segments.length - 1] as string).replace(TRAIL_FILLER, '').trim())) segments.pop();
      const cut = segments.join(', ').replace(TRAIL_FILLER, '').trim();
      const list = withTags(withCopula(words(cut)), nlp);
      if (list.length > 0) clauses.push({ words: list, question: question && i === parts.length - 1 });
    });
  }
  return clauses;
}

/** The main clause of a long sentence: up to its first ", but", ", so", "because" or ", and" after a few words. */
function mainClause(list: Word[]): Word[] {
  if (list.length <= MAX_WORDS) return list;
  for (let i = 4; i < list.length; i++) {
    const w = list[i] as Word;
    const after = list[i + 1]?.lower ?? '';
    if (w.lower === ',' || w.lower === ';') return list.slice(0, i);
    // "there's so much to learn": "so" after a verb of being is "very", not "and so".
    if (w.lower === 'so' && /^(?:is|was|are|were|be|been|feel|feels|felt|there's|it's|that's|i'm|you're|we're|they're|he's|she's|am|get|got|getting)$/.test(list[i - 1]?.lower ?? '')) continue;
    if (/^(?:but|because|so|since|although|though|while)$/.test(w.lower)) return list.slice(0, i);
    if (w.lower === 'and' && SUBJECT_PRONOUNS.has(after)) return list.slice(0, i);
  }
  return list;
}

const finish = (list: readonly Word[]): string => join(list).replace(/^\s+|\s+$/g, '');

function hasVerb(list: readonly Word[], nlp: Nlp | undefined): boolean {
  // "you left the gate open": a pronoun subject and a word after it make a clause.
  if (list.length >= 2 && /^(?:i|you|we|he|she|they)$/.test(list[0]?.lower ?? '')) return true;
  if (list.length >= 3 && SUBJECTLESS.test(list[0]?.lower ?? '')) return true;
  if (list.some((w) => AUX.has(w.lower) || /'(?:s|re|m|ve|ll|d)$|n't$/.test(w.lower))) return true;
  if (!nlp) return list.some((w) => /ed$|ing$/.test(w.lower));
  return list.some((w, i) => (i > 0 || /ing$/.test(w.lower)) && tagsIn(nlp, w).includes('Verb') && !DETERMINERS.has(list[i - 1]?.lower ?? ''));
}

/** One sentence that says back what their message says, in the writer's words; null when nothing reads back safely. */
export function reflectMessage(theirs: string, nlp: Nlp | undefined = language()): Reflection | null {
  const { asked, said } = reflectParts(theirs, nlp);
  return asked ?? said;
}

/** What they asked (a question or request) and the first thing they said besides it, each said back; null where none. */
export function reflectParts(theirs: string, nlp: Nlp | undefined = language()): { asked: Reflection | null; said: Reflection | null } {
  const clauses = clausesOf(String(theirs).slice(0, 1_000), nlp);
  const askedClause = clauses.find((c) => requestOf(c.words)) ?? clauses.find((c) => c.question);
  const saidClause = clauses.find((c) => c !== askedClause && c.words.length >= 2 && !NOT_A_POINT.test(finish(c.words)) && hasVerb(c.words, nlp));
  const turn = (clause: (typeof clauses)[number] | undefined): Reflection | null => {
    if (!clause) return null;
    const reflection = reflectClause(tidyCase(mainClause(clause.words), nlp), clause.question, nlp);
    return reflection && reflection.clause.split(' ').length <= MAX_WORDS + 4 ? reflection : null;
  };
  return { asked: turn(askedClause), said: turn(saidClause) };
}

function reflectClause(list: Word[], question: boolean, nlp: Nlp | undefined): Reflection | null {
  const first = list[0]?.lower ?? '';
  const request = requestOf(list);
  if (request) {
    const clause = finish(turnPronouns(request.rest, false));
    return { kind: 'request', clause, text: `${request.opener} ${clause}.` };
  }
  if (first === "let's" || (first === 'let' && list[1]?.lower === 'us')) {
    const clause = finish(turnPronouns(list.slice(first === "let's" ? 1 : 2), true));
    return clause ? { kind: 'request', clause, text: `You'd like us to ${clause}.` } : null;
  }
  if (first === 'let' && list[1]?.lower === 'me' && list[2]?.lower === 'know') {
    const clause = finish(turnPronouns(list.slice(3), false));
    return clause ? { kind: 'request', clause, text: `You'd like to know ${clause}.` } : null;
  }
  // "can't talk rn" leaves out "I".
  if ((!question || /n't$/.test(first)) && /^(?:can't|won't|don't|didn't|haven't|hadn't|can|will|need|have|had|got|was|am)$/.test(first) && list.length > 1 && !SUBJECT_PRONOUNS.has(list[1]?.lower ?? '')) {
    return reflectStatement([{ text: 'I', lower: 'i' }, ...list], nlp);
  }
  // "heard you won", "booked flights to lisbon", "been on nights all week": news of theirs told without "I".
  // "heard you won the pitch": what they heard is the news.
  if (!question && first === 'heard' && /^(?:you|u)$/.test(list[1]?.lower ?? '') && list.length > 3) return reflectStatement(list.slice(1), nlp);
  if (!question && list.length > 2 && (SUBJECTLESS.test(first) || (first === 'been' && !SUBJECT_PRONOUNS.has(list[1]?.lower ?? '')))) {
    return reflectStatement([{ text: first === 'been' ? "I've" : 'I', lower: first === 'been' ? "i've" : 'i' }, ...list], nlp);
  }
  // "too exhausted to go out", "kind of stung when ...": a state told without "I'm" or "it".
  if (!question && first === 'too' && list.length > 2) return reflectStatement([{ text: "I'm", lower: "i'm" }, ...list], nlp);
  if (!question && /^(?:kind|sort)$/.test(first) && list[1]?.lower === 'of' && /^(?:stung|hurt|sucked)$/.test(list[2]?.lower ?? '')) return reflectStatement([{ text: 'it', lower: 'it' }, ...list], nlp);
  // "miss you", "hope it went well": a feeling of theirs said without "I".
  if (!question && /^(?:miss|love|hope|wish|need|want|bet|wonder)$/.test(first) && list.length > 1) {
    return reflectStatement([{ text: 'I', lower: 'i' }, ...list], nlp);
  }
  // "guess who just got tickets": their news, said as theirs.
  if (first === 'guess' && list[1]?.lower === 'who' && list.length > 3) return reflectStatement([{ text: 'I', lower: 'i' }, ...list.slice(2)], nlp);
  // "just confirming our call is still on": a question put as a statement.
  if (/^(?:confirming|checking|wondering)$/.test(first) && list.length > 2) {
    const rest = list.slice(/^(?:that|if|whether)$/.test(list[1]?.lower ?? '') ? 2 : 1);
    const clause = finish(turnPronouns(rest, true));
    return { kind: 'question', clause: `if ${clause}`, text: `You asked if ${clause}.` };
  }
  if (question || isQuestionStart(list)) return reflectQuestion(list, nlp);
  return reflectStatement(list, nlp);
}

// A question word with its verb run on ("what's", "where're"): read as the two words it stands for.
const WH_CONTRACTED = /^(what|when|where|why|how|who|which)(?:'|\u2019)(s|re)$/;
const ASKED_OF = /^(?:i|you|u|we|they|he|she|it|there|anyone|anybody|someone|somebody|everyone)$/;

/**
 * Where the question itself starts after a few words of address or lead-in ("quick one what's the cost code",
 * "beta did you reach Pune safely", "random but would you want to ..."): its question word, or an auxiliary
 * asked of someone. -1 when the question starts the sentence or nothing in the first words starts one.
 */
function questionStart(list: readonly Word[]): number {
  const first = list[0]?.lower ?? '';
  if (WH.has(first) || AUX.has(first) || SUBJECT_PRONOUNS.has(first) || WH_CONTRACTED.test(first)) return -1;
  return list.findIndex((w, i) => i > 0 && i <= 3 && (WH.has(w.lower) || WH_CONTRACTED.test(w.lower) || (AUX.has(w.lower) && ASKED_OF.test(list[i + 1]?.lower ?? ''))));
}

function reflectQuestion(whole: Word[], nlp: Nlp | undefined): Reflection | null {
  const start = questionStart(whole);
  let list = start > 0 ? whole.slice(start) : whole;
  const contracted = WH_CONTRACTED.exec(list[0]?.lower ?? '');
  if (contracted) {
    const verb = contracted[2] === 's' ? 'is' : 'are';
    list = [{ text: contracted[1] as string, lower: contracted[1] as string }, { text: verb, lower: verb }, ...list.slice(1)];
  }
  const first = list[0]?.lower ?? '';
  // "you did what??" echoes in disbelief; said back it would be a retort.
  if (list.some((w, i) => i > 0 && WH.has(w.lower)) && !WH.has(first) && !AUX.has(first)) return null;
  const inclusive = list.some((w) => /^(?:we|us|our|we're)$/.test(w.lower)) && !list.some((w) => /^(?:you|your)$/.test(w.lower));
  const asked = (clause: string): Reflection => ({ kind: 'question', clause, text: `You asked ${clause}.` });
  // "you ok??", "are you there?": a short check-in, said back whole.
  const checkIn = /^(?:(?:are|r) )?(?:you|u) (ok|okay|alright|all right|there|alive|home|up|awake|safe|in)$/.exec(finish(list).toLowerCase());
  if (checkIn) return asked(`if I'm ${checkIn[1]}`);
  if (WH.has(first)) {
    // "what time is the thing": the wh-phrase is the words before the auxiliary.
    const auxAt = list.findIndex((w, i) => i > 0 && i <= 2 && (AUX.has(w.lower) || /n't$/.test(w.lower)));
    // "who cares", "what happened": often rhetorical, and said back they read as a retort.
    if (auxAt < 0) return null;
    const turned = declarative(list.slice(auxAt), nlp);
    if (!turned) return null;
    return asked(finish(turnPronouns([...list.slice(0, auxAt), ...turned], inclusive)));
  }
  if (AUX.has(first) || /n't$/.test(first)) {
    const turned = declarative(list, nlp);
    if (!turned) return null;
    return asked(`if ${finish(turnPronouns(turned, inclusive))}`);
  }
  // "want to go out saturday?" leaves out "do you".
  if (/^(?:want|need|wanna)$/.test(first)) return asked(`if ${finish(turnPronouns([{ text: 'you', lower: 'you' }, ...list], false))}`);
  if (first === 'any' && list.length > 1) return asked(`if there's ${finish(turnPronouns(list, false))}`);
  // "you're coming tonight?" is a question in a statement's order.
  if (SUBJECT_PRONOUNS.has(first) || /^(?:i'm|you're|we're|they're|it's)$/.test(first)) return asked(`if ${finish(turnPronouns(list, inclusive))}`);
  // "quick call at 9pm to go over the slides?": a noun phrase, asked about.
  const tags = tagsIn(nlp, list[0]);
  const nounIn = list.some((w, i) => i > 0 && tagsIn(nlp, w).some((t) => t === 'Noun' || t === 'Date' || t === 'Value'));
  if (nlp && nounIn && (tags.includes('Adjective') || (tags.includes('Noun') && !tags.includes('Verb')))) {
    const article = DETERMINERS.has(first) ? '' : /^[aeiou]/.test(first) ? 'an ' : 'a ';
    return { kind: 'question', clause: `about ${article}${finish(turnPronouns(list, inclusive))}`, text: `You asked about ${article}${finish(turnPronouns(list, inclusive))}.` };
  }
  return null;
}

/** A plan for the two of them ("we should", "we need to"): its "we" stays "we" when said back. */
const proposes = (lower: readonly string[]): boolean => lower[0] === 'we' && /^(?:should|could|can|need|might|shall)$/.test(lower[1] ?? '');

function reflectStatement(list: Word[], nlp: Nlp | undefined): Reflection | null {
  let rest = list;
  // "we're all heading to Jake's, you should've come": the first of two clauses spliced by a comma.
  // "miss you, come home soon": an order after the comma is asked, never told back as news.
  const splice = rest.findIndex((w, i) => w.lower === ',' && i >= 3 && (SUBJECT_PRONOUNS.has(rest[i + 1]?.lower ?? '') || /^(?:i'm|you're|we're|they're|it's|that's)$/.test(rest[i + 1]?.lower ?? '') || isOrder(rest.slice(i + 1))));
  if (splice > 0) rest = rest.slice(0, splice);
  // A label ("you're so dramatic") said back is a retort, not a reflection.
  if (/^(?:you're|you are|ur) (?:so|such|being|just|really|always|never)\b|^you know what you\b/.test(finish(rest).toLowerCase())) return null;
  const lower = rest.map((w) => w.lower);
  // Their view: "I (just) think you could try harder" -> "You think I could try harder".
  const view = /^(?:i|we)$/.test(lower[0] ?? '') ? rest.slice(1).findIndex((w) => !/^(?:just|really|honestly|kind|of|kinda|do)$/.test(w.lower)) + 1 : -1;
  if (view > 0 && /^(?:think|feel|guess|believe|reckon)$/.test(lower[view] ?? '')) {
    const held = rest.slice(view + 1).filter((w, i) => !(i === 0 && w.lower === 'that'));
    // A view of the two of them keeps its "we": "I think we should spend Christmas with my parents" -> "You think we
    // should spend Christmas with your parents", "I feel like we never talk" -> "You feel like we never talk".
    const subject = held[0]?.lower === 'like' ? held[1]?.lower : held[0]?.lower;
    const clause = finish(turnPronouns(held, /^we(?:'re|'ve|'ll|'d)?$/.test(subject ?? '')));
    return clause ? { kind: 'statement', clause, text: `You ${lower[view]} ${clause}.` } : null;
  }
  // "maybe we shouldn't book the trip yet" is a suggestion: "You think we shouldn't book the trip yet".
  if (lower[0] === 'maybe' && /^(?:we|i|you)$/.test(lower[1] ?? '')) {
    const clause = finish(turnPronouns(rest.slice(1), true));
    return { kind: 'statement', clause, text: `You think ${clause}.` };
  }
  // "just adding a few more tickets" leaves out "I'm".
  const finiteLater = rest.slice(1).some((w) => AUX.has(w.lower) || /'(?:s|re|ve)$/.test(w.lower));
  if (/ing$/.test(lower[0] ?? '') && !finiteLater && nlp && tagsIn(nlp, rest[0]).includes('Gerund')) rest = [{ text: "I'm", lower: "i'm" }, ...rest];
  const turned = turnPronouns(rest, proposes(lower));
  const clause = finish(turned);
  if (!clause) return null;
  // A statement about the writer ("you forgot to pick me up") is what they said, never what the writer grants.
  const aboutYou = /^(?:I|I'm|I've|I'd|I'll|my)\b/.test(clause) || /^(?:you|your|you're)$/.test(lower[0] ?? '');
  if (aboutYou) return { kind: 'about-you', clause, text: `You said ${clause}.` };
  return { kind: 'statement', clause, text: `So ${clause}.` };
}
