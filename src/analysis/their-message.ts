// Reads the other person's last message(s): what they may be feeling, the words that show it, and whether they
// asked something, asked for something or apologised. Used in memory for one pause, never stored.
import { cleanDraft, findPoint } from './reframe-topic';
import { driversOf, scoreFeelings, theirFeatures, THEIR_FEELINGS, THEIR_MODEL, theirTokens, type TheirFeeling, type TheirModel } from './their-message-model';
import { topicPhrase } from './topic-phrase';

export { THEIR_FEELINGS, type TheirFeeling };

export type Asked = 'question' | 'request' | 'apology' | 'none';

export interface TheirReading {
  feeling: TheirFeeling;
  /** The words of their message that show the feeling; empty for 'neutral'. */
  evidence: string[];
  asked: Asked;
  /** What they asked for, as it reads after "I can": "handle pickup today". */
  requested: string | null;
  /** A yes-or-no question about something the writer did, as it reads after "I didn't": "book the hotel". */
  askedDid: string | null;
  /** What their message is about, as a noun phrase: "the meeting", "work"; null when nothing stands out. */
  topic: string | null;
  /** Their names, numbers, times and dates: a reply may repeat these without inventing them. */
  details: string[];
}

// An apology for something done: "sorry I'm late", "my bad", "apologies for the delay"; never "sorry to bug you",
// "sorry but", "sorry if you feel", "not sorry", "wasn't even my fault" or "sorry?" for "pardon?".
const APOLOGY =
  /(?<!\b(?:not|wasn'?t|wasnt|isn'?t|isnt|ain'?t|never)\s+(?:(?:even|really|exactly|totally|all)\s+)?)\b(?:(?:so |really |very )?(?:sorry|sry|soz)(?![,\s]+(?:to|but|if|you feel)\b)(?!\s*\?)|i apologi[sz]e|apologies|i owe you an apology|my bad|my fault|forgive me|i was wrong|i messed up|i screwed up|(?:that|this|that one|this one)(?:'s| is) on me)\b/gi;

// Each feeling's signs, strongest first; a phrase counts once. Order breaks ties: an apology is answered first.
const SIGNS: readonly [TheirFeeling, RegExp][] = [
  ['apologetic', new RegExp(`${APOLOGY.source}|\\b(?:i should have|i shouldn't have|totally forgot|completely forgot|spaced|slipped my mind)\\b`, 'gi')],
  // A load counted out ("three deadlines", "12 tickets") is overwhelm told as a situation.
  ['overwhelmed', /\b(?:overwhelmed|drowning|swamped|buried|too much|so much (?:on my plate|going on|to do)|it'?s a lot|(?:has|have|'s|'ve) been (?:a lot|crazy|insane|nonstop|non-stop)|can'?t do this anymore|(?:two|three|four|five|six|seven|eight|nine|ten|a dozen|\d+) (?:more )?(?:deadlines|meetings|calls|reports|tickets|projects|exams|shifts|jobs|fires|tasks|clients|orders|assignments|things due)|can'?t keep up|a lot on my plate|slammed|snowed under|underwater|on top of (?:everything|all)|juggling|too many|all at once|at my limit|head above water|plates spinning|one more thing)\b/gi],
  // Stress is often told as a situation, not a word: a deadline, a boss, being behind, being rushed.
  ['stressed', /\b(?:stressed|stressful|stress|pressure|deadlines?|crazy busy|so busy|hectic|freaking out about|panicking about|crunch|rushed off|due (?:today|tomorrow|tonight|by|at|end of)|by eod|breathing down my neck|on my back|behind on|running behind|last minute|back to back|in a rush|rushing|under the gun|crunch time|busy|(?:moved|pushed|bumped) (?:\w+ ){0,3}up|sooner than|asap|urgent(?:ly)?|right away|can'?t talk (?:right now|rn|now)|in a meeting|on a deadline|losing (?:it|my mind)|chasing me|(?:is|'s) down(?! to))\b/gi],
  ['tired', /\b(?:tired|exhausted|long day|long week|long shift|wiped|drained|no sleep|didn'?t sleep|haven'?t slept|barely slept|sleepy|knackered|worn out|dead on my feet|running on empty|up since|worked a double|double shift|night shift|all-?nighter|can barely (?:stand|keep my eyes open)|no energy|(?:have|has) the energy)\b/gi],
  // Illness, hospitals and results pending worry people even when they do not say so.
  // So do a silence ("haven't heard from you since Monday", "you ok??"), a fall, a job at risk, and "are you mad at me?".
  ['worried', /\b(?:worried|worry|worrying|scared|anxious|nervous|afraid|(?:are |r )?(?:you|u) (?:ok|okay|alright|there|safe)|where are you|haven'?t heard (?:from you|back)|is everything (?:ok|okay|alright)|concerned|hospital|surgery|biopsy|fever|sick(?! of| and tired)|doctor|emergency|test results|results come back|no word from|still no word|can'?t reach|not answering|(?:are|r) (?:you|u) (?:mad|angry|upset|annoyed) (?:at|with) me|did i do something|fell(?! asleep| for| in love| behind)|had a fall|(?<!by )accident|ambulance|restructuring|layoffs?|laid off|threatening to|might lose|at risk)\b/gi],
  // Being kept waiting, stood up, left out or forgotten hurts, said or not.
  ['hurt', /\b(?:hurt|hurts|(?<!(?:are|r) (?:you|u) )upset|sad|cried|crying|left out|ignored|forgot about me|you don'?t care|doesn'?t matter to you|disappointed|let down|felt like|(?:i )?waited (?:for )?(?:an? |\d+|all|over|almost|nearly|ages|forever)|(?:sat|stood|was) (?:there |here |outside )?waiting (?:for )?(?:an? |\d+|ages|forever)|stood (?:me )?up|(?:you )?didn'?t (?:even )?(?:show up|come|call|text)|you forgot (?:my|our|about)|you missed my|(?:nobody|no one) (?:told|invited|asked) me|wasn'?t invited|can'?t believe you|how could you|you promised|(?:had|have) to (?:hear|find out|learn) (?:about [\w' ]{1,30} )?from|found out (?:from|in|on|at|through) |(?:i'?d|i would|would) have (?:appreciated|liked) (?:hearing|knowing|being told)|i thought we were (?:friends|best friends|close|a team)|you said you'?d (?:come|be there))\b/gi],
  ['lonely', /\b(?:lonely|miss you|missing you|alone|by myself|no one|nobody|haven'?t seen you|never see you|distant|pulling away|never (?:visit|call|come over)|don'?t (?:see|hear from) you|been waiting (?:for you|all (?:day|night|evening))|waited (?:for you|all)|without me|on my own|miss having (?:you|u)|(?:first|another) (?:christmas|birthday|weekend) without)\b/gi],
  ['defensive', /\b(?:not my fault|i did|i already|i was going to|you never said|you didn'?t say|that'?s not fair|i'?m doing my best|doing the best i can|it'?s not like|how was i supposed to|i'?m trying|i tried|what do you want from me|to be clear|for the record|with respect|i (?:raised|flagged|mentioned) (?:this|it|that|the)|it'?s in the (?:notes|minutes|email|doc)|i followed the|(?:that'?s|it'?s) not on me|on whoever|not a big deal|excuse me for|i'?m allowed to|i (?:didn'?t|never) say|i never said|i (?:only|just) (?:asked|said)|what was i supposed to do|i'?m not going to apologi[sz]e|don'?t make this about|i responded|i don'?t see how|acting like i|(?:do|don'?t) (?:you|u) (?:not )?trust me)\b/gi],
  // A lapse asked about with "again?" is frustration; "are you mad at me" is worry, not anger.
  ['angry', /(?<!(?:are|r) (?:you|u) )\b(?:angry|mad|pissed|furious|annoyed|frustrated|ridiculous|unbelievable|seriously|are you kidding|fed up|sick of|wtf|fuck\w*|damn|you know what you did|how many times|i told you|you (?:always|never)|missed (?:the |a |another )?(?:deadline|call|meeting)|again(?=\?)|that was between us|i trusted (?:you|u)|without (?:asking|telling) (?:me|anyone)|don'?t (?:you )?ever|some of us|sort it out|i need an explanation|change it|who (?:approved|moved|told|said))\b|\?+!+|!+\?+/gi],
  // Plans and news told with warmth: a trip, tickets, "so fun".
  ['excited', /\b(?:excited|can'?t wait|so happy|amazing|yay|woo+|guess what|awesome|great news|so good|thrilled|stoked|so fun|best (?:day|night|weekend)|got (?:the job|in|tickets)|booked (?:the|our|a) (?:trip|flights?|tickets?)|we should (?:totally|all)|shortlisted|passed my|(?:is|are|'s) coming home|road trip)\b/gi],
  // "??" is as often stress or disbelief as confusion: only words that say so count.
  ['confused', /\b(?:confused|confusing|don'?t understand|what do you mean|not sure what you|huh|lost me|i'?m lost|makes no sense|doesn'?t make sense|i don'?t get it|i don'?t get what|don'?t know what you want|unclear|mixed signals|wait,? so|hold on|to clarify|mixed (?:messages|signals)|two different|said different things|said one thing|(?:don'?t|doesn'?t) match|i thought (?:you|u|we|i) (?:said|were|was|had)|which (?:version|one) (?:is|are|do|should)|how do i|where do i|not sure if i'?m (?:meant|supposed))\b/gi],
];

// Emoji say a feeling as plainly as words; cleanDraft drops them, so they are read from the message as given.
const EMOJI: readonly [TheirFeeling, RegExp][] = [
  ['hurt', /😭|😢|😞|😔|💔|🥺|☹️|🙁|😿/gu],
  ['angry', /😡|🤬|😠|😤|🙄/gu],
  ['worried', /😟|😰|😨|😧|😥/gu],
  ['overwhelmed', /😩|😫|😵|🤯|😖/gu],
  ['tired', /😴|🥱|😪/gu],
  ['excited', /🥳|🎉|😍|🤩|🙌/gu],
];

// A day with two kinds of pressure at once ("three deadlines today and the kid is sick") is more than either alone.
const LOADS: readonly TheirFeeling[] = ['stressed', 'tired', 'overwhelmed'];
const ILLNESS = /\b(?:sick(?! of| and tired)|fever|flu|hospital|doctor|surgery|throwing up|ill)\b/gi;

const REQUEST = /\b(?:can|could|would|will) (?:you|u|we) (?:please )?([^?.!,]+)|\bplease ([^?.!,]+)|\b(?:i need|need) (?:you|u) to ([^?.!,]+)/i;
const QUESTION = /\?|^(?:what|when|where|who|why|how|did|do|does|are|is|was|were|have|has|can|could|would|will|should)\b(?!')/i;

/** What the feeling is about, from the words right after its evidence: "drowning at work" -> "work". */
function topicNear(lower: string, evidence: readonly string[]): string | null {
  for (const word of evidence) {
    const at = lower.indexOf(word);
    const after = /^\s+(?:at|with|about|over|from|because of)\s+((?:the|my|this|our|your)\s+)?([a-z]+(?:\s+(?!and|but|so|can|could|would|will|i|you|to|today|tonight)[a-z]+)?)/.exec(lower.slice(at + word.length));
    if (!after) continue;
    const owner = (after[1] ?? '').trim();
    const noun = after[2] as string;
    if (/^(?:it|that|this|all|me|you|everything|home)$/.test(noun)) continue;
    const topic = topicPhrase(`${owner === 'my' ? 'your ' : owner === 'your' ? 'my ' : owner ? 'the ' : ''}${noun}`);
    if (topic) return topic;
  }
  return null;
}

/** What the hand-written signs find: the feeling they favour and its words, and the words of every feeling with a sign. */
export interface SignReading {
  feeling: TheirFeeling;
  evidence: string[];
  found: Map<TheirFeeling, string[]>;
  apologised: boolean;
}

/** The hand-written signs' reading of a message, cleaned and lower-cased (`lower`) and as given (`raw`, for emoji). */
function readSigns(lower: string, raw: string): SignReading {
  let best: TheirFeeling = 'neutral';
  let evidence: string[] = [];
  const byFeeling = new Map<TheirFeeling, string[]>();
  const loads: string[] = [];
  for (const [feeling, sign] of SIGNS) {
    const marks = EMOJI.find(([f]) => f === feeling)?.[1];
    const found = [...new Set([...(lower.match(sign) ?? []), ...(marks ? raw.match(marks) ?? [] : [])].map((m) => m.trim()))];
    if (found.length > 0) byFeeling.set(feeling, found);
    if (LOADS.includes(feeling) && found.length > 0) loads.push(...found.slice(0, 1));
    if (found.length > evidence.length) {
      best = feeling;
      evidence = found;
    }
  }
  const illness = lower.match(ILLNESS)?.[0];
  if (illness) loads.push(illness);
  if (new Set(loads).size >= 2 && (best === 'neutral' || best === 'worried' || LOADS.includes(best))) {
    best = 'overwhelmed';
    evidence = [...new Set([...loads, ...evidence])];
  }
  // "sorry" beside a stressed day is still an apology first: it deserves an answer before the rest.
  const apologised = new RegExp(APOLOGY.source, 'i').test(lower);
  if (apologised && best !== 'apologetic') {
    evidence = [...new Set([...(lower.match(APOLOGY) ?? []).map((m) => m.trim()), ...evidence])];
    best = 'apologetic';
  }
  return { feeling: best, evidence, found: byFeeling, apologised };
}

const cleanLower = (theirs: string): string => cleanDraft(String(theirs)).slice(0, 1_000).toLowerCase().replace(/[\u2019]/g, "'");

/** The signs' reading of a message as given. */
export const signsOf = (theirs: string): SignReading => readSigns(cleanLower(theirs), String(theirs).slice(0, 1_000));

/**
 * How far the learned reading's feeling must lead neutral, in log-odds, before it is told. The annotated messages are
 * a twelfth neutral and everyday chat is mostly neutral; chosen by scripts/fit-their.ts --cv.
 */
export const NEUTRAL_MARGIN = 1;
/**
 * How far one word or pair that carries meaning must raise the feeling over neutral to show it; a feeling no such word
 * shows reads as neutral. Small words ("just", "i'm") never count as evidence, so a low lead still asks for a telling one.
 */
export const EVIDENCE_LEAD = 0.2;
const NEUTRAL = THEIR_FEELINGS.indexOf('neutral');
// An apology and confusion are the signs' to find: "sorry but I need it" is no apology, and "??" is as often stress or
// disbelief as confusion. The replies answer both in words of their own, so the learned reading never tells them.
const SIGNS_ONLY = new Set(['apologetic', 'confused'].map((feeling) => THEIR_FEELINGS.indexOf(feeling as TheirFeeling)));

/**
 * Their feeling and the words that show it: the signs' reading where they find one; otherwise the learned reading
 * where a feeling leads neutral by the margin, with the words that most raised it as evidence. A feeling nothing in
 * the message raised (only its prior) reads as neutral.
 */
export function feelingOf(theirs: string, signs: SignReading, model: TheirModel = THEIR_MODEL, margin = NEUTRAL_MARGIN, least = EVIDENCE_LEAD): { feeling: TheirFeeling; evidence: string[] } {
  if (signs.feeling !== 'neutral') return { feeling: signs.feeling, evidence: signs.evidence };
  const text = String(theirs).slice(0, 1_000).toLowerCase();
  const tokens = theirTokens(text);
  const scores = scoreFeelings(model, theirFeatures(tokens, signs.found.keys()));
  let top = NEUTRAL;
  scores.forEach((score, i) => {
    if (i !== NEUTRAL && !SIGNS_ONLY.has(i) && score > scores[top]! + (top === NEUTRAL ? margin : 0)) top = i;
  });
  if (top === NEUTRAL) return { feeling: 'neutral', evidence: [] };
  const evidence = driversOf(model, text, tokens, top, least);
  return evidence.length > 0 ? { feeling: THEIR_FEELINGS[top]!, evidence } : { feeling: 'neutral', evidence: [] };
}

/** A reading of their message; a message with no sign of feeling is 'neutral' ("just asking"). */
export function readTheirMessage(theirs: string): TheirReading {
  const text = cleanDraft(String(theirs)).slice(0, 1_000);
  const lower = text.toLowerCase().replace(/[\u2019]/g, "'");
  const signs = readSigns(lower, String(theirs).slice(0, 1_000));
  const { feeling: best, evidence } = feelingOf(theirs, signs);
  const apologised = signs.apologised;
  const request = REQUEST.exec(lower);
  const requested = request ? (request[1] ?? request[2] ?? request[3] ?? '').trim().replace(/\s+(?:today|tonight|now)$/, (m) => m) : null;
  const asked: Asked = apologised ? 'apology' : request ? 'request' : lower.split(/(?<=[.!?])\s+/).some((s) => QUESTION.test(s.trim())) ? 'question' : 'none';
  const point = findPoint(text, () => true);
  return {
    feeling: best,
    evidence,
    asked,
    requested: requested || null,
    askedDid: /\bdid (?:you|u) ([a-z][^?.!,]{2,50})\?/.exec(lower)?.[1]?.trim() ?? null,
    topic: topicNear(lower, evidence),
    details: point.details,
  };
}
