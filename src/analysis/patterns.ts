// Phrases that carry the Four Horsemen and open hostility, matched over normalised tokens (see tokens.ts).
import type { ReasonKind } from './types';

/**
 * Phrase syntax: words as tokens.ts normalises them ("you're" -> "youre", "do not" -> "dont");
 * "*" any one word; "@you" / "@youre" / "@your" the reader; a leading "^" must open a sentence;
 * a trailing "$" must close one; a leading "+" does not count when warm words follow ("you always make me laugh").
 */
const PATTERNS: [ReasonKind, number, string][] = [
  // Phrases that open like a horseman but are kind or neutral; being longer, they win over "you always" / "you never"
  // and weigh nothing ("you always know what to say", "you never have to apologise", "you never know").
  [
    'criticism',
    0,
    '@you never know;@you always know;@you never have to;@you never need to;@you never fail to;@you never cease to;@you always have my back;@you always get me;@you always manage to;@you always look;@you never disappoint;@you never let me down;@you always find',
  ],
  [
    'criticism',
    1.2,
    '+@you always;+@you never;+@youre always;+@youre never;+@you literally never;+@you still never;every single time;for once in @your life;+why do @you always;why cant @you ever;why cant @you just;whats wrong with @you;what is wrong with @you;+@you dont even;@you cant even;@you cant be bothered;@you only ever;@you only care about;how many times do i have to;why are @you like this;@you clearly dont care;^typical$;^once again;+as usual;its always me;i shouldnt have to;per my last;this is not acceptable;@you never listen;@you never help;@you always do this;@youre impossible;+every time @you',
  ],
  ['contempt', 0.8, '/s;🙄;are @you serious;^seriously$;get real;waste of time;who cares'],
  ['criticism', 0.8, 'how many times;why would @you;why did @you;what were @you thinking;@you still havent;@you forgot again;do @you ever'],
  [
    'contempt',
    1.2,
    '^@youre unbelievable$;so hard to understand;i\'ll just do it myself;do everything myself then;oh brilliant;oh great;oh wonderful;oh perfect;brilliant move;nice going;thanks for nothing;thanks a lot for nothing;wow thanks a lot;must be nice;^sure jan;real mature;want a medal;want a cookie;cry me a river;get over @yourself;get over yourself;who asked;who even asked @you;ok boomer;@youre a joke;such a joke;@you people;nice of @you to;i cant believe i have to explain;poor you;cute that @you think;because @youre so;clearly the expert;congrats on being;dumbest thing;stupidest thing;how original;spare me;give me a break;@youre pathetic;@youre disgusting;@youre a clown;yeah right;oh really;grown adult;im sure it was very hard;what an idiot;what a loser;what a moron;nobody cares;no one cares;nobody asked;no one asked;cool story;get a life;^just wow$;^wow just wow;thanks for finally;@youre so dumb;@youre so stupid',
  ],
  [
    'defensiveness',
    1.2,
    'this is on me;its on me now;its not my fault;not my fault;@youre the one who;@youre the one that;im the bad guy;how is that my fault;how is this my fault;how is it my fault;stop blaming me;dont blame me;^what about you;^well what about you;^at least i;@you started it;thats not what i said;i never said that;@youre one to talk;my fault now;so its my fault;always my fault;apparently thats a crime;turn this around on me;dont turn this around;not my problem;not my responsibility;dont come at me;read @your mind;like @youve never;excuse me for;sorry im not perfect;not like @youre perfect;@youre blaming me;here we go again;im not the one who;how was i supposed to know;@you never told me;as i already explained;i did exactly what @you asked;i didnt do anything wrong;putting words in my mouth;now its my fault;so now im the bad guy',
  ],
  [
    'stonewalling',
    1.1,
    '^whatever$;^whatever @you say;whatever @you say;do whatever @you want;^fine$;^k$;^im done$;^im so done;im done talking;im done with @you;im done with this;^forget it$;forget i said anything;i dont care anymore;i really dont care;^i dont care$;leave me alone;im not doing this;dont talk to me;this conversation is over;end of discussion;stop texting me;nothing to say to @you;^dont bother$;im not talking to @you;dont want to talk about it;^just leave it;^noted$;talk to the hand;not interested in @your;^go away;done talking;i wont be raising;dont text me;dont call me;do what @you want;i dont even care',
  ],
  [
    'hostility',
    1.4,
    'shut up;whats @your problem;what is @your problem;i hate @you;hate @you;@youll regret;get lost;i swear if;or else$;i cant stand @you;drop dead;go to hell;sick of @your;sick and tired;how dare;dont tell me what to do;@you make me sick;wish i never met @you;@you ruin everything;@youre the worst;i want answers;escalating to @your manager;@you lied;@youre a liar;dont you dare;how dare @you;dont ever talk to me;are @you kidding me;im so angry;i\'ll kill @you;@youre useless;@youre a horrible;@youre a terrible;@youre so selfish;@youre so lazy;@youre such a;how hard is it;how hard can it be;what the hell is wrong with;@you make me sick;sick of @you;tired of @your;fed up with @you;fed up with @your',
  ],
  [
    'profanity',
    1.6,
    'fuck @you;screw @you;piss off;fuck off;go fuck @yourself;fuck yourself;shut the fuck up;kiss my ass;eat shit;+damn @you;wtf is @your problem;who the fuck;what the fuck is wrong;what the hell is wrong;@you fucking;get @your shit together;full of shit;dont give a fuck;piece of shit;sack of shit;@you piece of;go to hell',
  ],
];

const CLASSES: Record<string, string[]> = {
  '@you': ['you'],
  '@youre': ['youre', 'your'],
  '@your': ['your', 'youre'],
  '@yourself': ['yourself', 'urself'],
  '@youve': ['youve', 'youre'],
  '@youll': ['youll'],
};

export interface Pattern {
  kind: ReasonKind;
  weight: number;
  atStart: boolean;
  atEnd: boolean;
  unlessWarm: boolean;
}

export interface PatternNode {
  next: Map<string, PatternNode>;
  any?: PatternNode;
  found: Pattern[];
}

const node = (): PatternNode => ({ next: new Map(), found: [] });

function insert(root: PatternNode, words: string[], pattern: Pattern): void {
  let frontier = [root];
  for (const word of words) {
    const forms = CLASSES[word] ?? [word];
    const following: PatternNode[] = [];
    for (const at of frontier) {
      if (word === '*') {
        at.any ??= node();
        following.push(at.any);
        continue;
      }
      for (const form of forms) {
        let child = at.next.get(form);
        if (!child) {
          child = node();
          at.next.set(form, child);
        }
        following.push(child);
      }
    }
    frontier = following;
  }
  for (const at of frontier) at.found.push(pattern);
}

function compile(): PatternNode {
  const root = node();
  for (const [kind, weight, list] of PATTERNS) {
    for (let phrase of list.split(';')) {
      const unlessWarm = phrase.startsWith('+');
      if (unlessWarm) phrase = phrase.slice(1);
      const atStart = phrase.startsWith('^');
      if (atStart) phrase = phrase.slice(1);
      const atEnd = phrase.endsWith('$');
      if (atEnd) phrase = phrase.slice(0, -1);
      insert(root, phrase.split(' '), { kind, weight, atStart, atEnd, unlessWarm });
    }
  }
  return root;
}

export const PATTERN_TRIE: PatternNode = compile();
