import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis/analyze';
import { SENSITIVITIES, type Analysis, type ReasonKind } from '../../src/analysis/types';

function spanTexts(text: string, result: Analysis, kind: ReasonKind): string[] {
  const reason = result.reasons.find((r) => r.kind === kind);
  return (reason?.spans ?? []).map((span) => text.slice(span.start, span.end));
}

describe('analyze: each reason kind with its spans', () => {
  const cases: [ReasonKind, string, string][] = [
    ['criticism', 'You never remember anything I tell you', 'You never'],
    ['contempt', 'Oh, brilliant move, genius', 'Oh, brilliant'],
    ['defensiveness', "It's not my fault you didn't check the time", "It's not my fault"],
    ['stonewalling', 'Fine. Whatever you say.', 'Whatever you say'],
    ['hostility', 'Shut up and listen for once', 'Shut up'],
    ['profanity', 'fuck off and leave me alone', 'fuck off'],
    ['shouting', 'ANSWER YOUR PHONE', 'ANSWER'],
  ];
  for (const [kind, text, phrase] of cases) {
    it(`flags "${text}" as heated with a ${kind} reason pointing at "${phrase}"`, () => {
      const result = analyze(text);
      expect(result.heated).toBe(true);
      expect(result.level).toBe('heated');
      expect(spanTexts(text, result, kind)).toContain(phrase);
      const message = result.reasons.find((r) => r.kind === kind)?.message;
      expect(message?.key).toBe(`reason_${kind}`);
      expect(spanTexts(text, result, kind)).toContain(message?.subs?.[0]);
    });
  }

  it('hands the UI a catalogue key and the phrase to quote, not an English sentence', () => {
    expect(analyze('you never ask how my day was').reasons[0]?.message).toEqual({ key: 'reason_criticism', subs: ['you never'] });
  });

  it('gives spans as UTF-16 offsets into the original text, after emoji and accents', () => {
    const text = '😤😤 café, you always forget';
    const [span] = analyze(text).reasons.find((r) => r.kind === 'criticism')?.spans ?? [];
    expect(span && text.slice(span.start, span.end)).toBe('you always');
  });
});

describe('analyze: heated drafts without any AFINN word', () => {
  for (const text of ['You never remember anything I tell you', 'Fine. Whatever you say.', 'Oh, so this is on me now?']) {
    it(`flags "${text}"`, () => expect(analyze(text).heated).toBe(true));
  }
});

describe('analyze: calm drafts that trip word lists', () => {
  const calm = [
    'That was fucking brilliant',
    "I'm crying 😂 this is gold",
    'you always make me laugh',
    'no worries, never mind',
    'Ich habe keine Zeit, die Kinder warten',
    'holy crap, congrats!!',
    'I felt hurt when you didn\'t call',
    'it\'s not your fault, these things happen',
    "you're such an idiot lol 😂",
    '> you never listen\nI know, sorry, let us talk tonight',
    'wanna do kung fu with me on saturday',
  ];
  for (const text of calm) {
    it(`does not flag "${text.replace(/\n/g, ' / ')}"`, () => {
      expect(analyze(text).heated).toBe(false);
      expect(analyze(text, { sensitivity: 'strict' }).level).not.toBe('heated');
    });
  }
});

describe('analyze: emoticons', () => {
  it('reads a wink like a smile: "fine ;)" is as calm as "fine :)"', () => {
    expect(analyze('fine ;)')).toMatchObject({ level: 'calm', heated: false });
    expect(analyze('fine :)')).toMatchObject({ level: 'calm', heated: false });
    expect(analyze('ok fine ;-)').heated).toBe(false);
  });

  it('still ends a sentence at a semicolon that opens no face', () => {
    expect(analyze('fine; whatever you say').heated).toBe(true);
  });
});

describe('analyze: phrases that open like "you always" but are kind', () => {
  for (const text of ['you always know what to say', "you never know, it might be fine", 'you never have to apologize for that', 'proud of you, always']) {
    it(`does not flag "${text}"`, () => expect(analyze(text).heated).toBe(false));
  }
  for (const text of ['you never have time for me', 'you always make me wait', 'thanks for nothing.']) {
    it(`still flags "${text}"`, () => expect(analyze(text).heated).toBe(true));
  }
});

describe('analyze: sarcasm and passive aggression', () => {
  for (const text of ['wow, nice of you to finally show up', 'Not sure why this is so hard to understand.', "I guess I'll just do everything myself then", "You're unbelievable."]) {
    it(`flags "${text}" as contempt`, () => {
      const analysis = analyze(text);
      expect(analysis.heated).toBe(true);
      expect(analysis.reasons[0]?.kind).toBe('contempt');
    });
  }
  it('reads "you\'re unbelievable, thank you so much!" as praise', () => expect(analyze("you're unbelievable, thank you so much!").heated).toBe(false));
  it('reads praise after the writer\'s own surprise as praise, and after a complaint as sarcasm', () => {
    expect(analyze('I never knew you could sing like that! amazing').heated).toBe(false);
    expect(analyze("I didn't know you'd be late again. great.").heated).toBe(true);
    expect(analyze("you never know what you're doing. brilliant.").heated).toBe(true);
    expect(analyze("you didn't even read my message. very helpful.").heated).toBe(true);
    expect(analyze('we got the flat, thanks to you. brilliant.').heated).toBe(false);
  });
});

describe('analyze: the calm cases named in the issue', () => {
  for (const text of ['That was fucking brilliant', "I'm crying 😂 this is gold", 'you always make me laugh', 'no worries, never mind', 'Ich habe keine Zeit, die Kinder warten']) {
    it(`reads "${text}" as calm with no reasons`, () => {
      expect(analyze(text)).toMatchObject({ level: 'calm', heated: false, reasons: [] });
    });
  }
});

describe('analyze: feelings the writer owns', () => {
  const statements = [
    'When I think about the dishes, I feel frustrated, because I need us to share the load.',
    'Right now I feel frustrated and a bit lonely. I need some time with you this week.',
    "I'm feeling annoyed about how the trip planning went, can we talk tonight?",
    "I felt hurt when you didn't call.",
    "I've been feeling really angry about the money, and I'd like us to sit down together.",
  ];
  for (const text of statements) {
    it(`reads "${text}" as calm at every sensitivity`, () => {
      for (const sensitivity of SENSITIVITIES) expect(analyze(text, { sensitivity }).level).toBe('calm');
    });
  }

  it('still flags an insult that follows "I feel like you"', () => {
    expect(analyze("I feel like you're a selfish idiot").heated).toBe(true);
  });

  it('still flags swearing inside an "I feel" frame', () => {
    expect(analyze('I feel fucking furious with you').heated).toBe(true);
  });
});

describe('analyze: comfort that sides with the reader', () => {
  // Comfort is made of the words it comforts against: what it denies of the reader names no one.
  const comfort = [
    'nobody thinks you\'re lazy, you had the flu all week',
    'none of this is your fault, the system is a mess',
    'no one thinks you\'re pathetic for crying at the vet',
    'screw that landlord, you did everything right',
    "he's a coward for ending it by text. it says nothing about you",
    'you did the right thing walking out of that awful meeting',
    // The reader's judgement of themselves stopped, or denied of what befell them.
    'stop calling yourself stupid, you aced the hardest module on the course',
    "don't call yourself a failure, one rejection letter is not the end",
    "one missed penalty doesn't make you a useless keeper, the whole team was off",
    'no one at work thought you were annoying, they were glad you spoke up',
    // A feeling permitted.
    "it's ok to hate your job right now, it's a horrible place to work",
    "you're allowed to be angry, what he did was disgusting",
    'its ok to be annoyed with your mum, she crossed a line',
  ];
  for (const text of comfort) {
    it(`leaves "${text}" unflagged`, () => {
      const analysis = analyze(text);
      expect(analysis.heated).toBe(false);
      expect(analysis.reasons.flatMap((reason) => reason.message.subs ?? [])).not.toContain('lazy');
    });
  }

  // A denial that attacks is no comfort: "not even", "not the victim", or what the reader is instead.
  const attacks = [
    "you're not even worth blocking at this point",
    "you're not the worst cook I know, but it's close",
    "you're not tired, you're just bone idle",
    "you're not clever, you're a smug little know-it-all",
    "you weren't sorry then and you're not sorry now",
    'you are without question the most selfish flatmate I\'ve ever had',
    // A state stopped is no self-judgement; "any less" and "so" deny nothing kind; permission to insult is none.
    "stop saying you're sorry and just fix it",
    "stop saying you're tired, we're all tired",
    "being rich doesn't make you any less of an idiot",
    "it's ok to be a selfish prick I guess",
    "nobody here thinks you're funny, so stop",
  ];
  for (const text of attacks) {
    it(`still flags "${text}"`, () => expect(analyze(text).heated).toBe(true));
  }
});

describe('analyze: sympathy and worry waved off', () => {
  // What befell the reader said to be hard, their feeling granted, their apology or worry waved off: comfort, though
  // it names what hurt them.
  const comfort = [
    "ugh that must have been awful, I'm so sorry",
    "don't beat yourself up, everyone forgets a birthday sometimes",
    "of course you're upset, she never even said goodbye",
    "don't let people like that ruin your day, you did nothing weird",
    "don't listen to them, your accent is lovely",
    "you don't need to explain, take the day",
    "don't worry about the dent, nobody will mind",
    // The reader's right to a feeling, and what someone else called them.
    'you have every right to be furious, she lied to you',
    'she called you a useless lump?? you carried that whole project',
  ];
  for (const text of comfort) {
    it(`leaves "${text}" unflagged`, () => expect(analyze(text).heated).toBe(false));
  }

  // Sympathy said of being the reader, of their feeling, shouted or after "oh" mocks; a worry waved off before a
  // martyr's "I'll do it myself" still stings.
  const mocking = [
    'it must be exhausting being you',
    'that must be so hard for you, being wrong all the time',
    "oh I'm so sorry, was I supposed to read your mind?",
    "don't worry, I'll do it myself like always",
    "don't apologise, just stop doing it",
    // What the reader is said to feel, as a taunt, or called by the writer.
    'do you feel like an idiot now?',
    'bet you feel like a fool now',
    'you called me useless in front of everyone',
  ];
  for (const text of mocking) {
    it(`still flags "${text}"`, () => expect(analyze(text).heated).toBe(true));
  }
});

describe('analyze: venting about things and raised voices', () => {
  for (const text of ['ugh this printer is the worst', 'the weather is disgusting today', 'this traffic is so annoying']) {
    it(`does not pause "${text}" at balanced`, () => expect(analyze(text).heated).toBe(false));
  }

  // The writer's own loathing of things, plurals of things included, with no person in the draft.
  for (const text of ['I hate spreadsheets so much, three hours on one formula', 'I absolutely hate group projects, nobody reads the brief']) {
    it(`does not pause "${text}" at balanced`, () => expect(analyze(text).heated).toBe(false));
  }

  for (const text of ['I hate him so much, he ruined the whole trip', 'I hate how you always leave the dishes']) {
    it(`still pauses loathing of a person: "${text}"`, () => expect(analyze(text).heated).toBe(true));
  }

  it('keeps strongly hostile venting about people heated', () => {
    expect(analyze('I fucking hate everyone at this company').heated).toBe(true);
  });

  for (const text of ['I SAID NO', 'STOP IT', 'NO. JUST NO.', 'you did WHAT?!']) {
    it(`reads "${text}" as shouting`, () => {
      const result = analyze(text);
      expect(result.heated).toBe(true);
      expect(result.reasons.map((r) => r.kind)).toContain('shouting');
    });
  }

  for (const text of ['OMG CONGRATS!!!', 'HAPPY BIRTHDAY']) {
    it(`reads "${text}" as calm`, () => expect(analyze(text).heated).toBe(false));
  }

  // News told loudly, with no warm word: the chat reading is sure it is calm.
  it('reads capitals the chat reading is sure are news as joy', () => {
    for (const draft of ['LOOK AT THIS CAKE I MADE. LOOK AT IT', 'I FINISHED THE MARATHON!!! 4 HOURS 12', 'LOOK OUTSIDE RIGHT NOW, IT IS SNOWING']) {
      expect(analyze(draft, { rulesOnly: true }).heated, draft).toBe(true);
      expect(analyze(draft).heated, draft).toBe(false);
    }
    for (const shout of ["WHY DIDN'T YOU CALL ME BACK", 'I TOLD YOU THE MEETING WAS AT 3']) expect(analyze(shout).heated, shout).toBe(true);
  });
});

describe('analyze: gentle pauses only the clearly hurtful', () => {
  for (const text of ["you never listen, you're useless", 'fuck you', "if you touch my stuff again I'll kill you", "you're a pathetic excuse for a friend"]) {
    it(`flags "${text}" at gentle`, () => expect(analyze(text, { sensitivity: 'gentle' }).heated).toBe(true));
  }

  for (const text of ['ugh seriously?', 'why did you do that', 'this is annoying']) {
    it(`leaves "${text}" alone at gentle`, () => expect(analyze(text, { sensitivity: 'gentle' }).heated).toBe(false));
  }
});

describe('analyze: target, intensity and sensitivity', () => {
  it('weighs anger at the reader above venting about a thing', () => {
    expect(analyze("you're annoying").score).toBeGreaterThan(analyze('the printer is annoying').score);
  });

  it('reads "not bad" as calm and "so angry at you" as more heated than "angry at you"', () => {
    expect(analyze('not bad at all').heated).toBe(false);
    expect(analyze("I'm so angry at you").score).toBeGreaterThan(analyze("I'm angry at you").score);
  });

  it('scores capitals as more heated than the same words in lower case', () => {
    expect(analyze('WHY DID YOU DO THAT').score).toBeGreaterThan(analyze('why did you do that').score);
  });

  it('flags more at strict than at balanced, and more at balanced than at gentle', () => {
    const drafts = ['ugh seriously?!', "why would you do that", 'this is so annoying', "you're a jerk", 'fuck you'];
    const count = (sensitivity: 'gentle' | 'balanced' | 'strict'): number => drafts.filter((d) => analyze(d, { sensitivity }).heated).length;
    expect(count('strict')).toBeGreaterThanOrEqual(count('balanced'));
    expect(count('balanced')).toBeGreaterThanOrEqual(count('gentle'));
    expect(count('strict')).toBeGreaterThan(count('gentle'));
  });

  it('does not count text below an email reply header against the writer', () => {
    expect(analyze('Sounds good, see you then.\n\nOn Mon, 3 Jun, Ana wrote:\nyou never listen, idiot').heated).toBe(false);
  });
});

describe('analyze: edge input', () => {
  const edges = ['', '   \n\t ', '😂😂😂', '\uD800', 'abc\uDFFFdef', '\u0000\u0007\u001b[31m', 'مرحبا كيف حالك', 'שלום, מה שלומך?', '\u202Eyou never\u202C'.slice(0, 1)];
  for (const text of edges) {
    it(`returns calm for ${JSON.stringify(text)}`, () => {
      const result = analyze(text);
      expect(result.level).toBe('calm');
      expect(result.heated).toBe(false);
    });
  }

  it('analyses a 1 MB draft within its window and keeps every span inside the text', () => {
    const text = 'you never listen. '.repeat(60_000);
    const result = analyze(text);
    expect(result.heated).toBe(true);
    for (const reason of result.reasons) for (const span of reason.spans) expect(span.end).toBeLessThanOrEqual(text.length);
  });
});

describe('analyze: one calm word cannot cancel an attack', () => {
  it('keeps "what is your problem" heated when a word of logistics follows it', () => {
    expect(analyze('what is your problem today?').heated).toBe(true);
    expect(analyze('what is your problem with the schedule for the meeting on monday?').heated).toBe(true);
  });

  it('reads "stfu", "gtfo" and "f.u." as said to the reader even with no "you" written', () => {
    for (const text of ['stfu already', 'gtfo with that', 'f.u. seriously']) expect(analyze(text).heated).toBe(true);
  });
});
