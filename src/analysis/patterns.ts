// Phrases that carry the Four Horsemen and open hostility, matched over normalised tokens (see tokens.ts).
import type { ReasonKind } from './types';

/**
 * Phrase syntax: words as tokens.ts normalises them ("you're" -> "youre", "do not" -> "dont");
 * "*" any one word; "@you" / "@youre" / "@your" the reader; a leading "^" must open a sentence;
 * a trailing "$" must close one; a leading "+" does not count when warm words follow ("you always make me laugh").
 */
const PATTERNS: [kind: ReasonKind, weight: number, phrases: string, mocks?: boolean, ofWork?: boolean][] = [
  // Phrases that open like a horseman but are kind or neutral; being longer, they win over "you always" / "you never"
  // and weigh nothing ("you always know what to say", "you never have to apologise", "you never know").
  [
    'criticism',
    0,
    'stop being a stranger;what part of town;what part of the world;@youll never guess;@youll never believe what;@youll never believe who;shut up and take my money;dont be so hard on @yourself;dont be too hard on @yourself;dont be so hard on me;im the worst;im the laziest;im the most;i am the worst;im such a;im the least;nobody * better than @you;no one * better than @you;nobody * * better than @you;no one * * better than @you;nobody does it better;no one does it better;@you never know;@you always know;@you never have to;@you never need to;@you never fail to;@you never cease to;@you always have my back;@you always get me;@you always manage to;@you always look;@you never disappoint;@you never let me down;@you always find;dont worry;dont stress;dont panic;dont rush;dont hesitate;i dont mind;dont forget to;dont let them;dont let her;dont let him;dont let it;dont let people;dont let anyone;dont listen to them;dont listen to the;dont listen to that;dont listen to people;dont listen to anyone;@you dont owe anyone;@you dont have to;@you dont need to;nobody will mind;no one will mind',
  ],
  [
    'criticism',
    1.2,
    '+@you always;+@you never;+@youre always;+@youre never;+@you literally never;+@you still never;every single time;for once in @your life;+why do @you always;why cant @you ever;why cant @you just;whats wrong with @you;what is wrong with @you;+@you dont even;@you cant even;@you cant be bothered;@you only ever;@you only care about;how many times do i have to;why are @you like this;@you clearly dont care;^typical$;^once again;+as usual;its always me;i shouldnt have to;per my last;this is not acceptable;@you never listen;@you never help;@you always do this;@youre impossible;+every time @you',
  ],
  // Sarcasm and pointed politeness: thanks and praise that mean the reverse, the reader ranked below others.
  [
    'contempt',
    1.2,
    'why should i care$;why should i care what;and i should care because;+hope @youre proud of @yourself;^save it$;good to know where i rank;+so glad i waited;bold strategy;thats original;stay mad;let the grown ups talk;let the adults talk;let me slow down;im not @your teacher;im not @your mum;im not @your mom;im not @your mother;im not @your maid;im not @your secretary;im not @your therapist;im not @your babysitter;harden up;missed the memo where;where @you became my;thoughts and prayers;ive only been waiting;for those who can read;not by @you obviously;correctly this time;assuming anyone actually',
  ],
  // Their memory denied, loaded questions, orders that belittle. Quoted words are left out of the tokens, so
  // 'what part of "not tonight" was unclear' reads "what part of was".
  [
    'contempt',
    1.2,
    '@youre remembering it wrong;^@youre confused;@youre imagining things;@youre being paranoid;@you dreamt that;rewriting history;would it kill @you to;are @you allergic to;can @you go one;who in their right mind;what part of no;what part of is;what part of was;stop playing the victim;quit playing the victim;take the l;just nod and smile',
  ],
  // Leaving the conversation instead of having it.
  ['stonewalling', 1.2, 'talk to the wall;im leaving this chat;im leaving this group;muting this thread;muting this chat;muting this group'],
  // Put-downs of someone's work: it could have been done faster or better by the writer, a beginner would do it so.
  [
    'criticism',
    1.2,
    'i couldve done this in;i could have done this in;i couldve done it in;i could have done it in;i couldve done it better;i could have done it better;i couldve done this better;i could have done this better;is this @your first time using;is this @your first time writing;is this @your first time doing;did @you learn nothing;dont know how @you passed;dont know how @you got this job;isnt a real job;not a real job;dont quit @your day job;rewriting most of it;rewriting all of it;not @your strong suit;isnt @your strong suit;+reads like;id expect this from;id expect that from;like a high schooler;a high schooler could',
  ],
  // Mockery that talks down: mock gratitude for a lecture, prizes for the obvious, brain cells counted, feigned shock.
  // They mock (the last `true`): laughter beside them is part of the taunt and softens nothing.
  [
    'contempt',
    1.2,
    'thanks for the lecture;do i get a certificate;do i get a medal;do i get a gold star;do i get a cookie;do i get a trophy;@your two brain cells;@your three brain cells;@your 2 brain cells;@your brain cell;the two brain cells;both brain cells;oh @you were serious;did chatgpt write;imagine thinking @youre;imagine thinking ur;imagine thinking that;imagine thinking anyone;+^imagine being this;+^imagine being so;+^imagine being @you;+^imagine being * and still;+^imagine being * and not;+^imagine being * and arguing;+^imagine being * and crying;+^imagine needing;+^imagine not knowing;+^imagine still;+^imagine crying over;+^imagine crying about;+^imagine getting this;+^imagine getting so;+^imagine charging;+^imagine dying to;+^imagine losing to;+^imagine typing all;^keep dreaming;call @your mummy;call @your mommy;want me to call @your mum;want me to call @your mom;is the little baby;mr big shot;colour me shocked;color me shocked',
    true,
  ],
  // Sarcastic praise, and the reader's habits named as the writer's limit.
  [
    'contempt',
    1.2,
    'nice job @spoiling;great job @spoiling;good job @spoiling;well done @spoiling;way to go @spoiling;thanks for @spoiling;thank @you for @spoiling;love how @you keep @spoiling;nice going @spoiling;sick of @your @fault;tired of @your @fault;so over @your @fault;enough of @your @fault;enough with the @fault;done with @your @fault;cut the @fault;spare me the @fault;spare me @your @fault;save @your @fault;save the @fault;keep @your @fault;drop the @fault',
  ],
  // Common idioms of reproach.
  [
    'criticism',
    1.2,
    'the second time @you;the third time @you;the fourth time @you;the fifth time @you;the second time @youve;the third time @youve;the fourth time @youve;the fifth time @youve;the umpteenth time;the hundredth time;the millionth time;third time this week;third time this month;full of @yourself;got some nerve;have some nerve;the nerve of;zero respect;no respect for;half a brain;do this on purpose;doing this on purpose;did that on purpose;did it on purpose;@you do this on purpose;^typical @you;^typical of @you;so typical of @you;why is it always me;i asked @you one thing;cant believe i trusted @you;never should have trusted @you;nobody wants to work with @you;no one wants to work with @you;nobody can stand @you;no wonder nobody;no wonder no one;keep @your opinions;keep @your comments;nobody asked for @your;no one asked for @your;^never ask me;dont ever ask me;make it all about @yourself;making it all about @yourself;always about @you;not everything is about @you;get off @your high horse;high horse;know it all;holier than thou;a piece of work;some piece of work;@youre a piece of work;joke of a;@you owe me an apology;@you owe me;i want an apology;lame excuse;poor excuse;@youre an embarrassment;an embarrassment to;not discussing this;im not discussing;^enough$;enough is enough;^unreal$;@you never change;people like @you;grow some;shocker$',
  ],
  ['contempt', 0.8, '/s;🙄;are @you serious;^seriously$;get real;waste of time;who cares'],
  ['criticism', 0.8, 'why was this not;why wasnt this;why isnt this done;why hasnt this been;why havent @you;how many times;why would @you;why did @you;what were @you thinking;@you still havent;@you forgot again;do @you ever'],
  [
    'contempt',
    1.2,
    'as previously mentioned;@you have zero;can barely stand @you;can barely stand being;no wonder no ones;telling me this why;sounds like a @you problem;sounds like a personal problem;a @you problem;a @you issue;^thats rich;@youre the main character;@youre not the main character;as i already said;as ive already said;as i said before;friendly reminder that;gentle reminder that;thanks in advance for actually;for actually reading;^i\'ll wait$;^interesting choice;bold of @you;with all due respect;no offense but;no offence but;not mad just disappointed;im not mad just;im not mad im just;i shouldnt have to ask;i shouldnt have to remind;how many times do i need to;how many more times do i;@youre overreacting;@youre being dramatic;@youre being so dramatic;@youre so dramatic;@youre being ridiculous;@youre being childish;@youre so sensitive;@youre too sensitive;@youre being so sensitive;^sure @you did$;whatever helps @you sleep;bless @your heart;ok buddy;okay buddy;sure buddy;^cute$;^@youre unbelievable$;so hard to understand;i\'ll just do it myself;do everything myself then;oh brilliant;oh great;oh wonderful;oh perfect;brilliant move;nice going;thanks for nothing;thanks a lot for nothing;wow thanks a lot;must be nice;^sure jan;real mature;want a medal;want a cookie;cry me a river;get over @yourself;get over yourself;who asked;who even asked @you;ok boomer;@youre a joke;such a joke;@you people;nice of @you to;i cant believe i have to explain;poor you;cute that @you think;because @youre so;clearly the expert;congrats on being;dumbest thing;stupidest thing;how original;spare me;give me a break;@youre pathetic;@youre disgusting;@youre a clown;yeah right;oh really;grown adult;im sure it was very hard;what an idiot;what a loser;what a moron;nobody cares;no one cares;nobody asked;no one asked;cool story;get a life;^just wow$;^wow just wow;thanks for finally;@youre so dumb;@youre so stupid',
  ],
  // Blame idioms and fed-up phrases: what the reader did to the writer, and the writer's patience running out.
  [
    'criticism',
    1.2,
    'like always$;leaving me to deal;leave me to deal;im not a priority;never a priority;not a priority for @you;not a priority to @you;@youre a nightmare;nightmare to work with;nightmare to deal with;@you left me hanging;left me hanging again;@you dropped me in it;dropping me in it;dropped me in it again;threw me under the bus;throw me under the bus;thrown under the bus;hung me out to dry;@you let me down again;let me down again;@you bailed on me;bailed on me again;@you stood me up;stood me up again;@you flaked again;flaked on me again;@you ruined;@youve ruined;@youve let me down;@you blew it;@you messed it up again;@you messed up again;@you screwed up again;@you screwed it up;@you always leave me;left me to deal with;left me to clean up;cleaning up after @you;picking up @your slack;pick up @your slack;@you dont pull @your weight;pull @your weight;@you cant be trusted;cant trust @you with;cant rely on @you;cant count on @you;@you never follow through;@you only think about @yourself;@stabbed me in the back;@stabbed us in the back;@stabbed me right in the back;@you dropped the ball;@you really dropped the ball;@you totally dropped the ball;@pulled the rug;@sold me down the river;@sold us down the river;@hung me out to dry;@hung us out to dry;@left me high and dry;@left us high and dry;@threw a spanner in;@passed the buck;jumped ship;@fed me to the wolves;@fed us to the wolves;@threw me under the bus;@threw us under the bus;carry the can;thats the last straw;mop up @your mess;clean up @your mess',
  ],
  [
    'stonewalling',
    1.2,
    'reached my limit with;ive had enough$;ive had enough of;im so done with @you;sick of covering;tired of covering;always covering for @you;ive reached my limit$;im at my limit;end of my rope;end of my tether;ive had it with;had it with @you;had enough of @you;thats it im done;i cant keep doing this;im not doing this anymore;i give up on @you;dont even bother;why do i even bother;why do i bother',
  ],
  // Contemptuous imperatives: telling the reader to grow up, opening the sentence.
  [
    'contempt',
    1.2,
    '^get a grip;^watch @your tone;^watch @your mouth;^mind @your tone;^lose the attitude;^drop the attitude;^check @your attitude;^fix @your attitude;^check @your facts;^wake up$;^wake up and;^do better$;^do better next time;^act @your age;^grow up;^get over it;^get over @yourself;^use @your brain;^use @your head;^use @your eyes;^learn to read;^learn to listen;^learn to spell;^learn to count;^learn to drive;^learn to communicate;take a hint;^read what i actually;^read what i wrote$;^go cry;^try harder;^try reading;^try listening;^try thinking;^stop acting like;+^stop being;shame on @you;+^dont be so;^stop whining;^stop complaining;^stop crying;^stop making excuses;^man up;^get a clue;^get @your act together;^get it together;^pull @yourself together;^sort @yourself out;^suck it up;^deal with it$;^calm down;^read the room;^think before @you;^keep up$;^pay attention;^grow a spine;^grow a pair;^back off;^knock it off;^cut it out;^give it a rest;^mind @your own business;^get out of my face;^figure it out$;^figure it out @yourself;^do @your job;^just do @your job;^just deal with it;^just grow up;^dont be ridiculous;^dont be stupid;+^dont be such;^be a man;^be an adult;^be an adult about;^act like an adult;^act like a grown;^check @yourself;^look in the mirror;^get a brain;^go cry about it',
  ],
  // Character attacks by superlative or comparison: the reader is the worst of a kind, or worse than someone else.
  [
    'contempt',
    1.2,
    '@youre the laziest;@youre the worst;@youre the most selfish;@youre the most useless;the least reliable;the least helpful;worst boyfriend;worst girlfriend;worst husband;worst wife;worst boss;worst manager;worst partner;worst brother;worst sister;worst son;worst daughter;worst mother;worst father;worst roommate;worst coworker;worst colleague;worst employee;worst teammate;laziest person;most selfish person;most useless person;most annoying person;most inconsiderate;most incompetent;most clueless;dumbest person;stupidest person;even worse than;worse than @your;better job than @you;better at this than @you;better than @you do;better than @you ever;my dog listens better;even a child;could do better than @you;could do a better job;could do this better;would do a better job;could have done better;could have done a better job;even a toddler;even my dog;even my grandma',
  ],
  // Rhetorical and loaded questions: questions that expect no answer but a confession.
  [
    'contempt',
    1.2,
    'wrong with @your;how many more times;what part of * dont @you;what part of * do @you not;is it * that hard;is it * so hard;was it * that hard;are @you serious right now;are @you kidding;are @you joking;^funny how @you;^funny how @youre;speak to me like that;talk to me like that;are @you even listening;are @you even trying;are @you even paying;are @you even serious;do @you even listen;do @you even care;do @you even know;do @you even think;do @you even read;did @you even read;did @you even look;did @you even try;did @you even listen;did @you even think;did @you even bother;have @you even read;have @you even looked;were @you even listening;can @you even read;is @your brain;does @your brain;did anyone even;does anyone even;did anybody even;does anybody even;who taught @you;who raised @you;who hired @you;who let @you;who do @you think @youre;who do @you think @you are;what planet are @you;what planet do @you;have @you lost @your mind;are @you out of @your mind;are @you deaf;are @you blind;are @you stupid;are @you dumb;are @you insane;are @you high;are @you drunk;are @you for real;are @you five;are @you twelve;are @you a child;can @you do anything right;cant @you do anything right;do @you ever listen;do @you ever think;do @you ever stop;do @you think before;do @you think im stupid;do @you think im an idiot;do @you think im blind;is it too much to ask;was that too much to ask;is that too much to ask;is it so hard;is it that hard;was it that hard;was that so hard;how is that so hard;how hard is it to;what is @your problem;what did @you expect;what else is new;whats the point of @you;+why are @you so;why do @you even;how do @you not know;how did @you not;how can @you not;how could @you not;how could @you;+how can @you be so;+how are @you this;+how are @you so;how is this so hard;whats wrong with @your brain;were @you raised',
  ],
  // Conditional guilt: love or care made a condition, attention given only when it suits.
  [
    'criticism',
    1.2,
    'if @you cared;if @you really cared;if @you actually cared;if @you even cared;if @you loved me;if @you really loved me;if @you actually loved me;if @you respected me;if @you really respected;if @you gave a;if @you valued;if @you wanted to @you;if @you were a real;if i mattered;if i meant anything;if i was important;if i were important;if i was a priority;@you only call when;@you only text when;@you only remember;@you only * me when;@you only * when it suits;@you only * when @you need;only when it suits @you;only when @you need;@you only show up when;@you only care when;@you only talk to me when;a real friend would;a real friend wouldnt;a real partner would;a real partner wouldnt;a good friend would;a good friend wouldnt;a decent person would;any decent person;a normal person would;a real man would;guess im not important;guess i dont matter;guess i dont count;not important enough;nice to know where i stand;+good to know where i stand;now i know where i stand;glad to know i matter;glad i matter so much;after everything ive done for @you;after all ive done for @you;after everything i did for @you;the least @you could do;least @you could do;too busy for me;always too busy for;i wasnt worth',
  ],
  // Put-downs of someone's work.
  [
    'contempt',
    1.2,
    'even remotely what;not even remotely;not what i asked for;nothing like what i asked;who signed off on;who approved this;who thought this was;who thought that was;who came up with this;who wrote this garbage;who wrote this crap;isnt even close;not even close to;nowhere near good enough;nowhere near acceptable;isnt good enough;is a joke;was a joke;a total shambles;amateur hour;amateurish;sloppy work;sloppy job;half assed;halfassed;lazy work;shoddy work;shoddy;should be embarrassed;should be ashamed;ought to be ashamed;redo the whole thing;do it again properly;did anyone check;did anyone test;did anyone read;did anyone proofread;did you even check;did you even test;did you even proofread;not fit for purpose;below standard;below par;subpar;i expected better;i expected much better;expected more from @you;expected better from @you;expected better of @you;a waste of my time;waste of my time;a child could have written;what is this garbage;what is this crap;what is this nonsense;what even is this',
    false,
    true,
  ],
  // Work or effort measured against a child's, and mockery that talks down: "my 10 year old could've written
  // this", "says the man who", "aww is the big man upset", "Mr Never Wrong".
  [
    'contempt',
    1.2,
    'my * year old @couldve;my * year old @could have;a * year old @couldve;a * year old @could have;a @novice @couldve @did;a @novice @could have @did;my @novice @couldve @did;my @novice @could have @did;an intern @couldve;an intern @could have;my * year old could do better;a * year old could do better;my * year old could do a better;a @novice could do better;my @novice could do better;a @novice could do a better;like a @novice @did it;like the @novice @did it;like my @novice @did it;like a * year old @did it;how @you got hired;how did @you get hired;how did @you ever get hired;how @you got promoted;how did @you get promoted;how did this get past;how this got past;how did this get through;did anyone actually test;did anyone even test;did anyone actually check;did anyone even check;did anyone actually read;did anyone even read;did anyone actually proofread;expect from a school project;expect from an intern;expect from a student;expect from a child;expect from an amateur;expect from a beginner;is an embarrassment;are an embarrassment;@youre an embarrassment;says the @person @who;said the @person @who;big words from;big talk from;is the big man;did the big bad;is the baby upset;such a big boy;need a tissue;hold @your hand$;mr never wrong;mr perfect;miss perfect;mr know it all;miss know it all;mr always right;^let me guess;+@aww did someone;ooh big man;wah wah;call the news;alert the press;alert the media;wouldnt trust @you to;the fact that @you think @youre;the fact that @you actually think;embarrassed to be seen with @you;embarrassed to have my name;embarrassed to know @you;graced us with @your presence;really felt the love;nothing says professional like',
  ],
  // Thanks and gladness for the least the reader could do: "thanks for finally replying", "so glad you could fit me
  // in between your gaming sessions", "loved finding out from your mum", "do you want a medal?".
  [
    'contempt',
    1.2,
    'are @you happy now;+thank @you for finally;+thanks for actually;+thanks for bothering;+thank @you for bothering;+thanks for remembering to;+thank @you for remembering to;+thanks for deciding to;so glad @you could finally;so glad @you could fit;so glad @you could pencil;so glad @you could grace;so nice of @you to finally;so kind of @you to finally;fit me in between;@loved finding out @via;@loved hearing about it @via;should i frame it;do @you want a @prize',
  ],
  // Guilt and martyrdom said sideways: "I'm used to it by now", "some of us actually work", "not that anyone asked".
  [
    'criticism',
    1.2,
    'used to it by now;stopped expecting anything;some of us actually;some of us have jobs;some of us work;some of us bothered;some of us managed;some of us still;some of us read;some of us have to;some of us had to;not that anyone asked;not that anyone cares;not that anyone cared;not like i had anything;its not like i had;wouldve been nice to be invited;would have been nice to be invited;wouldve been nice to be asked;wouldve been nice to be told;wouldve been nice to get invited;hope shes worth it;hope hes worth it;hope she was worth it;hope he was worth it;its only my birthday;its only my graduation;+dont worry about me',
  ],
  [
    'defensiveness',
    1.2,
    'maybe if youd;maybe if @you didnt;maybe if @you werent;maybe if @you stopped;maybe if @you had;if @youd listened;if @youd just;if @you had listened;if @you had just;dont act like this is;dont make this about me;why are @you blaming me;i was only trying to help;i was just trying to help;oh so its my fault;this is on me;its on me now;its not my fault;not my fault;@youre the one who;@youre the one that;im the bad guy;how is that my fault;how is this my fault;how is it my fault;stop blaming me;dont blame me;^what about you;^well what about you;^at least i;@you started it;thats not what i said;i never said that;@youre one to talk;my fault now;so its my fault;always my fault;apparently thats a crime;turn this around on me;dont turn this around;not my problem;not my responsibility;dont come at me;read @your mind;like @youve never;excuse me for;sorry im not perfect;not like @youre perfect;@youre blaming me;here we go again;im not the one who;how was i supposed to know;@you never told me;as i already explained;i did exactly what @you asked;i didnt do anything wrong;putting words in my mouth;now its my fault;so now im the bad guy',
  ],
  [
    'stonewalling',
    1.1,
    'i dont want to hear it;ive said all im going to say;ive said all i have to say;^irrelevant$;@your input isnt needed;@your input is not needed;@your opinion isnt needed;heard it all before;ive heard enough;sorry @you feel that way;sorry @you feel like that;not my concern;isnt my concern;^drop it$;we\'re done here;conversation over;dont bother replying;dont bother texting;dont reply;^not now$;^whatever$;^whatever @you say;whatever @you say;do whatever @you want;^fine$;^k$;^im done$;^im so done;im done talking;im done with @you;im done with this;^forget it$;forget i said anything;i dont care anymore;i really dont care;^i dont care$;leave me alone;im not doing this;dont talk to me;this conversation is over;end of discussion;stop texting me;nothing to say to @you;^dont bother$;im not talking to @you;dont want to talk about it;^just leave it;^noted$;talk to the hand;not interested in @your;^go away;done talking;i wont be raising;dont text me;dont call me;do what @you want;i dont even care;not even going to respond;not even gonna respond;not going to respond to that$;not gonna respond to that$;not going to dignify;not gonna dignify;wont dignify;not dignifying;^not answering that;^not responding to that;i\'ll reply when i feel like it;i\'ll answer when i feel like it',
  ],
  [
    'hostility',
    1.4,
    '@youll be sorry;make @your life hell;make @your life miserable;make @your life difficult;make @your life very difficult;make @your life a living hell;i will end @you;ill end @you;see @you in court;giving @you till;giving @you until;better watch @yourself;^try me$;dont test me;@youll pay for;im warning @you;shut up;whats @your problem;what is @your problem;i hate @you;hate @you;@youll regret;get lost;i swear if;or else$;i cant stand @you;drop dead;go to hell;sick of @your;sick and tired;how dare;dont tell me what to do;@you make me sick;wish i never met @you;@you ruin everything;@youre the worst;i want answers;escalating to @your manager;@you lied;@youre a liar;dont you dare;how dare @you;dont ever talk to me;are @you kidding me;im so angry;i\'ll kill @you;@youre useless;@youre a horrible;@youre a terrible;@youre so selfish;@youre so lazy;+@youre such a;how hard is it;how hard can it be;what the hell is wrong with;@you make me sick;sick of @you;tired of @your;fed up with @you;fed up with @your',
  ],
  [
    'profanity',
    1.6,
    'f off;eff off;f you;fuck @you;screw @you;piss off;fuck off;go fuck @yourself;fuck yourself;shut the fuck up;kiss my ass;eat shit;+damn @you;wtf is @your problem;who the fuck;what the fuck is wrong;what the hell is wrong;@you fucking;get @your shit together;full of shit;dont give a fuck;piece of shit;sack of shit;@you piece of;go to hell',
  ],
];

const CLASSES: Record<string, string[]> = {
  // What sarcastic praise thanks the reader for ("nice job ruining dinner", "thanks for ignoring me").
  '@spoiling': ['ruining', 'wrecking', 'breaking', 'ignoring', 'forgetting', 'wasting', 'embarrassing', 'humiliating', 'ditching', 'ghosting', 'abandoning', 'screwing', 'messing', 'blowing', 'ruin', 'wreck', 'waste'],
  // What the writer is sick of in the reader ("sick of your excuses", "spare me the drama").
  '@fault': ['excuses', 'attitude', 'lies', 'lying', 'nonsense', 'drama', 'bs', 'crap', 'bullshit', 'behaviour', 'behavior', 'tantrums', 'whining', 'complaining', 'games', 'mood', 'moods', 'tone', 'sarcasm', 'negativity', 'ego', 'shit'],
  // Whom a put-down measures the reader's work against ("a toddler could have done this").
  '@novice': ['toddler', 'kid', 'child', 'monkey', 'chimp', 'dog', 'baby', 'preschooler', 'intern', 'nephew', 'niece', 'trainee', 'schoolkid', 'teenager', 'highschooler'],
  // What they are said to have done it like ("looks like a kid drew it").
  '@did': ['did', 'made', 'drew', 'wrote', 'designed', 'painted', 'built', 'done', 'coded'],
  // Whom mockery names instead of the reader ("says the man who", "said the girl whose").
  '@person': ['man', 'woman', 'guy', 'girl', 'person', 'one', 'lad', 'bloke', 'dude', 'boy', 'lady', 'guy'],
  '@who': ['who', 'whose', 'that'],
  '@loved': ['love', 'loved', 'loving'],
  '@aww': ['aw', 'aww', 'awww', 'awwww'],
  // The verbs of blame idioms in every tense: "stabbed me in the back", "pulling the rug", "left me high and dry".
  '@stabbed': ['stab', 'stabbed', 'stabbing', 'stabs'],
  '@pulled': ['pull', 'pulled', 'pulling', 'pulls'],
  '@sold': ['sell', 'sold', 'selling', 'sells'],
  '@hung': ['hang', 'hung', 'hanging', 'hangs'],
  '@left': ['leave', 'left', 'leaving', 'leaves'],
  '@threw': ['throw', 'threw', 'throwing', 'thrown', 'throws'],
  '@passed': ['pass', 'passed', 'passing', 'passes'],
  '@fed': ['feed', 'fed', 'feeding', 'feeds', 'throw', 'threw', 'throwing', 'thrown'],
  // How the writer found out what they should have been told ("loved finding out from your mum").
  '@via': ['from', 'in', 'on', 'through', 'at', 'via'],
  '@prize': ['medal', 'cookie', 'trophy', 'parade', 'prize', 'sticker', 'biscuit', 'round'],
  // "could have done this": what was done, not what could be ("a child could use this app, it's that simple").
  '@couldve': ['couldve', 'wouldve'],
  '@could': ['could', 'would'],
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
  /** Laughter beside it is the taunt's: it softens nothing. */
  mocks: boolean;
  /** A put-down of what someone made: said of an everyday thing and of no one ("the traffic is a joke"), it vents. */
  ofWork: boolean;
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
  for (const [kind, weight, list, mocks = false, ofWork = false] of PATTERNS) {
    for (let phrase of list.split(';')) {
      const unlessWarm = phrase.startsWith('+');
      if (unlessWarm) phrase = phrase.slice(1);
      const atStart = phrase.startsWith('^');
      if (atStart) phrase = phrase.slice(1);
      const atEnd = phrase.endsWith('$');
      if (atEnd) phrase = phrase.slice(0, -1);
      insert(root, phrase.split(' '), { kind, weight, atStart, atEnd, unlessWarm, mocks, ofWork });
    }
  }
  return root;
}

export const PATTERN_TRIE: PatternNode = compile();
