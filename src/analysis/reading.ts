// Reads a heated draft the way NVC and Gottman do before anything is written back: what happened, as both people
// could agree on it; the writer's feeling at its real strength; the need and request behind it; the stance and the
// register. The reply writer writes from this reading only.
import { afinnScore } from './afinn';
import { analyze } from './analyze';
import { quotedClaims } from './quoted-claims';
import { cleanDraft, findPoint, type Point } from './reframe-topic';
import { isHeatWord } from './lexicon';
import { hasJab, isCalmRequest, isDismissal, isPutDown, withoutJabs } from './request-tone';
import { anchorsOf, escapeRegExp, holds, saidClauses, spellOut, timesSaid, type SaidClause } from './reframe-anchors';

export { spellOut } from './reframe-anchors';
import { KEPT_CAPITALS, plainWords, unreadable } from './reframe-shorthand';
import { readTaunts, type Mockery } from './reframe-taunt';
import { bareNumber, topicPhrase } from './topic-phrase';
import { language, tag as tagText, verbForms, type Nlp, type TaggedTerm } from './nlp';
import type { Analysis } from './types';

// One reading tags the same clause several times (observation, statement, second clause): tag each text once.
const tagged = new Map<string, TaggedTerm[]>();
function tag(nlp: Nlp, text: string): TaggedTerm[] {
  let terms = tagged.get(text);
  if (!terms) {
    if (tagged.size > 200) tagged.clear();
    terms = tagText(nlp, text);
    tagged.set(text, terms);
  }
  return terms;
}

export type Stance = 'accusing' | 'denying' | 'refusing' | 'demanding' | 'withdrawing' | 'asking';
export type Register = 'work' | 'personal';
export type Strength = 'mild' | 'moderate' | 'strong';

export interface FeltFeeling {
  /** Writer's feeling, one of FEELING_WORDS' keys. */
  id: FeelingId;
  strength: Strength;
  /** The draft's own word for it, if the writer named one ("livid"). */
  named: string | null;
}

export interface Reading {
  /** The draft as read: markup, links and quoted lines removed, shouting in lower case. */
  text: string;
  /** What happened, turned from accusation into a clause both could agree on: "I didn't get the numbers". */
  observation: string | null;
  /** A noun phrase for what the draft is about, carrying its details: "the rent and the $40 late fee". */
  topic: string;
  feeling: FeltFeeling;
  /** Why it matters, as it reads after "I need": "to know I can count on you"; null when nothing says. */
  need: string | null;
  /** What the writer wants done, as it reads after "Could you": "send me the numbers". */
  request: string | null;
  /** What the writer says they need, in their words after "I need": "this now, not tomorrow". */
  want: string | null;
  /** What the writer wants stopped, as it reads after "Please don't": "touch my laptop". */
  prohibition: string | null;
  /** The same, in the draft's words after "stop", when it said "stop": "replying-all to the department". */
  stopping: string | null;
  stance: Stance;
  register: Register;
  /** Written to someone close (a partner, family, a friend): a repair may speak of "us". */
  close: boolean;
  /** Too wound up to talk well: the only case a break is offered. */
  flooded: boolean;
  /** Writes in lower case or texting words: replies come back plain and lower case. */
  casual: boolean;
  /** Writes with no capitals at all, or "i" for "I": replies come back all in lower case, "i" included. */
  lowercase: boolean;
  /** Every name, number, time and date of the draft: a reply keeps them all. */
  details: string[];
  addressee: string | null;
  /** For a denial: what the writer says is not on them ("the deck was late", or a clause after "that") and their account ("I got the data at 11pm"). */
  denied: string | null;
  account: string | null;
  /** The writer's own calm denial, kept as the firm reply's first words: "I didn't say that". */
  ownDenial: string | null;
  /** A fair next step the draft holds over the reader, said as a calm boundary: "If it isn't fixed by Friday, I'll call the council." */
  consequence: string | null;
  /** For a refusal: what the writer will not do or wants space from, in their words ("texting me about the wedding"). */
  refused: string | null;
  /** The writer trying to reach the other person ("answer your phone"): worry, never a break. */
  reaching: boolean;
  /** The observation is the writer's own account ("I told you three times"), not what the other person did. */
  own: boolean;
  /** A calm clause of the draft that holds details the observation and topic leave out: "the pitch is tomorrow at 9". */
  context: string | null;
  /** A second calm clause of the draft naming what the observation leaves out: "I first reported it in April". */
  support: string | null;
  /** A plain question of the draft that a reply can ask calmly: "who approved this". */
  question: string | null;
  /** A question the writer asks about a choice the other person made: "why would you tell her" -> "you told her". */
  questioned: string | null;
  /** The concrete words the draft is about (things, names, places, amounts, times, dates), in lower case. */
  anchors: string[];
  /** The draft's own sentences that carry anchors, each made calm with the fewest changes, in the draft's order. */
  said: SaidClause[];
  /** How the draft mocks the reader ("aww who's a clever boy"), if it does: everything above is then read from its plain pieces alone. */
  mockery: Mockery | null;
  /** What the writer thinks under a sarcastic claim, said plainly: "I trust my doctor more than the internet forum on this". */
  view: string | null;
}

export type FeelingId =
  | 'angry'
  | 'frustrated'
  | 'fed-up'
  | 'hurt'
  | 'sad'
  | 'disappointed'
  | 'scared'
  | 'worried'
  | 'embarrassed'
  | 'overwhelmed'
  | 'exhausted'
  | 'lonely'
  | 'jealous'
  | 'confused';

interface FeelingWord {
  id: FeelingId;
  strength: Strength;
}

// The words a writer uses for a feeling, and how strong each is on its own.
const NAMED: Record<string, FeelingWord> = {};
function named(id: FeelingId, strength: Strength, list: string): void {
  for (const word of list.split(',')) NAMED[word.trim()] = { id, strength };
}
named('angry', 'strong', 'livid, furious, fuming, seething, enraged, raging, pissed off, pissed, beyond angry, so angry, incandescent');
named('angry', 'moderate', 'angry, mad, cross');
named('frustrated', 'moderate', 'frustrated, irritated, exasperated, wound up');
named('frustrated', 'mild', 'annoyed, bothered, irked, miffed');
named('fed-up', 'strong', "sick of, sick and tired, had enough, done with, so done, over it, can't take");
named('fed-up', 'moderate', 'fed up, tired of');
named('hurt', 'strong', 'heartbroken, devastated, crushed, betrayed, gutted');
named('hurt', 'moderate', 'hurt, upset, wounded');
named('sad', 'moderate', 'sad, down, miserable, unhappy');
named('disappointed', 'moderate', 'disappointed, let down');
named('scared', 'strong', 'terrified, petrified, panicking, freaking out');
named('scared', 'moderate', 'scared, afraid, frightened');
named('worried', 'moderate', 'worried, anxious, nervous, stressed');
named('embarrassed', 'strong', 'humiliated, mortified, looked like an idiot, looked stupid, looked like a fool');
named('embarrassed', 'moderate', 'embarrassed, ashamed, embarrassed me, humiliated me');
named('overwhelmed', 'moderate', 'overwhelmed, swamped, drowning, buried');
named('exhausted', 'moderate', 'exhausted, tired, drained, worn out, wiped');
named('lonely', 'moderate', 'lonely, alone, left out, ignored, invisible');
named('jealous', 'moderate', 'jealous');
named('confused', 'mild', 'confused, lost');

const NAMED_RE = new RegExp(
  `\\b(?:i(?:'m| am| feel| felt| was|'ve been| have been| get| got)|makes me|made me|feeling)\\s+(?:(so|really|very|extremely|absolutely|totally|completely|fucking|freaking|beyond|a bit|a little|kinda|kind of|slightly|pretty|just|honestly|actually|literally)\\s+)?(${Object.keys(NAMED)
    .sort((a, b) => b.length - a.length)
    .join('|')})\\b`,
  'i',
);
// Feelings that need no "I'm" in front: "I've had enough", "sick of this", "so done".
const BARE_RE = /\b(had enough|sick of|sick and tired|so done|done with|over it|can't take|fed up|tired of|freaking out|pissed off|looked like an idiot|looked stupid|looked like a fool|embarrassed me|humiliated me)\b/i;

// Situations that show a feeling the writer does not name, checked in this order.
const SITUATIONS: readonly [FeelingId, RegExp][] = [
  ['worried', /\b(?:hospital|surgery|biopsy|fever|test results|can'?t sleep waiting|is (?:he|she|it) (?:ok|okay|hurt))\b/],
  ['exhausted', /\b(?:up since|worked a double|double shift|haven'?t slept|barely slept|no sleep|can barely stand|running on empty|haven'?t (?:even )?eaten)\b/],
  ['overwhelmed', /\b(?:juggling|on top of (?:everything|the|my|all)|too many|plates spinning|head above water|at my limit|one more thing|everything is happening|all at once|breathing down my neck|keep track of|piling (?:more )?on|so much on)\b/],
  ['lonely', /\b(?:without me|nobody invited me|no one invited me|wasn'?t invited|left me out|find out on (?:instagram|facebook))\b/],
];

// The reader failed the writer: did not come, call or care, or left them to it.
const LET_DOWN = /\b(?:you|u) (?:just |even |still )?(?:(?:did|could|would|were|was|have|had)(?:n'?t| not)|never|left me|went out|chose)\b|\bnot (?:even )?(?:a |one |a single )?(?:call|text|visit|card)|\bbe bothered\b|\bwhere were (?:you|u)\b/;
// Something that may still go either way: the writer is worried, whatever the reader did.
const STILL_UNSURE = /\b(?:is|are|'s|'re) (?:still )?(?:in |sick|ill|hurt)|\b(?:waiting|results|biopsy|tomorrow|what if|might)\b/;

const STRONGER: Record<Strength, Strength> = { mild: 'moderate', moderate: 'strong', strong: 'strong' };
const WEAKER: Record<Strength, Strength> = { mild: 'mild', moderate: 'mild', strong: 'moderate' };

const WORK_WORDS =
  /\b(?:report|meeting|deadline|client|clients|project|slides?|deck|review|manager|boss|presentation|ticket|release|invoice|office|shift|sprint|standup|stand-up|spreadsheet|budget|proposal|contract|colleague|team|hr|ceo|pr|merge|deploy|launch|numbers|data|agenda|cc'?d|email|emails|memo|quarter|q[1-4]|kpi|eod|asap|roster|customer|vendor|stakeholders?|payslips?|payroll|salary|pay rise|timesheets?|appraisal|performance review)\b/i;
const PERSONAL_WORDS =
  /\b(?:babe|baby|love|honey|mom|mum|dad|sis|bro|kids?|dinner|date|birthday|anniversary|wedding|party|weekend|home|house|dishes|laundry|rent|roommate|flat|apartment|bed|sleep|friend|friends|girlfriend|boyfriend|wife|husband|family|xx+|lol|omg|ur|u)\b/i;
// Words of a close tie: a repair may speak of "us" ("the rent" alone may be to a landlord).
const CLOSE_WORDS =
  /\b(?:babe|baby|love|honey|hun|mom|mum|dad|mama|papa|sis|bro|kids?|dinner|date|birthday|anniversary|wedding|party|weekend|dishes|laundry|roommate|bed|friends?|friendship|girlfriend|boyfriend|gf|bf|wife|husband|family|partner|brother|sister|mother|father|son|daughter|flatmate|housemate|mate|xx+|lol|omg|ur|u|us|our|we|together|miss you|love you)\b/i;

// "I wasn't rude to the customer", "I haven't taken any extra leave", "it wasn't my kids who broke it": a charge denied in the writer's words.
const OWN_DENIED =
  /\bi (?:was not|wasn'?t|wasnt) (?:[a-z]+ing|rude|late|drunk|mean|involved|responsible|there)\b|\bi (?:have not|haven'?t|havent) (?:taken|used|touched|spent|eaten|broken|lost|moved|shared|posted|told|said|done)\b|\bit (?:was not|wasn'?t|wasnt) (?:my|me|us|the) (?:[a-z]+ ){0,2}?(?:who|that)\b/;
const DENIAL =
  /\b(?:(?:it's|its|it is|that's|thats|that is|this is|this isn't|wasn't|not) (?:not )?(?:my fault|on me|down to me)|not my fault|not on me|wasn't me|i never said|i didn't say|i did not say|i never told|i never did|i didn't do|i did not do|i didn't touch|i never touched|i'm not the one|im not the one|not the one who|don't blame me|dont blame me|stop blaming me|how is (?:this|that|it) my fault|i did send|i already sent|i already did|i already told|i did tell|i did do|i did pay|i already paid|that's not true|thats not true|that's not what i said|i was never|i never even|not my problem|how was i supposed to know|how am i supposed to know|blaming me|i didn't do anything wrong|i did nothing wrong|i've done nothing wrong|i didnt (?:say|tell|do|touch|take|forget|eat|break)|i (?:never|didn'?t|did not) (?:say|said|tell|told|touch|touched|take|took|eat|ate|break|broke|lose|lost|promise|promised|agree|agreed|use|used|move|moved|skip|skipped|cancel|cancelled|forget|forgot)|wasn'?t (?:from )?me|not from me|(?:stop|quit) acting like i|that(?:'s| is| was) not what (?:happened|i said|i meant)|not what i said|where (?:did )?you got? the idea|i(?: have|'ve) never (?:been|done|said|missed|left|taken)|nowhere does it say|i wasn'?t even (?:at|there|here|home|in)|how could i (?:have|possibly)|not my (?:code|call|job|mess|decision|responsibility|idea)\b|i have no idea what you'?re talking about|check (?:venmo|the log|the logs|your (?:spam|email|inbox|texts|messages))|scroll up|before you (?:accuse|come at|blame)|you(?:'re| are) remembering it wrong|(?:is|was) my fault(?: too| now| again)*\?)/i;
// "i never shared my password", "didnt eat your sushi": the writer says they did not do what they are blamed for.
// Verbs of what reached the writer ("I didn't get the numbers") or of wanting and knowing are complaints, not denials.
const DID_NOT_DO =
  /(?:^|[.!?,;]\s*|\bi )(?:never|didn'?t|did not|didnt) (?!get|got|receive|hear|see|saw|know|expect|want|need|ask|sign|think|mean|like|have|had|sleep|understand|reali[sz]e|notice|feel|care|even|ever|mind|again|bother|deserve|hate|love|make it|find|stop|trust|believe|say (?:yes|no))[a-z]+ (?:ur|your|the|his|her|their|that|it|anything|any|my|him|them|those|this)\b/i;
// "if legal lost it that's on them, not me": the fault put on someone else.
const ON_SOMEONE_ELSE = /\bthat'?s on (?:them|him|her)\b|\bon (?:them|him|her|you|u|[a-z]+), not (?:on )?me\b/i;
// "stop texting me" asks for distance; "stop texting my mum" asks for something else.
const DISTANCE =
  /\b(?:stop (?:texting|calling|messaging|asking|bugging|emailing|pinging|contacting|hassling|nagging)(?! (?:my|his|her|their|our|the|people|everyone|\w+'s)\b)|leave me alone|don'?t (?:text|call|message|contact|email) me|need (?:some )?space|give me (?:some )?space|back off|i don'?t want to talk|not talking (?:to you )?(?:about|right now)|i'?m not discussing|i can'?t do this right now|don'?t talk to me|not talking to you|nothing to say to you|go away|get away from me|conversation is over|talk to the hand|leave me be|don'?t contact me)\b/i;
const REFUSAL =
  /(?:^|[.!?]\s*)(?:nope|no|nah)?[.,]?\s*not (?!sure|kidding|joking|saying|even|really|that|just|my|your|the|a|an|to)[a-z]+ing\b|\b(?:i'?m|i am) not (?!sure|kidding|joking|saying|asking|trying|being|getting|going to lie)[a-z]+ing\b|\b(?:i'?m not (?:doing|going|coming|paying|covering|lending|taking|driving|picking|cleaning|working|staying|hosting|giving|buying|letting)|im not (?:doing|going|coming|paying|covering|lending|taking|driving|picking|cleaning|working)|i won'?t|i wont|i will not|not gonna|not going to (?!lie)|no way (?:am i|i'm|im)|i refuse|count me out|i said no|the answer is no|no means no|still no|i can'?t (?:cover|do|come|make|lend|take|pay))/i;
const WITHDRAWAL = /(?:^|[\s.,!])(?:whatever|forget it|never ?mind|nvm|i give up|do what you want|i don'?t care anymore|i'?m done|im done|fine\.?$|k\.?$|ok\.?$)/i;
const REACHING =
  /\b(?:answer (?:your|the|ur) (?:\w+ )?(?:phone|texts?|messages?|calls?)|pick up (?:your|the|ur) (?:\w+ )?phone|pick up\b.*\bphone|call me back|text me back|where (?:the hell |tf |the fuck )?(?:are|r) (?:you|u)(?! (?:getting|going with|coming from|taking|talking))|why (?:aren'?t|arent) (?:you|u) (?:answering|picking up|replying)|are you ok|r u ok|reply to me|answer me)\b/i;
const DEMAND =
  /^(?:\w+,\s*)?(?:answer|call|pick|send|get|give|fix|do|come|tell|pay|reply|text|return|bring|clean|finish|move|take|put|just)\b|\b(?:you need to|you have to|you better|you'd better|u need to|i need you to|i want (?:it|this|that|them|my)\b[^.?!]*\b(?:now|today|back)|asap|right now|immediately)\b/i;
// Nobody "forgot" the cake: an accusation put in scare quotes is denied.
const SCARE_QUOTED = /(?:\bnobody|\bnever|\bdidn'?t|\bdid not|\bnot|\bthe one who) (?:\w+ )?["\u201c]\w+["\u201d]/i;
const QUESTION = /\?|^(?:can|could|would|will|why|where|when|what|how|who|did|do|are|is)\b/i;
const ACCUSE = /\b(?:you|u|your|ur|you're|youre)\b/i;

const TEXTING = /\b(?:u|ur|r|pls|plz|thx|tbh|idk|omg|lol|lmao|wtf|ngl|rn|bc|cuz|gonna|wanna|kinda|ya|yall|nvm|smh)\b/i;

/** "I did submit the timesheet": an emphatic "did" before a plain verb insists it was done. */
function emphaticDo(lower: string): boolean {
  const nlp = language();
  const m = /\bi did (?:already |actually |in fact )?([a-z]+) (?:the|it|that|my|your|ur|you|u|him|her|them|this|on|yesterday|last)\b/.exec(lower);
  if (!m || !nlp) return false;
  const verb = m[1] as string;
  return !/^(?:not|nothing|everything|all|so|too|what|that|this|it|some|more|enough|my|the|a|an)$/.test(verb) && tag(nlp, `I will ${verb} it`)[2]?.tags.has('Verb') === true && verbForms(nlp, verb).infinitive === verb;
}

/** The draft's stance toward the issue: what a reply must keep. */
export function readStance(text: string, analysis?: Analysis): Stance {
  // "so we're not going to talk about how you ditched me" complains that the other person will not talk: no refusal.
  const lower = text.toLowerCase().replace(/[\u2019]/g, "'").replace(/\b(?:we're|we are|you're|you are|ur) (?:just )?not (?:going to|gonna) (?:talk|mention)\b/g, 'we skip');
  if (DENIAL.test(lower) || OWN_DENIED.test(lower) || DID_NOT_DO.test(lower) || ON_SOMEONE_ELSE.test(lower) || emphaticDo(lower)) return 'denying';
  if (DISTANCE.test(lower) || REFUSAL.test(lower)) return 'refusing';
  if (REACHING.test(lower)) return 'demanding';
  const short = lower.split(/\s+/).filter(Boolean).length <= 6;
  const markers = (lower.match(/\b(?:whatever|forget it|never ?mind|i give up|do what you want|don'?t care|i'?m done)\b/g) ?? []).length;
  if (WITHDRAWAL.test(lower) && (short || markers >= 2 || analysis?.reasons.some((r) => r.kind === 'stonewalling'))) return 'withdrawing';
  if (DEMAND.test(lower.trim())) return 'demanding';
  const sentences = lower.split(/(?<=[.!?])\s+/).filter(Boolean);
  const allQuestions = sentences.length > 0 && sentences.every((s) => QUESTION.test(s.trim()));
  // "??" is no plain question: it asks in disbelief.
  const heat = (analysis ? analysis.reasons.length > 0 : false) || /\?\?|\?!|!\?/.test(text);
  if (allQuestions && !/\bwhy (?:would|did|do|are|is|the hell|tf)\b|\bwhat (?:the|is wrong)\b/.test(lower) && !heat) return 'asking';
  if (ACCUSE.test(lower) || heat) return 'accusing';
  return allQuestions ? 'asking' : 'accusing';
}

/** Work when the draft speaks of work things and nothing personal; personal otherwise. */
export function readRegister(text: string): Register {
  const work = (text.match(new RegExp(WORK_WORDS.source, 'gi')) ?? []).length;
  const personal = (text.match(new RegExp(PERSONAL_WORDS.source, 'gi')) ?? []).length;
  return work > personal ? 'work' : 'personal';
}

const shouted = (text: string): number => (text.match(/\b\p{Lu}{3,}\b/gu) ?? []).filter((w) => !/^(?:ASAP|EOD|CEO|HR|PR|OK|LOL|OMG)$/.test(w)).length;

/** The writer's feeling, named or guessed, at the strength the draft shows. */
export function readFeeling(text: string, analysis: Analysis, stance: Stance): FeltFeeling {
  // Feelings inside double quotes are someone else's words: '"I'm just tired", right, every night' is no tiredness of the writer's.
  const lower = text.toLowerCase().replace(/[\u2019]/g, "'").replace(/["\u201c][^"\u201d\n]{1,80}["\u201d]/g, ' ');
  const caps = shouted(text);
  const marks = (text.match(/[!?]{2,}|!/g) ?? []).length;
  const swearing = analysis.reasons.some((r) => r.kind === 'profanity');
  const hostile = analysis.reasons.some((r) => r.kind === 'hostility' || r.kind === 'contempt');
  // Signs of heat beyond the words: shouting, runs of marks, swearing, "again".
  let heat = (caps >= 2 ? 1 : 0) + (/!!|\?!|!\?|\?\?/.test(text) ? 1 : 0) + (swearing ? 1 : 0) + (/\bagain\b/i.test(text) && caps > 0 ? 1 : 0);
  if (marks >= 3) heat++;
  const match = NAMED_RE.exec(lower);
  const bare = BARE_RE.exec(lower);
  const word = match?.[2] ?? bare?.[1];
  if (word) {
    const base = NAMED[word] as FeelingWord;
    const intensifier = match?.[1] ?? '';
    let strength = base.strength;
    if (/^(?:a bit|a little|kinda|kind of|slightly|pretty)$/.test(intensifier)) strength = WEAKER[strength];
    else if (intensifier && !/^(?:just|honestly|actually)$/.test(intensifier)) strength = STRONGER[strength];
    if (heat >= 2) strength = STRONGER[strength];
    return { id: base.id, strength, named: word };
  }
  if (/\b(?:enough|so done|i'm done|im done|can't anymore|cant anymore)\b/.test(lower)) return { id: 'fed-up', strength: 'strong', named: null };
  // A feeling told as a situation: a pile of work, no sleep, someone in hospital. Illness the reader let the writer
  // down over ("you didn't even visit when I was in hospital") is over: it hurts, and worry is about what may come.
  const situated: Strength = heat >= 1 || /\b(?:so|really|completely|totally)\b/.test(lower) ? 'strong' : 'moderate';
  if (WAS_ILL.test(lower) && (LET_DOWN.test(lower) || /\bnot (?:even )?once\b/.test(lower))) return { id: 'hurt', strength: situated, named: null };
  for (const [id, cue] of SITUATIONS) {
    const felt = id === 'worried' && LET_DOWN.test(lower) && !STILL_UNSURE.test(lower) ? 'hurt' : id;
    if (cue.test(lower)) return { id: felt, strength: situated, named: null };
  }
  if (REACHING.test(lower)) return { id: 'worried', strength: heat >= 1 ? 'strong' : 'moderate', named: null };
  if (stance === 'withdrawing' && /\b(?:you|u|without me)\b/.test(lower)) return { id: 'hurt', strength: heat >= 1 ? 'strong' : 'moderate', named: null };
  if (stance === 'withdrawing') return { id: 'overwhelmed', strength: heat >= 1 ? 'strong' : 'moderate', named: null };
  if (stance === 'denying') return { id: 'frustrated', strength: heat >= 1 ? 'strong' : 'moderate', named: null };
  // A guessed feeling is never told as small: understating a feeling the writer did not name reads as false.
  const strength: Strength = heat >= 2 || (heat >= 1 && (swearing || hostile)) ? 'strong' : 'moderate';
  if (/\b(?:forgot|forget|birthday|anniversary|promised|swore|stood me up|left me|without me|not invited|didn't invite)\b/.test(lower)) {
    return { id: strength === 'strong' && (caps > 0 || swearing) ? 'angry' : 'hurt', strength, named: null };
  }
  if (/\b(?:always|never|again|every (?:single )?time|constantly)\b/.test(lower)) return { id: strength === 'strong' ? 'angry' : 'fed-up', strength, named: null };
  if (strength === 'strong') return { id: 'angry', strength, named: null };
  return { id: stance === 'asking' && !analysis.heated && heat === 0 ? 'disappointed' : 'frustrated', strength, named: null };
}

/** The need a feeling and a theme point to, in words that fit the register. */
function readNeed(feeling: FeltFeeling, stance: Stance, register: Register, point: Point, reaching: boolean): string | null {
  if (reaching) return 'to know you are okay';
  if (stance === 'refusing') return 'some space';
  if (stance === 'withdrawing') return 'a bit of time to calm down';
  if (register === 'work') {
    if (stance === 'denying') return 'us to be clear on who did what';
    if (point.themes.includes('reliability')) return 'to be able to plan around it';
    // Work in general names no need a colleague would say: "I need to be able to rely on the plan" reads as filler.
    return null;
  }
  if (stance === 'denying') return 'to be treated fairly';
  if (point.themes.includes('chores')) return 'us to share the load';
  if (point.themes.includes('reliability')) return 'to know I can count on you';
  if (feeling.id === 'hurt' || feeling.id === 'sad' || feeling.id === 'lonely') return 'to know I matter to you';
  if (feeling.id === 'scared' || feeling.id === 'worried') return 'some reassurance';
  if (feeling.id === 'embarrassed') return 'to be backed up';
  if (feeling.id === 'overwhelmed' || feeling.id === 'exhausted') return 'some help';
  return null;
}

// Words that make a clause an attack, not an observation.
const ABSOLUTES = /\b(?:always|ever|constantly|every (?:single )?time|once again|yet again|literally|seriously|even|just|clearly|obviously)\b\s*/gi;
const TRANSFER_TO_ME = new Set(['send', 'give', 'pay', 'bring', 'return', 'show', 'lend', 'forward', 'email', 'text', 'tell']);
const REACH_VERBS = new Set(['call', 'text', 'reply', 'answer', 'respond', 'message', 'ring', 'contact', 'write']);
const STATE = new Set(['be', 'have', 'care', 'know', 'understand', 'think', 'like', 'love', 'feel', 'want', 'need', 'mean', 'deserve', 'seem', 'trust', 'believe', 'get', 'see', 'matter', 'listen', 'help', 'do', 'make', 'remember', 'find', 'apologize', 'apologise', 'change', 'try', 'say', 'act', 'ruin', 'go', 'come']);
const CUT = /\s+(?:and|but|so|because|cause|cuz|or|like|which|then)\s+.*$/i;

const harmfulWord = (lower: string): boolean => isHeatWord(lower) || /^(?:lazy|selfish|useless|stupid|idiot|pathetic|dumb|bs|crap|damn|hell|freaking|fucking|bloody|lying|liar|lied|whoever)$/.test(lower);

function tidy(clause: string): string {
  return timesSaid(withoutJabs(spellOut(clause)))
    .replace(/\bfor once\s+/gi, '')
    .replace(/^its\b/i, "it's")
    .replace(ABSOLUTES, '')
    .replace(/\s+(?:again|anyway|anymore|too|at all|or what|or something|lol|smh|ffs|wtf|seriously)$/i, '')
    .replace(/\s+/g, ' ')
    .trim();
}

const plural = (phrase: string): boolean => {
  const last = phrase.split(' ').pop() ?? '';
  return /s$/.test(last) && !/(?:ss|'s|us|is)$/.test(last) && !/^\p{Lu}/u.test(last);
};

/** Splits the rest of a clause after the verb into its object and what follows (when, where, to whom). */
/** Adverbs of a complaint that are no part of what was missed: "you didn't visit me once". */
const FILLER_ADVERB = /^(?:once|even|ever|really|actually|literally|just)$/;
/** Words that open a clause of time or reason inside the tail: "when I was in hospital". */
const SUBORDINATOR = /^(?:when|while|before|after|until|since|whenever)$/i;

function objectAndTail(terms: TaggedTerm[], from: number): { object: string; tail: string; end: number } {
  const object: string[] = [];
  let i = from;
  for (; i < terms.length; i++) {
    const t = terms[i] as TaggedTerm;
    if (t.tags.has('Preposition') || t.tags.has('Conjunction') || t.tags.has('QuestionWord') || /^(?:when|while|before|after|until|at|on|by|this|last|yesterday|today|tonight|tomorrow)$/.test(t.lower)) break;
    // After "my" or "the" comes a noun, whatever the tagger guessed ("my messages").
    const afterDeterminer = /^(?:the|my|your|our|his|her|their|a|an|this|that|these|those)$/i.test(object[object.length - 1] ?? '');
    if (t.tags.has('Verb') && !t.tags.has('PhrasalVerb') && object.length > 0 && !afterDeterminer) break;
    if (object.length > 0 && t.tags.has('Pronoun') && !t.tags.has('Possessive')) break;
    // "visit me once", "call me even": the adverb belongs to the complaint, not to what was missed.
    if (harmfulWord(t.lower) || FILLER_ADVERB.test(t.lower)) continue;
    object.push(t.text);
  }
  const tail: string[] = [];
  for (; i < terms.length; i++) {
    const t = terms[i] as TaggedTerm;
    // A new clause ends the tail ("... and I had to"), but not the "I" of "when I was in hospital"; "not once" does.
    if (/^(?:and|but|so|because|or|which|again|anymore|not|never)$/.test(t.lower) || (t.lower === 'i' && !SUBORDINATOR.test(tail[tail.length - 1] ?? ''))) break;
    if (harmfulWord(t.lower)) return { object: object.join(' '), tail: '', end: i };
    tail.push(t.text);
  }
  const phrase = object.join(' ').replace(/^your\b/i, 'the');
  // "anything", "everything", "a way": no thing both people could point at.
  const vague = /^(?:anything|everything|nothing|something|stuff|things|a way|a|an)\b/i.test(phrase);
  return { object: vague ? '' : phrase, tail: vague ? '' : tail.length > 0 ? ` ${tail.join(' ')}` : '', end: i };
}

/**
 * Turns one "you" clause into an observation both could agree on, or null if it is no event:
 * "you never sent me the numbers" -> "I didn't get the numbers"; "you forgot to pick up Mia" -> "Mia didn't get picked up".
 */
export function observe(nlp: Nlp, clause: string, habitual = false): string | null {
  // "you constantly interrupt me", "every time we make plans you cancel": what keeps happening, told without the "always".
  const habit = habitual || HABIT.test(clause.toLowerCase());
  // "whenever we agree a budget you overspend": the "whenever" clause says when; the habit is what follows it.
  const when = /^(?:whenever|every (?:single )?time|each time)\s+(?:[\w']+\s+){1,6}?(?=(?:you|u)\s)/i.exec(clause.trim())?.[0];
  const terms = tag(nlp, tidy(when ? clause.trim().slice(when.length) : clause).replace(/^(?:and|but|so|plus|also|oh|wow|seriously|honestly)\s+/i, ''));
  const lower = terms.map((t) => t.lower);
  let i = lower.findIndex((w) => w === 'you');
  if (i < 0 || i > 3) return null;
  const before = lower.slice(0, i).join(' ');
  if (/\bif\b/.test(before)) return null;
  // "the slides you sent are full of errors": "you" inside a noun phrase is no subject.
  if (terms.slice(0, i).some((t) => t.tags.has('Determiner'))) return null;
  const why = /\bwhy (?:would|did|do|have)\b|\bhow could\b/.test(`${before} ${lower[i - 1] ?? ''}`) || /^(?:why|how)/.test(before);
  // "did you even run the tests?" asks whether it happened: it states no event or habit.
  if (!why && /(?:^|\s)(?:did|do|does)$/.test(before)) return null;
  i++;
  // "why don't you answer": in a question the "not" comes before "you".
  let negative = /^(?:why|how come)\b/.test(before) && /\bnot\b|n't\b/.test(before);
  const helper = (word: string): boolean => /^(?:did|do|does|have|has|had|will|would|could|can|not|never|no|n't|(?:did|do|does|have|has|had)n't)$/.test(word);
  const adverb = (word: string): boolean => /^(?:even|just|really|ever|actually|still|yet|only|always|constantly|already|literally|seriously|once)$/.test(word);
  while (i < terms.length && (helper(lower[i] as string) || adverb(lower[i] as string))) {
    if (/^(?:not|never)$|n't$/.test(lower[i] as string)) negative = true;
    if (/^(?:will|would|could|can)$/.test(lower[i] as string) && !why) return null;
    // "you have to", "you had to": an obligation, not an event.
    if (/^(?:have|has|had)$/.test(lower[i] as string) && lower[i + 1] === 'to') return null;
    i++;
  }
  const verbTerm = terms[i];
  if (/^(?:were|was)$/.test(lower[i] ?? '') && lower[i + 1] === 'supposed' && lower[i + 2] === 'to' && !negative) {
    const kept = terms.slice(i).map((t) => t.text).join(' ').replace(CUT, '');
    return SAFE(kept) ? `you ${kept}, and it didn't happen` : null;
  }
  if (!verbTerm || !verbTerm.tags.has('Verb') || verbTerm.tags.has('Copula') || verbTerm.tags.has('Modal')) return null;
  const verb = verbForms(nlp, verbTerm.lower, verbTerm.tags.has('Infinitive') && !verbTerm.tags.has('PastTense'));
  if (lower[i + 1] === 'to' && verb.infinitive !== 'forget') return null;
  if (verb.infinitive === 'keep' && /ing$/.test(lower[i + 1] ?? '') && !negative) return keptDoing(nlp, terms, i + 1);
  // "stop leaving your dishes in the sink" asks for something to end: it tells no event.
  if (/^(?:stop|quit|keep)$/.test(verb.infinitive) && /ing$/.test(lower[i + 1] ?? '')) return null;
  if (/^(?:said|promised|swore|told)$/.test(verbTerm.lower) && /^(?:you|me you|you'd|me you'd)/.test(lower.slice(i + 1).join(' ')) && !negative) {
    // "you said you'd be here at 3pm" is already what both heard: keep it, say it didn't happen.
    const kept = terms.slice(i).map((t) => t.text).join(' ').replace(CUT, '');
    return /\b(?:fucking|damn|stupid)\b/i.test(kept) ? null : `you ${kept.replace(/^swore\b/, 'said').replace(/^promised\b/, 'said')}, and it didn't happen`;
  }
  if (verb.infinitive === 'forget') {
    if (lower[i + 1] === 'to' && terms[i + 2]?.tags.has('Verb')) {
      const inner = verbForms(nlp, lower[i + 2] as string, true);
      let k = i + 3;
      const particle = /^(?:up|out|off|back|in)$/.test(lower[k] ?? '') ? ` ${lower[k++]}` : '';
      const { object, tail } = objectAndTail(terms, k);
      if (!object) return null;
      // "forgot to pick me up": "I didn't get picked up".
      const subject = ({ me: 'I', us: 'we', him: 'he', her: 'she', them: 'they' } as Record<string, string>)[object] ?? object;
      return `${subject} didn't get ${inner.participle}${particle}${tail}`;
    }
    const { object, tail } = objectAndTail(terms, i + 1);
    if (!object) return i + 1 >= terms.length || /^(?:again|about)$/.test(lower[i + 1] ?? '') ? 'it slipped your mind' : null;
    if (/^(?:me|it|that|this)$/.test(object)) return object === 'me' ? 'I got forgotten' : null;
    return `${object} got forgotten${tail}`;
  }
  if (negative || (why && false)) {
    if (REACH_VERBS.has(verb.infinitive)) {
      const when = /\b(?:last night|this morning|yesterday|today|tonight|all day|this afternoon|this evening)\b/.exec(lower.slice(i).join(' '))?.[0];
      return verbTerm.tags.has('PastTense') || lower.includes('did') ? `I didn't hear back from you${when ? ` ${when}` : ''}` : "I haven't been hearing back from you";
    }
    // "you never paid me back for the tickets": what did not reach the writer is the paying back.
    if (TRANSFER_TO_ME.has(verb.infinitive) && lower[i + 1] === 'me' && lower[i + 2] === 'back') return `I didn't get ${verb.participle} back${objectAndTail(terms, i + 3).tail}`;
    if (TRANSFER_TO_ME.has(verb.infinitive) && lower[i + 1] === 'me') {
      const { object, tail } = objectAndTail(terms, i + 2);
      if (!object) return verb.infinitive === 'tell' && i + 2 >= terms.length ? "I didn't hear about it" : null;
      if (verb.infinitive === 'tell') return /^ (?:got|was|were|had|is|are|has|would|will)\b/.test(tail) ? `I didn't hear that ${object}${tail}` : `I didn't hear about ${object.replace(/^about /, '')}${tail}`;
      return `I didn't get ${object}${tail}`;
    }
    if (verb.infinitive === 'say' || (verb.infinitive === 'tell' && lower[i + 1] === 'me' && /^(?:it|that|this|he|she|they|you|we)$/.test(lower[i + 2] ?? ''))) {
      // "you never said it was a secret": what the writer did not know, not what the other did not do.
      const rest = terms.slice(lower[i + 1] === 'me' ? i + 2 : i + 1).map((t) => t.text).join(' ').replace(CUT, '').replace(/^that\s+/, '');
      return rest && /^(?:it|that|this|he|she|they|you|we|the)\b/.test(rest) && SAFE(rest) ? `I didn't know ${rest}` : null;
    }
    if (verb.infinitive === 'invite' && lower[i + 1] === 'me') return `I wasn't invited${objectAndTail(terms, i + 2).tail}`;
    if (verb.infinitive === 'help') {
      const rest = terms.slice(i + 1).map((t) => t.text).join(' ').replace(CUT, '');
      return rest && !/\b(?:fucking|damn)\b/.test(rest) ? `I didn't get any help ${rest.replace(/^me\s+/, '')}`.trim() : "I didn't get any help";
    }
    if (STATE.has(verb.infinitive)) return null;
    let k = i + 1;
    const particle = /^(?:up|out|off|back|in)$/.test(lower[k] ?? '') ? ` ${lower[k++]}` : '';
    const { object, tail } = objectAndTail(terms, k);
    // "you didn't show up": a plain past fact, said without the "never".
    if (!object && particle) return `you didn't ${verb.infinitive}${particle}${tail}`;
    // "you didn't visit me when I was in hospital": a plain past fact, said without the "even" and the "not once".
    if (object === 'me' && !habit && (verbTerm.tags.has('PastTense') || lower.slice(0, i).includes('did')) && SAFE(tail)) return `you didn't ${verb.infinitive} me${particle}${tail}`;
    if (!object || /^(?:me|it|that|this|anything|everything|nothing)$/.test(object)) {
      // "you never follow through on what you say": a habit of not doing it, said without the "never".
      const rest = terms.slice(i + 1).map((t) => t.text).join(' ').replace(CUT, '');
      return habit && !verbTerm.tags.has('PastTense') && !lower.slice(0, i).includes('did') && SAFE(rest) && rest.split(' ').length <= 10 && !/\b(?:anyone|anybody|everyone|everybody)\b|^(?:anything|everything|nothing|something)\b/.test(rest) ? `you don't ${verb.infinitive}${rest ? ` ${rest}` : ''}` : null;
    }
    return `${object} didn't get ${verb.participle}${particle}${tail}`;
  }
  if (STATE.has(verb.infinitive) && verb.infinitive !== 'do' && verb.infinitive !== 'make') return null;
  // An affirmative event: "you sent me the data at 11pm" is what reached the writer; "you told her" stays as it was.
  if (TRANSFER_TO_ME.has(verb.infinitive) && lower[i + 1] === 'me') {
    const { object, tail } = objectAndTail(terms, i + 2);
    return object ? `I got ${object}${tail}` : null;
  }
  if (habit && !why && !verbTerm.tags.has('PastTense')) {
    const done = habitDone(terms, i + 1, verb.participle);
    if (done) return done;
  }
  const { object, tail } = objectAndTail(terms, i + 1);
  if (!object && !tail) return null;
  if (!why && !verbTerm.tags.has('PastTense')) {
    // "you cancel last minute": a habit with no thing it is done to is told as it was, without the "always".
    if (habit && !object && SAFE(tail)) return `you ${verbTerm.lower}${tail}`;
    if (!/^(?:the|my|our|his|her|their)\s/.test(object) && !plural(object)) return null;
    // A habit is what keeps happening to the thing, not what the person is: "the dishes get left in the sink".
    return `${object} ${plural(object) ? 'get' : 'gets'} ${verb.participle}${tail}`;
  }
  if (/^(?:me|him|her|them|us)$/.test(object) && !tail && !why) return null;
  return `you ${verb.past}${object ? ` ${object}` : ''}${tail}`;
}

const HABIT = /\b(?:always|constantly|never|every (?:single )?time|whenever|each time|all the time|keeps?)\b/;

/**
 * What a habit does to the writer or to things, from the words after its verb: "interrupt me in meetings" -> "I keep
 * getting interrupted in meetings", "leave everything half done" -> "things get left half done"; null for anything else.
 */
function habitDone(terms: TaggedTerm[], from: number, participle: string): string | null {
  const first = terms[from]?.lower ?? '';
  const rest = terms.slice(from + 1).map((t) => t.text).join(' ').replace(CUT, '');
  if (!SAFE(rest) || rest.split(' ').length > 8 || /\b(?:you|u|your|ur)\b/.test(rest)) return null;
  const tail = rest ? ` ${rest}` : '';
  if (first === 'me' || first === 'us') return `${first === 'me' ? 'I' : 'we'} keep getting ${participle}${tail}`;
  // "talk over me", "shut me out": the particle stays with the verb.
  const second = terms[from + 1]?.lower ?? '';
  if (/^(?:over|out|down|up|off)$/.test(first) && (second === 'me' || second === 'us')) {
    const after = terms.slice(from + 2).map((t) => t.text).join(' ').replace(CUT, '');
    return SAFE(after) ? `${second === 'me' ? 'I' : 'we'} keep getting ${participle} ${first}${after ? ` ${after}` : ''}` : null;
  }
  if (/^(?:everything|anything|stuff|things)$/.test(first) && rest) return `things get ${participle}${tail}`;
  return null;
}

/** "you keep moving my stuff" -> "my stuff keeps getting moved"; "you keep showing up late" stays, "always" or not. */
function keptDoing(nlp: Nlp, terms: TaggedTerm[], at: number): string | null {
  const gerund = terms[at] as TaggedTerm;
  const doing = verbForms(nlp, gerund.lower);
  if (STATE.has(doing.infinitive) || /ing$/.test(doing.participle)) return null;
  const done = habitDone(terms, at + 1, doing.participle);
  if (done) return done;
  const { object, tail } = objectAndTail(terms, at + 1);
  if (/^(?:the|my|our)\s/.test(object)) return `${object} ${plural(object) ? 'keep' : 'keeps'} getting ${doing.participle}${tail}`;
  const said = terms.slice(at).map((t) => t.text).join(' ').replace(CUT, '');
  return SAFE(said) && said.split(' ').length <= 9 && !/\b(?:me|us)\b/.test(said) ? `you keep ${said}` : null;
}

/** The draft's clauses; a point or comma inside a number ("$62.40", "£1,950") splits nothing. */
function clausesOf(text: string): string[] {
  return text
    .split(/[.!?;]+(?!\d)|,(?!\d)\s*|\s-\s|\s(?=(?:but|and|so|because|cause|cuz)\s+(?:you|u|i|now|they|he|she|the|my|it)\b)/i)
    .map((part) =>
      part
        .trim()
        .replace(/^(?:and|but|so|because|cause|cuz)\s+/i, '')
        .replace(/^(?:i can'?t believe|i'?m (?:so |really |just )?\w+ that|i hate (?:it )?(?:when|that|how)|i (?:really )?don'?t like (?:it )?(?:when|that|how))\s+/i, ''),
    )
    .filter((part) => part.length > 0);
}

const SAFE = (clause: string): boolean => !clause.split(/\s+/).some((w) => harmfulWord(w.toLowerCase().replace(/[^a-z']/g, '')));

/** The writer's own first-person account beside a denial: "I sent it Tuesday", or what reached them. */
function readAccount(nlp: Nlp | undefined, parts: string[]): string | null {
  for (const part of parts) {
    const clause = tidy(part);
    const lower = clause.toLowerCase();
    if ((DENIAL.test(lower) || OWN_DENIED.test(lower) || DID_NOT_DO.test(lower)) && !/^i (?:did|already) (?:send|sent|tell|told|do|pay|paid)/i.test(clause)) continue;
    // "I have a life" is a jab, not an account.
    if ((/^(?:i|we)\s+(?:did|already|sent|told|paid|asked|said|was|wasn't|wasnt|didn't|gave|finished|emailed|called|texted|submitted|checked|left|cleaned|had|have|am|'m)\b|^(?:i've|we've) been\b/i.test(clause) || ownDeed(nlp, clause)) && SAFE(clause) && !hasJab(clause) && clause.split(' ').length <= 14 && !/\b(?:you|u)\b.*\b(?:lazy|fault)\b/i.test(clause)) {
      return clause.replace(/^i\b/, 'I');
    }
    if (nlp && /^(?:you|u)\b/i.test(clause)) {
      const observed = observe(nlp, clause);
      if (observed && SAFE(observed)) return observed;
    }
  }
  // Else what happened to the thing or who did it: "it was already dented", "dispatch had the wrong postcode".
  const third = parts.map(tidy).find(tellsWhatHappened);
  return third && nlp && !isPutDown(third) && !analyze(third, { sensitivity: 'strict', rulesOnly: true }).heated ? third.replace(/^i\b/, 'I') : null;
}

/** "I watered your plants every day", "I fed the cat": something the writer did, told in the past. */
function ownDeed(nlp: Nlp | undefined, clause: string): boolean {
  const [subject, verb] = nlp && /^(?:i|we)\s/i.test(clause) ? tag(nlp, clause) : [];
  return !!subject && !!verb?.tags.has('PastTense') && !STATE.has(verbForms(nlp as Nlp, verb.lower).infinitive) && !/^(?:needed|wanted|expected|hoped|assumed|guessed|figured|supposed|tried|thought)$/.test(verb.lower);
}

/**
 * A clause about the thing or a third person that a denial can stand on: "it was already dented"; never the charge
 * denied ("nobody lost the keys"), which says what did not happen, nor one about the reader or the fault.
 */
function tellsWhatHappened(clause: string): boolean {
  const length = clause.split(' ').length;
  if (length < 3 || length > 14) return false;
  if (/^(?:nobody|no one|noone|nothing|never|not)\b/i.test(clause)) return false;
  if (!/^(?:it|they|he|she|the [a-z]+|[a-z]+) (?:was|were|had|has|is|are|already|brought|sent|lost|took|broke|used|did|moved)\b/i.test(clause)) return false;
  // "it was already dented before you took it": a time clause about the reader at the end does not count.
  const body = clause.replace(/\s(?:when|before|after|until|since)\s(?:you|u)\s[a-z]+(?: it| them)?$/i, '');
  return !/\b(?:you|u|your|ur|fault|me)\b|\?/i.test(body) && !DENIAL.test(clause.toLowerCase()) && SAFE(clause);
}

function readDenied(lower: string): string | null {
  // Nobody "forgot" the cake: what the scare quotes deny is the thing after them.
  const quoted = /\b(?:nobody|never|didn'?t|did not|not|the one who) (?:\w+ )?["\u201c]\w+["\u201d] (?:to \w+ )?(?:the|my|your|our) ([a-z0-9]+(?: [a-z]+)?)/.exec(lower);
  if (quoted && SAFE(quoted[1] as string)) return `the ${(quoted[1] as string).replace(/\s+(?:and|but|so|or|on|at|in|now)$/, '')}`;
  // "don't accuse me of the leak without proof", "don't blame me for your ex showing up": the charge is the thing after.
  const charged = /\b(?:don'?t|do not|stop|quit) (?:accus|blam)(?:e|ing) me (?:of|for) ((?:the|your|my|our|that|this) [a-z0-9' ]+?)(?= (?:without|before|when|if|just|unless|because|again)\b|[,.!?;]|$)/.exec(lower);
  if (charged && SAFE(charged[1] as string) && (charged[1] as string).split(' ').length <= 6) return (charged[1] as string).replace(/^(?:that|this) /, 'the ');
  // "the complaint about the late delivery is not my fault": the thing blamed comes first.
  const before = /(?:^|[.!?]\s+)((?:the|that|this|your|my) [a-z0-9' ]+?) (?:is|was|isn't|wasn't) (?:not |n't )?(?:my fault|on me|down to me)\b/.exec(lower);
  if (before && SAFE(before[1] as string) && (before[1] as string).split(' ').length <= 8) return (before[1] as string).replace(/^(?:that|this) /, 'the ');
  const m = /(?:not my fault|not on me|wasn't me|isn't my fault|wasn't my fault)(?: that)?\s+(?:the |your |my )?([^,.!?;\u2013\u2014\p{Extended_Pictographic}]+)/iu.exec(lower) ?? /(?:i'm|im) not the one who\s+([^,.!?;]+)/i.exec(lower);
  if (!m || /not the one who|wasn'?t me (?:who|that)/.test(m[0])) return null;
  // "not my fault they died" names no thing to be blamed for: said as "this".
  const denied = tidy(m[1] as string).replace(CUT, '').replace(/^(?:you|u|they|he|she|it|we|i)\b.*$/, '');
  if (!denied || !SAFE(denied) || denied.split(' ').length > 10) return null;
  // "the deck was late" reads after "blamed for" as "the deck being late".
  const nlp = language();
  // "the oven broke" reads after "blamed for" as "the oven breaking".
  const full = /^(?:the|my|your|our) /.test(denied) ? denied : `the ${denied}`;
  const verb = nlp ? /^((?:the|my|your|our) [a-z]+) ([a-z]+)\b(.*)$/.exec(full) : null;
  // The tagger may read "went down" as a phrasal verb in the present; the verb's own forms say it is past.
  const forms = nlp && verb ? verbForms(nlp, verb[2] as string) : null;
  if (nlp && verb && forms && (tag(nlp, full)[2]?.tags.has('PastTense') || (forms.past === verb[2] && forms.infinitive !== verb[2])) && !/^(?:was|were|is|are)$/.test(verb[2] as string)) {
    return `${verb[1]} ${forms.gerund}${verb[3]}`.replace(/^your\b/, 'the');
  }
  // "not my fault QA doesn't read comments", "the client meeting got moved": a whole clause is said after "that", never as a thing.
  const finite = nlp && tag(nlp, full).slice(2).some((t) => t.tags.has('Verb') && (t.tags.has('PastTense') || t.tags.has('PresentTense')) && !t.tags.has('Copula') && !t.tags.has('Gerund') && !t.tags.has('Infinitive'));
  if (finite || /n't\b/.test(denied)) {
    const clause = tidy((/(?:not my fault|not on me|isn't my fault|wasn't my fault)(?: that)?\s+([^,.!?;\u2013\u2014\p{Extended_Pictographic}]+)/iu.exec(lower)?.[1] ?? denied).replace(CUT, ''));
    return SAFE(clause) ? `that ${clause}` : null;
  }
  const being = denied.replace(/^(.+?) (?:was|were|is|are) /, '$1 being ');
  return /^(?:lost|broke|forgot|left|said|did|missed|took)\b/.test(being) ? being : /^(?:my|your)\b/.test(being) ? being : `the ${being.replace(/^the /, '')}`;
}

/** A phrase read in lower case, said back with the draft's own capitals ("the Q3 numbers") where the draft holds it whole. */
function asWritten(phrase: string | null, readable: string): string | null {
  if (!phrase) return null;
  const at = readable.toLowerCase().replace(/[\u2019]/g, "'").indexOf(phrase);
  return at < 0 ? phrase : readable.slice(at, at + phrase.length).replace(/^(?:The|My|Your|Our) /, (word) => word.toLowerCase());
}

/** "I never said that" -> "I didn't say that"; "I did nothing wrong" stays: a plain denial is already calm. */
function readOwnDenial(readable: string): string | null {
  const lower = readable.toLowerCase();
  const nlp = language();
  if (/\bi (?:never|didn't|did not) say(?: that| it| so)?\s*(?:[.!?,;]|$)/.test(lower)) return "I didn't say that";
  const who = /\b(?:(?:i'?m|im|i am) not the one|(?:it )?wasn'?t me) (?:who|that)\s+([a-z]+)\s+([^,.!?;]{2,40})/i.exec(lower);
  if (who && nlp && SAFE(who[2] as string)) return `I didn't ${verbForms(nlp, who[1] as string).infinitive} ${tidy(who[2] as string)}`;
  const m = /\b(i (?:never|didn't|did not) (?:say|said|do|did|tell|told|touch|touched|take|took) (?:that|anything wrong|it|anything like that)|i did nothing wrong|i've done nothing wrong|i did send it|i already sent it|i did tell you|i already told you)\b/i.exec(lower);
  if (!m) return (nlp ? deniedInOwnWords(nlp, readable) : null) ?? ownCharge(lower);
  return (m[1] as string)
    .replace(/^i (?:never|did not) /, "I didn't ")
    .replace(/^i /, 'I ')
    .replace(/\bdidn't (said|did|told|touched|took)\b/, (_, past: string) => `didn't ${({ said: 'say', did: 'do', told: 'tell', touched: 'touch', took: 'take' } as Record<string, string>)[past]}`)
    .replace(/^I've/, "I've");
}

/** "I was NOT rude to the customer at table 12" -> "I wasn't rude to the customer at table 12": the charge, denied plainly. */
function ownCharge(lower: string): string | null {
  const at = OWN_DENIED.exec(lower);
  if (!at) return null;
  const rest = lower.slice(at.index).split(/[,.!?;:]/)[0] as string;
  const said = tidy(rest.replace(CUT, ''))
    .replace(/^i (?:was not|wasnt) /, "i wasn't ")
    .replace(/^i (?:have not|havent) /, "i haven't ")
    .replace(/^it (?:was not|wasnt) /, "it wasn't ");
  const words = said.split(' ');
  if (words.length > 14 || !SAFE(said.replace(/^i wasn't [a-z]+/, '')) || /\b(?:you|u)\b/.test(said)) return null;
  return `${said.charAt(0).toUpperCase()}${said.slice(1)}`.replace(/\bi\b/g, 'I');
}

// Steps a writer may fairly take through a process or an institution; anything else held over the reader is a threat.
const FAIR_STEP = /^(?:call|contact|report|dispute|withhold|escalate|cancel|complain|go|take|raise|file|involve|speak|email|ring|bring)$/;
const STEP = String.raw`(i'm|im|i am|i'll|i will|we're|we are|we'll|we will) (?:have to |be )?([a-z]+)( [^.!?;,]{2,40})`;
const IF_NOT = new RegExp(String.raw`\bif (?:this|it|that|the [a-z]+) (?:isn'?t|is not|hasn'?t been|has not been|aren'?t|are not) ([a-z]+)((?: (?:by|before) (?:the )?[a-z0-9:]+)?),? ${STEP}`, 'i');
const OR_ELSE = new RegExp(String.raw`(?:,|\b)\s*(?:or|otherwise|or else),? ${STEP}`, 'i');
const AGAIN = new RegExp(String.raw`\b(?:do (?:that|it|this) again|(?:it|this|that) happens again|one more time) and ${STEP}`, 'i');

/** "If this isn't fixed by Friday I'm calling the council" -> "If it isn't fixed by Friday, I'll call the council." */
function readConsequence(nlp: Nlp, lower: string): string | null {
  const ifNot = IF_NOT.exec(lower);
  const m = ifNot ?? OR_ELSE.exec(lower) ?? AGAIN.exec(lower);
  if (!m) return null;
  const [who, verb, rest] = ifNot ? m.slice(3) : m.slice(1);
  const step = verbForms(nlp, verb as string).infinitive;
  // "go" and "take" are a step only toward someone who can settle it: "go back to mediation", "take it to HR", not "go to bed".
  const toward = step === 'go' ? /^ back to\b/ : step === 'take' ? /^ (?:it|this|that|them) (?:back )?to\b/ : /^/;
  if (!FAIR_STEP.test(step) || !toward.test(rest as string) || !SAFE(rest as string) || /\b(?:you|u|your|ur)\b/.test(rest as string)) return null;
  const said = `${/^we/i.test(who as string) ? "we'll" : "I'll"} ${step} ${tidy(rest as string)}`;
  const when = ifNot ? `If it isn't ${ifNot[1]}${ifNot[2]}, ` : OR_ELSE.test(lower) ? 'Otherwise, ' : 'If it happens again, ';
  const sentence = `${when}${said}.`;
  return analyze(sentence, { sensitivity: 'strict', rulesOnly: true }).heated ? null : sentence;
}

// A thing of the writer's or the writer themselves, and the thing of the reader's it is ranked against.
const MINE = String.raw`(i|me|us|we|my (?:[a-z']+ ){0,2}?[a-z']+)`;
const THEIRS = String.raw`((?:your|ur|the|his|her|their|some|that|this|every|a|an) [a-z']+(?: [a-z']+)?|(?:every|any)(?:one|body|thing) else|[a-z']+)`;
const MORE = String.raw`(?:way |so |much |a lot |far )?`;
// Where the writer's thing ends when it closes the sentence: "my leaving drinks", not "my leaving"; "my birthday", not "my birthday again".
const MINE_END = String.raw`(?=$|[,.!?;:]| (?:and|but|so|again|or|then|when|because|like|as|every|too|anymore|lately|now|today|tonight|yesterday|last|this|on|at|in|for|lol|smh|tbh|ffs)\b)`;
const HOW = String.raw`(?:(?:always|just|still|clearly|obviously|really|constantly|only|ever) )*`;
const MATTERS = String.raw`(?:matter(?:s|ed)?|mean[st]?|count(?:s|ed)?|comes?|came|is|was|am|are|were)`;
const THAN = String.raw`(?: important)?(?: to (?:you|u))? than`;
// Each ranking, with whether the writer's thing comes first in it.
const COMPARISONS: readonly [RegExp, boolean][] = [
  // "my graduation matters less to you than your promotion", "I always come second to your job"
  [new RegExp(String.raw`\b${MINE} (?:${HOW}${MATTERS} (?:for )?${MORE}less${THAN}|${HOW}(?:come|comes|came) (?:second|last|after|behind)(?: to)?) ${THEIRS}`), true],
  // "you care more about your phone than about me", "you always put your mates before me", "you chose work over my birthday"
  [new RegExp(String.raw`\b(?:you|u) ${HOW}(?:(?:care[sd]?|think|thought) ${MORE}more (?:about|of) ${THEIRS} than (?:about |of )?|(?:put|choose|chose|pick|prioriti[sz]e|rank|value)\w* ${THEIRS} (?:before|over|ahead of|above) )${MINE}${MINE_END}`), false],
  // "your promotion matters more to you than my graduation", "the game was more important than me"
  [new RegExp(String.raw`\b${THEIRS} ${MATTERS} ${MORE}more${THAN} ${MINE}${MINE_END}`), false],
];

// Who could do the reader's work better, in a put-down: a child, a beginner, a pet ("my 8 year old", "a summer intern").
const BEGINNER = String.raw`(?:my|a|an|the|our|your|ur) (?:[\w-]+ ){0,3}?(?:nephew|niece|son|daughter|kids?|child|toddler|baby|intern|teenager|cousin|nan|gran(?:dma|ny)?|dog|cat|monkey|student|trainee|year[ -]old)`;
const COULD = String.raw`\b${BEGINNER} could(?:'ve| have|ve)? (?:(?:easily|probably|literally|honestly|definitely|have) )*`;
// Making or doing the work: "could build", "could've handled", "could knock up".
const MAKE = String.raw`(?:do(?:ne)?|buil[dt]|ma[dk]e|write|written|drawn?|design(?:ed)?|cod(?:e|ed)|run|handled?|managed?|fix(?:ed)?|plan(?:ned)?|organi[sz]ed?|edit(?:ed)?|cook(?:ed)?|put together|knock(?:ed)? up|c[ao]me up with)`;
// Words that follow the work and are no part of its name: "a better website than this", "this project better".
const NOT_WORK = String.raw`(?!(?:better|faster|quicker|than|in|with|for|by|on|at|and|or|lol|tbh|blindfolded|asleep)\b)`;
// The work itself: "a better website", "better code", "this project", "this", "your job".
const WORK = String.raw`(?:(?:a|an) (?:much |way |far |lot )?better (${NOT_WORK}[a-z]+(?: ${NOT_WORK}[a-z]+)?)|better ([a-z]+)|(?:this|that) (${NOT_WORK}[a-z]+(?: ${NOT_WORK}[a-z]+)?)|(this|that|it)\b|(?:your|ur) ([a-z]+))`;
const OUTDONE = new RegExp(`${COULD}${MAKE} ${WORK}`, 'i');
const MAKE_ONLY = new RegExp(String.raw`^${MAKE}$`);
// The same put-down said of something the reader missed or was slow at: "a child could have spotted these errors",
// "my 8 year old could assemble this faster".
const OUTDONE_AT = new RegExp(String.raw`${COULD}([a-z]+(?: out| up)?) ((?:these|those|the|your|ur|this|that) (?!faster\b|quicker\b|out\b|up\b|in\b)[a-z]+|this|that|it)( out| up)?( (?:faster|quicker|in (?:half the time|(?:a|an|one|two|five|ten) (?:minutes?|hours?|day|weekend|afternoon|second))))?`, 'i');
/** The observation of work that is not good enough yet: what a reply says in place of a comparison that puts it down. */
export const SHORT_OF_IT = /\b(?:isn't where it needs|aren't where they need) to be yet$/;

/**
 * "my nephew could build a better website than this" puts the reader's work below a child's: what the writer means is
 * that the work is not good enough yet. The work, as a reply names it ("the website"; "this" when the draft names none),
 * with the put-down's match.
 */
function outdoneWork(lower: string): { work: string; match: RegExpExecArray } | null {
  const m = OUTDONE.exec(lower);
  if (!m) return null;
  const [, better, bare, named, pointed, yours] = m;
  // "your job", "your work" is the work in general; "your slides" is the slides.
  const thing = better ?? bare ?? named ?? (yours && !/^(?:job|work|role|shift)$/.test(yours) ? yours : null);
  const said = pointed || (!thing && !yours) ? 'this' : thing ? `the ${thing}` : 'the work';
  return { work: SAFE(said) ? said : 'this', match: m };
}

/**
 * "a child could have spotted these errors" -> "the errors didn't get spotted"; "my 8 year old could assemble this
 * faster" -> "this took longer than it should have": what the reader missed or was slow at, said of the thing.
 */
function outdoneAt(nlp: Nlp, lower: string): { thing: string; observation: string; match: RegExpExecArray } | null {
  const m = OUTDONE_AT.exec(lower);
  if (!m || MAKE_ONLY.test(m[1] as string)) return null;
  const [verb, before = ''] = (m[1] as string).split(' ');
  const particle = before || (m[3] ?? '').trim();
  const forms = verbForms(nlp, verb as string);
  const sooner = m[4] !== undefined;
  // "a child could use this app" praises it: only a thing the reader should have caught, or done sooner, is a put-down.
  if (!sooner && !/^(?:follow|spot|see|notice|catch|find|solve|answer|spell|check|proofread|work|figure|add|count)$/.test(forms.infinitive)) return null;
  const named = /^(?:these|those|the|your|ur|this|that) ([a-z]+)$/.exec(m[2] as string)?.[1];
  const thing = named ? `the ${named}` : 'this';
  if (!SAFE(thing)) return null;
  if (sooner) return { thing, observation: `${thing} took longer than ${plural(thing) ? 'they' : 'it'} should have`, match: m };
  return { thing, observation: `${thing} didn't get ${forms.participle}${particle ? ` ${particle}` : ''}`, match: m };
}

// "you only remember me when you need money", "u only ever call when you want something": in touch only for what they need.
const ONLY_WHEN = /\b(?:you|u) (?:only|just) (?:ever )?((?:remember|call|ring|phone|text|message|msg|visit|contact|talk to|speak to|come (?:round|over|by|and see)|get in touch|reach out|bother with|want to see|think (?:of|about)|want|care about|answer)(?: (?:me|us))?) (?:when|if) ((?:you|u|it suits|you're|ur)\b[^,.!?;]{2,40})/i;

/**
 * "you only remember me when you need money" -> "it feels like I only hear from you when you need money": the writer
 * feels used, told from their side ("you only call when" reads as a charge); null when the draft says nothing of it.
 */
function readUsed(lower: string): string | null {
  const m = ONLY_WHEN.exec(spellOut(lower));
  if (!m) return null;
  // A visit is seeing them; a call, a text or being remembered is hearing from them.
  const contact = /^(?:visit|come|want to see)\b/.test(m[1] as string) ? 'see you' : 'hear from you';
  // "when you need a lift or money": both things are what they need.
  const when = (m[2] as string).replace(/\s+(?:and|but|so|because|cause|cuz|which|then)\s+.*$/i, '').replace(/\s+(?:lol|tbh|smh|though|tho|anyway)$/, '').replace(/^u\b/, 'you').replace(/^it suits (?:you|u)\b/, "it's easy for you").trim();
  const said = `it feels like I only ${contact} when ${when}`;
  return SAFE(said) && when.split(' ').length <= 8 ? said : null;
}

// An illness now over, told as when something did not happen: "when I was ill", "while I was in hospital", "after my op".
export const WAS_ILL = /\b(?:when|while|whilst|after|during) (?:i|we) (?:was|were|got) (?:so |really )?(?:ill|sick|poorly|unwell|laid up|in (?:the )?hospital|recovering)\b|\b(?:after|during|when i had) (?:my|the|our) (?:op|operation|surgery|accident|miscarriage|chemo|treatment)\b|\b(?:me|us) in (?:the )?hospital\b/i;

/**
 * A visit missed while the writer was ill, in any of the ways it is said ("you never once came to see me when I was
 * ill", "not once did you come and see me", "couldn't be bothered to visit me after my op"), told as "you didn't visit me
 * when I was ill"; null for anything else.
 */
function missedVisit(nlp: Nlp, part: string): string | null {
  if (!WAS_ILL.test(part)) return null;
  const visit = part
    .replace(/^(?:(?:and|but|so) )?not (?:even )?once did (you|u) /i, '$1 never ')
    .replace(/\b(?:(?:could|would)(?:n'?t| not) (?:even )?(?:be bothered to )?|(?:didn'?t|did not|never) (?:even )?(?:bother(?:ed)? to|make the effort to|manage to) )(?=(?:visit|come|came|pop|drop|stop)\b)/gi, "didn't ")
    .replace(/\b(?:come|came)(?: (?:to|and))? (?:see|visit) (me|us)\b/gi, 'visit $1')
    .replace(/\b(?:come|came|pop|popped|drop|dropped|stop|stopped) (?:by|round|over|in)(?: to see (me|us))?/gi, (_, who: string | undefined) => `visit ${who ?? 'me'}`)
    // "never visit" told of a time now over is one visit that did not happen, not a habit.
    .replace(/\bnever ((?:once |even |ever )*)visit(?:ed)?\b/i, "didn't $1visit");
  const observed = observe(nlp, visit);
  return observed && /^you didn't visit (?:me|us)\b/.test(observed) ? observed : null;
}

/** A point made by ranking: the writer's thing (or the writer) against the reader's, as the draft put them. */
interface Ranking {
  /** "my graduation", or "I" when it is the writer who came second. */
  mine: string;
  /** What it came second to, in the draft's words: "your promotion", "your mates". */
  theirs: string;
  /** Told of what happened once ("you chose work over my birthday"), not of how things are. */
  past: boolean;
}

// "funny how you're always free when it's your mates asking", "you're suddenly available for Jake": free for others,
// not for the writer.
const FREE_FOR = /\b(?:you|u)(?:'re| are| r|r)? (?:(?:always|suddenly|somehow|magically|miraculously|never too busy|conveniently) )*(?:free|available|around|not busy)\b,? (?:when it'?s|when|for|if it'?s|if) ((?:your|ur|the|his|her) [a-z]+(?: [a-z]+)?|\p{Lu}\p{Ll}+(?:'s [a-z]+)?)/iu;

// "you always have time for your friends but never for me": time for them, none for the writer.
const TIME_BUT_ME = /\b(?:you|u) (?:(?:always|somehow|still) )*(?:have|make|find|got|get) time for ((?:your|ur|the|his|her) [a-z]+(?: [a-z]+)?|\p{Lu}\p{Ll}+)(?: and [a-z]+)?,? but (?:never|not|no time|none)(?: for)? (?:me|us)\b/iu;

/** "you always put your mates before me" ranks the writer second to the mates; null when the draft ranks nothing. */
function readRanking(lower: string, readable = lower): Ranking | null {
  const free = FREE_FOR.exec(readable) ?? TIME_BUT_ME.exec(readable);
  // "... your mates asking": who it is, without their asking.
  const others = free?.[1]?.replace(/\s+(?:ask(?:s|ing)?|invit\w*|call(?:s|ing)?|text(?:s|ing)?|need\w*|want\w*|who\b.*)$/i, '').replace(/^ur\b/i, 'your');
  if (others && SAFE(others)) return { mine: 'I', theirs: others, past: false };
  for (const [pattern, mineFirst] of COMPARISONS) {
    const m = pattern.exec(lower);
    if (!m) continue;
    const [first, second] = m.slice(1).filter(Boolean) as [string, string];
    const [mine, theirs] = mineFirst ? [first, second] : [second, first];
    const other = theirs.replace(/^ur\b/, 'your').replace(/\s+(?:and|but|so|or|now|then|again|too|anymore|lately)$/, '');
    // "less than an hour", "more than once": a count, not the reader's thing.
    if (/^(?:a|an|one|once|twice|that|this|it|ever|before|usual|last)$|\d/.test(other) || !SAFE(other) || !SAFE(mine)) continue;
    const past = /\b(?:\w+ed|meant|was|were|came|thought|chose)\b/.test(m[0]);
    return { mine: /^(?:i|me)$/.test(mine) ? 'I' : /^(?:us|we)$/.test(mine) ? 'we' : mine, theirs: other, past };
  }
  return null;
}

/** Whether a sentence ranks the writer's thing against the reader's: said back, it would keep the blame of it. */
const ranks = (text: string): boolean => COMPARISONS.some(([pattern]) => pattern.test(text.toLowerCase())) || FREE_FOR.test(text) || TIME_BUT_ME.test(text);

/** "I never said I'd pick up your mom from the airport" -> "I didn't say I'd pick up your mom from the airport". */
function deniedInOwnWords(nlp: Nlp, text: string): string | null {
  const m = /(?:\bi\s+|(?:^|[.!?,;]\s*|\b(?:no|nope|but)\s+))(?:never|didn'?t|did not)\s+(?:even\s+|ever\s+)?([a-z]+)\b([^.!?;]*)/i.exec(spellOut(text).replace(/["\u201c\u201d]/g, ''));
  if (!m) return null;
  const forms = verbForms(nlp, m[1] as string);
  if (STATE.has(forms.infinitive) && !/^(?:say|take|do|make|go|come)$/.test(forms.infinitive)) return null;
  const rest = tidy((m[2] as string).replace(/,.*$/, '').replace(CUT, ''));
  const words = rest.split(' ').filter(Boolean);
  if (words.length === 0 || words.length > 12 || !SAFE(rest) || /\b(?:you|u)\b(?! (?:would|'d|said))/.test(rest)) return null;
  return `I didn't ${forms.infinitive} ${rest.replace(/\bi\b/g, 'I').replace(/\bi'/g, "I'")}`;
}

// A calm sentence about a thing, not a person: "the bakery closed early", "the rent is 5 days late".
const SUBJECT_DETERMINER = /^(?:the|this|that|these|those|my|our|his|her|their|your|any|all|some|most|both|each)$/;

/** The first clause of the draft that states what happened to a thing, in words both people could agree on. */
function readStatement(nlp: Nlp, text: string, skip: (clause: string) => boolean = () => false): string | null {
  return statementsOf(nlp, text, skip).find((statement) => !/^it\b/i.test(statement)) ?? null;
}

/** "you're 40 minutes late to the recital" is a fact both can see: "you were 40 minutes late to the recital". */
function lateness(clause: string): string | null {
  const m = /^(?:you're|you are|you were|ur|youre)\s+((?:\w+ )?(?:\d+|an?|two|three|four|five|ten|twenty|thirty|forty) (?:minutes|mins|hours|hrs|hour|days) late\b.*)$/i.exec(tidy(clause));
  if (!m) return null;
  const said = `you were ${(m[1] as string).replace(/\byour own\b/, 'your')}`;
  return SAFE(said) ? said : null;
}

/**
 * Clauses with no "you" that still say what happened: "nobody updated the tracker before the demo" -> "the tracker
 * didn't get updated before the demo"; "why is the car on empty" -> "the car is on empty".
 */
function observeOther(nlp: Nlp, clause: string): string | null {
  const text = tidy(clause);
  const nobody = /^(?:nobody|no one|no-one)(?: (?:on|in|from|at) (?:this|the|my|our) [a-z]+)? ([a-z]+)\b(.*)$/i.exec(text);
  if (nobody) {
    const forms = verbForms(nlp, nobody[1] as string);
    const observed = observe(nlp, `you didn't ${forms.infinitive}${nobody[2]}`);
    return observed && !/^you\b|\bfrom you\b/.test(observed) ? observed : null;
  }
  const why = /^(?:why|how come) (is|are|was|were|has|have|hasn't|haven't|isn't|aren't) ((?:the|my|our|this|that|these|those|your) .+)$/i.exec(text);
  if (!why) return null;
  const terms = tag(nlp, why[2] as string);
  let end = 1;
  while (end < terms.length && end <= 3 && ((terms[end] as TaggedTerm).tags.has('Noun') || (terms[end] as TaggedTerm).tags.has('Adjective')) && !(terms[end] as TaggedTerm).tags.has('Preposition')) end++;
  if (end < 2 || end >= terms.length) return null;
  const subject = terms.slice(0, end).map((t) => t.text).join(' ').replace(/^(?:your|this|that)\b/i, 'the');
  const rest = terms.slice(end).map((t) => t.text).join(' ');
  const said = `${subject.charAt(0).toLowerCase()}${subject.slice(1)} ${why[1]?.toLowerCase()} ${rest}`;
  return SAFE(said) && !analyze(said).heated ? said : null;
}

/** "the noise. the parties. the trash bags in the hallway." names each grievance without a verb: a list is the topic. */
function readGrievances(nlp: Nlp, parts: string[]): string | null {
  const items = parts
    .map((part) => tidy(part))
    .filter((part) => {
      const terms = tag(nlp, part);
      if (!/^(?:the|my|your|our)$/i.test(terms[0]?.text ?? '') || terms.length < 2 || terms.length > 8 || !SAFE(part)) return false;
      // "bags" in "the trash bags in the hallway" may be tagged a verb; before a preposition it is the noun.
      const finite = (t: TaggedTerm, k: number): boolean => t.tags.has('Verb') && t.tags.has('PresentTense') && !(terms[k + 1]?.tags.has('Preposition') || k === terms.length - 1);
      return terms.every((t, k) => k < 2 || (!t.tags.has('Copula') && !t.tags.has('Modal') && !t.tags.has('Auxiliary') && !t.tags.has('Pronoun') && !finite(t, k)));
    })
    .map((part) => part.replace(/^your\b/i, 'the').replace(/^(?:The|My|Our)\b/, (w) => w.toLowerCase()));
  if (items.length < 2) return null;
  const list = items.slice(0, 3);
  return `${list.slice(0, -1).join(', ')} and ${list[list.length - 1]}`;
}

/** Every clause of the draft that states what happened to a thing, calmly, in the draft's order. */
function statementsOf(nlp: Nlp, text: string, skip: (clause: string) => boolean): string[] {
  const found: string[] = [];
  for (const sentence of text.split(/(?<=[.!?;])\s+/)) {
    // In a question only the clauses before the asking one state anything: "your kid threw a rock and you're blaming me??"
    const clauses = clausesOf(sentence);
    for (const part of /\?\s*$/.test(sentence) ? clauses.slice(0, -1) : clauses) {
      const clause = tidy(part.replace(CUT, '')).replace(/["\u201c\u201d]/g, '');
      if (skip(clause) || !(/^(?:the|this|that|these|those|my|our|his|her|their|your|any|all|some|most|both|each|it)\b/i.test(clause) || /^[\p{Lu}\d]/u.test(clause))) continue;
      const terms = tag(nlp, clause);
      if (terms.length < 3 || terms.length > 15 || !SAFE(clause)) continue;
      const first = terms[0] as TaggedTerm;
      let i = 1;
      if (SUBJECT_DETERMINER.test(first.lower)) {
        while (i < terms.length && i <= 3 && !(terms[i] as TaggedTerm).tags.has('Copula') && ((terms[i] as TaggedTerm).tags.has('Noun') || (terms[i] as TaggedTerm).tags.has('Adjective') || (terms[i] as TaggedTerm).tags.has('Value') || i === 1)) i++;
      } else if (first.lower === 'it' && terms.some((t) => t.tags.has('Value') || t.tags.has('Date'))) {
        // "it was on my desk 5 min ago", "it's April 14th": a plain fact when it holds a number or a date.
      } else if (!(first.tags.has('ProperNoun') || first.tags.has('Value')) || first.tags.has('Pronoun')) continue;
      while (i < terms.length - 1 && ((terms[i] as TaggedTerm).tags.has('Negative') || (terms[i] as TaggedTerm).tags.has('Adverb'))) i++;
      const verb = terms[i];
      if (i < 2 && !first.tags.has('ProperNoun') && !first.tags.has('Value') && first.lower !== 'it') continue;
      if (!verb || !verb.tags.has('Verb') || verb.tags.has('Gerund') || verb.tags.has('Infinitive')) continue;
      if (terms.some((t) => /^(?:you|u)$/.test(t.lower)) || analyze(clause).heated) continue;
      const said = clause.replace(/^(?:your|this|that)\b/i, 'the');
      found.push(/^\p{Lu}/u.test(first.text) && first.tags.has('ProperNoun') ? said : said.charAt(0).toLowerCase() + said.slice(1));
    }
  }
  return found;
}

const nounsOf = (nlp: Nlp, text: string): string[] =>
  tag(nlp, text)
    .filter((t) => (t.tags.has('Noun') || t.tags.has('Value')) && !t.tags.has('Pronoun') && t.lower.length > 2 && !/^(?:thing|things|time|times|way|lot|bit)$/.test(t.lower))
    .map((t) => t.lower);

/** A second calm clause of the draft that names things the reply has not yet: "the plumber is booked for Friday". */
function readSupport(nlp: Nlp, text: string, parts: string[], covered: string, details: readonly string[]): string | null {
  const have = covered.toLowerCase();
  const own = parts
    .map((p) => tidy(p).replace(/^i\b/, 'I'))
    .map((clause) => clause.replace(/\s+(?:and|but) (?:had|have) to\b.*$/, ''))
    .filter((clause) => (OWN_EVENT.test(clause) || /^I (?:first |already |just |even )?(?:[a-z]+ed|had|got|lost|spent|paid|sent|left|took|made|was)\b[^,;]*$/.test(clause)) && SAFE(clause) && clause.split(' ').length <= 12 && !analyze(clause).heated);
  let best: string | null = null;
  let most = 0;
  for (const clause of [...statementsOf(nlp, text, (c) => DENIAL.test(c.toLowerCase())), ...own]) {
    if (have.includes(clause.toLowerCase())) continue;
    // A clause holding a name, number or date the reply still lacks is worth the most.
    const fresh = nounsOf(nlp, clause).filter((noun) => !have.includes(noun)).length + 2 * details.filter((d) => clause.includes(d) && !have.includes(d.toLowerCase())).length;
    if (fresh > most) [best, most] = [clause, fresh];
  }
  return best;
}

function readRefused(lower: string): string | null {
  const m =
    /\bstop ((?:texting|calling|messaging|asking|bugging|emailing|pinging|contacting|hassling|nagging) me(?: about [^,.!?;]+)?)/i.exec(lower) ??
    /\b(?:i'?m not|im not|i am not|i won'?t|i wont|i will not|not gonna|not going to|i refuse to|i can'?t) ((?:doing|going|coming|paying|covering|lending|taking|driving|picking|cleaning|working|staying|hosting|giving|buying|letting|do|go|come|pay|cover|lend|take|drive|pick|clean|work|stay|host|give|buy|let|make)\b[^,.!?;]*)/i.exec(lower) ??
    // "not everything is about you" refuses nothing: a -thing word is no verb.
    /(?:^|[.!?]\s*|\bi'?m |\bi am )(?:nope|no|nah)?[.,]?\s*not ((?!sure|kidding|joking|saying|asking|trying|being|getting|even|really|(?:every|any|no|some)thing\b)[a-z]+ing\b[^,.!?;]*)/i.exec(lower);
  if (!m) return null;
  // "I'm not going to grovel about it" refuses the grovelling.
  // ... but "not going to your mum's" or "to grandmas" refuses the going.
  const nlp = language();
  const after = /^(?:going to|gonna) (\S+)/i.exec(m[1] as string)?.[1];
  const going = after !== undefined && (/^(?:your|ur|my|the|his|her|their|our|a|an)$/i.test(after) || (!!nlp && !tag(nlp, `i will ${after}`)[2]?.tags.has('Verb')));
  const refused = tidy((m[1] as string).replace(/^(?:going to|gonna) /i, going ? 'go to ' : ''))
    .replace(/\s+(?:so|and) (?:stop|quit|don'?t)\b.*$/i, '').replace(/\s+(?:after|because|since|when|unless|until|like)\b.*$/, '').replace(/\s+again$/, '').replace(/\byour\b(?! (?:parents|mum|mom|dad|family|sister|brother|friends?|place|house|flat)\b)/g, 'the');
  return SAFE(refused) && refused.split(' ').length <= 12 ? refused : null;
}

// "sick of your excuses" is about the excuses: the words after a feeling name what it is about.
const FEELING_ABOUT = /\b(?:sick (?:to death |and tired )?of|tired of|fed up (?:with|of)|had enough of|done with|hurt by|upset about|angry about|mad about|worried about|scared about|embarrassed about|annoyed (?:about|by|with)|frustrated (?:about|by|with))\s+((?:the|your|my|our|all (?:the|your|these|this)|these|this)\s+[a-z]+(?:\s+[a-z]+)?)/i;

function topicOfFeeling(lower: string): string | null {
  const m = FEELING_ABOUT.exec(lower);
  if (!m) return null;
  const phrase = (m[1] as string).replace(/^all\s+/, '').replace(/^(?:your|these)\b/, 'the').replace(/\s+(?:and|but|so|or|again|anymore|now)$/, '');
  if (/^(?:this|the) (?:shit|crap|bs)\b|^this$|^the$/.test(phrase) || !SAFE(phrase)) return null;
  return /^this\s/.test(phrase) ? phrase.replace(/^this/, 'the') : phrase;
}

/** "sick of you cancelling plans last minute" describes a habit: "plans get cancelled last minute". */
function gerundObservation(nlp: Nlp, lower: string): string | null {
  const m = /\b(?:sick (?:to death |and tired )?of|tired of|fed up (?:with|of)|hate|hate it when|can'?t stand|done with) (?:you|u) ([a-z]+ing)\b([^,.!?;]*)/.exec(spellOut(lower));
  if (!m) return null;
  const verb = verbForms(nlp, m[1] as string);
  return observe(nlp, `you ${verb.infinitive}${m[2] ?? ''}`, true);
}

// "I told you three times", "I waited an hour": the writer's own account of what happened is an observation too.
const OWN_EVENT = /^(?:i|i've|ive)\s+(?:already\s+|just\s+|still\s+)?(?:told|asked|said|sent|paid|waited|cleaned|did|called|texted|messaged|reminded|explained|mentioned|emailed|cooked|bought|covered|booked|checked|finished|been waiting|had to|don't have|do not have|haven't (?:got|had|heard|seen|received)|didn't get)\b[^,;]*$/i;

function ownEvent(parts: string[]): string | null {
  for (const part of parts) {
    const clause = tidy(part).replace(/^i've\b/i, "I've").replace(/^ive\b/i, "I've").replace(/^i\b/, 'I');
    if (OWN_EVENT.test(clause) && SAFE(clause) && clause.split(' ').length <= 12 && !/\b(?:you|u) (?:to )?(?:stop|shut)\b/i.test(clause)) return clause;
  }
  return null;
}

/** The plain form of a "-ing" verb; where the tagger cannot say it, "cc'ing" is "cc" and "texting" is "text". */
function plainVerb(nlp: Nlp, gerund: string): string {
  const infinitive = verbForms(nlp, gerund).infinitive;
  if (!/ing$/.test(infinitive)) return infinitive;
  const stem = /^(.+?)['-]?ing$/.exec(gerund)?.[1] ?? gerund;
  return /['-]ing$/.test(gerund) || /[^aeiou]{2}$/.test(stem) && !/(.)\1$/.test(stem) ? stem : infinitive;
}

/** "stop replying-all to the department" asks to stop "replying-all to the department" (the "-ing" kept for the reply) and not to "reply-all to ...". */
function readStopping(nlp: Nlp, lower: string): { gerund: string; infinitive: string } | null {
  // "can someone please stop ...", "can we stop ...", "can whoever is microwaving fish please stop": the ask is the same.
  const stop =
    /(?:^|[.!?]\s*)(?:[a-z]+,\s*|(?:mum|mom|mam|dad|bro|mate|dude|babe|guys|grandad|grandpa|grandma|nan|aunty|auntie|uncle)\s+)?(?:(?:can|could|would|will) (?:you|u|someone|somebody|anyone|anybody|everyone|people|we|y'?all)\s+)?(?:please\s+)?(?:just\s+)?stop ([a-z][a-z'-]*ing)\b([^.!?;,]{0,50})/i.exec(lower) ??
    /(?:^|[.!?]\s*)(?:can|could|would|will) whoever (?:is|keeps) ([a-z-]+ing)\b([^.!?;,]{0,50}?)\s+(?:please\s+)?stop\b/i.exec(lower);
  if (!stop) return null;
  const rest = (stop[2] as string).replace(CUT, '');
  const gerund = tidy(`${stop[1]}${rest}`).replace(/\s+(?:or else|ever|again)\b.*$/, '');
  const verb = plainVerb(nlp, stop[1] as string);
  const infinitive = tidy(`${verb}${rest}`).replace(/\s+(?:or else|ever|again)\b.*$/, '');
  // A verb the tagger cannot take back to its plain form ("cc-ing") would read "Please don't cc-ing".
  return SAFE(infinitive) && infinitive.split(' ').length >= 2 && !/ing$/.test(verb) ? { gerund, infinitive } : null;
}

/** "don't ever touch my laptop again" asks for something to stop: "touch my laptop". */
function readProhibition(lower: string): string | null {
  const threat = /\bif (?:you|u) (?:ever )?((?!want|need|think|like|can|could|would|will|don'?t|do not)[a-z]+ (?:my|our|the|her|his|me)\b[a-z' ]{0,30}?)(?:\s+again)?(?:\s+(?:i swear|or else|i will|i'll|you'll|and)\b.*)?$/i.exec(lower.replace(/[.!?]+$/, ''));
  if (threat && SAFE(tidy(threat[1] as string))) return tidy(threat[1] as string).replace(/\s+again$/, '');
  const nlp = language();
  // "stop scheduling meetings over my lunch" asks not to "schedule meetings over my lunch".
  const stopped = nlp ? readStopping(nlp, lower) : null;
  if (stopped) return stopped.infinitive;
  const m = /(?:^|[.!?]\s*)(?:[a-z]+,\s*)?(?:please\s+|kindly\s+)?(?:don'?t|do not|never)\s+(?:ever\s+)?((?!you\b|care\b|worry\b|bother\b)[a-z]+(?:\s+[a-z']+){0,7})/i.exec(lower);
  if (!m) return null;
  const phrase = tidy(m[1] as string).replace(/\s+(?:or else|ever|again)\b.*$/, '').replace(/\s+(?:or|and)$/, '');
  return SAFE(phrase) && phrase.split(' ').length >= 2 ? phrase : null;
}

// Words no order opens with: the tagger is asked about a sentence only when it could be one.
const NO_VERB_START = /^(?:i|i'm|i've|you|u|we|he|she|they|it|it's|the|a|an|my|your|our|this|that|these|those|what|why|how|who|when|where|so|and|but|ok|okay|well|oh|wow|lol|omg|no|yes|yeah|\d)\b/i;
const CUT_THREAT = /\s+or (?:is it|are you|don'?t|do not|never|else|i'm|im|i will|i'll|i am|we|you'll|his|her|your|it's|its|it is|it'll|it will|it goes|it gets|they're|they'll|they go|they get|that's)\b.*$/;

// "why would you do that" objects to it; "could you just do it" asks for nothing a person could do.
// A state of mind is never asked for: "hope it was worth it", "imagine posting that", "guess my invite got lost".
const NO_REQUEST = /^(?:say|apologi[sz]e|care|change|grow up|be|act|hope|imagine|guess|expect|like|wonder|think|forget|block)\b|^(?:do|say) (?:that|this|it|anything|something)\b|^do$/i;

/** "can you for once just do the dishes without me asking 5 times" asks to "do the dishes without me asking 5 times". */
// "sort out the rent money by friday and you ignore it": the complaint after the ask is no part of it.
const COMPLAINT_AFTER = /\s+(?:and|but|when|while|because|cause|cuz|since|like) (?:you|u|i|we)\b.*$/;

function readRequest(lower: string, fallback: string | null, names: readonly string[] = []): string | null {
  // The request is read in lower case; the draft's names keep their capitals ("ask Dev"), for the tagger and the reply.
  const cased = (phrase: string): string => names.reduce((said, name) => said.replace(new RegExp(`\\b${escapeRegExp(name.toLowerCase())}\\b`, 'g'), name), phrase);
  // "could you maybe, just maybe, read the ticket" asks to read the ticket.
  // "maybe show up on time for once" is an order with a shrug in front.
  const text = tidy(spellOut(lower))
    .toLowerCase()
    .replace(/\b((?:can|could|would|will) (?:you|u))(?:,?\s*(?:maybe|possibly|perhaps|please|kindly)\b,?)+/g, '$1')
    .replace(/(^|[.!?]\s+)(?:maybe|perhaps|how about you|why don'?t you)\s+(?:just\s+)?/g, '$1');
  // "why would you touch it", "who told you to touch it" object to it: never read as asking for it.
  const m =
    /(?<!\b(?:why|how|who|what) )\b(?:can|could|would|will) (?:you|u) (?:please )?([a-z][^?.!,;]{3,70})/.exec(text) ??
    /\bwhen (?:are|r) (?:you|u) (?:gonna|going to) ([a-z][^?.!,;]{3,70})/.exec(text) ??
    // "how many times do I have to ask you to take the trash out" still asks for it.
    /(?<!\b(?:who|nobody|no one|noone|never|did i|i didn'?t|i never|i did not) (?:ever )?)\b(?:ask|asked|asking|told|tell|remind|reminded) (?:you|u) (?:\w+ times |twice |again |already )?to ([a-z][^?.!,;]{3,60})/.exec(text) ??
    /(?:^|[.!?]\s*)((?:fix|send|finish|call|pay|return|clean|bring|move|sign|check|update|reply to|answer) [^?.!,;]{2,60})[.!]?\s*$/.exec(text);
  // "pay your share by tonight or I'm telling her": the threat after "or" is no part of the request.
  const nlp = language();
  // Any sentence that opens on a bare verb is an order: "Fix the leak under the bathroom sink or I'm withholding rent".
  // "if there's a problem with the reports, come to me directly": the condition is part of the ask and goes after it.
  const conditioned = (sentence: string): string => sentence.replace(/^if ((?!(?:you|u) (?:ever|dare)\b)[^,]{3,60}),\s*(?!i\b|i'|we\b|you\b|u\b|it\b|that\b)(\w+ [^,]+)(,.*)?$/, '$2 if $1$3');
  const order = !m && nlp ? text.split(/(?<=[.!?;])\s+/).filter((sentence) => !isDismissal(sentence.replace(/[.!?;]+$/, ''))).map((sentence) => conditioned(sentence.replace(/[.!?;]+$/, '')).replace(CUT_THREAT, '').replace(DIG_AFTER, '')).find((sentence) => {
    // "Order #48213." labels a thing with its number: no order.
    if (NO_VERB_START.test(sentence) || /^\w+ #?\d[\d,.]*$/.test(sentence)) return false;
    const first = tag(nlp, cased(sentence))[0];
    // "ask Dev or get a temp" asks for something; "ask your boyfriend" points elsewhere.
    if (/^ask (?:me|him|her|them|your|yourself|around)\b/.test(sentence)) return false;
    return !!first && first.tags.has('Infinitive') && !first.tags.has('Auxiliary') && !/^\w+ (?:you|u|i|we|they|he|she)\b|^\w+ it$/i.test(sentence) && !/^(?:stop|just|let|thanks|thank|please|be|read|love|enjoy|cool|got|noted|fine|sure|great|whatever|like)$/.test(first.lower) && sentence.split(' ').length >= 2 && sentence.split(' ').length <= (/ if /.test(sentence) ? 20 : 14);
  }) : undefined;
  if (order && SAFE(order) && !NO_REQUEST.test(order)) return cased(order.replace(COMPLAINT_AFTER, ''));
  const asked = m ? (m[1] as string).replace(CUT_THREAT, '').replace(DIG_AFTER, '').replace(COMPLAINT_AFTER, '').replace(/\s+(?:or what|or not|for me)$/, '').trim() : null;
  return asked && SAFE(asked) && !/^(?:not|stop|shut|even|believe|imagine|be)\b/.test(asked) ? cased(asked) : fallback;
}

/**
 * A behaviour the draft objects to, never one it asks for: "you can't keep changing your mind", "stop cancelling
 * last minute". Asking for it back ("could you keep changing your mind?") would reverse the writer's stance.
 */
function unwanted(lower: string, behaviour: string | null): boolean {
  if (!behaviour) return false;
  if (/^keep \w+ing\b/.test(behaviour)) return true;
  const escaped = escapeRegExp(behaviour);
  // "you can't (just) leave it there" objects; "you can't even clean up" asks for the cleaning.
  // "who told you to touch my spreadsheet", "why would you move my files": objections, never asks.
  return new RegExp(`\\b(?:(?:can'?t|cannot|can not)(?!\\s+even\\b)(?:\\s+just)?|stop|quit|won'?t stop|(?:who|nobody|no one) (?:told|asked) (?:you|u) to|why (?:would|did|do) (?:you|u)|how could (?:you|u))\\s+(?:even\\s+|ever\\s+)?${escaped}`).test(lower);
}

// The dig after a request: "instead of blaming ghosts", "like a normal adult", "for once", "already".
const DIG_AFTER = /\s+(?:before (?:you )?(?:start |go )?(?:blam|accus|threat|point|jump|hav(?:e|ing) a go|com(?:e|ing) at)\w*|like (?:i'?m|i am|we'?re) (?:\d+|a \w+|five|twelve)|instead of|rather than|like (?:a|an|some|every|everyone|everybody)\b|for once|for a change|already|for (?:god|heaven|christ|fuck)'?s sake|before (?:you )?(?:send|sending) (?:me )?(?:garbage|trash|rubbish|junk|crap|passive|snarky|rude|nasty|angry))\b.*$/i;

const CLAUSE_AFTER = /,\s*(?:i|i'm|im|i've|ive|i'll|i did|he|he's|she|she's|it|it's|its|this|that|that's|they|they're|there's|you're|ur|we)\b.*$/i;

/** The draft's request as a calm person would ask it, without a trailing dig ("for once"); null when none can be. */
function calmRequest(request: string | null): string | null {
  // "find someone else, I'm done being the default": the clause after the comma is a complaint, not part of the ask.
  const asked = request?.replace(CLAUSE_AFTER, '').replace(DIG_AFTER, '').replace(/^(?:just|actually|even|maybe)\s+/i, '') ?? null;
  return asked && !NO_REQUEST.test(asked) && isCalmRequest(asked) ? asked : null;
}

// Body parts and the like in idioms ("talk to the hand", "like talking to a wall") are never what a draft is about.
const IDIOM = /^(?:the|my|your) (?:hand|wall|face|head|mind|nose|mouth|brain|ass|arse|back|deal|point|clue|life|nerve|act|socks|grip|weight|game|shit|crap)$/;

/** "I need this now, not tomorrow", "I want answers by end of day": the writer's own calm ask, kept as theirs. */
function readWant(parts: string[]): string | null {
  const text = parts.join(', ');
  // At most 60 letters, ending on a whole word ("disputing the full invoice", never "disputing the ful").
  const m = /\b(?:i need|i want|i'd like|i would like)\s+((?:this|that|it|the|my|an?|answers|some|to|you to)\b[^.!?;]{2,60}(?![\p{L}\p{N}']))/iu.exec(text);
  if (!m) return null;
  // The threat after "or" is no part of what the writer wants: "an itemised breakdown by end of day or we're disputing ...".
  // Cut at its length, it does not end on a word that leads on ("by end of day or", "back before the").
  const want = tidy(m[1] as string)
    .replace(CUT_THREAT, '')
    .replace(/^((?:[^,]+,){0,1}[^,]+),.*$/, '$1')
    .replace(/\s*,\s*$/, '')
    .replace(/(?:\s+(?:or|and|but|so|because|to|the|a|an|of|for|with|by|on|in|at|before|after|my|your|our|their|his|her))+$/i, '');
  return SAFE(want) && !/\b(?:you to (?:stop|shut|leave|go))\b/i.test(want) && want.split(' ').length <= 12 ? want : null;
}

/**
 * A stop named by a verdict ("stop spreading gossip about my divorce", "stop hounding me about the report") asked as
 * the writer's own need, without the verdict: "my divorce kept private", "a bit of room on the report".
 */
function judgedWant(lower: string): { want: string | null; topic: string | null; support?: string } | null {
  const about = String.raw`((?:my|the|our) [a-z]+(?: (?!around|at|in|on|to|with|for|from|behind|again|all|every|and|or|or)[a-z]+)?)`;
  const talk = new RegExp(String.raw`\b(?:spread(?:ing)?|start(?:ing)?|tell(?:ing)?) (?:gossip|rumou?rs|lies|stories) about ${about}|\b(?:gossip(?:ing)?|talk(?:ing)? behind my back) about ${about}`).exec(lower);
  const thing = talk?.[1] ?? talk?.[2];
  if (thing) return { want: `${thing} kept private`, topic: `the talk about ${thing}` };
  const pressed = new RegExp(String.raw`\b(?:hound|harass|pester|badger|nag|hassl)\w* (?:me|us) about ${about}`).exec(lower)?.[1];
  if (pressed) return { want: `a bit of room on ${pressed}`, topic: pressed };
  // "don't pin the typo on me" is said as the writer's view: "I don't think the typo is on me".
  const pinned = /\bpin(?:ning)? ((?:the|this|that) [a-z]+) on (me|us)\b/.exec(lower);
  if (pinned) return { want: null, topic: null, support: `I don't think ${pinned[1]} is on ${pinned[2]}` };
  return null;
}

/** "the scratch" is "the scratch on the car" when the draft says where: the thing keeps the place the draft gave it. */
function withPlace(nlp: Nlp, about: string, lower: string): string {
  if (!/^(?:the|my|your|our) [a-z]+(?: [a-z]+)?$/.test(about)) return about;
  const head = about.split(' ').pop() as string;
  const m = new RegExp(`\\b${head} ((?:on|in|under|for|from|of|at|behind|by) (?:the|my|your|our) ([a-z]+)(?: ([a-z]+))?)`).exec(lower);
  if (!m) return about;
  const second = m[3] && tag(nlp, `the ${m[2]} ${m[3]}`)[2]?.tags.has('Noun') ? ` ${m[3]}` : '';
  const place = `${m[1]?.split(' ').slice(0, 3).join(' ')}${second}`.replace(/\byour\b/, 'the');
  return SAFE(place) && !/\b(?:mind|face|head|way|life|time|day)$/.test(place) ? `${about} ${place}` : about;
}

/** "my mom's" with its thing read back from the draft: "my mom's 60th"; null when the draft names none after it. */
function ownerThing(about: string, lower: string): string | null {
  const owner = /^((?:the|my|your|our|his|her|their) [a-z]+'s?)(?=\s|$)/i.exec(about)?.[1];
  if (!owner) return null;
  const thing = new RegExp(`\\b${escapeRegExp(owner.toLowerCase())} ([a-z0-9]+(?: [a-z]+)?)`).exec(lower)?.[1];
  const phrase = thing ? topicPhrase(`${owner} ${thing.split(' ')[0]}`) : null;
  return phrase && SAFE(phrase) ? phrase : null;
}

// A word the writer calls family by, before what they say: "Mum I'm 26", "dad, I'm not coming".
const KIN_CALLED = /^(?:mum|mom|mam|mummy|mommy|dad|daddy|grandad|grandpa|grandma|nan|nana|aunty|auntie|uncle|sis|bro),?\s+(?=i\b|i'm\b|i've\b|i'll\b|we\b)/i;

/** "34" or "the group chat 2" names no thing ("500 units" does); a topic pieced from details alone ("what happened till 9 at 5:30 today") none either. */
function sayableTopic(topic: string): string {
  if (/^(?:[$£€]?\d[\d,.:/-]*(?:st|nd|rd|th|am|pm|%)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|fifty|a hundred)$/i.test(topic)) return 'this';
  // "the whole flat smells of gas": a sentence, not a thing.
  if (!/,| and /.test(topic) && /^(?:the|my|your|our) /.test(topic) && topic.split(' ').length >= 4 && topicPhrase(topic) === null) return 'this';
  // A count cut from its unit ("the group chat 2 hours after") is left off the thing.
  const cut = /^((?:the|my|your|our) [a-z][a-z ]*?) \d+$/i.exec(topic)?.[1];
  if (cut && !/ (?:at|on|by|in|for|till|until|from|to|of|about|around|after|before)$/.test(cut)) return cut;
  // Details strung together with no thing between them ("till 9 at 5:30 today", "with PA with Dubai") read as a garble.
  const linked = topic.match(/\b(?:with|at|till|until|on|by|for|in)\b/g) ?? [];
  if (/^what(?: happened|'s happening)\b/.test(topic) && linked.length >= 2 && (new Set(linked).size < linked.length || (topic.match(/\d+/g) ?? []).length >= 2)) return 'this';
  return topic;
}

/** The topic to name in a reply: never an idiom or a bare time, and without a number tacked on at the end. */
function readTopic(draftAbout: string, draftFeelingTopic: string | null, lower: string): string {
  // "the real", "my god", "the person whose hair": a piece of a sentence is said as plain "this".
  const about = draftAbout === 'this' ? 'this' : (topicPhrase(draftAbout) ?? ownerThing(draftAbout, lower) ?? 'this');
  const feelingTopic = draftFeelingTopic && topicPhrase(draftFeelingTopic);
  if (IDIOM.test(about) || /^(?:the|this|last|next) (?:week|month|year|weekend|morning|night|evening|day)$/.test(about)) return 'this';
  if (/^what(?: happened|'s happening) (?:at|on|by|in|until|tomorrow|today|tonight|yesterday|this|last|next)\b/.test(about)) return 'this';
  // "my lunch and 12-1", "the venue deposit and 8 date": a number joined on with no thing of its own is dropped.
  const withNumber = /^(.+?) and (?:the )?(\S*\d.*)$/.exec(about);
  const topic = withNumber && bareNumber(withNumber[2] as string) ? (withNumber[1] as string) : about === 'this' && feelingTopic ? feelingTopic : about;
  // "the rent money by Friday": a deadline belongs to the request, not to what the writer feels about.
  const thing = topic.replace(DEADLINE_AFTER, '');
  return /^(?:the|this|last|next) (?:week|month|year|weekend|morning|night|evening|day|time)$/.test(thing) ? 'this' : thing;
}

const DEADLINE_AFTER = / by (?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|tomorrow|tonight|today|noon|midnight|lunchtime|eod|the end of (?:the )?\w+|end of (?:the )?\w+|\d{1,2}(?::\d\d)? ?(?:am|pm)?|the \d+(?:st|nd|rd|th))$/i;

// A verdict on a thing named before, told as over: "it was a disaster", "that was a total shambles", "it went horribly".
const VERDICT = /^(?:it|that|this) (?:(?:was|has been|'s been) (?:an?|such a)(?: [a-z]+)? (?:disaster|mess|shambles|joke|nightmare|train ?wreck|car ?crash|farce|circus|fiasco|catastrophe|waste of time)|went (?:so |really )?(?:terribly|horribly|awfully|badly))$/i;

/** The account beside a denial, unless it only repeats the denial. */
const contracted = (text: string | null | undefined): string => (text ?? '').toLowerCase().replace(/\b(was|were|have|has|did|do|is|are) not\b/g, "$1n't");
const ownAccount = (denial: string | null, accounts: readonly (string | null)[]): string | null =>
  accounts.find((account) => account && contracted(account) !== contracted(denial)) ?? null;

/** A plain question a reply can ask calmly: "who took my charger", "whether you told everyone at brunch". */
function readQuestion(readable: string): string | null {
  const plain = /(?:^|[.!?]\s+)((?:who|where|when|which|what time) [^?.!]{3,60})(?:[?.!]|$)/i.exec(readable)?.[1]?.toLowerCase();
  // "where is the report" reads after "Can you tell me" as "where the report is".
  // "where were you last night" reads after "Can you tell me" as "where you were last night".
  if (plain && unreadable(plain)) return null;
  if (plain) return SAFE(plain) ? plain.replace(/^(where|when|which|what time) (is|are|was|were) (you|he|she|they|we|it) (.+)$/, '$1 $3 $2 $4').replace(/^(where|when|which|what time) (is|are|was|were) ((?!you |he |she |they |we |it ).+)$/, '$1 $3 $2') : null;
  const nlp = language();
  // "did you even run the tests": the verb is "run", not the "even" in front of it.
  // "what did you think of the launch" asks their view, not whether they thought of it; "not once did you" asks nothing.
  const did = /(?<!\b(?:once|what|how) )\bdid (?:you|u)(?: or did (?:you|u) not)? (?:(?:even|ever|actually|really|just|seriously|honestly|bother to)\s+)*([a-z]+)\b([^?.!]{2,60})/i.exec(spellOut(readable));
  if (!did || !nlp) return null;
  const rest = tidy(did[2] as string);
  return SAFE(rest) && !unreadable(rest) ? `whether you ${verbForms(nlp, did[1] as string, true).past} ${rest}`.replace(/\bi\b/g, 'I') : null;
}

/**
 * "if you cared (even a little) you would've called", "if you really loved me you'd have come": what they would have
 * done, and did not. "If you loved me you'd move here" asks for the future: no account of what happened.
 */
const GUILT = /^if (?:you|u) (?:(?:really|actually|even|truly|genuinely) )?(?:cared|care|loved me|love me|respected me|valued (?:me|us)|gave a (?:damn|shit))\b(?: (?:even )?(?:a little|a bit|at all|one bit|about (?:me|us|this)))?,? (?:you|u) ?(?:'d|would|d)(?: have|'ve|ve| of) ([a-z]+)\b(.*)$/i;

/** What conditional guilt says the reader did not do, as a plain account: "you didn't call when grandma was in hospital". */
function conditionalGuilt(nlp: Nlp, part: string): string | null {
  const m = GUILT.exec(part.trim().replace(/[\u2019]/g, "'").replace(/[.!?]+$/, ''));
  if (!m) return null;
  const rest = (m[2] ?? '').replace(/\s+(?:by now|already)$/i, '').trim();
  const said = `you didn't ${verbForms(nlp, (m[1] as string).toLowerCase()).infinitive}${rest ? ` ${rest}` : ''}`;
  return SAFE(said) ? said : null;
}

/**
 * The draft's calm sentences for a reply: a denial's questions left out (they repeat the charge in disbelief), the
 * name the draft is addressed to left to the greeting, and the writer's denial in its plain form ("wasn't me who
 * left the stove on" -> "I didn't leave the stove on").
 */
function saidOf(nlp: Nlp, readable: string, stance: Stance, anchors: readonly string[], details: readonly string[], addressee: string | null, ownDenial: string | null): SaidClause[] {
  const name = addressee ? new RegExp(`^${addressee},\\s*|,?\\s*${addressee}$`, 'gi') : null;
  // A name keeps its capital even where a sentence said it first ("Priya has them").
  const names = details.filter((d) => /^\p{Lu}\p{Ll}+$/u.test(d));
  return saidClauses(nlp, readable)
    .map((c) => ({ ...c, text: names.reduce((text, n) => text.replace(new RegExp(`^${n.toLowerCase()}\\b`), n), c.text) }))
    .filter((c) => stance !== 'denying' || !c.question)
    .map((c) => (name ? { ...c, text: c.text.replace(name, '') } : c))
    // "Mum I'm 26": the word the draft calls them by is no part of what it says.
    // An order ("git blame it yourself", "reply to the landlord instead of ...") said back is still an order.
    .filter((c) => !/\b(?:yourself|yourselves)\b/i.test(c.text) && !orders(nlp, c.text))
    .map((c) => {
      if (!ownDenial || !DENIAL.test(c.text.toLowerCase())) return c;
      const held = anchors.filter((a) => holds(c.text, a));
      return held.every((a) => holds(ownDenial, a)) ? { ...c, text: ownDenial, kind: 'own' as const } : c;
    })
    .map((c) => asObserved(nlp, c, anchors))
    // "Nan I love you but I am not having ...": what follows the warmth is what the sentence says; the clause still
    // stands for the things it named.
    .map((c) => ({ ...c, text: c.text.replace(KIN_CALLED, '').replace(/^i love (?:you|u),? but\s+/i, '').replace(/^i\b/, 'I') }));
}

/** Whether a sentence opens on a bare verb with no doer: "reply to the landlord", not "Finance sat on it". */
function orders(nlp: Nlp, sentence: string): boolean {
  if (NO_VERB_START.test(sentence)) return false;
  const [, verb, next] = tag(nlp, `please ${sentence.toLowerCase()}`);
  return !!verb?.tags.has('Infinitive') && !next?.tags.has('Verb');
}

/** A "you" sentence said as what reached the writer when that keeps all it holds: "you didn't send me the numbers" -> "I didn't get the numbers". */
function asObserved(nlp: Nlp, said: SaidClause, anchors: readonly string[]): SaidClause {
  const held = anchors.filter((a) => holds(said.text, a));
  const observed = /^you\b/i.test(said.text) ? observe(nlp, said.text) : null;
  // Only a sentence turned into what reached the writer is better; "you ..." again is the same sentence, less well kept.
  const better = observed && SAFE(observed) && /^I\b/.test(observed) && held.every((a) => holds(observed, a));
  return better ? { ...said, text: observed, kind: 'clause', anchors: held } : { ...said, anchors: held };
}

// Words after which "it was ..." goes on the same sentence: "I said it was", "because it was".
const JOINS_CLAUSE = /^(?:that|because|cause|cuz|bc|when|if|so|and|but|as|since|said|say|says|think|thought|know|knew|guess|where|what|how|why|or|until|while|whether|like|unless|though|although|then|before|after|once|which|who)$/i;

/** "i didnt break it it was already cracked": a new subject with no stop before it starts a new sentence. */
function runOnsSplit(text: string): string {
  return text.replace(/([\p{L}\d]+) (it|they|he|she) (was|were|is|are|had|has)(?= (?:already|still|never|always|there|broken|cracked|dented|empty|gone|fine|like that|in|on|from)\b)/giu, (whole, before: string, subject: string, verb: string) =>
    JOINS_CLAUSE.test(before) || /^(?:it|they|he|she|was|were|is|are)$/i.test(before) ? whole : `${before}. ${subject} ${verb}`,
  );
}

// A refusal's stop is asked plainly or not at all: "stop asking me when I'm getting married" is a behaviour, "don't be dramatic" a label.
const plainStop = (asked: string | null): string | null => (asked && asked.split(' ').length <= 9 && isCalmRequest(`not ${asked}`) ? asked : null);
const plainAsk = (asked: string | null): string | null => (asked && !/\b(?:blame|blaming|accuse|accusing|tag|put|putting|say|act|pretend|come at|lie)\b/.test(asked) && isCalmRequest(asked) ? asked : null);

/** "didnt eat your sushi": a texter's denial said with its "I"; "check the audit log, it was Kevin" as what the log shows. */
function withDoer(text: string): string {
  return text
    .replace(/(^|[.!?]\s+)(didn'?t|didnt|never) (?!mind\b|again\b|ever\b)(?=[a-z]+ (?:ur|your|the|his|her|their|that|it|any|my|him|them)\b)/gi, (_, start: string, not: string) => `${start}I ${/^n/i.test(not) ? 'never' : "didn't"} `)
    .replace(/\bcheck (?:the|your|ur) ((?:[a-z]+ ){0,2}(?:log|logs|history|inbox|email|emails|chat|thread|messages|texts|calendar|records?|receipts?|statement|tracking|sheet|folder|drive))[,:]? (?!(?:before|or|and|if|when|instead|then|so|because|first|again|yourself|properly|next)\b)(?=(?:it|i|they|he|she|[a-z]+) )/gi, 'the $1 shows ');
}

/** The writer's own feeling said as a clause ("I'm so sick of the noise"): no account of what happened. */
export const OWN_FEELING = /^I(?:'m| am) (?:so |really |just |honestly )*(?:sick|tired|fed up|done|annoyed|angry|mad|upset|frustrated|furious|hurt|over)\b/i;

/** A claim's persons turned round, as the writer tells it: "I'll call you" -> "you'll call me". */
const AS_THEIRS: Readonly<Record<string, string>> = {
  i: 'you',
  "i'm": "you're",
  im: "you're",
  "i'll": "you'll",
  "i've": "you've",
  ive: "you've",
  "i'd": "you'd",
  my: 'your',
  me: 'you',
  mine: 'yours',
  myself: 'yourself',
  am: 'are',
  you: 'me',
  your: 'my',
  "you're": "I'm",
  "you'll": "I'll",
  "you've": "I've",
  yours: 'mine',
  yourself: 'myself',
};

/**
 * The reader's own words quoted back, told as what they say: 'ohhh "I'm just tired", right, every night' reads 'ohhh
 * you say you're just tired, right, every night', so no reply takes their tiredness for the writer's or says their
 * "I" as its own.
 */
function reportClaims(draft: string): string {
  let text = draft;
  for (const claim of quotedClaims(draft).reverse()) {
    const words = claim.words.replace(/\bI was\b/gi, 'you were').replace(/\b(?:i'm|i've|i'll|i'd|i|im|ive|my|me|mine|myself|am|you're|you'll|you've|you|your|yours|yourself)(?![\w'])/gi, (word) => AS_THEIRS[word.toLowerCase()] ?? word);
    // "did you really just say "...", "the way u typed "...": the draft already says they said it (quoted-claims.ts).
    text = `${text.slice(0, claim.start)}${claim.told ? '' : 'you say '}${words}${text.slice(claim.end)}`;
  }
  return text;
}

/**
 * Whether a piece of a mocking draft states a plain point a reply can keep: what the reader did ("you read the
 * instructions after breaking it"), the writer's own account, or what happened to a thing. Anything else of a mocking
 * draft ("it's the free booze", "she's upset") is the taunt's set-up or punchline.
 */
function plainPiece(piece: string): 'deed' | 'fact' | null {
  const nlp = language();
  if (!nlp) return null;
  const clause = piece.replace(/\b\p{Lu}{2,}\b/gu, (word) => word.toLowerCase());
  // "the intern thinks he's the manager now": a belief told of someone is the taunt's set-up, no fact.
  if (/\b(?:thinks?|thought|believes?|believed|reckons?|reckoned|imagines?)\b/i.test(clause)) return null;
  const observed = observe(nlp, clause) ?? lateness(clause);
  if ((observed && SAFE(observed)) || ownEvent([clause]) !== null || (ownDeed(nlp, tidy(clause)) && SAFE(clause))) return 'deed';
  const other = observeOther(nlp, clause);
  return (other && SAFE(other)) || statementsOf(nlp, clause, () => false).length > 0 ? 'fact' : null;
}

/** Whether a piece holds a name, number, time or date in a clause of its own ("you've mentioned it 400 times", "yelling at a 14 year old"), not in a fragment ("a mere 45 mins after"). */
function detailedPiece(piece: string): boolean {
  const nlp = language();
  if (!nlp || findPoint(piece, () => true).details.length === 0) return false;
  // "yelling at a 14 year old": what they are doing, told without its doer.
  if (/^[a-z]+ing\b/i.test(piece) && tag(nlp, piece)[0]?.tags.has('Gerund')) return true;
  return /^(?:i|i'm|i've|you|u|you've|we|he|she|they|it|it's|the|my|your|our|his|her|their|this|that|\p{Lu}\p{Ll}+)\b/u.test(piece) && tag(nlp, piece).some((t) => t.tags.has('Verb') && !t.tags.has('Gerund') && !t.tags.has('Infinitive'));
}

/**
 * Reads the draft; works without the tagger (observations are then left out) and never throws. A mocking draft is read
 * from its plain pieces alone, its feeling and voice from the whole of it.
 */
export function readDraft(draft: string, analysis: Analysis): Reading {
  const taunted = readTaunts(draft, { plain: plainPiece, detailed: detailedPiece, warm: (word) => (afinnScore(word) ?? 0) >= 2 });
  if (!taunted.mockery) return readPlain(draft, analysis);
  const reading = readPlain(taunted.text, analysis);
  const whole = readPlain(draft, analysis);
  const view = taunted.view;
  return {
    ...reading,
    feeling: whole.feeling,
    register: whole.register,
    close: whole.close,
    casual: whole.casual,
    lowercase: whole.lowercase,
    flooded: whole.flooded,
    mockery: taunted.mockery,
    view,
    // The writer's view under a sarcastic claim is their own account of where they stand, and what the reply is about.
    ...(view && !reading.observation ? { observation: view, own: true, topic: 'this' } : {}),
    // ... said once, by the reply's own words for it, not again as a sentence of the draft.
    said: reading.said.filter((c) => c.text !== view),
  };
}

function readPlain(draft: string, analysis: Analysis): Reading {
  const nlp = language();
  const cleaned = cleanDraft(reportClaims(draft));
  // Shouted words are read in lower case, so the tagger and the details see words, not capitals.
  const readable = withDoer(runOnsSplit(plainWords(cleaned).replace(/\bI'(M|VE|LL|D)\b/g, (_, rest: string) => `I'${rest.toLowerCase()}`).replace(/\b\p{Lu}{2,}(?:'\p{Lu}{1,2})?(?![\p{L}'])/gu, (word) => (KEPT_CAPITALS.test(word) ? word : word.toLowerCase()))));
  const lower = readable.toLowerCase();
  const point = findPoint(plainWords(draft), () => true);
  const stance = SCARE_QUOTED.test(draft) ? 'denying' : readStance(readable, analysis);
  const felt = readFeeling(draft, analysis, stance);
  const reaching = REACHING.test(lower);
  const parts = clausesOf(readable);
  let observation: string | null = null;
  let questioned: string | null = null;
  // "my graduation matters less to you than your promotion": the writer's point is that their thing came second.
  const ranking = readRanking(lower, readable);
  if (ranking) observation = ranking.past ? `it felt like ${ranking.mine} came second to ${ranking.theirs}` : `it feels like ${ranking.mine} ${/^(?:I|we)$/.test(ranking.mine) ? 'come' : 'comes'} second to ${ranking.theirs}`;
  // Being in touch only for what they need: the writer's point is that they are not a priority.
  const used = ranking ? null : readUsed(lower);
  if (used) observation = used;
  // Coming second, or being wanted only for something, hurts; a feeling the writer named stays theirs.
  const feeling: FeltFeeling = (ranking || used) && !felt.named ? { ...felt, id: 'hurt' } : felt;
  // "a toddler could do your job": the work falls short, said of the work; no child or beginner is what it is about.
  const outdoneRead = ranking || used ? null : outdoneWork(lower);
  const outdone = outdoneRead?.work ?? null;
  const missedAt = ranking || used || outdone || !nlp ? null : outdoneAt(nlp, lower);
  if (outdone) observation = `${outdone} ${plural(outdone) ? "aren't where they need" : "isn't where it needs"} to be yet`;
  observation ??= missedAt?.observation ?? null;
  if (nlp && !ranking && !used && !outdone && !missedAt) {
    for (const part of parts) {
      if ((stance === 'denying' && DENIAL.test(part.toLowerCase())) || isPutDown(part)) continue;
      // "can you read the brief" asks for what has not happened: no account of what did.
      if (/^(?:can|could|would|will) (?:you|u) (?!(?:please |just )?(?:stop|quit)\b)/i.test(part.trim())) continue;
      const observed = conditionalGuilt(nlp, part) ?? missedVisit(nlp, part) ?? observe(nlp, part) ?? observeOther(nlp, part) ?? lateness(part);
      if (!observed || !SAFE(observed) || observed.split(' ').length > 18) continue;
      // A question read from shorthand nothing could spell out is not asked back garbled.
      if (/^(?:why|how)\b/i.test(part.trim()) && /^you /.test(observed)) questioned ??= unreadable(part) ? null : observed;
      else observation ??= observed;
    }
  }
  observation ??= point.clause ?? point.habit ?? (nlp ? gerundObservation(nlp, lower) : null);
  // What happened to a thing ("the rent is 5 days late"), for drafts that blame no one in a "you" clause.
  const statement = nlp ? readStatement(nlp, readable, (clause) => DENIAL.test(clause.toLowerCase())) : null;
  if (stance !== 'denying') observation ??= statement;
  let own = ranking !== null || used !== null;
  // "I've asked you four times to clear out the garage ... and you keep ignoring me": a bare habit names no thing, the
  // writer's own account does.
  if (!observation || (/^(?:I|we) keep getting \w+$/.test(observation) && ownEvent(parts))) {
    observation = ownEvent(parts);
    own = observation !== null;
    // "I cleaned it yesterday": the thing is the draft's topic.
    const thing = /^(?:the|my|our) [a-z]+\b/.exec(point.about)?.[0];
    // "it'd be done by 5" stays as written: "the goalposts'd" is no word.
    if (observation && thing) observation = observation.replace(/\bit\b(?!['\u2019])/, thing);
  }
  if (observation && !SAFE(observation)) observation = null;
  // "I'm so sick of the noise" names the feeling, not what happened: the reply says the feeling itself, about the topic.
  if (observation && OWN_FEELING.test(observation)) {
    observation = null;
    own = false;
  }
  // The age in "my 8 year old could do this", or "and he's 14" after it, belongs to the put-down: no reply says it.
  const putDownAt = outdoneRead?.match ?? missedAt?.match ?? null;
  const putDown = putDownAt ? lower.slice(putDownAt.index).split(/[.!?;]/)[0] as string : '';
  const details = point.details.filter((d) => d !== point.addressee && !(putDown && holds(putDown, d)));
  // Nor does the child or beginner decide whom the draft is to: "a work experience kid could run this project" is work.
  const beginner = putDownAt ? /^.*? could/.exec(putDownAt[0])?.[0] ?? '' : '';
  const apart = beginner ? readable.slice(0, putDownAt?.index).concat(readable.slice((putDownAt?.index ?? 0) + beginner.length)) : readable;
  const register = readRegister(apart);
  // ... and no sentence of the draft that makes the comparison is said back.
  const beginnerWord = /(\S+) could$/.exec(beginner)?.[1];
  const unlessPutDown = (clause: string | null): string | null =>
    clause && putDown && (OUTDONE.test(clause) || OUTDONE_AT.test(clause) || (beginnerWord && holds(clause, beginnerWord))) ? null : clause;
  // "you said you'd be here at 8. its 9:40": the clause holding the details the observation lacks goes with it;
  // a promise is followed by what happened instead ("and they waited outside for an hour").
  const lacking = details.filter((d) => !(observation ?? '').includes(d));
  // An order ("do it tonight") is no account of what happened.
  const imperative = (p: string): boolean => !!nlp && !NO_VERB_START.test(p) && !!tag(nlp, p)[0]?.tags.has('Infinitive');
  const plain = (p: string): boolean => SAFE(p) && p.split(' ').length <= 9 && !/\b(?:you|u)\b/i.test(p) && !/[?]/.test(p) && !imperative(p);
  // Clauses joined to another start lower case unless they open on a name.
  const tidied = parts.map(tidy).map((p) => (details.some((d) => p.startsWith(d)) ? p : p.charAt(0).toLowerCase() + p.slice(1)).replace(/^i\b/, 'I'));
  if (observation && lacking.length > 0) {
    // What the writer will do next ("I'll go with Becca") is no part of what happened.
    const extra = tidied.find((p) => lacking.every((d) => p.includes(d)) && plain(p) && !/^(?:I'll|I will|I'm going to|I'm gonna|I'd)\b/i.test(p));
    if (extra) observation = observation.replace(/, and it didn't happen$/, '') + `, and ${extra.replace(/^(?:and|but)\s+/i, '')}`;
  } else if (observation && /, and it didn't happen$/.test(observation)) {
    const at = tidied.findIndex((p) => /^(?:you|u)\s/i.test(p) && observation?.startsWith(`you ${p.replace(/^(?:you|u)\s+/i, '').split(' ')[0]}`));
    const next = at >= 0 ? tidied[at + 1] : undefined;
    // What happened next, never a shrug at the reader ("I don't know why I bother").
    if (next && plain(next) && /^(?:they|he|she|we|i|it|the|my)\b/i.test(next) && !/\b(?:why|bother|care)\b|^I don't know\b/i.test(next)) observation = observation.replace(/, and it didn't happen$/, `, and ${next}`);
  }
  // The whole "I'll pay you back Friday" thing: the words in quotes are what the draft is about.
  const quotedThing = /\b(?:the|this|that) (?:whole )?["\u201c]([^"\u201d]{3,60})["\u201d] thing\b/i.exec(draft)?.[1];
  const grievances = nlp ? readGrievances(nlp, parts) : null;
  if (grievances && observation && grievances.includes(observation)) observation = null;
  const about = nlp ? withPlace(nlp, point.about, lower) : point.about;
  const judged = judgedWant(lower);
  // What came second is said in the observation; nothing of it is a thing to "sort out" or "talk about" on its own.
  // A visit missed while the writer was ill is about the two of them, not the operation or the hospital.
  const visitMissed = !!observation && /^you didn't visit (?:me|us)\b/.test(observation) && WAS_ILL.test(observation);
  const topic = ranking || used || visitMissed ? 'this' : outdone ?? missedAt?.thing ?? judged?.topic ?? sayableTopic(grievances ?? (quotedThing && SAFE(quotedThing) ? `the "${spellOut(quotedThing)}" thing` : readTopic(about, topicOfFeeling(lower), lower)));
  // "what's your take on the team meeting? because it was a disaster": a verdict on "it" after an event is named says
  // how the event went; the verdict's word is the writer's heat, not what both could agree on. Said of a person or a
  // piece of work, "went badly" would not fit.
  const verdict = !observation && /^(?:the|my|your|our) (?:[\w'-]+ ){0,2}?(?:meeting|call|presentation|pitch|demo|launch|review|interview|workshop|session|stand-?up|party|dinner|date|trip|holiday|wedding|event|game|match)\b/.test(topic) && parts.some((p) => VERDICT.test(tidy(p)));
  if (verdict) observation = `${topic} went badly`;
  const covered = `${observation ?? ''} ${topic}`;
  const missing = details.filter((d) => !covered.includes(d));
  // "saturday" in a lower-case draft is the detail "Saturday".
  const context = missing.length > 0 ? (tidied.find((p) => missing.every((d) => p.toLowerCase().includes(d.toLowerCase())) && plain(p)) ?? null) : null;
  const flooded =
    stance === 'withdrawing' ||
    (feeling.strength === 'strong' && !reaching && (/\b(?:can't deal|cant deal|can't do this|cant do this|i'm done|im done|so done|had enough|lose it|losing it|screaming|i can't even)\b/.test(lower) || (analysis.reasons.length >= 4 && shouted(draft) >= 3)));
  const casual = /^[^\p{L}]*\p{Ll}/u.test(draft.trim()) || TEXTING.test(draft);
  // The draft's concrete words, and every detail that no phrase of them holds already.
  const phrases = nlp ? anchorsOf(nlp, readable) : [];
  const anchors = [...phrases, ...details.map((d) => d.toLowerCase()).filter((d) => !phrases.some((p) => holds(p, d)))];
  // Read in lower case; the draft's names, days and months keep their capitals ("on Fridays").
  const cased = (phrase: string | null): string | null => phrase && point.details.reduce((said, d) => said.replace(new RegExp(`\\b${escapeRegExp(d.toLowerCase())}\\b`, 'g'), d), phrase);
  const asked = readProhibition(lower);
  // "stop being paranoid" judges them: no "Please don't be paranoid."
  // A refusal keeps what it asks them to stop ("stop showing up at my work") only when it could be asked calmly.
  const prohibition = cased((asked && isPutDown(`don't ${asked}`)) ? null : stance === 'denying' ? plainAsk(asked) : stance === 'refusing' ? plainStop(asked) : asked);
  // "Could you please stop twisting my words?" reads as a charge; such a stop is asked as "Please don't ...".
  const stopped = nlp && prohibition ? readStopping(nlp, lower) : null;
  return {
    observation,
    topic,
    want: readWant(parts) ?? judged?.want ?? null,
    feeling,
    need: used ? 'to know I matter to you' : readNeed(feeling, stance, register, point, reaching),
    // A refusal keeps what the draft asks instead ("give it to Tom or push the deadline"), never a request for distance.
    request:
      questioned || stance === 'denying' || (stance === 'refusing' && DISTANCE.test(lower)) || /\bwhy (?:would|did|do|does) (?:you|u)\b/.test(lower)
        ? null
        : calmRequest(readRequest(lower, stance === 'refusing' || unwanted(lower, point.behaviour) ? null : point.behaviour, details.filter((d) => /^\p{Lu}\p{Ll}/u.test(d)))),
    // A denial keeps a plain ask ("don't mark me absent"), never one that repeats the charge ("don't blame me").
    prohibition,
    stopping: stopped && cased(stopped.infinitive) === prohibition && isCalmRequest(`stop ${stopped.gerund}`) ? cased(stopped.gerund) : null,
    stance,
    register,
    close: register === 'personal' && (used !== null || CLOSE_WORDS.test(apart)),
    flooded,
    casual,
    lowercase: casual && (!/\p{Lu}/u.test(cleaned) || /(?:^|[\s.,!?])i(?:'m|'ve|'ll|'d)?(?=[\s.,!?]|$)/.test(cleaned)),
    details,
    text: readable,
    addressee: point.addressee,
    denied: stance === 'denying' ? cased(asWritten(readDenied(draft.toLowerCase().replace(/[\u2019]/g, "'")), readable)) : null,
    account: stance === 'denying' ? ownAccount(readOwnDenial(readable), [readAccount(nlp, parts.filter((p) => !/not my fault|not on me/i.test(p))), statement]) : null,
    refused: stance === 'refusing' ? readRefused(readable.replace(/[\u2019]/g, "'")) : null,
    ownDenial: stance === 'denying' ? readOwnDenial(readable) : null,
    consequence: nlp ? readConsequence(nlp, cased(lower.replace(/[\u2019]/g, "'")) ?? lower) : null,
    reaching,
    questioned,
    own,
    context: context ? context.replace(/^(?:and|but|so)\s+/i, '').replace(KIN_CALLED, '') : null,
    // What came second mattered to the writer: said as theirs, not as a charge.
    support: ranking && !/^(?:I|we)$/.test(ranking.mine) ? `it really ${ranking.past ? 'mattered' : 'matters'} to me` : used ? `I'd like to ${/ see you /.test(used) ? 'see' : 'hear from'} you just because` : nlp && stance !== 'denying' ? (judged?.support ?? unlessPutDown(readSupport(nlp, readable, parts, `${covered} ${context ?? ''} ${readRequest(lower, point.behaviour) ?? ''}`, details))) : null,
    question: readQuestion(readable),
    anchors,
    // A denial's questions ("so I'm the one who lost it now?") repeat the charge in disbelief: never said back.
    said: nlp ? saidOf(nlp, readable, stance, anchors, details, point.addressee, stance === 'denying' ? readOwnDenial(readable) : null).filter((c) => (!ranking || !ranks(c.text)) && !(used && ONLY_WHEN.test(c.text)) && !(visitMissed && WAS_ILL.test(c.text)) && !(verdict && VERDICT.test(c.text)) && unlessPutDown(c.text) !== null) : [],
    mockery: null,
    view: null,
  };
}
