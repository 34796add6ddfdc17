// The draft's anchors, the concrete words a reader would say it is about (things, names, places, amounts, times,
// dates), and the draft's own sentences that carry them, each made calm with the fewest changes: fillers, absolutes,
// sarcasm and threats taken out, "never" said as "didn't", a question said as what it states. The reply writer says
// these sentences instead of lifting one noun phrase into a template, so the point survives in the writer's words.
import { analyze } from './analyze';
import { isHeatWord } from './lexicon';
import { tag, verbForms, type Nlp, type TaggedTerm } from './nlp';

// Texting spellings the tagger reads as other words: "youd" is "you'd", "its 9:40" is "it's 9:40".
const APOSTROPHES: Record<string, string> = { im: "I'm", ud: "you'd", ive: "I've", youd: "you'd", youre: "you're", dont: "don't", cant: "can't", didnt: "didn't", wont: "won't", isnt: "isn't", wasnt: "wasn't", doesnt: "doesn't", dosent: "doesn't", dosnt: "doesn't", doesent: "doesn't", dident: "didn't", didint: "didn't", havent: "haven't", hasnt: "hasn't", couldnt: "couldn't", shouldnt: "shouldn't", wouldnt: "wouldn't", thats: "that's", whats: "what's", theyre: "they're", ure: "you're", urself: 'yourself', youll: "you'll", youve: "you've", uve: "you've", arent: "aren't", werent: "weren't", hadnt: "hadn't" };

/** Texting spellings written out: "ur always late" is "you're always late", "ur phone" is "your phone". */
export function spellOut(text: string): string {
  return text
    .replace(/\b[a-z]+\b/gi, (word) => APOSTROPHES[word.toLowerCase()] ?? word)
    .replace(/\bur\b(?=\s+(?:always|so|never|such|being|not|going|just|literally|late|on|in|at|never|really|the|a|an|\w+ing\b))/gi, "you're")
    .replace(/\bu\b/gi, 'you')
    .replace(/\bur\b/gi, 'your');
}

const TIMES: Record<string, string> = { second: 'twice', third: 'three times', fourth: 'four times', fifth: 'five times', sixth: 'six times', '2nd': 'twice', '3rd': 'three times', '4th': 'four times', '5th': 'five times' };
// "third time this month" reads as a charge; "it's happened three times this month" says the same count plainly.
const REPEATED = /^(?:(?:this is|that's|thats|it's|its) )?(?:the )?(second|third|fourth|fifth|sixth|2nd|3rd|4th|5th) time((?: (?:this|last) (?:week|month|year|term|quarter)| today| in a row)?)\b([\s,:-]*)(?:that\s+)?(.*)$/i;
// What can open the clause that follows the count: "third time this month the standup has started late".
const CLAUSE_START = /^(?:(?:i|you|we|they|he|she|it|someone|somebody|nobody)(?:'[a-z]+)?|u|the|my|your|ur|our|his|her|their|this|that)\s+\S/i;

/**
 * The count said plainly: "third time this month" -> "it's happened three times this month"; with a clause after it,
 * the count goes after that clause's own words ("the standup has started at 10:20 three times this month, because
 * ..."), never run on after "it's happened".
 */
export function timesSaid(clause: string): string {
  const m = REPEATED.exec(clause);
  if (!m) return clause;
  const count = `${TIMES[(m[1] as string).toLowerCase()] ?? 'again'}${(m[2] as string).toLowerCase()}`;
  const rest = (m[4] as string).trim();
  if (!rest) return `it's happened ${count}`;
  if (!CLAUSE_START.test(rest)) return `it's happened ${count}${(m[3] as string).includes(',') ? ',' : ''} ${rest}`;
  const tail = /\s+(?:because|since|and|but|so|when|while|as|cause|cuz|bc)\s+/i.exec(rest);
  const main = tail ? rest.slice(0, tail.index) : rest;
  return `${main.replace(/[\s,.!?]+$/, '')} ${count}${tail ? rest.slice(tail.index).replace(/^\s+/, ', ') : ''}`;
}

/** One calm sentence of the draft, ready to follow "I'm upset that" (a clause) or to stand alone. */
export interface SaidClause {
  text: string;
  /** clause: a finite statement; own: the writer's own account ("I asked for the login"); being: a gerund phrase ("being the only one who ..."); fragment: no verb, said alone. */
  kind: 'clause' | 'own' | 'being' | 'fragment';
  anchors: string[];
  /** Said as a question in the draft ("you're going to Vegas??"). */
  question: boolean;
}

// Nouns that name no thing both people could point at, or that belong to idioms and put-downs.
const GENERIC = new Set(
  ('thing things time times way lot lots bit fault idea point one ones joke behavior behaviour everything anything nothing something ' +
    'someone anyone everyone nobody somebody everybody problem problems deal business opinion life mind mouth words word hand wall face head ' +
    'nose brain ass back clue nerve kind sort part reason end world guy guys side matter attitude tone excuse excuses mess try day ' +
    'question answer reply message messages text texts people person stuff shit crap hell god lord minute second sec moment job work company ' +
    'my your our his her their its mine yours ours theirs hers there here fact space room feelings feeling friendship relationship conversation conversations argument afterthought respect favor favour chance').split(' '),
);

const FILLER_WORDS =
  /\b(?:literally|seriously|actually|basically|honestly|totally|probably|truly|really|just|even|ever|always|constantly|anymore|again|for once|for a change|lmao|lol|smh|tbh|ngl|fr|rn|ffs|wtf|omg|fucking|freaking|frickin|bloody|goddamn|damn|maybe)\b\s*/gi;
const OPENER = /^(?:no way|u+m+|um+|uh+|hmm+|lol|lmao|ok|okay|so|wow|oh|well|look|listen|excuse me|re|hi|hey|yeah|yes|no|nope|and|but|also|plus|like|now|then|again|cool|sorry|ugh|seriously|honestly|great|sure|fine|wait|dude|man|bro|mate|babe|hun|girl)\b[,:]?\s+/i;
// A sentence that opens on "because" gives the reason for the one before: said alone, it stands without its "because".
// Only a whole sentence: after "sure," it mocks ("sure, because you're so busy"), and stays as it was.
const BECAUSE = /^(?:because|cause|cuz|coz|cos|bc)\b(?! of\b)[,:]?\s+/i;
// "Because of you the car got towed": the blame before what happened goes, what happened stays.
const BLAMED_ON = /^(?:because of|cause of|cos of|thanks to) (?:you|u)\b,?\s+(?=\S+ \S+)/i;
// ... and so does it after what happened, before a gloat: "Mum cried all night because of you, hope you're happy".
const BLAME_BEFORE_GLOAT = /\s+(?:because of|cause of|cos of|thanks to) (?:you|u)(?=,\s*(?:i )?hope\b)/i;
// After the point, no part of it: a gloat ("hope you're happy", "hope the lie in was worth it") or a mock award ("truly
// partner of the year").
const GLOAT = /,?\s+(?:i )?hope (?:(?:you'?re|you are|ur|u r) (?:proud|happy)\b|(?:it|that|the [a-z ]{2,30}?) was worth it\b).*$/i;
const MOCK_AWARD = /,?\s*(?:(?:truly|really|real|absolute|what an?) )?(?:partner|parent|boyfriend|girlfriend|husband|wife|friend|mum|mom|dad|mother|father|employee|manager|boss|colleague|brother|sister|son|daughter|roommate|flatmate|housemate|neighbou?r|teammate|person|human|player|host) of the (?:year|decade|century|month)\b.*$/i;
const CUT_THREAT = /,?\s+(?:or (?:else|i'm|im|i will|i'll|i am|we|we'll|you'll|his|her|your|it)|or i swear|so (?:why|what|how)|unless|otherwise|so nice try|nice try|and you know it|cool cool|so (?:don'?t|do not|stop))\b.*$/i;
// Sentences that label, order, mock or give up, whatever their words: no account of what happened.
const NO_ACCOUNT =
  /\b(?:you(?:'re| are) (?:(?:such|so|genuinely|really|the|just) )*(?:a|an|the)\b|you (?:need|have|had|better|gotta|got) to\b|i'?m not your\b|it'?s not like\b|how could\b|why would\b|why (?:is|are|do|does|did) (?:it|you)\b|got it\b|noted\b|is this a joke|are you (?:kidding|serious)|i have no idea\b|you know it\b|whatever\b|acting like\b|(?:is|was) my fault\b|some of us\b|(?:lucky|luckily|good thing) for (?:you|u)\b)/i;
/** Prepositions that open a phrase leading up to a main clause. */
const LEADS_UP = /^(?:after all|after everything|despite|in spite of|with all|for all|given)\b/i;
// Unkind words for a thing that can go without changing what is said: "a sink full of your crusty pans".
const UNKIND_THING = /\b(?:crusty|gross|disgusting|filthy|nasty|stinking|stupid|dumb|damn|bloody|freaking|fucking)\s+(?=[a-z])/gi;
// "thoughts on the launch?" asks for a view as much as "what do you think of the launch?".
const QUESTION_START = /^(?:what|why|how|who|whom|whose|which|where|when|is|are|was|were|do|does|did|can|could|would|will|should|have|has|had|am|(?:any )?thoughts on)\b/i;
const harmful = (word: string): boolean => isHeatWord(word) || /^(?:lazy|selfish|useless|stupid|idiot|pathetic|dumb|bs|crusty|disgusting|gross|iconic|clown|psycho|liar|lying|whoever)$/.test(word);
const words = (text: string): string[] => text.toLowerCase().match(/[\p{L}\p{N}$£€'./:-]+/gu)?.map((w) => w.replace(/[.:/-]+$/, '')) ?? [];

/**
 * The concrete words of `text`: nouns that are no pronoun or generic word, names, numbers, times and dates, with
 * words that stand together kept as one phrase ("the June 8 date" gives "june 8 date"), in lower case.
 */
export function anchorsOf(nlp: Nlp, text: string): string[] {
  const found: string[] = [];
  // A phrase never runs past a comma or the end of a sentence: "leftovers!!! ask Marco" is two things.
  // A point, comma or colon inside a number ("$62.40", "£1,950", "3:30") splits nothing.
  for (const piece of text.split(/[.!?;,:]+(?!\d)|\n+/)) if (piece.trim()) phrasesOf(nlp, piece, found);
  return [...new Set(found)];
}

function phrasesOf(nlp: Nlp, text: string, found: string[]): void {
  const terms = tag(nlp, text);
  let phrase: string[] = [];
  const close = (): void => {
    if (phrase.length > 0) found.push(phrase.join(' '));
    phrase = [];
  };
  terms.forEach((t, k) => {
    const word = t.lower.replace(/'s$/, '').replace(/[.,:;!?"]+$/, '');
    const before = terms[k - 1];
    // After "the", "my" or a number comes a thing, whatever the tagger guessed ("the June 8 date", "the trash").
    const after = terms[k + 1];
    // A word the tagger calls a verb is a thing right after "the" or a number, or at the end of a phrase ("the login details for").
    const determined = !!before && (before.tags.has('Determiner') || before.tags.has('Possessive') || before.tags.has('Value') || (phrase.length > 0 && (!after || after.tags.has('Preposition')))) && !/^(?:a|an|that|this|no|any|some|all|every|each|most|whatever|which|what)$/.test(before.lower);
    const verbLike = t.tags.has('Verb') && !t.tags.has('Copula') && !t.tags.has('Auxiliary') && !t.tags.has('Modal') && !t.tags.has('PastTense') && !t.tags.has('Gerund') && !t.tags.has('Participle');
    // "What overtime?" disputes a thing; "if legal lost it" has one as its subject, whatever the tagger guessed.
    const disputed = k === 1 && terms.length === 2 && before?.lower === 'what' && disputable(t);
    const subject = before?.lower === 'if' && !!after?.tags.has('PastTense') && !t.tags.has('Pronoun');
    const thing = (t.tags.has('Noun') || (determined && verbLike) || disputed || subject || t.tags.has('Value') || t.tags.has('Date')) && !t.tags.has('Pronoun') && !t.tags.has('QuestionWord');
    const plain = (word.length >= 2 || t.tags.has('Value')) && (!GENERIC.has(word) || t.tags.has('Value')) && !(k === 0 && t.tags.has('Infinitive')) && !/^(?:not|n't|no)$/.test(word) && (!harmful(word) || (determined && !t.tags.has('Adjective')));
    // A name and an amount side by side ("lent Tariq $120") are two things.
    if (t.tags.has('Value') && before?.tags.has('ProperNoun')) close();
    if (thing && plain) phrase.push(word);
    else close();
  });
  close();
}

/** `text` matched literally inside a regular expression. */
export const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Whether `text` holds `anchor` as whole words; a possessive inside it counts ("jen baby shower" in "Jen's baby shower"). */
export const holds = (text: string, anchor: string): boolean =>
  new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(anchor).replace(/ /g, "(?:['\u2019]s?)?[\\s-]+")}(?![\\p{L}\\p{N}])`, 'iu').test(text);

/** Sentences of the draft, with fragments that only add when or where ("at DINNER. on our DATE.") joined back on. */
function sentencesOf(text: string): { text: string; question: boolean }[] {
  // A point between digits ("$62.40") ends no sentence.
  const pieces = [...text.matchAll(/(?:[^.!?;\n]|(?<=\d)\.(?=\d))+(?:\.{3}|[.!?;\n]+|$)/g)].map((m) => m[0]);
  const out: { text: string; question: boolean }[] = [];
  for (const piece of pieces) {
    const body = piece.replace(/(?:\.{3}|[.!?;\n\s]+)$/, '').trim();
    if (!body) continue;
    const question = /\?/.test(piece);
    const last = out[out.length - 1];
    // "So the venue deposit just... didn't get paid?": an ellipsis is a pause, not a full stop.
    if (last && (/\.\.\.$/.test(last.text) || /^(?:at|on|in|for|with|before|after|during|from|over)\b/i.test(body)) && body.split(' ').length <= 5) {
      last.text = `${last.text.replace(/\.\.\.$/, '')} ${body}`;
      last.question ||= question;
    } else out.push({ text: piece.endsWith('...') ? `${body}...` : body, question });
  }
  return out.map((s) => ({ ...s, text: s.text.replace(/\.\.\.$/, '') }));
}

/** "you never put anything on it" -> "you didn't put anything on it"; "I have never been late" -> "I haven't been late". */
function withoutNever(nlp: Nlp, text: string): string {
  return text
    .replace(/\b(have|has|had|was|were|is|are|am|do|does|did|will|would|could|can)\s+never\b/gi, (_, aux: string) => `${aux}n't`.replace(/^willn't$/i, "won't").replace(/^cann't$/i, "can't").replace(/^amn't$/i, 'am not'))
    .replace(/\bnever\s+([a-z]+)/gi, (whole, verb: string) => {
      const term = tag(nlp, `they ${verb}`)[1];
      if (!term?.tags.has('Verb')) return whole;
      return `didn't ${verbForms(nlp, verb).infinitive}`;
    });
}

/** "thanks for finishing my oat milk and putting the carton back" -> "you finished my oat milk and put the carton back". */
function unSarcastic(nlp: Nlp, text: string): string | null {
  if (/^(?:great|nice|good|amazing|awesome|brilliant|fantastic|lovely) (?:job|work|going|one)\b/i.test(text)) return null;
  const thanks = /^(?:thanks|thank you|thx)(?: so much)? for ([a-z]+ing\b.*)$/i.exec(text);
  if (thanks) return `you ${(thanks[1] as string).replace(/\b([a-z]+ing)\b/gi, (gerund: string) => (verbForms(nlp, gerund).gerund === gerund.toLowerCase() ? verbForms(nlp, gerund).past : gerund))}`;
  const loves = /^(?:i )?(?:really |just |totally )?(?:love|loved|enjoy|enjoyed|adore|appreciate)d? (?:how|that|when) (.+)$/i.exec(text);
  if (loves) return loves[1] as string;
  const gerund = /^(?:i )?(?:really |just |totally )?(?:love|enjoy|adore) ([a-z]+ing\b.*)$/i.exec(text);
  if (gerund) return gerund[1] as string;
  return text;
}

/**
 * A "why" question about a thing said as what it asks about: "why did the invoice go out with last month's rates" ->
 * "the invoice went out with last month's rates"; "why is the car on empty" -> "the car is on empty".
 */
function statedQuestion(nlp: Nlp, text: string): string {
  const m = /^(?:why|how come) (did|is|are|was|were|has|have) ((?:the|my|our|this|that|these|those|your) .+)$/i.exec(text);
  if (!m) return text;
  const terms = tag(nlp, m[2] as string);
  const did = (m[1] as string).toLowerCase() === 'did';
  // The subject runs from "the" to the first verb ("the invoice for the Porter job | go out ...").
  const at = terms.findIndex((t, k) => k >= 2 && t.tags.has('Verb') && (did ? t.tags.has('Infinitive') : true));
  if (did) {
    if (at < 0) return text;
    const verb = terms[at] as TaggedTerm;
    return [...terms.slice(0, at).map((t) => t.text), verbForms(nlp, verb.lower, true).past, ...terms.slice(at + 1).map((t) => t.text)].join(' ');
  }
  // "why is the car on empty": the subject is "the" and the nouns after it.
  let end = 1;
  while (end < terms.length && end <= 4 && (terms[end] as TaggedTerm).tags.has('Noun') && !(terms[end] as TaggedTerm).tags.has('Pronoun')) end++;
  if (end < 2 || end >= terms.length) return text;
  return [...terms.slice(0, end).map((t) => t.text), (m[1] as string).toLowerCase(), ...terms.slice(end).map((t) => t.text)].join(' ');
}

/** The word of "What overtime?": a thing the writer disputes, not "what now", "what happened" or "what is". */
const disputable = (t: TaggedTerm | undefined): boolean =>
  !!t && !['PastTense', 'Copula', 'Auxiliary', 'Modal', 'Pronoun', 'Adverb', 'Preposition', 'Conjunction', 'Determiner', 'QuestionWord'].some((name) => t.tags.has(name)) && t.lower.length > 2 && !/^(?:now|else|then|gives|for|about|up|if|do|does)$/.test(t.lower) && !harmful(t.lower);

/**
 * A question that makes a point said as the point: "who keeps taking my lunch" complains that someone keeps taking it;
 * "What overtime?" disputes the overtime; "if legal lost it that's on them" keeps its condition and the writer's view.
 */
function rhetorical(nlp: Nlp, text: string, question: boolean): string {
  const doer = /^who (keeps|kept|(?!told|asked|said|cares|does|did|do|is|are|was|were|has|have|had|would|could|can|will|the)[a-z]+) (?!(?:you|u|me|i|we|us)\b)(.+)$/i.exec(text);
  if (doer) {
    const verb = (doer[1] as string).toLowerCase();
    const terms = tag(nlp, `they ${verb} ${doer[2]}`);
    if (/^keeps?$|^kept$/.test(verb) || terms[1]?.tags.has('PastTense')) return `someone ${verb} ${doer[2]}`;
  }
  const disputed = /^what ([a-z]+)$/i.exec(text);
  if (question && disputed && disputable(tag(nlp, text)[1])) return `I don't know which ${disputed[1]} you mean`;
  const elsewhere = /^if (.+?),? (?:then )?(?:that'?s|that is|it'?s|it is) (?:on (?:them|him|her)|not on me|not my fault|not my problem)(?:,? not (?:on )?me)?$/i.exec(text);
  if (elsewhere) return `if ${elsewhere[1]}, that isn't on me`;
  return text;
}

/** The sentence said calmly with the fewest changes, or null when it states nothing a reply could repeat. */
function calmed(nlp: Nlp, sentence: string, question: boolean): SaidClause | null {
  let text = spellOut(sentence).replace(/["\u201c\u201d]/g, '').replace(/[,\s]+$/, '').replace(/^(?:for the (?:last|millionth|hundredth) time),?\s+/i, '').trim();
  // "great job on the presentation, loved how you took credit for my slides": what they did, and where.
  text = text.replace(/^(?:oh )?(?:great|nice|good|amazing|awesome) (?:job|work) on (the [a-z]+(?: [a-z]+)?),?\s*(?:really |i )?(?:loved|love|enjoyed|appreciated) (?:how|that|when) (.+)$/i, '$2 at $1');
  if (/^(?:oh )?(?:great|nice|good|amazing|awesome|brilliant|fantastic|lovely) (?:job|work|going|one)\b/i.test(text)) return null;
  for (let i = 0; i < 3; i++) text = text.replace(OPENER, '');
  // "yes, because I obviously have nothing else to do": a reason after a yes is sarcasm; a reason cut from the clause it
  // gives the reason for says nothing alone.
  if (/^(?:because|cause|cuz|coz|cos|bc)\b(?! of\b)/i.test(text)) return null;
  // "whatever happened to I'll handle the taxes": what they said, in the writer's words.
  text = text.replace(/^whatever happened to i'll (.+)$/i, "you said you'd $1").replace(/^what happened to i'll (.+)$/i, "you said you'd $1");
  text = text
    .replace(/^(?:can|could) (?:someone|anyone|somebody|you) (?:please )?explain why (.+)$/i, '$1')
    .replace(/^so (?:we're|we are) (?:just )?not (?:going to|gonna) (?:talk about|mention) (?:how|that) (.+)$/i, '$1')
    .replace(/^(?:we're|we are) (?:just )?not (?:going to|gonna) (?:talk about|mention) (?:how|that) (.+)$/i, '$1')
    .replace(/^the fact that (.+?) (?:says|shows|tells|means|is|proves) (?:everything|a lot|all)\b.*$/i, '$1')
    .replace(/^the fact that (.+?) (?:is|was) (?:so |just |really |absolutely )?[a-z]+$/i, '$1')
    .replace(/^why (?:is|are) there\b/i, "there's")
    .replace(/^(?:so )?(?:we're|we are) (?:just )?(?:pretending|acting like) (?:that )?you didn'?t ([a-z]+)\b/i, (_, verb: string) => `you ${verbForms(nlp, verb).past}`)
    // "now I look like an idiot in front of Paula": how it left the writer, without the name they call themselves.
    .replace(/\bI (look|looked) (?:like )?(?:an idiot|a fool|stupid|dumb|incompetent)\b/i, 'I $1 bad')
    .replace(/^that(?:'s| is| was) not what i said\b/i, "I didn't say that")
    .replace(/^(?:i'?m )?not sure where you got the idea (?:that )?i ([a-z]+ed)\b/i, (_, verb: string) => `I didn't ${verbForms(nlp, verb).infinitive}`)
    .replace(/^i have no idea what you'?re talking about with\b/i, "I'm not sure what you mean about")
    .replace(/^is there (?:a|any) reason (?:why |that )?/i, '')
    // "now the scratch on the car is my fault too?" denies in disbelief: said as the writer's view.
    .replace(/^(?:now |so )*(the [a-z]+(?: [a-z]+){0,4}) (?:is|was) (?:my fault|on me)(?: too| now| again)*$/i, "I don't think $1 is on me")
    // "not everything that goes missing is my fault" says the writer's view without the charge.
    .replace(/^not (every\w*|all|each) (.+?) (?:is|was) (?:my fault|on me)$/i, 'not $1 $2 is down to me')
    .replace(/^that(?:'s| is| was) not (?:what happened|how it went)\b/i, "that isn't how it went")
    .replace(/^nowhere does (it|the [a-z]+(?: [a-z]+)?) say\b/i, "$1 doesn't say")
    .replace(/^how many (?:more )?times (?:do|did|have|must|should|will) i (?:have to |need to |got to |gotta )?(ask|tell|remind) you (?:to )?(.+)$/i, (_, verb: string, rest: string) => `I've ${verbForms(nlp, verb).past} you before to ${rest}`)
    .replace(/^(?:i can'?t believe|i cannot believe|i swear)\s+/i, '')
    // "Absolutely livid that my desk was cleared out": the reply names its own feeling; the fact is what is said.
    .replace(/^(?:i'?m |i am )?(?:(?:so|really|absolutely|totally|pretty|very|just|honestly|beyond) )*(?:not (?:impressed|happy|pleased|ok|okay)|livid|furious|fuming|raging|gutted|disgusted|appalled|angry|mad|annoyed|upset|frustrated|pissed(?: off)?) (?:that|about how|how) (?=\S+ \S+ \S+)/i, '')
    // "never said the kids could stay up": the writer is the one who did not.
    .replace(/^never\s+(?=[a-z]+ed\b|said|told|did|took|ate|broke|had|made|went|saw)/i, 'I never ')
    .replace(/^every (?:single )?time\b/i, 'when')
    .replace(/\s+every (?:single )?time\b/i, ' when')

    .replace(/\bevery(?: single)? time\.?$/i, '');
  text = statedQuestion(nlp, rhetorical(nlp, text, question));
  const sarcasm = unSarcastic(nlp, text);
  if (sarcasm === null) return null;
  text = withoutNever(nlp, sarcasm.replace(CUT_THREAT, '').replace(GLOAT, '').replace(MOCK_AWARD, '').replace(FILLER_WORDS, '').replace(/\blike (?=(?:a|an|two|three|four|five|six|\d)\b)/gi, ''))
    .replace(/\s+(?:again|too|or what|or something)$/i, '')
    .replace(/\s+/g, ' ')
    .trim();
  // A question that asks ("what happened with the quote?") states nothing; one in statement order ("you're going to Vegas??") does.
  // "if the apartment isn't cleaned, you're paying the fine" is a condition, mostly a threat: no account either.
  if ((QUESTION_START.test(text) && !/^when\b/i.test(text)) || (question && /^when\b/i.test(text)) || (/^if\b/i.test(text) && !/, that isn't on me$/.test(text)) || NO_ACCOUNT.test(text)) return null;
  // "after all the money we spent on tutors", "despite everything I did": a phrase leading up to a point it never makes.
  if (LEADS_UP.test(text) && !text.includes(',')) return null;
  // "I'm sick of being the only one who ...", "I'm done covering for you with Jenna": what the writer is tired of.
  const being = /^i'?m (?:so |really )?(?:sick of|tired of|done|done with|fed up with) ([a-z]+ing\b.+)$/i.exec(text);
  if (being) text = being[1] as string;
  // "a sink full of your crusty pans": an unkind word for a thing goes, the pans stay.
  text = text.replace(UNKIND_THING, '');
  const all = words(text);
  if (all.length < 3 || all.length > 24 || all.some(harmful)) return null;
  if (/\byou(?:'re| are)? (?:always|never)\b|\bnot (?:okay|ok|acceptable)\b/i.test(text)) return null;
  const terms: TaggedTerm[] = tag(nlp, text);
  // A phrase with no verb ("$2,400 for a place with no working heat") stands only as a sentence of its own.
  const finite = terms.some((t) => t.tags.has('Verb') && !t.tags.has('Gerund') && (t.tags.has('PastTense') || t.tags.has('PresentTense') || t.tags.has('Copula') || t.tags.has('Modal') || t.tags.has('Auxiliary')) && !(t === terms[0] && t.tags.has('Infinitive')));
  const fragment = !being && !finite && !terms[0]?.tags.has('Gerund');
  // A verbless phrase is said only when it names a thing in two words or more: "the onboarding docs", not "the noise".
  if (fragment && (all.length < 2 || anchorsOf(nlp, text).join(' ').split(' ').length < 2)) return null;
  // An order ("pick up the dry cleaning", "please take me off the invite") is a request, said as one elsewhere.
  const opening = terms[0]?.lower === 'please' ? terms[1] : terms[0];
  if ((opening?.tags.has('Infinitive') && !opening.tags.has('Pronoun') && opening.lower !== 'when') || /^(?:please|don't|do not)\b/i.test(text)) return null;
  const cool = withoutHeat(nlp, text);
  if (cool === null) return null;
  if (cool !== text) return calmed(nlp, cool, question);
  // The writer's own account of what they did ("I asked for the login", "I've flagged that before") opens the reply.
  const ownEvent = /^i\s/i.test(text) && (terms[1]?.tags.has('PastTense') || (/^(?:have|has|had)$/.test(terms[1]?.lower ?? '') && terms.slice(2, 4).some((t) => t.tags.has('PastTense') || t.tags.has('Participle'))));
  // "the towels on the floor, the wet clothes in the washer, the lights on all night" lists things: no clause.
  const list = text.split(/,\s+(?:and\s+)?/).length > 1 && text.split(/,\s+(?:and\s+)?/).every((item) => /^(?:the|my|your|our|his|her|their)\s/i.test(item));
  const kind: SaidClause['kind'] = fragment || list ? 'fragment' : being || (terms[0]?.tags.has('Gerund') && !finite) ? 'being' : ownEvent ? 'own' : 'clause';
  // Said after "that" or as a sentence of its own, the clause keeps capitals only on names and "I".
  const said = text.replace(/\bi\b/g, 'I').replace(/^\p{Lu}(?=\p{Ll})/u, (c) => (terms[0]?.tags.has('ProperNoun') ? c : c.toLowerCase()));
  // The sentence's things as the draft had them, where the calm sentence still holds them ("What overtime?").
  const anchors = [...new Set([...anchorsOf(nlp, text), ...anchorsOf(nlp, sentence).filter((a) => holds(text, a))])];
  return { text: said, kind, anchors, question: question && !/^I don't (?:think|know which)\b/.test(said) };
}

/**
 * The clause with its heat taken out and its facts kept, or null when no calm part holds a thing: the part after
 * "and"/"except"/"but" that carries the heat goes ("gave it back with a stain on it and said nothing" keeps the stain),
 * and a heated word inside a named thing ("the pay rise") is the thing, not a jab.
 */
const ELLIPTIC_NO = /^(?:you|he|she|they)\s+(?:didn'?t|did not|never did|haven'?t|hasn'?t|won'?t|wouldn'?t|never)\W*$/i;
const OWN_NO = /^(?:I|we)(?:'re|'m| am| are| was| were| have| did| do|'ve)?\s+(?:not|never)\b|^(?:I|we) (?:didn'?t|don'?t|wasn'?t|weren'?t|haven'?t|won'?t|can'?t)\b/i;
function withoutHeat(nlp: Nlp, text: string): string | null {
  const strict = analyze(text, { sensitivity: 'strict', rulesOnly: true });
  if (!strict.heated) return text;
  const things = anchorsOf(nlp, text).filter((a) => a.includes(' '));
  const inThing = strict.reasons.every((r) => r.spans.every((span) => things.some((a) => holds(a, text.slice(span.start, span.end)))));
  if (inThing && !analyze(text).heated) return text;
  const cuts = [...text.matchAll(/,?\s+(?:and|except|but)\s+/gi)].map((m) => m.index).reverse();
  for (const at of cuts) {
    const part = text.slice(0, at);
    // "you said you'd come and you didn't": the part after "and" is the point. "I'm not the reason ..." is a denial, said elsewhere.
    if (ELLIPTIC_NO.test(text.slice(at).replace(/^,?\s+\w+\s+/, '')) || OWN_NO.test(part)) continue;
    if (words(part).length >= 3 && anchorsOf(nlp, part).length > 0 && !analyze(part, { sensitivity: 'strict', rulesOnly: true }).heated) return part;
  }
  return null;
}

/** Whether a part of a sentence opens on a bare verb: "give it back", "please take me off the invite". */
function isOrder(nlp: Nlp, part: string): boolean {
  const terms = tag(nlp, part.trim().replace(/^(?:and|just|so)\s+/i, ''));
  const opening = terms[0]?.lower === 'please' ? terms[1] : terms[0];
  return !!opening && opening.tags.has('Infinitive') && !opening.tags.has('Pronoun') && opening.lower !== 'when' && terms.length >= 2;
}

/** Every calm sentence of the draft that carries at least one anchor, in the draft's order. */
export function saidClauses(nlp: Nlp, text: string): SaidClause[] {
  const found: SaidClause[] = [];
  let thing: string | undefined;
  for (const { text: raw, question } of sentencesOf(text)) {
    // "Read the lease again. Nowhere does it say ...": "it" is the one thing of the sentence before, left out as an order.
    const sentence = (thing ? raw.replace(/^(nowhere does |)it\b/i, (_, nowhere: string) => `${nowhere}the ${thing}`) : raw).replace(BECAUSE, '').replace(BLAMED_ON, '').replace(BLAME_BEFORE_GLOAT, '');
    // A sentence with an order in it ("you never returned my ladder, give it back") is said without the order.
    // So is one with a charge that names nothing ("you never listen to me, I asked three times about the rent").
    const parts = sentence.split(/,\s+/);
    const ordering = parts.length > 1 && parts.some((part) => isOrder(nlp, part) || (/^(?:you|u)\b/i.test(part.trim()) && anchorsOf(nlp, part).length === 0));
    const whole = ordering ? null : calmed(nlp, sentence, question);
    const things = anchorsOf(nlp, raw);
    // "I'm 31. It's not concern": a number is no thing "it" could stand for.
    thing = !whole && things.length === 1 && !/\d/.test(things[0] as string) ? things[0] : undefined;
    if (whole && whole.anchors.length > 0) {
      found.push(whole);
      continue;
    }
    // A long sentence may hold one calm part beside a heated one or an order: "ask Marco, he was holding the container".
    let name: string | undefined;
    // "nothing but polite" is one phrase: no split before its "but".
    for (const part of sentence.split(/,\s+|(?<!\b(?:nothing|anything|all|everything))\s+(?=(?:but|so)\s)|\s+(?=(?:how|why|what|who) (?:could|would|did|do|does|is|are|was)\b)|\s+and\s+(?=you(?:'re| are)\s)/i)) {
      const said = calmed(nlp, name ? part.replace(/^(?:he|she|they)\b/i, name) : part, question);
      if (said && said.anchors.length > 0) found.push(said);
      // The one name of a part left out is who "he" or "she" in the next part is.
      const names = tag(nlp, part).filter((t) => t.tags.has('ProperNoun') && /^\p{Lu}/u.test(t.text) && t.lower !== 'i');
      name = !said && names.length === 1 ? names[0]?.text : undefined;
    }
  }
  // "I mean it", "I'm serious": emphasis, not something that happened; after "I'm frustrated that" it reads as a glitch.
  return found.filter((c) => !/^(?:i mean it|i'?m (?:dead )?serious|i swear|trust me)\b/i.test(c.text));
}

/** The fewest of `clauses` (two at most) that carry the most of `anchors` not already in `have`, in the draft's order. */
export function coveringClauses(clauses: readonly SaidClause[], anchors: readonly string[], have = ''): SaidClause[] {
  const wanted = anchors.filter((a) => !holds(have, a));
  const gain = (c: SaidClause, taken: Set<string>): number => c.anchors.filter((a) => wanted.includes(a) && !taken.has(a)).length;
  const taken = new Set<string>();
  const chosen: SaidClause[] = [];
  for (let round = 0; round < 2; round++) {
    let best: SaidClause | undefined;
    for (const c of clauses) if (!chosen.includes(c) && gain(c, taken) > 0 && (!best || gain(c, taken) > gain(best, taken) || (gain(c, taken) === gain(best, taken) && c.text.length < best.text.length))) best = c;
    if (!best) break;
    chosen.push(best);
    for (const a of best.anchors) taken.add(a);
  }
  return clauses.filter((c) => chosen.includes(c));
}

/** How many of `anchors` `text` holds. */
export const anchorsIn = (text: string, anchors: readonly string[]): number => anchors.filter((a) => holds(text, a)).length;
