// Word lists the scorer adds to AFINN-165. Kept as space-separated strings: compact in the content-script bundle.
import { afinnWords } from './afinn';
import type { ReasonKind } from './types';

const words = (list: string): Set<string> => new Set(list.split(' '));

export type HeatCategory = 'profanity' | 'insult' | 'anger';

/**
 * Heat of each word, fitted by logistic regression on GoEmotions' training split (scripts/fit-weights.ts), capped
 * at 1.8 and floored at 0.8 for insults, which read as name-calling when aimed at the reader. Unlisted: 1.
 */
const WEIGHTED =
  'disgusting:1.8 fuck:1.8 annoying:1.8 awful:1.8 hate:1.8 worst:1.8 fucking:1.8 asshole:1.8 frustrating:1.8 stupid:1.8 idiots:1.8 annoyed:1.8 worse:1.2 nasty:1.8 idiot:1.8 fucked:1.8 sucks:1.8 angry:1.8 bitch:1.8 weird:0.7 ridiculous:1.7 hell:1.3 fool:1.6 bastard:1.6 wtf:1.6 suck:1.6 damn:1.2 dumb:1.5 shit:1.4 bullshit:1.4 ugly:1.4 dirty:1.2 pissed:1.3 fuckin:1.3 hated:1.2 shitty:1.2 creepy:1.2 rude:1.2 horrible:1.1 gross:1.1 nonsense:1.1 anger:1.1 disturbing:1.1 cruel:1.1 mad:1 waste:0.8 moron:1 hatred:1 sucked:1 hates:0.9 dumbass:0.9 crap:0.8 ignorant:0.8 ugh:0.8 goddamn:0.8 garbage:0.8 ass:0.8 screw:0.7 terrible:0.7 toxic:0.8 retarded:0.8 trash:0.8 loser:0.8 useless:0.8 piss:0.6 selfish:0.8 offensive:0.5 scum:0.8 rage:0.5 pathetic:0.8 stupidity:0.8 cringe:0.8 lazy:0.8 entitled:0.8 freak:0.8 jerk:0.8 bs:0.5 smh:0.5';

const CATEGORIES: [HeatCategory, string][] = [
  // Swearing; counts against the writer when aimed at a person, or when nothing warm is around it.
  [
    'profanity',
    'fuck fucking fucked fucker fuckers fuckin fck fk fkn motherfucker mf shit shitty bullshit bs crap crappy damn dammit damnit goddamn goddamnit ass asshole assholes arse arsehole bitch bitches bitchy bastard bastards dick dickhead prick cunt twat wanker piss pissed douche douchebag dumbass jackass wtf wth stfu gtfo gtfoh fcuk bollocks bloody shite hell screw ffs jfc fucken fuckn',
  ],
  // Names for a person: contempt when aimed at the reader, hostility towards anyone.
  [
    'insult',
    'idiot idiots idiotic moron morons moronic loser losers jerk clown clowns fool fools dumb stupid stupidity pathetic useless worthless incompetent selfish lazy liar liars coward creep creepy trash garbage hypocrite hypocrites imbecile scum pig toxic ignorant arrogant childish immature clueless spineless vile psycho retard retarded dense brat snowflake karen weirdo freak cringe cringy disgrace obtuse brainless insufferable entitled condescending',
  ],
  // Anger, annoyance and disgust; heated even when not aimed at anyone.
  [
    'anger',
    'hate hated hates hating hatred angry anger furious livid mad annoyed annoying annoys irritating irritated frustrating frustrated infuriating outraged outrageous rage ugh smh disgusting disgusted gross nasty awful horrible terrible worst sucks suck sucked ridiculous absurd nonsense unacceptable rude obnoxious offensive shameful irk irks irritate irritates annoy infuriates enraged dirty filthy disturbing cruel ugly worse weird waste racist sexist bigot bigoted disrespect disrespectful hypocritical shameless trolling horribly terribly disgusts yuck heck',
  ],
];

/**
 * Everyday words that lean heated or calm on their own ("stop", "dare", "seriously" against "sorry", "maybe", "thanks"),
 * fitted jointly with the scorer's features on GoEmotions' training split; topic words (sports, politics) left out.
 */
const LEANING: Map<string, number> = new Map(
  'stop:.53 bad:.36 dont:.31 kill:.23 people:.23 dare:.21 better:.20 mouth:.20 yeah:.20 seriously:.19 even:.19 cant:.18 stuff:.16 talking:.15 our:.15 call:.15 these:.14 serious:.14 care:.14 tell:.13 myself:.13 talk:.13 own:.13 give:.13 again:.13 respect:.13 sense:.13 no:.12 around:.12 insane:.12 argument:.12 crazy:.12 killing:.12 sick:.12 gets:.12 away:.11 killed:.11 anyone:.11 already:.11 super:.11 anything:.10 leave:.10 gone:.10 actual:.10 beautiful:-.10 nah:-.10 lets:-.10 ah:-.11 always:-.11 joke:-.11 im:-.12 wouldnt:-.12 wait:-.12 youll:-.12 hahaha:-.12 might:-.12 interesting:-.13 afraid:-.13 must:-.13 agree:-.13 remember:-.13 happy:-.13 finally:-.14 lost:-.14 could:-.15 surprised:-.15 right:-.15 see:-.16 think:-.16 great:-.16 worry:-.16 wish:-.16 hope:-.17 if:-.18 probably:-.19 sad:-.19 thought:-.19 thanks:-.22 can:-.22 maybe:-.25 lol:-.26 love:-.29 know:-.29 thank:-.36 sorry:-.45'.split(' ').map((entry) => [entry.slice(0, entry.indexOf(':')), Number(entry.slice(entry.indexOf(':') + 1))]),
);

export interface HeatWord {
  category: HeatCategory;
  weight: number;
}

function buildHeat(): Map<string, HeatWord> {
  const weights = new Map(WEIGHTED.split(' ').map((entry) => [entry.split(':')[0] ?? '', Number(entry.split(':')[1])]));
  const heat = new Map<string, HeatWord>();
  for (const [category, list] of CATEGORIES) {
    for (const word of list.split(' ')) if (!heat.has(word)) heat.set(word, { category, weight: weights.get(word) ?? 1 });
  }
  return heat;
}

const HEAT: Map<string, HeatWord> = buildHeat();

/** Whether the scorer counts the lower-case word as profanity, an insult or anger ("bs", "idiot", "furious"). */
export function isHeatWord(word: string): boolean {
  return HEAT.has(word);
}

/** AFINN words that read as sadness, fear or mishap far more often than as anger (measured on GoEmotions' training split). */
const NOT_ANGER = words(
  'afraid worries worry worried worrying nervous depressing depressed anxious anxiety lonely alone confused confusing illness ill sick panic struggle homeless disappointment disappointed disappointing sadly sad broke shocked shock missed miss missing scary scared scare sorry painful pain fail failed failing failure hide guilty guilt losing lost loss injured injury injuries forgot forget embarrassed embarrassing embarrassment insecure fear cry crying cried tears died dead death dying die hurt hurts hurting difficult hard accident desperate desperately apologize regret mistake mistakes poor poorly trouble problem problems no stop stopped tired exhausted kill killing killed crazy insane badass drunk wrong bad upset stress pressure blind alone silly doubt leave avoid',
);

/** AFINN marks these positive, but in a draft they are hedges, not warmth. */
const NOT_WARM = words('like please pretty well yes ok okay sure true want joke fine care medal mature god help');
/** Praise AFINN does not list; each counts as a warm word of strength 2. */
const MORE_WARM = words('talented legend gorgeous nailed hero champ queen goat stunning');
/** After swearing, these make it cheering ("fuck yes", "hell yeah"). */
const CHEERS = words('yes yeah yea yay ya');

const LAUGHTER = words('lol lolol lmao lmfao rofl haha hahaha hehe hehehe jk xd xdd lul kek laughing ily');
const WARM_EMOJI = words('😂 🤣 😆 😅 😄 😁 😊 🙂 😉 😜 😝 😛 😘 🥰 😍 ❤ 💕 💖 💗 💜 💙 💚 🧡 🤍 😇 🤗 🎉 🥳 👏 🙏 💀 :) ;) :d :p <3');
const ANGRY_EMOJI = words('🙄 😒 😤 😠 😡 🤬 🖕 💢 😑 🤦');

/** Words that make the next word stronger. */
const INTENSIFIERS = words('so very really too such totally absolutely extremely completely utterly literally freaking fucking bloody damn seriously incredibly truly');
const NEGATORS = words('not no never dont doesnt didnt isnt wasnt arent werent cant couldnt wont wouldnt shouldnt aint hardly nothing without');
/** After these, what came before in the sentence counts for less. */
const CONTRAST = words('but though although however');

/** Verbs that, opening a sentence, address the reader ("ANSWER YOUR PHONE", "stop ignoring me"). */
const IMPERATIVES = words('stop answer call pick listen get shut leave look come go give tell move');
const SECOND_PERSON = words('you your yours yourself yourselves youre youve youll youd');
const THIRD_PERSON = words('he she they him her them his their people guy guys dude girl these those name everyone everybody');
/** "I feel", "I felt", "I'm feeling", "I've been feeling", "I still feel": the writer naming a feeling of their own. */
const FEELING_VERBS = words('feel felt feeling');
const OWNERS = words('i im ive been am was still really just do also');

/** Everyday things people vent about; anger at them, with no person in the sentence, is venting, not an attack. */
const THINGS = words(
  'printer laptop computer phone wifi internet app apps website site update updates software code bug bugs spreadsheet email emails inbox traffic bus buses train trains tube subway flight flights airline airport plane queue line weather rain snow heat cold wind monday mondays week weekend morning day today tonight car engine tyre tire parking ticket tickets bill bills rent tax taxes landlord heating dmv meeting meetings commute hold printer dinner oven fridge coffee alarm battery charger wind noise drilling construction game exam exams homework deadline deadlines job work shift office hangover headache cold flu cat dog package delivery',
);
/** In a draft all in capitals, these make it a raised voice rather than glee. */
const REFUSALS = words('no nope stop not never dont enough done quit');
/** Capitals that are names or habits, not shouting. */
const ACRONYMS = words(
  'ok okay lol lmao omg omfg wtf btw fyi asap imo imho tbh idk irl brb ty thx np pm am usa uk us eu nyc la tv id ceo cto hr pr it qa api url pdf cv faq diy dm nba nfl nhl mlb fc ps eta rip gg mvp ai ui ux vp uk eod eow ooo pto wfh xd',
);

// Common short words that tell English apart from the languages most often written in the same alphabet.
const ENGLISH_COMMON = words(
  'the you i a to and is it of that in for my me this on with be are was have not what do just so but your im can we at if all he she they or get like no know dont its about out up one would will how when why there now then too they did been really want think go going got see time love sorry okay ok yes yeah lol thanks please here home later today tonight tomorrow',
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

/** Everything the scorer knows about one word or emoji, gathered from every list so each token is looked up once. */
export interface WordFacts {
  flags: number;
  /** AFINN-165 valence, 0 when unlisted. */
  afinn: number;
  /** How warm the word reads (AFINN's positive valence, minus hedges), 0 when not warm. */
  warmth: number;
  heat: HeatWord | undefined;
  /** The fitted leaning of an everyday word, 0 when it has none. */
  lean: number;
}

export const LAUGH_SHAPE = /^(?:a?(?:ha|he|hi){2,}h?|lo+l|lmf?a+o+|l+m+a+o+)$/;

function buildWords(): Map<string, WordFacts> {
  const table = new Map<string, WordFacts>();
  const factsOf = (word: string): WordFacts => {
    let facts = table.get(word);
    if (!facts) {
      facts = { flags: 0, afinn: 0, warmth: 0, heat: undefined, lean: 0 };
      table.set(word, facts);
    }
    return facts;
  };
  for (const [word, score] of afinnWords()) factsOf(word).afinn = score;
  const flagged: [number, Set<string>][] = [
    [SECOND, SECOND_PERSON],
    [THIRD, THIRD_PERSON],
    [CONTRASTS, CONTRAST],
    [THING, THINGS],
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
  ];
  for (const [flag, list] of flagged) for (const word of list) factsOf(word).flags |= flag;
  for (const [word, heat] of HEAT) factsOf(word).heat = heat;
  for (const [word, lean] of LEANING) factsOf(word).lean = lean;
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
