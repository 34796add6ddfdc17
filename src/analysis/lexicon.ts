// Word lists the scorer adds to AFINN-165. Kept as space-separated strings: compact in the content-script bundle.
import { afinnWords } from './afinn';
import type { ReasonKind } from './types';

const words = (list: string): Set<string> => new Set(list.split(' '));

export type HeatCategory = 'profanity' | 'insult' | 'anger';

const CATEGORIES: [HeatCategory, string][] = [
  // Swearing; counts against the writer when aimed at a person, or when nothing warm is around it.
  [
    'profanity',
    'fuck fucking fucked fucker fuckers fuckin fck fk fkn fcking fking fkin fuk fuking fvck fuq phuck fu motherfucker mf shit shitty bullshit bs crap crappy damn dammit damnit goddamn goddamnit ass asshole assholes arse arsehole bitch bitches bitchy bastard bastards dick dickhead prick cunt twat wanker piss pissed douche douchebag dumbass jackass wtf wth stfu gtfo gtfoh fcuk bollocks bloody shite hell screw ffs jfc fucken fuckn',
  ],
  // Names for a person: contempt when aimed at the reader, hostility towards anyone.
  [
    'insult',
    'idiot idiots idiotic moron morons moronic loser losers jerk clown clowns fool fools dumb stupid stupidity pathetic useless worthless incompetent selfish lazy liar liars coward creep creepy trash garbage hypocrite hypocrites imbecile scum pig toxic ignorant arrogant childish immature clueless spineless vile psycho retard retarded dense brat snowflake karen weirdo freak cringe cringy disgrace obtuse brainless insufferable entitled condescending unbearable sloppy shoddy amateurish',
  ],
  // Anger, annoyance and disgust; heated even when not aimed at anyone.
  [
    'anger',
    'hate hated hates hating hatred angry anger furious livid mad annoyed annoying annoys irritating irritated frustrating frustrated infuriating outraged outrageous rage ugh smh disgusting disgusted gross nasty awful horrible terrible worst sucks suck sucked ridiculous absurd nonsense unacceptable rude obnoxious offensive shameful irk irks irritate irritates annoy infuriates enraged dirty filthy disturbing cruel ugly worse weird waste racist sexist bigot bigoted disrespect disrespectful hypocritical shameless trolling horribly terribly disgusts yuck heck',
  ],
];

function buildHeat(): Map<string, HeatCategory> {
  const heat = new Map<string, HeatCategory>();
  for (const [category, list] of CATEGORIES) for (const word of list.split(' ')) if (!heat.has(word)) heat.set(word, category);
  return heat;
}

const HEAT: Map<string, HeatCategory> = buildHeat();

/** Swear words and names by length, for reading disguised spellings ("f*ck", "a**hole", "sh!t", "b1tch"). */
const DISGUISABLE = new Map<number, string[]>();
for (const [word, category] of HEAT) {
  if (category === 'anger' || word.length < 3) continue;
  DISGUISABLE.set(word.length, [...(DISGUISABLE.get(word.length) ?? []), word]);
}
/** What a symbol or digit inside a word can stand for; '*', '#' and '%' stand for any letter. */
const STANDS_FOR: Record<string, string> = { '!': 'il', '1': 'il', '|': 'il', '@': 'a', '4': 'a', $: 's', '5': 's', '0': 'o', '3': 'e', '7': 't' };

/**
 * The swear word or name a lower-case spelling with symbols or digits disguises ("f**k" -> "fuck", "sh1t" ->
 * "shit"), or undefined. The first match in lexicon order wins, so "f***" reads as "fuck".
 */
export function unmask(form: string): string | undefined {
  let letters = 0;
  for (const ch of form) if (ch >= 'a' && ch <= 'z') letters++;
  if (letters < 1 || letters === form.length) return undefined;
  for (const word of DISGUISABLE.get(form.length) ?? []) {
    let fits = true;
    for (let i = 0; i < form.length && fits; i++) {
      const ch = form[i]!;
      if (ch >= 'a' && ch <= 'z') fits = ch === word[i];
      else if (ch !== '*' && ch !== '#' && ch !== '%') fits = (STANDS_FOR[ch] ?? '').includes(word[i]!);
    }
    if (fits) return word;
  }
  return undefined;
}

/** Whether the scorer counts the lower-case word as profanity, an insult or anger ("bs", "idiot", "furious"). */
export function isHeatWord(word: string): boolean {
  return HEAT.has(word);
}

/** AFINN words that read as sadness, fear or mishap far more often than as anger (measured on GoEmotions' training split). */
const NOT_ANGER = words(
  'afraid worries worry worried worrying nervous depressing depressed anxious anxiety lonely alone confused confusing illness ill sick panic struggle homeless disappointment disappointed disappointing sadly sad broke shocked shock missed miss missing scary scared scare sorry painful pain fail failed failing failure hide guilty guilt losing lost loss injured injury injuries forgot forget embarrassed embarrassing embarrassment insecure fear cry crying cried tears died dead death dying die hurt hurts hurting difficult hard accident desperate desperately apologize regret mistake mistakes poor poorly trouble problem problems no stop stopped tired exhausted kill killing killed crazy insane badass drunk wrong bad upset stress stressed stressful pressure blind alone silly doubt leave avoid',
);

/** AFINN marks these positive, but in a draft they are hedges, not warmth. */
const NOT_WARM = words('like please pretty well yes ok okay sure true want joke fine care medal mature god help');
/** Praise AFINN does not list; each counts as a warm word of strength 2. */
const MORE_WARM = words('talented legend gorgeous nailed hero champ queen goat stunning');
/** After swearing, these make it cheering ("fuck yes", "hell yeah"). */
const CHEERS = words('yes yeah yea yay ya');

const LAUGHTER = words('lol lolol lmao lmfao rofl haha hahaha hehe hehehe jk xd xdd lul kek laughing ily 😂 🤣 😆 💀');
const WARM_EMOJI = words('😂 🤣 😆 😅 😄 😁 😊 😉 😜 😝 😛 😘 🥰 😍 ❤ 💕 💖 💗 💜 💙 💚 🧡 🤍 💛 ♥ 🫶 🥹 🥂 🍾 😇 🤗 🎉 🥳 👏 🙏 💀 :) ;) :d :p <3');
const ANGRY_EMOJI = words('🙄 😒 😤 😠 😡 🤬 🖕 💢 😑 🤦');

/** Words that make the next word stronger. */
const INTENSIFIERS = words('so very really too such totally absolutely extremely completely utterly literally freaking fucking bloody damn seriously incredibly truly');
const NEGATORS = words('not no never dont doesnt didnt isnt wasnt arent werent cant couldnt wont wouldnt shouldnt aint hardly nothing without nobody nobodys');
/** After these, what came before in the sentence counts for less. */
const CONTRAST = words('but though although however');

/** "My dog listens better than you", "a toddler would do a better job than you". */
const COMPARATIVES = words('better smarter faster quicker more harder worse');

/** Verbs that, opening a sentence, address the reader ("ANSWER YOUR PHONE", "stop ignoring me"). */
// "stfu" and "gtfo" are orders, "fu" has its "you" inside: said at the reader even with no "you" written.
const IMPERATIVES = words('stop answer call pick listen get shut leave look come go give tell move stfu gtfo gtfoh');
const SECOND_PERSON = words('you your yours yourself yourselves youre youve youll youd fu');
const THIRD_PERSON = words('he she they him her them his their people guy guys dude girl these those name everyone everybody');
/** "I feel", "I felt", "I'm feeling", "I've been feeling", "I still feel": the writer naming a feeling of their own. */
const FEELING_VERBS = words('feel felt feeling');
const OWNERS = words('i im ive been am was still really just do also');

/** Everyday things people vent about; anger at them, with no person in the sentence, is venting, not an attack. */
const THINGS = words(
  'printer laptop computer phone wifi internet app apps website site update updates software code bug bugs spreadsheet email emails inbox traffic bus buses train trains tube subway flight flights airline airport plane queue line weather rain snow heat cold wind monday mondays week weekend morning day today tonight car engine tyre tire parking ticket tickets bill bills rent tax taxes landlord heating dmv meeting meetings commute hold printer dinner oven fridge coffee alarm battery charger wind noise drilling construction game exam exams homework deadline deadlines job work shift office hangover headache cold flu cat dog package delivery',
);
/** In a draft all in capitals, these make it a raised voice rather than glee. */
/** What someone made, said or did, whose fault is theirs: "the dumbest take", "the sloppiest work I've seen". */
const WORK = words('take takes idea ideas decision decisions review work code report presentation excuse excuses plan comment answer email essay design argument reply message attempt effort job performance apology opinion speech pitch proposal draft writing handwriting parking driving cooking behaviour behavior');
/** What a writer does to the reader in an ultimatum: telling on them, calling someone in, pulling the contract. */
const ULTIMATUMS = words('telling calling ringing pulling cancelling canceling kicking suing escalating involving selling withdrawing contacting emailing');
const REFUSALS = words('no nope stop not never dont enough done quit');
/** Capitals that are names or habits, not shouting. */
const ACRONYMS = words(
  'ok okay lol lmao omg omfg wtf btw fyi asap imo imho tbh idk irl brb ty thx np pm am usa uk us eu nyc la tv id ceo cto hr pr it qa api url pdf cv faq diy dm nba nfl nhl mlb fc ps eta rip gg mvp ai ui ux vp uk eod eow ooo pto wfh xd',
);

// Common short words that tell English apart from the languages most often written in the same alphabet; also the
// function words whose tone the fit leaves to the phrases they stand in (no `r:` feature, a heavier penalty).
const ENGLISH_COMMON = words(
  'the you i a to and is it of that in for my me this on with be are was have not what do just so but your im can we at if all he she they or get like no know dont its about out up one would will how when why there now then too did been really want think go going got see time love sorry okay ok yes yeah lol thanks please here home later today tonight tomorrow from by as an than into over after before some any could should has had were which who them their our us him her his more very also these those because where being am does',
);
const FOREIGN_COMMON = words(
  'ich du er sie wir ihr der das und ist nicht ein eine mit auf den dem des zu habe hast hat bin bist sind keine kein auch aber noch schon wie was wo wann heute morgen später bitte danke ja nein mein dein je tu il elle nous vous les est et pas une avec pour sur dans mais oui merci suis fatigué demain ce cette qui quoi yo el los las es y que con por para pero muy sí gracias hoy mañana luego ahora puedo estoy eres te lo tengo io sono che non ci per ma di il gli bene voglio stasera eu você não uma com para mas sim obrigado hoje tarde desculpa vou ik ben jij het een niet maar wel moe morgen bellen',
);

/** Kind a heat word reports when no phrase pattern claimed it. */
export function heatKind(word: string, category: HeatCategory, atReader: boolean, atSomeone: boolean): ReasonKind {
  if (category === 'profanity') return atSomeone ? 'profanity' : 'hostility';
  if (category === 'insult') return atReader ? 'contempt' : 'hostility';
  return word === 'disgusting' || word === 'gross' ? 'contempt' : 'hostility';
}

// What a word is, as bits: one word can be several ("no" negates and refuses).
export const SECOND = 1;
export const THIRD = 2;
export const CONTRASTS = 4;
export const THING = 8;
export const NEGATES = 16;
export const INTENSIFIES = 32;
export const LAUGHS = 64;
export const ENGLISH = 128;
export const FOREIGN = 256;
export const IMPERATIVE = 512;
export const FEELING = 1024;
export const OWNER = 2048;
export const REFUSAL = 4096;
export const ACRONYM = 8192;
export const NOT_ANGRY = 16384;
export const CHEER = 32768;
export const WARM_SYMBOL = 65536;
export const ANGRY_SYMBOL = 131072;
export const COMPARATIVE = 262144;
export const WORK_DONE = 524288;
export const ULTIMATUM = 1048576;

/** Everything the scorer knows about one word or emoji, gathered from every list so each token is looked up once. */
export interface WordFacts {
  flags: number;
  /** AFINN-165 valence, 0 when unlisted. */
  afinn: number;
  /** How warm the word reads (AFINN's positive valence, minus hedges), 0 when not warm. */
  warmth: number;
  /** The heat lexicon's category, when the word is in it. */
  heat: HeatCategory | undefined;
}

export const LAUGH_SHAPE = /^(?:a?(?:ha|he|hi){2,}h?|lo+l|lmf?a+o+|l+m+a+o+)$/;

function buildWords(): Map<string, WordFacts> {
  const table = new Map<string, WordFacts>();
  const factsOf = (word: string): WordFacts => {
    let facts = table.get(word);
    if (!facts) {
      facts = { flags: 0, afinn: 0, warmth: 0, heat: undefined };
      table.set(word, facts);
    }
    return facts;
  };
  for (const [word, score] of afinnWords()) factsOf(word).afinn = score;
  const flagged: [number, Set<string>][] = [
    [SECOND, SECOND_PERSON],
    [THIRD, THIRD_PERSON],
    [CONTRASTS, CONTRAST],
    // "computers", "phones", "printers": the plural of a thing is a thing.
    [THING, new Set([...THINGS].flatMap((thing) => (thing.endsWith('s') ? [thing] : [thing, `${thing}s`])))],
    [NEGATES, NEGATORS],
    [INTENSIFIES, INTENSIFIERS],
    [LAUGHS, LAUGHTER],
    [ENGLISH, ENGLISH_COMMON],
    [FOREIGN, FOREIGN_COMMON],
    [IMPERATIVE, IMPERATIVES],
    [FEELING, FEELING_VERBS],
    [OWNER, OWNERS],
    [REFUSAL, REFUSALS],
    [ACRONYM, ACRONYMS],
    [NOT_ANGRY, NOT_ANGER],
    [CHEER, CHEERS],
    [WARM_SYMBOL, WARM_EMOJI],
    [ANGRY_SYMBOL, ANGRY_EMOJI],
    [COMPARATIVE, COMPARATIVES],
    [WORK_DONE, WORK],
    [ULTIMATUM, ULTIMATUMS],
  ];
  for (const [flag, list] of flagged) for (const word of list) factsOf(word).flags |= flag;
  for (const [word, heat] of HEAT) factsOf(word).heat = heat;
  for (const word of MORE_WARM) factsOf(word);
  for (const [word, facts] of table) {
    if (LAUGH_SHAPE.test(word)) facts.flags |= LAUGHS;
    if (NOT_WARM.has(word) || LAUGHTER.has(word)) facts.warmth = 0;
    else if (MORE_WARM.has(word)) facts.warmth = 2;
    else facts.warmth = Math.max(facts.afinn, 0);
  }
  return table;
}

export const WORDS: Map<string, WordFacts> = buildWords();
