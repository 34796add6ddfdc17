import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis/analyze';
import { unmask } from '../../src/analysis/lexicon';
import { tokenize } from '../../src/analysis/tokens';

// Drafts written for these tests, one family of heated drafts each, and calm drafts that share their words.

const HEATED: [string, string[]][] = [
  [
    'censored and disguised swearing',
    [
      'what the f*ck is this',
      'f.u. seriously',
      'this is such sh!t, you know it',
      'you absolute a**hole',
      'stfu already',
      'wtf were you thinking',
      'go f*** yourself',
      'you\'re a b*tch and everyone knows it',
      'stop being such a d!ck',
      'what the fck did you do',
      'this is bullsh*t and you know it',
      'you lying piece of sh1t',
    ],
  ],
  [
    'blame idioms and fed-up phrases',
    [
      'I hate that you lied to me about the money',
      'honestly i am so done with you',
      'you left me hanging again',
      'thanks for dropping me in it with the boss',
      'I\'ve reached my limit with you',
      'that\'s it, I\'m done',
      'you let me down again, as always',
      'you threw me under the bus in that meeting',
      'I\'m sick of covering for you',
      'you bailed on me again',
      'I can\'t keep doing this with you',
      'you\'ve ruined the whole weekend',
    ],
  ],
  [
    'contemptuous imperatives',
    [
      'get a grip',
      'wake up',
      'do better',
      'act your age',
      'grow up',
      'get over it already',
      'use your brain for once',
      'learn to read',
      'try harder next time, honestly',
      'stop acting like a child',
    ],
  ],
  [
    'superlative and comparative character attacks',
    [
      'you\'re the laziest person alive',
      'my ex was better at this than you',
      'you are the most selfish person I know',
      'a toddler could do a better job than you',
      'worst boyfriend ever',
      'you\'re even worse than your brother',
      'honestly the least reliable person on this team',
      'my dog listens better than you do',
    ],
  ],
  [
    'rhetorical and loaded questions',
    [
      'are you even listening?',
      'who taught you to write emails?',
      'do you ever think before you talk?',
      'did you even read what I wrote?',
      'what is your problem today?',
      'can you do anything right?',
      'are you really this dense?',
      'have you lost your mind?',
    ],
  ],
  [
    'conditional guilt',
    [
      'if you cared you\'d have called',
      'you only remember me when it suits you',
      'if you really loved me you wouldn\'t do this',
      'must be nice to only think about yourself',
      'you only text when you need something',
      'a real friend would have shown up',
      'if I mattered to you at all you\'d be here',
      'guess I\'m not important enough for a reply',
    ],
  ],
  [
    'put-downs of work',
    [
      'who signed off on this mess?',
      'this isn\'t even close to acceptable',
      'this is sloppy work, redo it',
      'did anyone even test this before shipping?',
      'this report is a joke',
      'I expected much better than this garbage',
      'whoever wrote this code should be embarrassed',
      'this is amateur hour',
    ],
  ],
  [
    'defensiveness, dismissal, stonewalling and threats in new words',
    [
      'well maybe if you\'d told me earlier',
      'oh so it\'s my fault now?',
      'why are you blaming me for this',
      'you\'re overreacting, as usual',
      'you\'re being so dramatic',
      'sure you did',
      'I don\'t want to hear it',
      'we\'re done here.',
      'you\'ll be sorry',
      'don\'t test me',
    ],
  ],
  [
    'cold dismissals: the problem handed back, the point heard before it is made',
    [
      'sounds like a personal problem, not mine',
      "I've heard it all before, save the speech",
      "news flash, you're not the main character",
      "I've said all I'm going to say, goodbye",
      "and you're telling me this why?",
      'I can barely stand you at the moment',
    ],
  ],
  [
    'threats with a deadline or a consequence',
    ['one more comment like that and see you in court', "I'm giving you till friday to pay me back", 'keep ignoring the letters and I will make your life hell'],
  ],
  [
    'passive aggression in polite words',
    [
      'As previously mentioned, the deadline was Friday.',
      'Friendly reminder that this was due yesterday.',
      'Thanks in advance for actually reading it this time',
      'I\'ll wait.',
      'Bold of you to assume I have time for this',
      'With all due respect, that\'s not your call',
      'No offense but your plan makes no sense',
      'I\'m not mad, just disappointed',
      'I shouldn\'t have to remind you every week',
    ],
  ],
  [
    'the reader called by a fault',
    [
      'you\'re being unfair',
      'you\'re such a disappointment',
      'you\'re so fake',
      'you\'re hopeless',
      'you\'re boring',
    ],
  ],
  [
    'sarcastic praise and idioms of reproach',
    [
      'nice job ruining dinner, again',
      'thanks for ignoring me all evening',
      'I\'m so over your excuses',
      'spare me the drama',
      'you are so full of yourself',
      'you\'ve got some nerve',
      'I swear you do this on purpose',
      'this is why nobody wants to work with you',
    ],
  ],
  [
    'threats and ultimatums',
    [
      'if you touch my bike again I\'m done with this flat',
      'if you skip the wedding we\'re finished, I mean it',
      'one more lie and you\'re not staying here',
      'return the jacket by Sunday or I\'m reporting it',
      'either the dog goes or I go',
      'if you leave now don\'t bother calling me',
    ],
  ],
  [
    'sarcasm and mockery',
    [
      'you forgot my mum\'s birthday again. great.',
      'yeah sure you will',
      'it\'s precious how you think anyone reads your blog',
      'haha imagine needing three tries to park',
      'lol you really thought that would work',
      'haha sure you did 😂',
      'if you actually respected my time you\'d have cancelled earlier',
      'we missed the train because of you',
    ],
  ],
  [
    'comparisons the reader loses',
    [
      'even my nephew could fix that tap',
      'why won\'t you be more like Dana for once',
    ],
  ],
  [
    'attacks in grammar that lists miss',
    [
      'that was the laziest excuse anyone has ever given',
      'your answer is dishonest',
      'well grow up then',
      'ok calm down, nobody asked for a lecture',
      'don\'t fucking text me again',
    ],
  ],
  [
    'heat outside the words quoted',
    [
      'you said "I\'ll be there by six" and never showed up, you liar',
      '"trust me" he says. you are pathetic',
    ],
  ],
  [
    'put-downs measured against a child, and mockery that talks down',
    [
      'my 7 year old could have planned this trip better',
      "honestly a toddler could've made a tidier spreadsheet",
      'the fence looks like a kid painted it',
      'not sure how you got hired if this is your best',
      'did anyone even proofread the menu before it went out?',
      "this is what I'd expect from an intern, not a team lead",
      'big talk from someone who still borrows money from his mum',
      'says the guy who forgot his own anniversary',
      'aww is the big man upset his team lost? need a tissue?',
      'ok Mr Never Wrong, whatever you say',
      'aww did someone lose the pub quiz again',
      "you emptied the dishwasher, alert the media",
      "I wouldn't trust you to water a cactus",
      'the fact that you actually think this counts as cleaning is hilarious',
      "I'd be embarrassed to be seen with you in that state",
      "easily the laziest excuse I've heard this year",
      'that was the sloppiest report anyone has handed in',
      'let me guess, your phone died again',
    ],
  ],
  [
    'ultimatums that name what the writer will do',
    [
      "one more lie and I'm telling your mum",
      "move the van off my drive by six or I'm calling the council",
      "one more email like that and we're escalating to your manager",
      'YOU LEFT THE BACK DOOR OPEN AGAIN, ARE YOU HAPPY NOW',
    ],
  ],
  [
    'blame idioms in any tense',
    [
      'you stabbed me in the back with the hiring panel',
      'pulling the rug out from under us a week before the wedding, classy',
      'you left us high and dry at the venue',
      'way to throw me under the bus in standup',
      "that's the last straw, I'm moving out",
    ],
  ],
  [
    'thanks for the least the reader could do',
    [
      'thanks for finally answering, only took you three days',
      'so glad you could fit me in between your football and your mates',
      'loved finding out from your sister that you quit',
      'you washed one mug, do you want a medal?',
      'you replied within a week, should I frame it?',
    ],
  ],
  [
    'guilt and martyrdom said sideways',
    [
      "it's fine, I'm used to it by now",
      "I've stopped expecting anything from you on birthdays",
      'some of us actually read the group chat',
      "not that anyone asked me, but I'd have liked a say",
      "would've been nice to be invited, but whatever",
      'hope she was worth it',
      "it's only my birthday, no big deal",
    ],
  ],
  [
    'their memory denied, loaded questions, orders that belittle',
    [
      "you're remembering it wrong, I never said Tuesday",
      'you dreamt that, I was home all evening',
      'would it kill you to text back once?',
      'can you go one day without moaning?',
      'what part of "not tonight" was unclear',
      'stop playing the victim, it\'s getting old',
    ],
  ],
  [
    'sarcasm and pointed politeness, and leaving the conversation',
    [
      'so glad I waited forty minutes in the rain for you',
      'wow, blaming the traffic again, that\'s original',
      'good to know where I rank in your week',
      "I'm not your secretary, book your own dentist",
      'talk to the wall, it listens better than you',
      "I'm muting this chat until you lot grow up",
    ],
  ],
  [
    'put-downs of work: the writer could have done it better, a beginner would have',
    [
      'I could have done this in an hour and it would have been tidier',
      'an intern could have written this report',
      'the copy reads like a teenager wrote it on the bus',
      'is this your first time using a spreadsheet?',
      "honestly I don't know how you passed your probation",
      'maths clearly is not your strong suit',
    ],
  ],
  [
    'refusing to answer, dismissal, and a slight smile closing a complaint',
    [
      "honestly I'm not even going to respond to that",
      'not answering that, sorry',
      "I'll answer when I feel like it",
      'and I should care because?',
      'why should I care what your mates think',
      'save it.',
      "hope you're proud of yourself, she cried all night",
      "no worries, I'll just do your share again 🙂",
      'per my last three messages, the deposit is still missing 🙂',
      'nice of you to finally reply 🙂',
      'you left the door unlocked again 🙂',
      'glad you had fun while I did the dishes 🙂',
    ],
  ],
  [
    'mockery that holds up the reader\'s words or talks down, laughing or not',
    [
      'oh wow, your "five minute job" took all weekend',
      'sure, go ahead and "fix" the boiler yourself 😂',
      'ur "quick chat" with him lasted till 2am lol',
      'lol imagine thinking that counts as an apology',
      'cheers for the lecture, professor. do I get a certificate?',
      'did the two brain cells finally agree on something 💀',
      'aww is the little baby tired? want me to call your mummy?',
    ],
  ],
  [
    "the reader's own claim quoted back with a laugh or a shrug",
    [
      '"I\'ll call you right back" lol sure, that was Tuesday',
      'ohhh "I\'m just tired", right, every single night 🙄',
      '"we\'re nearly done" hahaha it\'s been three weeks',
      'did you really just type "I\'m the victim here" lol',
    ],
  ],
  [
    'mockery that asks to imagine being the reader, its laughter part of the jab',
    [
      'imagine being 29 and still not knowing how to iron a shirt 😂',
      'imagine being this proud of a spreadsheet lmao',
      'imagine needing a whole week to reply to one text',
      'imagine crying over a board game at your age haha',
    ],
  ],
  [
    'a closing sentence that makes the rest a tally of failings',
    [
      'Thanks for picking the kids up. Eventually.',
      'Dinner was lovely, shame I cooked it. Again.',
      'cheers for remembering my birthday. oh wait',
      'Great meeting, everyone talked over me. As usual.',
    ],
  ],
  [
    'a judgement denied only to give a worse one',
    ["you're not a bad person, you're a terrible one", "you're not a bad cook, you're a hopeless one"],
  ],
  [
    "the reader's work put below a child's or a beginner's",
    [
      'my niece could design a better logo and she is nine',
      'Honestly a first-week intern could have run this meeting better.',
      'my cat could write this report in an afternoon',
    ],
  ],
];

/** Calm drafts that share words or shapes with the families: banter, cheer, owned feelings, venting at things, logistics. */
const CALM: string[] = [
  'nice job on the presentation!',
  'thanks for helping with the move',
  'I\'m so over this heatwave lol',
  'you\'ve got mail haha',
  'the drama club meets at 6',
  'you\'re sorry? ok, thanks',
  'you\'re missing out!',
  'you\'re not stupid, you just need sleep',
  'you\'re killing me 😂',
  'you\'re sick? get some rest',
  'you\'re so tired lately, are you ok?',
  'you\'re wrong about the time, it\'s 6',
  'you\'re hopeless haha',
  'you\'re crazy, I love it',
  'you\'re going to love this',
  'you\'re late, no worries',
  'friendly reminder: dinner at 7 tonight!',
  'I\'ll wait for you at the station',
  'as previously agreed, I\'ve sent the invoice',
  'no offense taken, haha',
  'bye! see you Monday',
  'maybe if you have time we could grab lunch?',
  'not now, I\'m driving, call you in 10',
  'drop it in the shared folder',
  'watch yourself on the ice, it\'s slippery',
  'you\'ll be sorry you missed this cake 😂',
  'sure, you did great',
  'you absolute legend, get in!',
  'wake up sleepyhead, breakfast is ready',
  'grow up? never 😜',
  'haha you\'re the worst, see you tonight',
  'holy sh*t congrats on the job!!',
  'f*ck yeah, we won',
  'that was the best pizza ever',
  'I\'ve reached my limit for today, going to bed',
  'I\'m done with work, heading home',
  'I feel left out sometimes and I\'d like to talk',
  'honestly I\'m the laziest person alive on Sundays lol',
  'the traffic today was the worst ever',
  'ugh the wifi is down again',
  'is it even open on sundays?',
  'did you read the email from Sam?',
  'who signed the lease, you or Jo?',
  'get a coffee on your way?',
  'do better seats cost more?',
  'can you do the school run?',
  'if you can, call me after 6',
  'you left your keys here again, I\'ll drop them round',
  'this is the best draft so far, nice work',
  'could you double-check the numbers before Friday?',
  'the report is close to done',
  'who is presenting tomorrow?',
  'I miss you, it\'s been a hard week',
  'f.u.n. fact: ich bin müde heute',
  'ella es la más rápida del equipo',
  'sorry about this mess, the movers left boxes everywhere',
  'I\'m not good enough for this job, I think',
  'call me when it\'s convenient for you',
  'come by whenever it suits you',
  'let me know when you need something',
  'I\'m covering for you tomorrow, no worries',
  'don\'t be so hard on yourself',
  'don\'t be a stranger!',
  'I\'m the worst friend, sorry I forgot your birthday',
  'i\'m the worst at texting back haha',
  'a child could use this app, it\'s that simple',
  'yes, that\'s it!',
  'I\'ve had enough to eat, thanks',
  'can you not make it at 5?',
  'why are you so good at this',
  'nobody knows you better than you do',
  'if you need the car I\'ll be done by noon',
  'if you want, I\'m walking to the shop later',
  'grab milk or I\'ll pick some up on the way',
  'either Tuesday or Thursday works for me',
  'book the table soon or you\'ll lose the slot',
  'you finished the whole marathon. great!',
  'we got the flat. nice.',
  'sure, you can borrow it',
  'haha imagine how lovely that beach will be',
  'not even my sister could make it, sadly',
  'if you\'re tired you\'re not obliged to come',
  'my boss emailed "THIS IS UNACCEPTABLE" to the wrong team',
  'apparently he replied "you are all idiots" by mistake',
  'I\'m so furious right now, going for a run before I reply',
  'ok I\'m honestly livid about the delay, give me an hour',
  'you absolute menace, you stole my fries again 🥹',
  'if you really want to come you\'d be welcome',
  'we won because of you ❤️',
  'thanks to you we made it',
  'the mug my sister got me says "world\'s worst cook" and honestly fair',
  'I hate that I hurt you. I\'m sorry',
  'i hate myself for snapping at you earlier',
  'almost done with the slides, send me yours when you can',
  'did you get the email from the school about friday?',
  "a child could use this app, it's that simple",
  'my 6 year old could read before she could walk, so proud',
  "some of us are heading to the pub after work if you're keen",
  "don't worry about me, love you, good luck tomorrow ❤️",
  'says the forecast it will rain all weekend',
  'let me know when you land',
  'thank you for actually listening to me tonight, it meant a lot ❤️',
  'I love finding out new things about this city',
  'so glad you could make it to the party!',
  'I dropped the ball on the invoices this week, sorry, fixing it now',
  'the rug in the hall needs a clean before Saturday',
  "one more episode and I'm going to bed",
  "leave now or we're going to miss the train",
  'aww did someone have a birthday? happy birthday lovely 🎂❤️',
  "I'm embarrassed to be asking again, but could you resend the link?",
  'the laziest Sunday ever, loved every minute',
  'worst traffic ever on the ring road this morning',
  'CONGRATS ON THE NEW FLAT YOU TWO!!!',
  'WE WON THE PUB QUIZ!!! best night ever',
  'DID YOU SEE THAT GOAL?! unreal 😍',
  'Mum your "famous" trifle was gone in ten minutes, love you',
  'is it your "famous" lasagne tonight? ❤️',
  'she texted "running late, start without me" so we did',
  'imagine thinking about spreadsheets all weekend, so ready for a holiday',
  'I only have two brain cells left after that exam 😂',
  'cheers for the chat, it helped a lot',
  'my kid could have come too if we had known',
  'your essay reads like a dream, I loved it',
  'is this your first time here? welcome!',
  'the intern could have the desk by the window',
  'so glad I waited for the sale, saved forty quid',
  'good to know where I stand on the waiting list, thanks for checking',
  "you'll never guess who I ran into at the market",
  "if you're confused by the form, ring me and we'll do it together",
  'what part of town are you staying in?',
  'when did you last see the vet? Biscuit is due her jab',
  'my boss said "I\'ll sort it tomorrow" lol so nothing\'s happening today',
  '"I\'ll be there at 6" - me, still in the shower 😂',
  'in my nan\'s voice: "I\'m not one to gossip, but" 😂',
  'she texted me "we\'re here" lol, coming down now',
  'you said "I\'ll try" and honestly that\'s all I needed, thank you 😊',
  'nobody is angry with you, I promise. take all the time you need',
  'nobody blames you for the flood, the pipe was ancient',
  'my sister typed "I\'m on my way" lol, still waiting for her',
  'grandad went "I\'ll just have a look" and fixed the whole boiler haha',
  'the kids go "we\'re nearly there" every five minutes lol',
  'the traffic on the ring road is a joke, running 10 late, sorry',
  'did anyone check the weather for the barbecue?',
  "hope you're proud of yourself, you earned that medal ❤️",
  "I'm not going to respond to that email until Monday",
  "I'll reply when I'm home, driving now",
  'why should I care about the deadline if it moved? just checking',
  'see you at 7 🙂',
  'thanks for the lift today 🙂',
  'imagine being this good at darts and still losing to me lol, love you mate',
  'imagine losing to me at bowling again 😂 rematch friday? ❤️',
  'imagine waking up to that view every morning',
  'imagine how happy your nan will be when she sees the photos',
  'good game lads, rematch tomorrow? again?',
  'that was the best ride ever. again!',
  'the printer jammed again 🙃',
  'bet you a coffee the client asks for "more pop" again',
  'you are not a bad dad, you are a tired one. go to bed',
  "you're not a terrible friend for needing a night in",
  'my nan could manage your team lol, see you at five-a-side',
  'my daughter could do with a new coat before winter',
  'my nephew could build a better treehouse than me, he is so proud ❤️',
  "she's the main character in the film",
  "I'm sorry you feel poorly, want soup?",
  'the plumber can come friday, giving you until then to clear the cupboard',
  'irrelevant to the budget, but the cake was great',
];

describe('analyze: families of heated drafts that word lists miss', () => {
  for (const [family, drafts] of HEATED) {
    describe(family, () => {
      for (const draft of drafts) {
        it(`flags "${draft}" and names the words that drove it`, () => {
          const analysis = analyze(draft);
          expect(analysis.heated).toBe(true);
          const named = analysis.reasons.flatMap((reason) => reason.spans.map((span) => draft.slice(span.start, span.end)));
          expect(named.length).toBeGreaterThan(0);
          for (const reason of analysis.reasons) expect(named).toContain(reason.message.subs?.[0]);
        });
      }
    });
  }
});

describe('analyze: calm drafts that share their words', () => {
  for (const draft of CALM) {
    it(`leaves "${draft}" unflagged`, () => expect(analyze(draft).heated).toBe(false));
  }
});

describe('tokenize: disguised swearing reads as the word it hides', () => {
  const words = (text: string): string[] => tokenize(text).filter((token) => token.type === 'word').map((token) => token.norm);

  it('reads stars, symbols and digits standing for letters', () => {
    expect(words('what the f*ck, sh!t, a**hole, b1tch, f***ing, bullsh*t')).toEqual(['what', 'the', 'fuck', 'shit', 'asshole', 'bitch', 'fucking', 'bullshit']);
  });

  it('reads letters spelt with dots and keeps a trailing "!!" as punctuation', () => {
    expect(tokenize('f.u. and s.t.f.u!!').map((token) => token.norm)).toEqual(['fu', 'and', 'stfu', '!!']);
  });

  it('keeps the writer\'s own characters in the span', () => {
    const [token] = tokenize('a**hole');
    expect(token && 'a**hole'.slice(token.start, token.end)).toBe('a**hole');
  });

  it('skips words someone else said in double quotes, but not a single word in scare quotes', () => {
    expect(words('she texted "WHERE ARE YOU" lol')).toEqual(['she', 'texted', 'lol']);
    expect(words('your \u201cfriend\u201d again')).toEqual(['your', 'friend', 'again']);
  });

  it('leaves prices, mentions, times and abbreviations alone', () => {
    expect(words('$100 @sam 10am e.g. i.e. 4x4')).toEqual(['100', 'sam', '10am', 'e', 'g', 'i', 'e', '4x4']);
    expect(unmask('10am')).toBeUndefined();
    expect(unmask('f***')).toBe('fuck');
  });
});
