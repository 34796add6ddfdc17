// Writes two or three replies from a reading of the draft: what happened, the feeling at its real strength, the
// need, the stance and the register. Every reply passes the reply guard before it is offered.
import { analyze } from './analyze';
import { language, tag, verbForms } from './nlp';
import { OWN_FEELING, readDraft, SHORT_OF_IT, WAS_ILL, type Reading } from './reading';
import { outburstReply, readOutburst, type OutburstReply } from './reframe-outburst';
import { andFeel, feelAbout, feelingWords, feelThat } from './reframe-feeling';
import { anchorsIn, coveringClauses, escapeRegExp, holds, type SaidClause } from './reframe-anchors';
import { reflectParts, type Reflection } from './reflect';
import { checkReply, heatedAtStrict } from './reply-guard';
import { withoutJabs } from './request-tone';
import { readTheirMessage, type TheirFeeling, type TheirReading } from './their-message';
import type { Analysis, LocalText, ReframeOptions, Suggestion, SuggestionStyle } from './types';
import { findFeeling, findNeed } from './vocabulary';

export { loadLanguage } from './nlp';

export const WHY: Record<SuggestionStyle, LocalText> = {
  'i-statement': { key: 'pauseReplyWhyIStatement' },
  curious: { key: 'pauseReplyWhyCurious' },
  firm: { key: 'pauseReplyWhyFirm' },
  boundary: { key: 'pauseReplyWhyBoundary' },
  pause: { key: 'pauseReplyWhyPause' },
  reflect: { key: 'pauseReplyWhyReflect' },
  repair: { key: 'pauseReplyWhyRepair' },
};

// A reader of their message names these; the pause's own vocabulary ids read as their word.
const THEIR_WORDS: Record<Exclude<TheirFeeling, 'neutral'>, string> = {
  stressed: 'stressed', overwhelmed: 'a lot', hurt: 'hurt', worried: 'worried', apologetic: 'sorry', angry: 'upset',
  defensive: 'blamed', excited: 'excited', tired: 'worn out', confused: 'confusing', lonely: 'lonely',
};

const pick = <T,>(seed: number, options: readonly T[]): T => options[seed % options.length] as T;
const cap = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);
/** A clause put after a comma or colon: "They were away" -> "they were away"; "I" and names keep their capital. */
const unCapped = (text: string): string => text.replace(/^(?:The|They|He|She|It|We|There|That|This|My|Our|His|Her|Their)\b/, (word) => word.toLowerCase());

interface Context {
  reading: Reading;
  feeling: string;
  need: string | null;
  /** The writer named the need in the pause: it is always said. */
  needNamed: boolean;
  seed: number;
  their: TheirReading | null;
  theirWord: string | null;
  draft: string;
  /** Their message as given, for saying it back. */
  theirs: string;
  /** What they asked and said, said back; read once per draft. */
  theirParts: ReturnType<typeof reflectParts> | null;
}


/** Asks for what the draft wants stopped, in the draft's own verb when it said "stop": "Could you please stop replying-all?" */
function stopAsk(reading: Reading, seed: number): string {
  if (reading.stopping) return pick(seed, [`Could you please stop ${reading.stopping}?`, `Can you please stop ${reading.stopping}?`]);
  return pick(seed, [`Please don't ${reading.prohibition}.`, `Can you please not ${reading.prohibition}?`]);
}

function request({ reading, seed }: Context): string {
  const work = reading.register === 'work';
  if (reading.reaching) return pick(seed, ['Please call me back when you see this.', 'Can you let me know you are okay when you see this?', 'Please get back to me when you can.']);
  // "stop dropping round unannounced. I need some space": the stop is the ask, the need its reason.
  if (reading.prohibition) return stopAsk(reading, seed);
  if (reading.want && !reading.request) return `${pick(seed, ['I need', 'I really need'])} ${reading.want}.`;
  if (reading.request) return pick(seed, [`Could you ${reading.request}?`, `Can you ${reading.request}?`, `Would you be able to ${reading.request}?`]);
  if (reading.stance === 'withdrawing') return pick(seed, ["I'll come back to it when I'm calmer.", "I'd like to talk once I've cooled off."]);
  const obs = reading.observation ?? '';
  if (/^I didn't get paid back\b/.test(obs)) return pick(seed, ['Could you pay me back?', 'Can you pay me back when you can?']);
  // "I didn't get the numbers" asks for them; "I didn't get picked up" asks for nothing to be sent.
  const got = /^I didn't get (?!any help\b)((?:the|my|any|a|an|your|our|[$£€\d])\S*.*?)(?: (?:at|on|by|from|until|before|after) .*)?$/.exec(obs);
  if (got) return `Could you send ${/^(?:the|my)\b/.test(got[1] as string) ? got[1] : 'it'} over${work ? ' when you can' : ''}?`;
  if (/^I didn't hear back from you/.test(obs)) return pick(seed, ['Can you let me know when you get my messages?', 'Could you send me a quick text next time?']);
  return closing(reading, seed);
}

/**
 * The closing ask grown from the reading: what was left undone, asked for next time; the thing at issue, named; at
 * work, next steps or a time to go through it. Said plainly only when the draft gives nothing to name.
 */
function closing(reading: Reading, seed: number): string {
  const work = reading.register === 'work';
  const obs = reading.own ? '' : (reading.observation ?? '');
  // "you didn't call me back" -> "Can I count on you to call me back next time?"
  const done = /^you (?:didn't|did not) ((?!have\b|be\b|care\b|even\b)[a-z].*?)(?:,? (?:and|so|but|now|because|which) .*)?$/.exec(obs)?.[1] ?? /^you said you(?:'d| would) ([^,]+), and it didn't happen$/.exec(obs)?.[1];
  // "the cat didn't get fed" asks for the doing: "feed the cat".
  const passive = /^((?:the|my|our|your) [a-z]+(?: [a-z]+)?) (?:didn't|did not) get ([a-z]+)(?: (up|out|off|back|in))?(?: .*)?$/.exec(obs);
  const nlp = passive && !done ? language() : null;
  const task = nlp && passive ? `${verbForms(nlp, passive[2] as string).infinitive} ${passive[1]}${passive[3] ? ` ${passive[3]}` : ''}` : done;
  // The time it did not happen is said already ("when grandma was in hospital"); "next time" is the only time the ask
  // names.
  const undone = task?.replace(/\s+when\s.+$/i, '').replace(/\s+(?:this (?:morning|afternoon|evening|week)|last \w+|yesterday|today|tonight|again|on \w+day|at \S+)$/i, '');
  // A visit missed while the writer was ill is asked for should they be ill again: "next time" alone reads as a routine.
  if (task && /^visit (?:me|us)\b/.test(task) && WAS_ILL.test(obs)) return pick(seed, ["If I'm ever unwell again, can I count on you to come and see me?", "It would mean a lot to know you'd come and see me if I'm ever unwell again."]);
  // A one-off occasion has no next time ("Next time, can you come to Omar's leaving party?"): what happened is talked through.
  if (undone && ONE_OFF.test(undone)) return pick(seed, ['Can we talk about what happened?', 'Can we talk it through?', "I'd like to understand what happened."]);
  if (undone && undone.split(' ').length <= 8) return pick(seed, [`Can I count on you to ${undone} next time?`, `Next time, can you ${undone}?`]);
  // Work that falls short is talked through by what it still needs, not by what went wrong.
  if (SHORT_OF_IT.test(obs)) return pick(seed, ['Can we go through what needs to change?', 'Can we talk through what still needs to change?']);
  const thing = namedThing(reading);
  if (work) {
    return thing
      ? pick(seed, [`Can we agree on next steps for ${thing}?`, `Could we find a time to go through ${thing}?`, `Can we go through ${thing} together?`, `Can we agree on how we handle ${thing} from here?`])
      : pick(seed, ['Can we agree on how we handle this from here?', 'Can we go through it together?', 'Can we look at it together and agree on next steps?', 'Could we find a few minutes to sort it out?']);
  }
  if (thing && CHORES.test(thing)) return pick(seed, ['Can we work out a split we both stick to?', 'Can we agree on a fair way to share the work?']);
  if (thing) return pick(seed, [`Can we talk about ${thing}?`, `Can we work out what to do about ${thing}?`, `Can we sort ${thing} out together?`]);
  // The observation, the writer's own account included ("it felt like my birthday came second to work"), is what "it"
  // stands for.
  if (reading.observation) return pick(seed, ['Can we talk about it?', 'Can we sort it out together?', 'Can we find a way that works for both of us?', 'Can we figure out what to do about it?']);
  return pick(seed >>> 7, [
    'Can we talk about what is going on?',
    "Can we talk when we're both calmer?",
    "I'd like us to figure this out.",
    'Can we start this conversation again?',
    'Can we take a step back and try again?',
    "I'd like to work this out with you.",
    'Can we find a better way to talk about this?',
  ]);
}

// Occasions that happen once: a missed one cannot be made up "next time".
const ONE_OFF = /\b(?:party|wedding|funeral|game|match|recital|graduation|birthday|anniversary|flight|airport|interview|concert|gig|ceremony|launch|premiere|christening|shower|leaving do|send-?off|opening night)\b/i;

// Shared chores, where the ask is a split both keep to.
const CHORES = /^(?:the|your|my|our) (?:dishes|laundry|trash|bins?|rubbish|chores|cleaning|hoovering|vacuuming|washing up|litter box)$/;

/**
 * The thing the draft is about when a closing can name it: one thing, not a list, without the time or name the topic
 * carries ("the dog since 6am" is asked about as "the dog", "the report being two days late" as "the report").
 */
function namedThing(reading: Reading): string | null {
  const topic = reading.topic;
  if (topic === 'this' || /,| and |"/.test(topic)) return null;
  const head = topic.split(/ (?:on|in|at|by|for|with|from|of|since|until|being|this|last|next|yesterday|today|tonight|tomorrow)\b/)[0] as string;
  return /^(?:the|my|your|our|his|her|their) (?:[\w'-]+ ){0,2}[\w'-]+$/i.test(head) && !/\d|\b(?:half|rest|most|part|lot|whole|same|bottom|top|end|point|thing|stuff|way|time|day|week|month|year|night|morning|kid|\w+ly)$/.test(head) ? head : null;
}

/** A closing that names the thing the reply has already named says "it" ("them") instead: said once is enough. */
function namedOnce(reply: string, reading: Reading): string {
  const thing = namedThing(reading);
  if (!thing) return reply;
  const cut = reply.search(/[^.?!]+\?$/);
  if (cut <= 0) return reply;
  const [before, last] = [reply.slice(0, cut), reply.slice(cut)];
  // Only the closing's own "Can we ..."; a request the draft makes keeps its words.
  if (!/^\s*(?:Can|Could) we\b/.test(last)) return reply;
  if (!before.toLowerCase().includes(thing.toLowerCase()) || !last.includes(thing)) return reply;
  const head = thing.split(/ (?:on|in|at|by|for|with|from|of|since|until) /)[0] as string;
  return before + last.replace(thing, /[^s']s$/.test(head) && !/\$|£|€/.test(head) ? 'them' : 'it');
}

/**
 * A thing named again in a later sentence of the same reply is "it" or "them" there, as a person would say it:
 * "I'm angry about the rent money. Could you sort out the rent money by Friday?" -> "Could you sort it out by Friday?".
 */
function saidOnce(reply: string): string {
  const sentences = reply.split(/(?<=[.?!])\s+/);
  for (let i = 1; i < sentences.length; i++) {
    const sentence = sentences[i] as string;
    const earlier = sentences.slice(0, i).join(' ').toLowerCase();
    // "it" is already taken in this sentence: a second one would be unclear.
    if (/\b(?:it|them)\b/i.test(sentence)) continue;
    for (const m of sentence.matchAll(/\b(?:the|my|your|our) [a-z]+(?: [a-z]+)?\b(?= by\b|[?.,]|$)/gi)) {
      const phrase = m[0];
      // "my day was" ends on its verb: "how my day was" is no thing to say as "it".
      if (!new RegExp(`\\b${phrase}\\b`, 'i').test(earlier) || /\b(?:and|or|of|was|were|is|are|went|goes|did|does|has|had)$/i.test(phrase)) continue;
      const pronoun = /[^s']s$/.test(phrase) ? 'them' : 'it';
      const before = sentence.slice(0, m.index);
      const after = sentence.slice((m.index ?? 0) + phrase.length);
      // "sort out the rent money" -> "sort it out": a particle goes after the pronoun.
      const particle = / (out|up|back|off|down|over|away) $/.exec(before);
      // A one-word thing ("the garage", but also "your mum") becomes "it" only after a verb and its particle;
      // after a preposition "it" loses what it stands for ("stop replying-all to it").
      if ((phrase.split(' ').length < 3 && !particle) || /\b(?:to|with|about|on|in|round|around|at|from|for|of)\s$/i.test(before)) continue;
      sentences[i] = particle ? `${before.slice(0, particle.index)} ${pronoun} ${particle[1]}${after}` : `${before}${pronoun}${after}`;
      break;
    }
  }
  // A deadline said in the ask is said there only: "I've asked you to clear out the garage, and ... Can you clear it out by Saturday?".
  const deadline = / by [\p{L}\d:]+(?=\?$)/u.exec(sentences[sentences.length - 1] ?? '')?.[0];
  if (deadline && sentences.length > 1) {
    for (let i = 0; i < sentences.length - 1; i++) sentences[i] = (sentences[i] as string).replace(new RegExp(`${deadline}(?=[,.]| and\\b)`), '');
  }
  return sentences.join(' ');
}

/** A denial in front of the writer's own "that isn't on me" says it twice: the draft's own words stay. */
function deniedOnce(reply: string): string {
  const opener = /^I don't think that one's on me: /;
  if (!opener.test(reply) || !/\b(?:isn't|is not|wasn't|was not|not) on me\b/i.test(reply.replace(opener, ''))) return reply;
  return cap(reply.replace(opener, ''));
}

function needSentence({ need, needNamed, seed, reading }: Context): string {
  if (need && needNamed) return `I need ${need}.`;
  // Sharing the load is a need only where there is a load to share: a neighbour's knock or a colleague's fish has none.
  if (!need || reading.casual || (/share the load/.test(need) && !/\b(?:dishes|laundry|trash|bins?|chores|cleaning|cooking|groceries|washing|hoover\w*|tidy\w*|share|split|my turn|your turn)\b/i.test(reading.text))) return '';
  return pick(seed >>> 3, [`I need ${need}.`, '', `I just need ${need}.`]);
}

/** What a draft with no concrete point can honestly say, by the kind of outburst it is. */
// A mocking draft with no plain point left: the feeling said straight, and a question about what they meant.
const outburstOf = ({ reading, feeling }: Context): OutburstReply => outburstReply(reading.mockery === 'pity' ? 'pity' : reading.mockery ? 'mockery' : readOutburst(reading.text), feeling, reading.register);

/** "When you don't ask how my day was ... Can you ask how my day was?" says it twice: the ask is then said as a wish. */
function askAfter(ctx: Context, said: string): string {
  const asked = ctx.reading.request;
  return asked && new RegExp(`\\byou (?:don't|didn't) ${escapeRegExp(asked)}`, 'i').test(said) ? pick(ctx.seed >>> 2, ['It would mean a lot to me if you did.', "I'd really like that to change."]) : request(ctx);
}

/** What keeps happening, not what happened once: "the dishes get left", "I keep getting interrupted", "you don't ask". */
const habitual = (obs: string): boolean => /^(?!.*didn't).* (?:gets?|keeps? getting) \w+/.test(obs) || /^you (?:don't|keep) /.test(obs);

// "you embarrassed me" already names the feeling: saying "I felt embarrassed" after it repeats it.
const FEELING_VERB = /\b(?:embarrassed|humiliated|hurt|upset|ignored|insulted|mocked|scared|worried|disappointed|stressed) me\b/;

/** The draft's second calm clause takes the place of the need: a reply stays three sentences at most. */
const withSupport = (reading: Reading, need: string): string => (reading.support ? `${cap(reading.support)}.` : need);

function iStatement(ctx: Context): string {
  const { reading, feeling, seed } = ctx;
  const obs = reading.observation;
  const ask = askAfter(ctx, obs ?? '');
  const need = needSentence(ctx);
  if (reading.reaching) {
    const opening = obs && reading.own ? `${cap(obs)}, and I'm getting` : pick(seed, ["I've been trying to reach you and I'm getting", "I haven't been able to reach you and I'm"]);
    return `${opening} ${feeling}. ${ask}`;
  }
  if (reading.stance === 'denying') {
    const blamed = blamedThing(reading);
    const account = reading.account ? ` ${cap(reading.account)}.` : '';
    // A denied clause ("that the meeting got moved") is said as the writer's view, after the feeling.
    const view = reading.denied && blamed !== reading.denied ? ` I don't think it's on me ${reading.denied}.` : '';
    return `${blamedFeeling(feeling, blamed, seed >>> 5)}${view}${account} ${pick(seed, ['Can we look at what actually happened?', "I'd like us to go over it together.", 'Can we go through it step by step?'])}`;
  }
  if (reading.stance === 'refusing') {
    const distance = /\bme\b/.test(reading.refused ?? '') || !reading.refused;
    const topic = reading.topic === 'this' ? 'all this' : reading.topic;
    return distance
      ? pick(seed >>> 5, [`${feelAbout(feeling, topic).replace(/\.$/, '')}, and I need some space.`, `${feelAbout(feeling, topic)} I need some room before I can talk about it.`, `${cap(topic)} has left me ${feeling}, and I need a bit of distance for now.`])
      : pick(seed >>> 5, [`${feelAbout(feeling, topic).replace(/\.$/, '')}, and I have to say no this time.`, `${feelAbout(feeling, topic).replace(/\.$/, '')}, so my answer this time is no.`]);
  }
  // A view under a sarcastic claim: the feeling said first, so the view does not read as its cause.
  if (reading.view) return `${pick(seed, [`I'll be honest, I'm ${feeling}.`, `Honestly, I'm ${feeling}.`])} ${cap(reading.view)}. ${ask}`;
  if (obs) {
    const said = /, and it didn't happen$/.test(obs);
    const habit = habitual(obs) || /^you're /.test(obs);
    const statement = said
      ? `${cap(obs.replace(/, and it didn't happen$/, ''))}, and when that didn't happen I was ${feeling}.`
      : reading.own
        ? pick(seed, [`${cap(obs)}, ${andFeel(feeling)}.`, `${cap(obs)}, which leaves me ${feeling}.`])
        : FEELING_VERB.test(obs)
          ? `${cap(obs)}, and it ${pick(seed, ['really stung', 'still bothers me', 'hurt'])}.`
        : habit
        ? pick(seed, [feelThat(feeling, obs), `When ${obs}, I feel ${feeling}.`, `${cap(obs)}, ${andFeel(feeling)}.`])
        : /^(?:you|I) /.test(obs)
          // "When you didn't visit me when I was sick" says "when" twice: such a clause is said after the feeling.
          ? pick(seed, [feelThat(feeling, obs), / when /.test(obs) ? feelThat(feeling, obs) : `When ${obs}, I felt ${feeling}.`, `${cap(obs)}, ${andFeel(feeling)}.`])
          : pick(seed, [feelThat(feeling, obs), `${cap(obs)}, ${andFeel(feeling)}.`]);
    return `${statement} ${withSupport(reading, need)} ${ask}`;
  }
  if (reading.topic !== 'this') return `${pick(seed, [feelAbout(feeling, reading.topic)])} ${withSupport(reading, need)} ${ask}`;
  // Nothing concrete: the feeling at its strength and what the outburst is about, then one real ask.
  const said = outburstOf(ctx);
  const own = reading.want || reading.prohibition || reading.request || reading.reaching || reading.stance === 'withdrawing' ? ask : pick(seed >>> 3, said.asks);
  return `${pick(seed, said.statements)} ${needNamedSentence(ctx)} ${own}`;
}

/** The need, only when the writer named it in the pause: with no point, a guessed need reads as therapy-speak. */
const needNamedSentence = ({ need, needNamed }: Context): string => (need && needNamed ? `I need ${need}.` : '');

/** What the writer is blamed for, as it reads after "the blame for": a denied clause ("that QA doesn't read comments") is "this". */
const blamedThing = (reading: Reading): string => (!reading.denied || /^that /.test(reading.denied) ? 'this' : reading.denied);

/** The feeling of a writer who denies the fault: "I'm really frustrated to be getting the blame for this." */
function blamedFeeling(feeling: string, blamed: string, seed: number): string {
  return pick(seed, [`I'm ${feeling} to be getting the blame for ${blamed}.`, `Getting the blame for ${blamed} has me ${feeling}.`]);
}

const DISPUTES = /^I don't know which\b/;

/** How a calm sentence of the draft opens an I-statement: the writer's own account first, a clause after "that". */
function saidWithFeeling(said: SaidClause, feeling: string, seed: number): string {
  if (said.kind === 'being') return `${cap(said.text)} leaves me ${feeling}.`;
  if (said.kind === 'fragment') return feelAbout(feeling, said.text.replace(/,\s+(?!.*,\s)(?:and\s+)?/, ', and '));
  if (said.kind === 'own') return pick(seed, [`${cap(said.text)}, ${andFeel(feeling)}.`, `${cap(said.text)}. ${feelAbout(feeling, 'this')}`]);
  if (/^when\b/i.test(said.text)) return `${cap(said.text)}, I feel ${feeling}.`;
  // "I don't know which overtime you mean" disputes a claim: the feeling is said apart from it, never "frustrated that I'm not sure".
  if (DISPUTES.test(said.text)) return `${feelAbout(feeling, 'this')} ${cap(said.text)}.`;
  // "I'm the one who gets the email" reads only after "that"; a statement about a thing or a person reads either way.
  return /^I\b/.test(said.text) ? feelThat(feeling, said.text) : pick(seed >>> 2, [feelThat(feeling, said.text), `${cap(said.text)}, ${andFeel(feeling)}.`]);
}

// The writer's own refusal among the draft's sentences: "I'm not renewing the lease at that price".
const REFUSED = /^(?:I'm not|I am not|I won't|I will not|I can't|not) (?!sure\b|okay\b|ok\b)[a-z]+/i;

/** The draft's calm sentences that carry its anchors: both of the best two, then each alone should the pair read heated. */
function saidSets(reading: Reading): SaidClause[][] {
  const chosen = coveringClauses(reading.said, reading.anchors);
  return chosen.length > 1 ? [chosen, ...chosen.map((c) => [c])] : chosen.length === 1 ? [chosen] : [];
}

/** The I-statement said through the draft's own calm sentences, so it carries what the draft is about. */
function saidStatements(ctx: Context): string[] {
  const { reading, feeling, seed } = ctx;
  if (reading.reaching || reading.stance === 'withdrawing') return [];
  const ask = request(ctx);
  return saidSets(reading).map((set) => {
    // A phrase with no verb is never the opening clause when a full one can be; a gerund phrase only reads as one.
    // A refusal opens with what the writer will not do.
    const refuses = (c: SaidClause): boolean => reading.stance === 'refusing' && REFUSED.test(c.text);
    const rank = (c: SaidClause): number => (refuses(c) || c.kind === 'being' ? 0 : c.kind === 'fragment' ? 2 : DISPUTES.test(c.text) && reading.stance !== 'denying' ? 3 : 1);
    const [first, ...rest] = [...set].sort((a, b) => rank(a) - rank(b)) as [SaidClause, ...SaidClause[]];
    // "I'm so sick of the noise" already says a feeling: put after "I'm fed up that", it says it twice.
    if (OWN_FEELING.test(first.text)) return '';
    // "I'm 26" is why the writer minds, not what they feel about: "I'm frustrated that I'm 26" misreads it.
    if (/^I'm \d+\b/.test(first.text) && reading.stance !== 'refusing') return '';
    // A sentence the request already says ("I need it today") is not said twice.
    const plain = (text: string): string => text.toLowerCase().replace(/\b(?:really|just) /g, '');
    const more = rest.filter((c) => !plain(ask).includes(plain(c.text)) && !overlaps(c.text, ask) && !/^when\b/i.test(c.text)).map((c) => ` ${cap(c.text)}.`).join('');
    if (reading.stance === 'refusing') {
      // A request for distance is kept by the boundary; this says no only to what the draft refuses to do.
      if (!REFUSED.test(first.text)) return '';
      const instead = reading.request ? ` Could you ${reading.request}?` : '';
      return `${cap(first.text)}.${more} ${pick(seed >>> 5, [`${feelAbout(feeling, 'this')} My answer is no.`, `I know it's not what you hoped for, but my answer is no. I'm ${feeling}.`])}${instead}`;
    }
    if (reading.stance === 'denying') {
      // What the writer is blamed for is named unless the draft's own sentences already say it.
      const blamed = reading.denied && !set.some((c) => c.text.toLowerCase().includes(reading.denied?.toLowerCase() ?? '')) ? blamedThing(reading) : 'this';
      return `${blamedFeeling(feeling, blamed, seed >>> 5)} ${deniedFirst(reading, set)}${cap(first.text)}.${more} ${pick(seed, ['Can we look at what actually happened?', 'Can we go through it step by step?'])}`;
    }
    return `${saidWithFeeling(first, feeling, seed)}${more} ${askAfter(ctx, first.text)}`;
  });
}

/** A denial kept in the writer's own calm sentences: "I didn't approve that PO. My name's on it because Greg used my login." */
function saidFirm({ reading, seed }: Context): string[] {
  const ask = reading.prohibition ? ` ${stopAsk(reading, 0)}` : '';
  // The writer's account goes with the denial unless one of its sentences says it already.
  const account = (set: SaidClause[]): string => (reading.account && !set.some((c) => overlaps(reading.account ?? '', c.text)) ? `: ${reading.account}` : '');
  return saidSets(reading).map((set) => `${deniedFirst(reading, set)}${set.map((c) => cap(c.text)).join('. ')}${account(set)}.${ask} ${lookAsk(reading) ?? pick(seed >>> 2, ['Can we look at what happened?', 'Can we go over it together?', 'How do you see it?'])}`);
}

/** A denial's own pointer to the evidence ("check who forwarded the screenshot first") asked calmly in place of the closing. */
function lookAsk(reading: Reading): string | null {
  const order = /(?:^|[.!?,]\s+)(?:please\s+|just\s+)?((?:check|ask|look at|scroll up to) [^.!?,]{3,60})/i.exec(reading.text)?.[1]?.replace(ORDER_DIG, '');
  return order && !heatedAtStrict(order) && !/\b(?:you|u|yourself)\b/i.test(order) ? `Could you ${order.charAt(0).toLowerCase()}${order.slice(1)}?` : null;
}

/** The writer's own denial ("I wasn't flirting with her.") before their evidence, unless the evidence already says it. */
function deniedFirst(reading: Reading, set: readonly SaidClause[]): string {
  const own = reading.ownDenial;
  return own && !set.some((c) => overlaps(own, c.text)) ? `${cap(own)}. ` : '';
}

/** Whether every longer word of `sentence` is in `text` already: "I need space" beside "I need some space right now". */
const repeats = (sentence: string, text: string): boolean => (sentence.toLowerCase().match(/[a-z']{4,}/g) ?? []).every((word) => text.toLowerCase().includes(word));

/** Whether half or more of the words of `sentence` are in `text`: "the bus never showed up" beside "the bus didn't show up". */
function overlaps(sentence: string, text: string): boolean {
  const said = sentence.toLowerCase().match(/[a-z']{3,}/g) ?? [];
  const have = new Set(text.toLowerCase().match(/[a-z']{3,}/g) ?? []);
  return said.filter((word) => have.has(word)).length * 2 >= said.length;
}

/** Adds the draft's own calm sentences holding anchors a reply left out, after its first sentence. */
function withAnchors(text: string, reading: Reading): string {
  // A writer who is withdrawing gets a short reply, not the draft's sentences back.
  if (reading.stance === 'withdrawing') return text;
  // A sentence that repeats what the reply already says ("the landlord came by ...") is not added twice.
  const opening = (c: SaidClause): string => c.text.split(' ').slice(0, 3).join(' ').toLowerCase();
  const extra = coveringClauses(reading.said, reading.anchors, text).filter((c) => !c.question && c.kind !== 'being' && !OWN_FEELING.test(c.text) && !/^when\b/i.test(c.text) && !text.toLowerCase().includes(opening(c)) && !repeats(c.text, text) && !(REFUSED.test(c.text) && /\bI can't\b/.test(text) && (overlaps(c.text, text) || c.anchors.slice(0, 1).every((a) => holds(text, a)))));
  return extra.length === 0 ? text : afterFirst(text, extra.map((c) => c.text));
}

/**
 * The draft's clauses put after the reply's first sentence; a clause that holds a sentence the reply already says
 * ("From my side, I have the screenshot.") takes that sentence's place instead of saying it twice.
 */
function afterFirst(text: string, clauses: readonly string[]): string {
  const pieces = text.split(/(?<=[.?])\s+|,\s+/).map((p) => p.replace(/[.?]$/, '')).filter((p) => p.split(' ').length >= 3);
  const inside = clauses.map((clause) => ({ clause, piece: pieces.find((p) => clause.toLowerCase().includes(p.toLowerCase())) }));
  const grown = inside.reduce((t, { clause, piece }) => (piece ? t.replace(piece, /^[A-Z]/.test(piece) ? cap(clause) : clause) : t), text);
  const added = inside.filter(({ piece }) => !piece);
  if (added.length === 0) return grown;
  const [first, ...rest] = grown.split(/(?<=[.?])\s+/);
  return [first, ...added.map(({ clause }) => `${cap(clause)}.`), ...rest].join(' ');
}

function curious(ctx: Context): string {
  const { reading, seed } = ctx;
  if (reading.questioned) return `Can you help me understand why ${reading.questioned}? I'd like to hear how you saw it.`;
  if (reading.reaching) {
    const waited = reading.own && reading.observation ? `${cap(reading.observation)}. ` : '';
    return `${waited}${pick(seed, ["Is everything okay? I haven't been able to reach you.", 'Are you okay? I have been trying to get hold of you.'])}`;
  }
  if (reading.stance === 'denying') {
    const thing = namedThing(reading);
    const walk = thing ? `Can you walk me through what happened with ${thing}?` : 'Can you walk me through how you saw it?';
    return `${reading.account ? `From my side, ${unCapped(reading.account)}. ` : ''}${pick(seed >>> 1, ['How did it look from your side?', 'What did it look like to you?', 'What makes you think it was me?', walk])}`;
  }
  if (reading.question) return `Can you tell me ${reading.question}? ${pick(seed >>> 1, ["I'd like to understand what happened.", 'I want to get this straight.'])}`;
  const obs = reading.observation;
  const work = reading.register === 'work';
  // Feeling wanted only for something is the writer's own reading: they ask whether it is the other's too.
  if (obs && /^it feels like I only\b/.test(obs)) return `${cap(obs)}. ${pick(seed >>> 1, ['Do you see it differently?', 'How does it look from your side?'])}`;
  if (obs && SHORT_OF_IT.test(obs)) return `${cap(obs)}. ${pick(seed >>> 1, ['What do you think still needs to change?', 'How do you see it?'])}`;
  if (obs && habitual(obs)) return `${cap(obs)}. ${pick(seed >>> 1, ['How can we make this work for both of us?', 'What would make it easier to change?', 'What do you think would help?'])}`;
  if (obs && /^I /.test(obs) && !/^I didn't/.test(obs)) return `${cap(obs)}. ${pick(seed >>> 1, ['What am I missing?', "What's your take?"])}`;
  // "What got in the way?" asks about something left undone; a thing the other person did asks why; a plain fact asks their view.
  const undone = (text: string): boolean => /\b(?:didn't|doesn't|don't|hasn't|haven't|isn't|aren't|wasn't|weren't|never|not|still|late|no one|nobody|missed|forgot)\b|, and it didn't happen$/.test(text);
  if (obs && undone(obs)) return `${cap(obs.replace(/, and it didn't happen$/, ''))}. ${pick(seed >>> 1, ['What got in the way?', 'What happened?', 'What happened on your end?'])}`;
  if (obs && /^you /.test(obs)) return `${cap(obs)}. ${pick(seed >>> 1, ["I'd like to understand why. What was going on?", 'Can you help me understand why?', 'What was going on there?'])}`;
  if (obs) return `${cap(obs)}. ${pick(seed >>> 1, work ? ['How do you think we should handle it?', "What's your take on it?"] : ["What's your take on it?", 'What do you think we should do?'])}`;
  // A topic built of two details ("the year with Christmas with Uncle Rick") reads as no question a person asks.
  if (reading.topic !== 'this' && !/ with .+ with /.test(reading.topic)) {
    return pick(seed >>> 1, [`What happened with ${reading.topic}?`, `What's your take on ${reading.topic}?`, `Can we talk about ${reading.topic}? I'd like to hear your side.`]);
  }
  return pick(seed >>> 4, outburstOf(ctx).questions);
}

function firm({ reading, seed }: Context): string {
  const own = reading.ownDenial;
  // "the Q3 numbers was on me" reads wrong: a plural thing is said as the blame for it.
  const blamed = (thing: string): string =>
    /^that /.test(thing) ? `I don't think it's on me ${thing}` : /^(?:the|my|your|our) [\w' -]*[^s']s$/i.test(thing) && !/\b\w+ing\b/.test(thing) ? `I don't think the blame for ${thing} is mine` : `I don't think ${thing} was on me`;
  const denied = own ?? (reading.denied ? blamed(reading.denied) : pick(seed, ["I don't think that one's on me", 'I see this differently']));
  const account = reading.account ? `: ${unCapped(reading.account)}` : '';
  const ask = reading.prohibition ? ` ${stopAsk(reading, 0)}` : '';
  return `${denied}${account}.${ask} ${lookAsk(reading) ?? pick(seed >>> 2, ['Can we look at what happened?', 'Can we go over it together?', 'How do you see it?'])}`;
}

function boundary(ctx: Context): string {
  // What the draft asks instead of what it refuses ("give it to Tom") follows the refusal.
  const asked = ctx.reading.request ? ` ${pick(ctx.seed >>> 3, [`Could you ${ctx.reading.request}?`, `Can you ${ctx.reading.request}?`])}` : '';
  const said = refusal(ctx) + asked;
  // The draft's own reason ("that was round four") goes with the refusal, before the closing words.
  const { observation } = ctx.reading;
  const support = ctx.reading.support ?? (observation && !/^(?:you|I)\b/.test(observation) ? observation : null);
  // "I am not having the room redone" says the refusal again in other words.
  // "Either it's paid overtime" without its "or" is half a sentence.
  if (!support || said.toLowerCase().includes(support.toLowerCase()) || repeats(support, said) || REFUSED.test(support) || (/^either\b/i.test(support) && !/\bor\b/i.test(support))) return said;
  const [first, ...rest] = said.split(/(?<=[.?])\s+/);
  return [first, `${cap(support)}.`, ...rest].join(' ');
}

function refusal({ reading, seed, draft }: Context): string {
  const refused = reading.refused;
  const distance = refused && /^(?:texting|calling|messaging|asking|bugging|emailing|pinging|contacting|hassling|nagging) me\b/.test(refused);
  // What the draft asks them to stop is the point of the refusal: said plainly, before the space or the no.
  // "Please don't text me" reads cold on its own; "I'd ask you not to" is the plain form, "ask" excepted.
  const stop = reading.prohibition ? `${/^ask\b/.test(reading.prohibition) ? 'Please don\'t' : "I'd ask you not to"} ${reading.prohibition.replace(/ me (?:asking|saying|telling)\b.*$/, ' me')}. ` : '';
  // "stop texting me about the wedding" is a need for space on the wedding: said as that, as it was.
  if (stop && (!refused || (distance && !/ about /.test(refused)))) {
    // A draft that says it needs space already says so through its own words; the reply only promises to come back.
    const space = /\b(?:space|room|time away)\b/.test(reading.text.toLowerCase());
    // At work the stop is about the job, not a need for space.
    const after =
      reading.register === 'work'
        ? ['I hope you understand.', 'Thanks for understanding.', "I'd rather say so clearly now."]
        : space
          ? ["I'll get back to you when I'm ready.", "I'll come back to you when I've had time to think.", "I'll be in touch when I'm ready."]
          : ["I need a bit of space right now, and I'll get back to you when I'm ready.", "I'd like a bit of room for now, and I'll come back to you when I've had time to think.", "I need some quiet for now. I'll get back to you when I'm ready."];
    return `${stop}${pick(seed, after)}`;
  }
  if (distance) {
    const topic = /about (.+)$/.exec(refused)?.[1];
    return `I need a bit of space${topic ? ` on ${topic}` : ''} right now. ${pick(seed, ["I'll get back to you when I'm ready, I promise.", "I'll come back to you when I've had time to think."])}`;
  }
  if (/\b(?:i said no|the answer is no|no means no|still no)\b/i.test(draft)) {
    return `My answer is still no. ${pick(seed, ["I know that's not what you wanted to hear.", "I'd like you to respect that."])}`;
  }
  if (refused) {
    const nlp = language();
    const [first = '', ...rest] = refused.split(' ');
    const verb = nlp && /ing$/.test(first) ? [verbForms(nlp, first).infinitive, ...rest].join(' ') : refused;
    // "I can't do another pass tonight" needs no "this time" after it.
    // "not happening" refuses with no doer: said as what the writer will not do.
    if (/^happen\b/.test(verb)) return `That isn't going to work for me. ${pick(seed, ["I know that's not what you hoped for.", 'I hope you understand.'])}`;
    // "I can't do Christmas at yours this year" says when already, wherever in the phrase.
    const when = /\b(?:today|tonight|now|this (?:year|week|weekend|month|morning|afternoon|evening|time)|tomorrow|anymore|again|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b/i.test(verb) || /\b(?:this|that|it)$/.test(verb) ? '' : ' this time';
    return `${stop}I can't ${verb}${when}. ${pick(seed, ["I know that's not what you hoped for.", 'I hope you understand.', "I'd rather say so now than let you down later."])}`;
  }
  return `I need some space right now. ${pick(seed, ["I'll come back to it when I'm ready.", "I'll get back to you once I've had time to think.", "I'm not going anywhere, I just need a bit of quiet."])}`;
}

function pause({ reading, seed }: Context): string {
  const topic = reading.topic === 'this' ? 'this' : reading.topic;
  if (reading.register === 'work') return `I want to give ${topic} proper attention, so I'll come back to it once I've had a moment.`;
  return pick(seed, [
    `I'm too wound up to talk about ${topic} well right now. I'm going to take a break and come back to it when I've calmed down.`,
    `I need a break before we talk about ${topic}. I'm not walking away, I'll come back to it when I'm calmer.`,
    `I'm going to step away for a bit so I don't say something I don't mean. I'll come back to it.`,
    `I'm too worked up to do ${topic === 'this' ? 'this' : topic} justice right now. Let me cool off, and I'll come back to it.`,
  ]);
}

// Their feeling as a guess after what they said: "So the launch moved to Thursday, which sounds stressful."
const FEELING_TAILS: Record<string, string> = {
  stressed: 'which sounds stressful',
  'a lot': 'which sounds like a lot',
  'worn out': 'which sounds exhausting',
  worried: "and I know you're worried",
  hurt: "and I can tell you're hurting",
  lonely: "and I can tell you've been feeling alone",
  upset: "and I can tell you're upset",
  blamed: 'and I can tell you feel blamed',
  excited: "and I can tell you're excited",
  confusing: "and it sounds like I haven't been clear",
};

/** Their feeling as a guess on its own, for before a question or request: "Sounds like work has been a lot." */
function feelingGuess(theirWord: string, their: TheirReading): string {
  const topic = their.topic;
  if (theirWord === 'sorry') return `I can tell you feel bad about ${topic ?? 'it'}.`;
  if (theirWord === 'confusing') return topic ? `I can tell ${topic} has been confusing.` : "Sounds like I haven't been clear.";
  if (theirWord === 'a lot') return `Sounds like ${topic ?? 'things'} ${!topic || /s$/.test(topic) ? 'have' : 'has'} been a lot.`;
  if (theirWord === 'worried') return topic ? `I know you're worried about ${topic}.` : "I can tell you're worried.";
  if (theirWord === 'blamed') return 'I can tell you feel blamed, and I hear you.';
  // "you're stressed" can read as a label; "you're feeling stressed" is plainly a guess at a feeling.
  return `Sounds like you're feeling ${theirWord}${topic ? ` about ${topic}` : ''}.`;
}

const FEELING_NAME = /\b(?:worried|worry|hurt|stressed|overwhelmed|tired|exhausted|lonely|upset|angry|mad|excited|confused|scared|anxious|sad|sorry|nervous|frustrated)\b/;
// A clause telling what happened: "you waited an hour", "I didn't text".
const PAST = /\b(?:\w+ed|was|were|didn't|forgot|left|went|saw|told|said|got|missed|stood|came|took)\b/;

/** A clause said back that tells of them or their days: "you're exhausted", "this week has been a lot". */
const ABOUT_THEMSELVES = /^(?:you're|you've been|you are|you feel)\b|\b(?:has|have) been\b|'s been\b/;

const sentencesOf = (text: string): number => text.split(/(?<=[.?!])\s+/).filter(Boolean).length;

/**
 * Answers their message first: says back what they said (or, when it cannot, their feeling as a guess), answers
 * their question, request or apology, then carries the writer's point. The fullest version that reads calm is kept.
 */
function reflect(ctx: Context): string {
  const { their, theirWord, reading } = ctx;
  if (!their) return '';
  const parts = their.asked === 'apology' ? null : ctx.theirParts;
  const said = parts ? parts.asked ?? parts.said : null;
  // "So you were worried when I didn't text" already names the feeling; a guess after it would say it twice.
  const named = said !== null && their.evidence.some((word) => FEELING_NAME.test(word) && said.text.toLowerCase().includes(word));
  const guess = theirWord && !named ? theirWord : null;
  // A guess read from their words may follow what they said ("..., which sounds stressful"); one the writer picked,
  // or feeling bad without saying sorry, is said on its own first.
  const fromTheirWords = their.feeling !== 'neutral' && THEIR_WORDS[their.feeling] === guess && guess !== 'sorry';
  const tailOf = (reflection: Reflection): string | undefined =>
    guess && fromTheirWords ? (guess === 'hurt' && PAST.test(reflection.clause) ? 'and I can tell that hurt' : FEELING_TAILS[guess]) : undefined;
  const openings: string[] = [];
  if (their.asked === 'apology') {
    const thanks = ['Thanks for saying sorry, I appreciate it.', answerDid(their, ctx.draft, false)].filter(Boolean).join(' ');
    // What they said of themselves beside the apology is answered too: "... Sounds like this week has been a lot and
    // you're exhausted."
    const besides = ctx.theirParts?.said;
    if (besides?.kind === 'statement' && ABOUT_THEMSELVES.test(besides.clause) && !/\b(?:sorry|apologi[sz]e)\b/i.test(besides.clause)) openings.push(`${thanks} Sounds like ${besides.clause}.`);
    openings.push(thanks);
  } else if (said && !(guess === 'sorry' && said.kind !== 'request')) {
    // A refusal says its own "I can't ..." in the point; the answer would say it twice.
    const refuses = reading.stance === 'refusing' && /^I can't\b/.test(boundary(ctx));
    // No to "let's hold the launch" is a different view, not something the writer cannot do.
    const yesOrNo = said.kind === 'request' && !refuses ? answerAsked(reading, ctx.draft) : '';
    const answer = yesOrNo === "but I can't" && /^You'd like us to\b/.test(said.text) ? 'but I see it differently' : yesOrNo;
    const short = answerDid(their, ctx.draft, true) || answerAre(said.text, ctx.draft);
    const told = [said.text.replace(/\.$/, answer ? `, ${answer}.` : '.'), short].filter(Boolean).join(' ');
    const asked = said.kind === 'request' || said.kind === 'question';
    const beside = asked && fromTheirWords ? parts?.said : null;
    const besideTail = beside ? tailOf(beside) : undefined;
    // Beside a question or request, what they said of themselves carries the guess: "Sounds like the party planning
    // has been a lot." or "So your mom is in the hospital, and I know you're worried."
    if (guess && beside) {
      const aboutThemselves = ABOUT_THEMSELVES.test(beside.clause) && guess !== 'confusing' && their.evidence.some((word) => beside.clause.toLowerCase().includes(word));
      if (aboutThemselves) openings.push(`Sounds like ${beside.clause}. ${told}`);
      else if (besideTail && beside.kind === 'statement') openings.push(`${beside.text.replace(/\.$/, '')}, ${besideTail}. ${told}`);
    }
    const tail = tailOf(said);
    if (guess && (asked || !tail)) openings.push(`${feelingGuess(guess, their)} ${told}`);
    else if (tail) openings.push(`${said.text.replace(/\.$/, '')}, ${tail}. ${short}`.trim());
    // Their own feeling, said back as known: "I know you were worried when I didn't text."
    openings.push(named && said.kind === 'statement' && /^you (?:were|are|'re|felt|feel|have been|'ve been)\b/.test(said.clause.replace(/^you(?=')/, 'you ')) ? `I know ${said.clause}.` : told);
  }
  if (their.asked !== 'apology') {
    const plain = guess ? feelingGuess(guess, their) : their.topic ? `I saw your message about ${their.topic}.` : 'I saw your message.';
    openings.push([plain, answerDid(their, ctx.draft, false)].filter(Boolean).join(' '));
  }
  // The writer's point is worded after each opening (it need not repeat the opening's words), so an opening that
  // fails the guard takes its own wording of the point with it.
  const pointsAfter = (opening: string): string[] => {
    const plainPoint = writerPoint(ctx, opening);
    // Both worried: "I'm really worried about this too", not "..., though".
    const point = guess && ctx.feeling.includes(guess) ? plainPoint.replace(/, though\./, ' too.') : plainPoint;
    // The draft's own clause for a detail the reply would otherwise add as a tail, when it fits.
    const clause = detailClause(reading, [opening, point].join(' '));
    return clause ? [`${cap(clause)}. ${point}`, point] : [point];
  };
  const written = openings.flatMap((opening) => pointsAfter(opening).map((p) => withoutJabs(`${opening} ${p}`)));
  // A reply stays a chat message: at most four sentences, and nothing of their heat carried into it. One that says
  // every detail itself is best; then one short enough for a detail to be added in the draft's own sentence.
  const checked = written.map((text) => ({ text, sentences: sentencesOf(text), failed: checkReply(reading, text, ctx.theirs).failed }));
  const calm = (c: (typeof checked)[number]): boolean => c.sentences <= 4 && c.failed.every((rule) => rule === 'keeps-details');
  const best = checked.find((c) => calm(c) && c.failed.length === 0) ?? checked.find((c) => calm(c) && c.sentences <= 3) ?? checked.find(calm);
  return (best ?? checked[checked.length - 1])?.text ?? '';
}

/** Yes or no to their request, as the draft says it, after "You asked me to ...": "and I can", "but I can't". */
function answerAsked(reading: Reading, draft: string): string {
  if (reading.stance === 'refusing' || /^\s*(?:no|nope|nah)\b|\bi (?:can'?t|cannot|won'?t)\b/i.test(draft)) return "but I can't";
  if (/(?<!\bnot |n't )\b(?:of course|sure|fine|ok|okay|yes|yeah|yep|i'?ll do it|i will|i can)\b(?! not\b)/i.test(draft)) return 'and yes, I can';
  return '';
}

/** "Are you mad at me?" answered as the draft does: "No, I'm not." */
function answerAre(said: string, draft: string): string {
  if (!/^You asked if I'm\b/.test(said)) return '';
  if (/^\s*(?:no|nope|nah)\b|\bi'?m not\b|\bi am not\b/i.test(draft)) return "No, I'm not.";
  if (/^\s*(?:yes|yeah|yep)\b/i.test(draft)) return 'Yes, I am.';
  return '';
}

/** "Did you book the hotel?" answered as the draft does: "No, I didn't." after the question said back, else in full. */
function answerDid(their: TheirReading, draft: string, short: boolean): string {
  const did = their.askedDid;
  if (!did) return '';
  const task = did.replace(/\b(?:me|my)\b/g, (w) => (w === 'me' ? 'you' : 'your')).replace(/\byour\b(?! )/g, 'my');
  if (/^\s*(?:no|nope|nah)\b|\bi (?:didn'?t|did not|haven'?t|have not)\b/i.test(draft)) return short ? (/\byet\b/.test(did) ? 'No, not yet.' : "No, I didn't.") : `No, I didn't ${task}.`;
  if (/^\s*(?:yes|yeah|yep|i did)\b/i.test(draft)) return short ? 'Yes, I did.' : `Yes, I did ${task}.`;
  return '';
}

/**
 * The draft's own calm clause that holds details the reply has not said yet: "I'm stuck in meetings until 6".
 * Only the writer's own account, never a sentence about the other person, and only one that reads calm.
 */
function detailClause(reading: Reading, said: string): string | null {
  const missing = reading.details.filter((detail) => !said.toLowerCase().includes(detail.toLowerCase()));
  if (missing.length === 0) return null;
  const tidy = (clause: string): string =>
    clause.trim().replace(/^(?:(?:but|so|and|because|yes|no|ugh|ok|okay|well|like i said|i can'?t|i know)\b[\s,]*)+/i, '').replace(/\s*,\s*$/, '');
  const sentences = reading.text.split(/[.!?;]+\s*/).map(tidy);
  // A whole sentence first, so a list keeps its commas; then its parts, for a sentence that also holds heat.
  const parts = sentences.flatMap((sentence) => sentence.split(/,\s+|\s+and\s+(?=(?:i|i'm|i've|that's|it's|we've|we're)\b)/i).map(tidy));
  const observed = (reading.observation ?? '').toLowerCase();
  const fits = [...sentences, ...parts].find(
    (clause) =>
      clause.split(/\s+/).length >= 3 &&
      clause.split(/\s+/).length <= 18 &&
      missing.every((detail) => clause.toLowerCase().includes(detail.toLowerCase())) &&
      !(observed && clause.toLowerCase().includes(observed)) &&
      /^(?:i|i'm|i've|i'd|i'll|i was|there|there's|it|it's|we|we're|we've|my|the|that's|he|he's|she|she's|they|they're)\b/i.test(clause) &&
      !/\b(?:you|your|u|ur)\b/i.test(clause) &&
      !heatedAtStrict(clause),
  );
  return fits ? fits.replace(/^i\b/, 'I') : null;
}

/** The writer's point in one or two sentences, for after a reflection; `said` is what the reply says before it. */
function writerPoint(ctx: Context, said: string): string {
  const { reading, feeling } = ctx;
  if (reading.stance === 'denying') return firm(ctx);
  if (reading.stance === 'refusing') return boundary(ctx);
  const obs = reading.observation;
  const though = pick(ctx.seed, ['though', 'still']);
  // A view holds after what they said: "I still trust my doctor more than the internet forum on this, though."
  if (reading.view) return `${reading.view.replace(/^I /, 'I still ')}, though. ${request(ctx)}`;
  if (obs && /, and it didn't happen$/.test(obs)) return `${cap(obs.replace(/, and it didn't happen$/, ''))}, and I was ${feeling} when that didn't happen. ${request(ctx)}`;
  if (obs) return `${feelThat(`${though === 'still' ? 'still ' : ''}${feeling}`, obs.replace(/,? though$/, '')).replace(/\.$/, ', though.')} ${request(ctx)}`;
  // The draft's own words for what it is about ("I've been here since 6am") beat a list of its details as a topic.
  const clause = detailClause(reading, said);
  if (clause) return `${cap(clause)}, and I'm ${feeling}. ${request(ctx)}`;
  if (reading.topic === 'this') {
    const said = outburstOf(ctx);
    return `${pick(ctx.seed, said.statements)} ${reading.request || reading.prohibition || reading.want ? request(ctx) : pick(ctx.seed >>> 3, said.asks)}`;
  }
  const topic = /,| and /.test(reading.topic) ? 'all of this' : reading.topic;
  return `${feelAbout(`${though === 'still' ? 'still ' : ''}${feeling}`, topic).replace(/\.$/, ', though.')} ${request(ctx)}`;
}

const WRITERS: Record<SuggestionStyle, (ctx: Context) => string> = {
  'i-statement': iStatement,
  curious,
  firm,
  boundary,
  pause,
  reflect,
  repair,
};

/** A repair fits whom it is for: a colleague, a landlord or a shop gets no "us"; someone close does. */
function repair({ reading, seed }: Context): string {
  // The thing at issue, named without its details ("the rent"), so the repair is about this quarrel and no other.
  const thing = namedThing(reading);
  if (reading.register === 'work') {
    // "get the client right", "get my director right": a thing that may be a person is what happened with it.
    const wish = thing ? `I'd like us to sort out what happened with ${thing}.` : pick(seed, ["I'd like us to get this back on track.", 'I want us to get this right.']);
    return `${wish} ${pick(seed >>> 1, ['Can we find a time to go through it?', 'Can we go through it together?'])}`;
  }
  if (!reading.close) {
    const wish = thing && !/\b(?:feelings?|text|message)s?$/.test(thing) && seed % 3 !== 0 ? `I'd like to get ${thing} sorted out.` : pick(seed, ["I'd like to get this sorted out.", "I'd like us to find a way through this."]);
    return `${wish} ${pick(seed >>> 1, ['Can we work it out?', 'What would work for you?'])}`;
  }
  return `${pick(seed, ['I want us to be okay.', "I don't want this to come between us.", 'I care about us, and I want to sort this out.'])} ${pick(seed >>> 1, ["Can we talk it through when we're both ready?", "Can we talk properly once we've both cooled down?"])}`;
}

function stylesFor(reading: Reading): SuggestionStyle[] {
  const styles: SuggestionStyle[] =
    reading.stance === 'denying'
      ? ['firm', 'curious', 'i-statement']
      : reading.stance === 'refusing'
        ? ['boundary', 'i-statement', 'curious']
        : reading.stance === 'withdrawing'
          ? ['pause', 'i-statement', 'curious']
          : reading.reaching || (!reading.observation && reading.topic === 'this')
            ? ['i-statement', 'curious']
            : ['i-statement', 'curious', 'repair'];
  // A flooded writer gets a break in third place, never one who is trying to reach the other person.
  if (reading.flooded && !styles.includes('pause') && !reading.reaching) styles.splice(2, 1, 'pause');
  return styles;
}

/** Lower case for a lower-case texter; the reply still keeps names and the writer's "I". */
function inVoice(text: string, reading: Reading): string {
  // The draft's and their words come back without a jab ("haven't even eaten", "some of us"): the point stays.
  // An emoji of the draft never sits in the middle of a calm reply ("comments 🤷 was on me").
  const tidy = withoutJabs(text).replace(/[\p{Extended_Pictographic}\u200d\ufe0f]+/gu, '').replace(/\s+/g, ' ').replace(/\s([.,?:])/g, '$1').trim();
  if (!reading.casual) return capitalI(tidy);
  const kept = new Set([...reading.details, reading.addressee ?? ''].map((d) => d.split(' ')[0]));
  // A texter who never capitalises gets no capitals back, not even "I"; names and acronyms stay as the draft had them.
  if (reading.lowercase) return tidy.replace(/[\p{L}'$£€\d-]+/gu, (word) => (kept.has(word) || /^(?:ASAP|EOD|CEO|HR|PR|TV)$/.test(word) ? word : word.toLowerCase()));
  // A writer who capitalises "I" but not every sentence gets plain capitals: "i'm ... can we" beside "I" reads as a slip.
  return capitalI(tidy);
}

/** "I" capitalised, even where a clause taken from the draft had "i": "Please don't tell everyone I cheated." */
const capitalI = (text: string): string => text.replace(/(?<![\p{L}'])i(?=(?:'[a-z]+)?[\s.,?!]|$)/gu, 'I');

function withAddressee(text: string, reading: Reading): string {
  if (!reading.addressee) return text;
  // A sentence of the draft that opens with the name already says it: never "Beta, beta, you forgot ...".
  if (text.toLowerCase().startsWith(`${reading.addressee.toLowerCase()},`)) return text;
  return `${reading.addressee}, ${/^I\b/.test(text) ? text : text.charAt(0).toLowerCase() + text.slice(1)}`;
}

/**
 * The reply with what it must keep, the most natural way first; the plainer ways after, should the guard refuse it.
 * Only the reply that tells what happened must hold every detail (`carry`), in more of the draft's words where need
 * be (`loose`); the others (`free`) take the draft's own words for them where those fit, else stay as written. No
 * reply tacks details on as a list.
 */
function detailed(text: string, reading: Reading, mode: 'carry' | 'loose' | 'free'): string[] {
  const found = detailsSaid(text, reading, mode);
  // A reply that need not say the details takes the draft's words for them only where they read calm at every setting.
  return mode === 'free' ? found.filter((reply) => reply === text || !analyze(reply, { sensitivity: 'strict' }).heated) : found;
}

/** The ways of saying the details `text` leaves out, as `detailed` describes them. */
function detailsSaid(text: string, reading: Reading, mode: 'carry' | 'loose' | 'free'): string[] {
  const missing = reading.details.filter((d) => !text.toLowerCase().includes(d.toLowerCase()));
  if (missing.length === 0) return [text];
  const plain = mode === 'free' ? [text] : [];
  // The draft's own calm sentence that holds the missing details says them in context, never as a tacked-on list.
  const said = reading.said.filter((c) => !c.question && c.kind !== 'being' && !/^when\b/i.test(c.text)).map((c) => c.text);
  const context = [reading.context, reading.support, ...said].find((clause) => clause && missing.every((d) => clause.toLowerCase().includes(d.toLowerCase())));
  const observation = reading.observation;
  // "the landlord came by" grows into the draft's fuller sentence rather than being said twice.
  const at = observation ? text.toLowerCase().indexOf(observation.toLowerCase()) : -1;
  if (context && observation && at >= 0 && context.toLowerCase().includes(observation.toLowerCase())) {
    const grown = at === 0 ? cap(context) : context;
    return [`${text.slice(0, at)}${grown}${text.slice(at + observation.length)}`, ...plain];
  }
  const opening = context?.split(' ').slice(0, 3).join(' ').toLowerCase() ?? '';
  // A sentence whose things the reply already names says them twice: "I didn't get the slides. You didn't send me the slides ...".
  const things = context ? reading.anchors.filter((a) => holds(context, a)) : [];
  const repeats = things.filter((a) => holds(text, a)).length * 2 > things.length;
  if (context && !repeats && !text.toLowerCase().includes(opening) && text.split(/(?<=[.?])\s+/).length < 4) {
    // The draft's own calm clause ("the pitch is tomorrow at 9") goes after the first sentence.
    return [afterFirst(text, [context]), ...plain];
  }
  // "$85 for the concert tickets": an amount goes in front of the thing it is for, where the reply names that thing.
  const counted = missing.reduce((t, d) => withCount(t, d, reading.text), text);
  const left = missing.filter((d) => !counted.toLowerCase().includes(d.toLowerCase()));
  if (left.length === 0) return [counted, ...plain];
  const own = saidWith(counted, left, reading);
  if (own.left.length === 0) return [own.text, ...plain];
  // The reply that tells what happened says the rest in more of the draft's own words: an order asked, a longer sentence.
  return mode === 'free' ? plain : mode === 'loose' ? [saidWith(counted, left, reading, true).text] : [own.text];
}

/**
 * The reply with a detail said in the draft's own phrase where the reply has the words the draft put it after:
 * "I've been trying to reach you" + draft "trying to reach you since 9am" -> "I've been trying to reach you since 9am".
 */
function withPhrase(reply: string, detail: string, draft: string): string | null {
  const escaped = escapeRegExp(detail);
  const m = new RegExp(`\\b((?:[\\p{L}']+ ){2})((?:since|by|at|until|before|after|with|to|for|from|on|in) (?:the )?${escaped})\\b`, 'iu').exec(draft);
  if (!m) return null;
  const [lead, phrase] = [(m[1] as string).trim(), m[2] as string];
  const at = reply.toLowerCase().indexOf(lead.toLowerCase());
  if (at < 0 || reply.toLowerCase().indexOf(lead.toLowerCase(), at + 1) >= 0) return null;
  // A deadline goes only into an ask, never after what the writer feels: not "I'm frustrated about the contract by 5".
  const sentence = reply.slice(0, at).split(/(?<=[.?!])\s+/).pop() ?? '';
  if (/^by /i.test(phrase) && !/^(?:(?:Could|Can|Would|Will) you|Please)\b/i.test(sentence)) return null;
  const end = at + lead.length;
  // Only where the lead ends a clause of the reply or runs on into "and": "reach you and I'm ..." -> "reach you since 9am and I'm ...".
  if (!/^(?:[.,?]|\s+and\b|$)/.test(reply.slice(end))) return null;
  return `${reply.slice(0, end)} ${phrase}${reply.slice(end)}`;
}

// An order of the draft that names who to ask or what to look at: "Check Venmo", "Ask Sarah who she had coffee with".
const LOOK_ORDER = /^(?:ask|check|call|text|email|message|talk to|speak to|give|send|tell|return|bring|pay|fix|clear|move) /i;
// Orders that ask for a state of mind or mock ("imagine posting that", "guess who", "grow up"): never asked back.
const NO_ASK = /^(?:imagine|guess|hope|wonder|pretend|enjoy|grow up|get over|think|try being|be|like|love|hate|need|want)\b/i;
// What follows an order and is no part of it: "Check Venmo before you come at me like that".
const STATEMENT_START = /^(?:i|i'm|i've|i'd|it|it's|we|we're|we've|the|my|our|there|that was|this is)\b/i;
const ORDER_DIG = /\s+(?:before|or|instead|unless|because|so|and stop|like (?:i'?m|i am|we'?re) \w+)\b.*$/i;
// The same, keeping a deadline: "do it before Monday", "fill it up before tomorrow's job in Leeds".
const LOOSE_DIG = /\s+(?:before (?:you|u|i|we|they)\b|or|instead|unless|because|so|and stop|like (?:i'?m|i am|we'?re) \w+)\b.*$/i;
// A sentence about the other person or a named one, said only by the reply that must keep every detail.
const OTHER_START = /^(?:you|you're|you've|you said|he|he's|she|she's|they|they're)\b/i;
// A sentence that calls someone a liar accuses, however calm its words; "is a lie" is said as "isn't true" instead.
const CALLS_A_LIE = /\b(?:lie|lies|lying|liar|lied)\b/i;
// A sentence of the draft that only labels a thing with its number: "Order #48213", "£89.99".
const LABEL = /^(?:\p{L}+ )?[#$£€]?\d[\d,.:]*\p{L}*$/u;
// Openers of a draft's sentence that are no part of what it says: "ok so", "honestly".
const LEAD_IN = /^(?:(?:ok|okay|so|and|but|honestly|seriously|well|like|mate|bro|look|listen)\b[\s,]*)+/i;

/**
 * A clause of the draft with its jabs, sneers and "always" taken out: "funny how you always have time for Jake's
 * stuff" -> "you have time for Jake's stuff"; "whatever Jake told you is a lie" -> "... isn't true"; "is lying" -> "has it wrong".
 */
const calmed = (clause: string): string =>
  withoutJabs(clause.replace(LEAD_IN, '').replace(/^(?:funny|amazing|interesting|nice|cool|great) (?:how|that)\s+/i, ''))
    .replace(/\b(?:always|constantly|literally|seriously|again)\s+/gi, '')
    .replace(/\b(?:angry|bloody|stupid|damn|freaking|effing)\s+(?=[a-z])/gi, '')
    .replace(/\s+(?:cos|coz|cuz|bc|because) of (?:u|you)\b.*$/i, '')
    .replace(/\b(is|are|was) (?:a lie|lies)$/i, (_, verb: string) => `${verb}n't true`)
    .replace(/\bis lying$/i, 'has it wrong');

/** Whether a clause of the draft is an order ("do it tonight", "transfer me £300 each today"): its first word is a verb's plain form. */
function isOrder(clause: string): boolean {
  const nlp = language();
  const first = /^[a-z]+/i.exec(clause)?.[0]?.toLowerCase();
  if (!nlp || !first || clause.split(/\s+/).length < 2 || LABEL.test(clause) || /^(?:i|you|we|they|he|she|it|be|get|have)$/.test(first)) return false;
  return verbForms(nlp, first).infinitive === first && (tag(nlp, clause)[0]?.tags.has('Verb') ?? false);
}

/**
 * The draft's own words that hold the details a reply would otherwise leave out: an order asked as "Could you check
 * Venmo?" in place of the closing, or a short calm sentence of the draft ("It was due at 9.") said before it.
 * `loose` also takes any order of the draft ("do it tonight"), longer sentences and ones about the other person,
 * their jabs taken out, for the reply that must say every detail.
 */
function saidWith(reply: string, details: readonly string[], reading: Reading, loose = false): { text: string; left: string[] } {
  const sentences = reading.text.split(/(?<=[.!?])\s+|\n+/).map((s) => s.trim().replace(/[.!]+$/, '')).filter(Boolean);
  const holds = (text: string, detail: string): boolean => text.toLowerCase().includes(detail.toLowerCase());
  // The closing question a draft's own order takes the place of: "Can we go over it together?", "How do you see it?".
  const closing = /(?<=^|[.?]\s+)(?:(?:Can|Could) we [^.?]*|How do you see it)\?$/;
  const placed = details.reduce((text, detail) => withPhrase(text, detail, reading.text) ?? text, reply);
  let left = details.filter((d) => !holds(placed, d));
  if (left.length === 0) return { text: placed, left };
  reply = placed;
  // The draft's request as read, else an order of its own that names who to ask or what to look at.
  const orders = sentences.flatMap((s) => s.split(/,\s+/)).map((s) => s.replace(/^(?:seriously|honestly|just|please|so|then|ok|okay)\s+/i, '').replace(/^(?:can|could|would|will) (?:you|u)\s+(?:please\s+)?/i, ''));
  const request = reading.request && !holds(reply, reading.request.split(' ').slice(0, 3).join(' ')) ? [reading.request] : [];
  const asks = [...request, ...orders.filter((s) => (LOOK_ORDER.test(s) || (loose && isOrder(s))) && !/\?$/.test(s) && !NO_ASK.test(s))].map((s) => withoutJabs(s.replace(loose ? LOOSE_DIG : ORDER_DIG, '')).trim());
  // The draft's own question ("where were you last night?") asked calmly, for the reply that must keep every detail.
  const question = loose && reading.question && !holds(reply, reading.question) ? [`tell me ${reading.question}`] : [];
  // An order that says every detail left; the reply that must keep them all also takes one that says some.
  const order = asks.find((ask) => left.every((d) => holds(ask, d))) ?? (loose ? [...question, ...asks].find((ask) => left.some((d) => holds(ask, d)) && (question.includes(ask) || !heatedAtStrict(ask))) : undefined);
  if (order) {
    // The draft is read with its shouting in lower case; a name or acronym keeps the draft's capitals ("the VP").
    const spoken = left.reduce((text, d) => text.replace(new RegExp(`\\b${escapeRegExp(d)}\\b`, 'i'), d), order);
    const ask = `${question.includes(order) ? 'Can' : 'Could'} you ${spoken.charAt(0).toLowerCase()}${spoken.slice(1)}?`;
    reply = closing.test(reply) ? reply.replace(closing, ask) : `${reply} ${ask}`;
    left = left.filter((d) => !holds(order, d));
    if (left.length === 0) return { text: reply, left };
  }
  // Plain statements with their own subject ("It was due at 9"), never an order or a jab; at most two of them.
  // A question of the draft holds a statement only after "that": "was it that hard to text me that you were at Mike's".
  // "??" asks in disbelief: what it says is a statement. A run-on text breaks before a new subject ("... ranked we lost 40 points").
  const pieces = (s: string): string[] =>
    /\?$/.test(s) && !(loose && /[?!]{2,}$/.test(s))
      ? loose ? s.replace(/\?+$/, '').split(/\s+that\s+(?=(?:you|he|she|they|we|i)\b)/i).slice(1) : []
      : ((t) => [t, ...t.split(loose ? /,\s+|\s+(?:and|but|so)\s+|\s+that\s+(?=(?:you|he|she|they)\b)|(?<!\b(?:if|when|because|cos|that|and|but|or|so|until|since|while|before|after|where|who|what|as|unless))\s+(?=(?:we|i)\s)/i : /,\s+|\s+(?:and|but|so)\s+/)])(s.replace(/[?!]+$/, ''));
  const statements = sentences
    .flatMap(pieces)
    // "I have no idea what you're talking about with the $40" is said as the draft's own calm sentences say it.
    .map((s) => (loose ? calmed(s) : s).trim().replace(/^i have no idea what you'?re talking about with\b/i, "I'm not sure what you mean about"))
    .filter((s) => (STATEMENT_START.test(s) || (loose && (OTHER_START.test(s) || /^(?:if|whatever|whoever)\b/i.test(s) || (LABEL.test(s) && sentences.includes(s)) || reading.details.some((d) => /^\p{Lu}/u.test(d) && s.startsWith(d))))) && s.split(/\s+/).length <= (loose ? 18 : 12) && withoutJabs(s) === s && (loose || !heatedAtStrict(s)))
    // A statement whose opening the reply already has says the same thing twice: "I've been trying to reach you".
    .filter((s) => !holds(reply, s.split(/\s+/).slice(0, 3).join(' ')) && !(loose && ((/[a-z']{3,}/i.test(s) && overlaps(s, reply)) || CALLS_A_LIE.test(s))));
  const chosen: string[] = [];
  while (left.length > 0 && chosen.length < (loose ? 3 : 2)) {
    const best = statements.map((s) => ({ s, n: left.filter((d) => holds(s, d)).length })).sort((a, b) => b.n - a.n || a.s.length - b.s.length)[0];
    if (!best || best.n === 0) break;
    chosen.push(best.s);
    left = left.filter((d) => !holds(best.s, d));
  }
  const parts = reply.split(/(?<=[.?])\s+/);
  // Room for the draft's sentences is made by leaving out a sentence between the reply's first and its ask that
  // holds none of the draft's anchors ("I need to know I can count on you"); else they join the sentence before the ask.
  while (loose && parts.length + Math.min(chosen.length, 2) > 4) {
    const spare = parts.findIndex((part, i) => i > 0 && i < parts.length - 1 && anchorsIn(part, reading.anchors) === 0 && !details.some((d) => holds(part, d)));
    if (spare < 0) break;
    parts.splice(spare, 1);
  }
  if (chosen.length === 0) return { text: reply, left: details.filter((d) => !holds(reply, d)) };
  const lowered = (text: string): string => text.replace(/^it is\b/i, "it's").replace(/^(?!I\b)\p{Lu}/u, (c) => c.toLowerCase());
  const at = parts.length > 1 ? parts.length - 1 : 0;
  if (parts.length + Math.min(chosen.length, 2) > 4) {
    if (!loose || at === 0) return { text: reply, left: details.filter((d) => !holds(reply, d)) };
    // "app says delivered" + "it's 9:15" -> "app says delivered, and it's 9:15."
    const joined = `${(parts[at - 1] as string).replace(/[.?]$/, '')}, ${chosen.map(lowered).join(', ')}`.replace(/, (?=[^,]*$)/, ', and ');
    return { text: [...parts.slice(0, at - 1), `${joined}.`, ...parts.slice(at)].join(' '), left };
  }
  // Labels of the draft stay a list of their own, as it wrote them: "Order #48213, £89.99."
  const labels = chosen.filter((c) => LABEL.test(c)).sort((a, b) => reading.text.indexOf(a) - reading.text.indexOf(b));
  const [first, ...rest] = chosen.filter((c) => !LABEL.test(c));
  const sentence = first === undefined ? '' : rest.length === 0 ? `${cap(first)}.` : `${cap(first)}, ${rest.length === 2 ? `${lowered(rest[0] as string)}, ` : ''}and ${lowered(rest[rest.length - 1] as string)}.`;
  const said = [labels.length > 0 ? `${cap(labels.join(', '))}.` : '', sentence].filter(Boolean).join(' ');
  return { text: [...parts.slice(0, at), said, ...parts.slice(at)].join(' '), left };
}

/** The reply with an amount put before the thing the draft says it is for: "the concert tickets" -> "the $85 for the concert tickets". */
function withCount(text: string, detail: string, draft: string): string {
  if (!/^[$£€]?\d/.test(detail)) return text;
  const escaped = escapeRegExp(detail);
  const m = new RegExp(`${escaped} (for|on|of|towards?) (?:the |my |your |our )?([a-z]+(?: [a-z]+)?)`, 'i').exec(draft);
  if (!m) return text;
  const words = (m[2] as string).toLowerCase();
  const thing = [words, words.split(' ')[0]].map((w) => new RegExp(`\\b(?:the|my|your|our) ${w}\\b`, 'i').exec(text)?.[0]).find(Boolean);
  return thing ? text.replace(thing, `the ${detail} ${m[1]} ${thing}`) : text;
}

const REPLY_WINDOW = 4_000;

function seedOf(text: string): number {
  let seed = 0;
  for (const char of text) seed = (seed * 31 + char.charCodeAt(0)) >>> 0;
  return seed;
}

/** The feeling phrase: the pause's named feeling first, else the reading's, trying calmer words of the same strength. */
function feelingPhrases(reading: Reading, options: ReframeOptions): string[] {
  const named = findFeeling(options.feeling);
  if (named) return [named.word];
  return feelingWords(reading);
}

function theirWordOf(their: TheirReading | null, options: ReframeOptions): string | null {
  if (options.theirFeeling === 'not-sure') return null;
  const vocabulary = findFeeling(options.theirFeeling);
  if (vocabulary) return vocabulary.word;
  const id = (options.theirFeeling ?? their?.feeling) as TheirFeeling | undefined;
  return id && id !== 'neutral' && id in THEIR_WORDS ? THEIR_WORDS[id as Exclude<TheirFeeling, 'neutral'>] : null;
}

/**
 * Two or three replies that keep the draft's point and stance and drop the harm; one more that answers their
 * message first when it is given. Never throws: a failure here must not stand between the writer and their message.
 */
export function reframe(draftText: string, analysis: Analysis, options: ReframeOptions = {}): Suggestion[] {
  try {
    const text = String(draftText).slice(0, REPLY_WINDOW);
    const reading = readDraft(text, analysis);
    const theirs = options.theirs ? String(options.theirs).slice(0, 1_000) : '';
    const their = theirs.trim() ? readTheirMessage(theirs) : null;
    const theirParts = their ? reflectParts(theirs) : null;
    const need = findNeed(options.need)?.phrase ?? reading.need;
    const seed = seedOf(text);
    const styles = stylesFor(reading);
    // With their message, a reply that answers it first takes the third place.
    if (their) styles.splice(2);
    if (their) styles.unshift('reflect');
    // The reply that tells what happened keeps every name, number, time and date; the others may leave them out.
    const carrier = styles.find((style) => style === 'i-statement' || style === 'firm');
    const suggestions: Suggestion[] = [];
    const seen = new Set<string>();
    // A reflection that reads heated beside what happened is tried again with the topic alone.
    const readings = (style: SuggestionStyle): Reading[] => (style === 'reflect' ? [reading, { ...reading, observation: null, support: null }] : [reading]);
    // Where the draft's own words cannot say every detail, the reply that tells what happened says as many as it can.
    const passes = (style: SuggestionStyle): boolean[] => (style === carrier ? [true, false] : [false]);
    for (const style of styles.slice(0, 3)) {
      attempt: for (const keepDetails of passes(style)) {
        for (const read of readings(style)) {
          // Every feeling word with every way of saying the point; what carries most of the draft is tried first, then
          // the draft's own sentences before the template, then the most natural feeling word.
          // The draft's own choice of wording first; the other wordings of each style are written only when every
          // candidate of that one fails the guard.
          let spare: string | undefined;
          for (let wording = 0; wording < WORDINGS; wording++) {
            const tries: Candidate[] = [];
            for (const [rank, feeling] of feelingPhrases(read, options).entries()) {
              const ctx: Context = { reading: read, feeling, need, needNamed: findNeed(options.need) !== undefined, seed: seed + wording, their, theirWord: theirWordOf(their, options), draft: text, theirs, theirParts };
              const written = withAddressee(WRITERS[style](ctx), read);
              // A repair speaks of the two people, not the details: where the draft names some, the replies that say
              // them keep its point, and a repair beside them would not.
              if (style === 'repair' && read.details.some((d) => !written.toLowerCase().includes(d.toLowerCase()))) break attempt;
              tries.push(...anchoredFirst(style, written, ctx, style === carrier).map((c) => ({ ...c, rank })));
            }
            const kept = (reply: string): number => (style === carrier ? read.details.filter((d) => reply.toLowerCase().includes(d.toLowerCase())).length : 0);
            tries.sort((a, b) => kept(b.reply) - kept(a.reply) || b.held - a.held || Number(a.loose) - Number(b.loose) || a.order - b.order || a.rank - b.rank);
            for (const { reply } of tries) {
              if (reply && !seen.has(reply) && checkReply(read, reply, theirs, { keepDetails }).ok) {
                // A reply that repeats another's stock words reads machine-made: the next wording is tried first.
                if (style !== carrier && wording < WORDINGS - 1 && echoes(reply, suggestions, read)) {
                  spare ??= reply;
                  break;
                }
                // ... but never at the cost of a thing the draft named.
                const text = spare && anchorsIn(spare, read.anchors) > anchorsIn(reply, read.anchors) ? spare : reply;
                seen.add(text);
                suggestions.push({ style, text, why: WHY[style] });
                break attempt;
              }
            }
          }
          if (spare) {
            seen.add(spare);
            suggestions.push({ style, text: spare, why: WHY[style] });
            break attempt;
          }
        }
      }
    }
    return suggestions.length >= 2 ? suggestions : [...suggestions, ...fallback(reading, theirs, suggestions)].slice(0, 3);
  } catch {
    return FALLBACK.map((suggestion) => ({ ...suggestion }));
  }
}

const runsOf = (text: string): Set<string> => {
  const words = text.toLowerCase().replace(/\u2019/g, "'").match(/[a-z']+/g) ?? [];
  return new Set(words.slice(0, -3).map((_, i) => words.slice(i, i + 4).join(' ')));
};

/** Whether a reply shares four stock words in a row with a reply already chosen: words the draft did not give it. */
function echoes(reply: string, chosen: readonly Suggestion[], reading: Reading): boolean {
  if (chosen.length === 0) return false;
  // Words of the draft said again ("I didn't lose them") carry its point; only the writer's stock words count.
  const given = new Set(reading.text.toLowerCase().match(/[a-z']{4,}/g) ?? []);
  const draft = runsOf(reading.text);
  const own = [...runsOf(reply)].filter((run) => !draft.has(run) && !run.split(' ').some((word) => given.has(word)));
  return chosen.some((s) => {
    const theirs = runsOf(s.text);
    return own.some((run) => theirs.has(run));
  });
}

// The styles that carry the draft's point; a question, a repair or a break need not name everything.
const CARRIERS: Partial<Record<SuggestionStyle, (ctx: Context) => string[]>> = { 'i-statement': saidStatements, firm: saidFirm, boundary: () => [] };

interface Candidate {
  reply: string;
  /** How many of the draft's anchors the reply holds. */
  held: number;
  /** The draft's own sentences first (0), the template with sentences added, the template alone last. */
  order: number;
  /** Which feeling word: the most natural first. */
  rank: number;
  /** Said in more of the draft's words than the natural ways allow: tried after every one of those on a tie. */
  loose: boolean;
}

/** Wordings of a style tried in turn when one reads heated to the guard. */
const WORDINGS = 3;

/** The written reply and, for the styles that carry the point, versions said through the draft's own calm sentences. */
function anchoredFirst(style: SuggestionStyle, written: string, ctx: Context, carries: boolean): Omit<Candidate, 'rank'>[] {
  const { reading } = ctx;
  // A repair speaks of the two people, not the details.
  const withDetails = (reply: string, loose: boolean): string[] => (style === 'repair' ? [reply] : detailed(reply, reading, loose ? 'loose' : carries ? 'carry' : 'free'));
  // Each wording also as it was before the denial was said once, should the guard refuse the shorter one.
  const finish = (reply: string, loose = false): string[] => [...new Set(withDetails(namedOnce(reply, reading), loose).map((text) => deniedOnce(saidOnce(text))))].map((text) => inVoice(text, reading));
  const own = CARRIERS[style];
  // A reflection that says back what they wrote beats one that can only say it saw their message, whatever the feeling word.
  const first = style === 'reflect' && /^(?:\p{L}+, )?I saw your message\b/iu.test(written) ? 2 : 0;
  if (style === 'reflect' || !own) return finish(written).map((reply, i) => ({ reply, held: 0, order: first + i, loose: false }));
  // The draft's own sentences are the better-formed way to say the same things: they go first on a tie.
  // "Could you please stop knocking ...?" keeps the draft's words but can read heated beside a feeling; "Please don't knock ..." is next in line.
  const stop = reading.stopping ? new RegExp(`(?:Could|Can) you please stop ${escapeRegExp(reading.stopping)}\\?`) : null;
  const plainStop = (reply: string): string[] => (stop ? [reply, reply.replace(stop, `Please don't ${reading.prohibition}.`), reply.replace(stop, `Can you please not ${reading.prohibition}?`)] : [reply]);
  // A fair next step the draft holds over the reader is kept, said last and calmly.
  // It takes the place of a closing that only asks to talk; a real ask stays before it.
  const stepped = (reply: string): string[] =>
    reading.consequence && style === 'i-statement' && !holds(reply, reading.consequence) ? [`${reply.replace(/(?<=[.?]\s|^)(?:Can|Could) we [^.?]*\?$/, '').trim()} ${reading.consequence}`, reply] : [reply];
  const drafted = [...own(ctx).filter(Boolean).map((said) => withAddressee(said, reading)), withAnchors(written, reading), written].flatMap(stepped).flatMap(plainStop);
  const natural = [...new Set(drafted.flatMap((reply) => finish(reply)))];
  const loose = carries ? [...new Set(drafted.flatMap((reply) => finish(reply, true)))].filter((reply) => !natural.includes(reply)) : [];
  return [...natural, ...loose].map((reply, order) => ({ reply, order, held: anchorsIn(reply, reading.anchors), loose: order >= natural.length }));
}

/** Plain replies for when too few of the written ones pass the guard; each holds the draft's details where its own words can. */
function fallback(reading: Reading, theirs: string, have: Suggestion[]): Suggestion[] {
  return FALLBACK.filter((s) => !have.some((h) => h.style === s.style)).flatMap((s) => {
    // The plain I-statement says what details it can in the draft's own words, like the one it stands in for.
    const text = [...(s.style === 'i-statement' ? [...detailed(s.text, reading, 'carry'), ...detailed(s.text, reading, 'loose')] : []), ...detailed(s.text, reading, 'free')]
      .map((reply) => inVoice(reply, reading))
      .find((reply) => checkReply(reading, reply, theirs, { keepDetails: false }).ok);
    return text ? [{ ...s, text }] : [];
  });
}

// Used when reading the draft fails, or too few replies pass the guard: plain replies that fit any conflict.
const FALLBACK: readonly Suggestion[] = [
  { style: 'i-statement', text: "I'm upset about this, and I'd like us to talk about it calmly.", why: WHY['i-statement'] },
  { style: 'curious', text: "Can you tell me how this looks from your side?", why: WHY.curious },
];

export type { Reading } from './reading';
