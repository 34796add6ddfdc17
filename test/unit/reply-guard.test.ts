import { beforeAll, describe, expect, it } from 'vitest';
import { loadLanguage } from '../../src/analysis/nlp';
import { checkReply, wellFormed, type GuardReading, type ReplyRule } from '../../src/analysis/reply-guard';

const accusing: GuardReading = { details: ['Friday', '$40', 'Sarah'], stance: 'accusing' };
const denying: GuardReading = { details: ['11pm'], stance: 'denying' };
const GOOD = "I'm really fed up that Sarah's $40 from Friday hasn't come back. Can we sort it out?";

const fails = (reading: GuardReading, reply: string, theirs?: string): ReplyRule[] => checkReply(reading, reply, theirs).failed;

describe('the reply guard', () => {
  it('passes a calm reply that keeps every detail', () => {
    expect(checkReply(accusing, GOOD)).toEqual({ ok: true, failed: [] });
  });

  it('lets a denial name the charge it denies, and nobody else call a person that', () => {
    expect(fails(denying, "I wasn't rude to the driver at 11pm. Can we look at what happened?")).not.toContain('no-insult');
    expect(fails({ details: ['11pm'], stance: 'accusing' }, 'The driver was rude at 11pm. Can we look at what happened?')).toContain('no-insult');
  });

  it('fails a reply that reads as heated', () => {
    expect(fails(accusing, "You're so selfish, Sarah, $40 on Friday, what is wrong with you?")).toContain('calm');
  });

  it('fails a reply that drops a name, a number or a day', () => {
    expect(fails(accusing, "I'm really fed up about the money. Can we sort it out?")).toEqual(['keeps-details']);
  });

  it('lets a reply that need not tell what happened leave the details out, but still invent none', () => {
    expect(checkReply(accusing, 'What happened with the money?', '', { keepDetails: false })).toEqual({ ok: true, failed: [] });
    expect(checkReply(accusing, 'What happened with the money on Monday?', '', { keepDetails: false }).failed).toEqual(['invents-nothing']);
  });

  it('fails a reply that invents a time, a number or a name', () => {
    const reading: GuardReading = { details: [], stance: 'accusing' };
    expect(fails(reading, 'Can I take 20 minutes and come back to it?')).toEqual(['invents-nothing']);
    expect(fails(reading, 'Can we talk about it in an hour?')).toEqual(['invents-nothing']);
    expect(fails(reading, 'Can we talk about it tomorrow?')).toEqual(['invents-nothing']);
    expect(fails(reading, 'I asked Priya and she agrees with me.')).toEqual(['invents-nothing']);
  });

  it('knows a number only whole: "£1" is not in "£1,950", nor "62" in "$62.40"', () => {
    const reading: GuardReading = { details: ['£1,950', '$62.40'], stance: 'accusing', text: 'the invoice says £1,950 and I sent $62.40' };
    expect(fails(reading, 'The invoice says £1. About £1,950 and $62.40: can we sort it out?')).toEqual(['invents-nothing']);
    expect(fails(reading, 'I sent $62. About £1,950 and $62.40: can we sort it out?')).toEqual(['invents-nothing']);
    expect(fails(reading, 'The invoice says £1,950 and I sent $62.40. Can we sort it out?')).toEqual([]);
  });

  it('lets a reply repeat a time from their message', () => {
    const reading: GuardReading = { details: [], stance: 'accusing' };
    expect(fails(reading, 'I can pick you up at 6.', 'can you pick me up at 6?')).toEqual([]);
  });

  it('fails a concession to a fault the writer denies, and only then', () => {
    for (const reply of ['You may have a point about 11pm, and I can own my part in it.', "I'm sorry, that was on me at 11pm.", "You're right, I should have checked at 11pm."]) {
      expect(fails(denying, reply)).toContain('no-concession');
    }
    expect(fails(denying, "I don't think that was on me: I got the data at 11pm.")).toEqual([]);
    expect(fails({ details: [], stance: 'accusing' }, "You're right, let's sort it.")).not.toContain('no-concession');
  });

  it('fails an apology for the draft the other person never saw', () => {
    const reading: GuardReading = { details: [], stance: 'accusing' };
    expect(fails(reading, "That came out harsher than I meant, and I'm sorry.")).toContain('no-apology-for-draft');
    expect(fails(reading, "Sorry for snapping like that. Can we start again?")).toContain('no-apology-for-draft');
    expect(fails(reading, "I'm sorry you had such a rough day.")).toEqual([]);
  });

  it('fails insults and swearing', () => {
    const reading: GuardReading = { details: [], stance: 'accusing' };
    expect(fails(reading, 'I feel like you are being lazy about it.')).toContain('no-insult');
    expect(fails(reading, 'I really need the damn report.')).toContain('no-insult');
  });

  it('fails shouted capitals but keeps a kept acronym', () => {
    expect(fails({ details: [], stance: 'accusing' }, 'I need this done TODAY, please.')).toContain('no-capitals');
    expect(fails({ details: ['HR'], stance: 'accusing' }, 'Can we bring HR in on this?')).toEqual([]);
  });

  it('fails "!!" and "?!"', () => {
    expect(fails({ details: [], stance: 'accusing' }, 'Can we talk about it?!')).toContain('no-shouting-marks');
    expect(fails({ details: [], stance: 'accusing' }, 'I miss you!!')).toContain('no-shouting-marks');
  });

  it('fails sarcasm', () => {
    expect(fails({ details: [], stance: 'accusing' }, 'Great job on the dishes. Want a medal?')).toContain('no-sarcasm');
    expect(fails({ details: [], stance: 'accusing' }, "The hedge is still on my side. Some flatmate you are. Can we sort it out?")).toContain('no-sarcasm');
  });

  it('fails a jab kept around a fair point, and passes the same point without it', () => {
    const reading: GuardReading = { details: [], stance: 'accusing' };
    expect(fails(reading, "I'm frustrated. Some of us still have to get up for the early shift. Can we talk about it?")).toContain('no-sarcasm');
    expect(fails(reading, "I'm frustrated that you even forgot the bins. Can we talk about it?")).toContain('no-sarcasm');
    expect(fails(reading, "I'm frustrated that I had to actually ring the landlord myself. Can we talk about it?")).toContain('no-sarcasm');
    expect(fails(reading, "I'm frustrated. I still have to get up for the early shift. Can we talk about it?")).not.toContain('no-sarcasm');
  });

  it('fails a dare or a dismissal asked as a request', () => {
    const reading: GuardReading = { details: [], stance: 'accusing' };
    expect(fails(reading, "I'm fed up. Could you loosen up?")).toContain('no-contemptuous-request');
    expect(fails(reading, "I'm fed up. Would you be able to go ahead and sell it?")).toContain('no-contemptuous-request');
    expect(fails(reading, "I'm fed up. Can you move out then?")).toContain('no-contemptuous-request');
  });

  it('fails a put-down, a broken order or a shrug asked as a request, and passes a plain one', () => {
    const reading: GuardReading = { details: [], stance: 'accusing' };
    for (const reply of ["I'm upset. Could you mind your own business?", "I'm upset. Can you look in a mirror?", "I'm upset. Can you don't bother?", 'Would you be able to have fun with your life then, i\'m not part of it?', "I'm fed up. Can you do things right?"]) {
      expect(fails(reading, reply)).toContain('no-contemptuous-request');
    }
    expect(fails(reading, "I'm upset. Could you send the invoice over?")).toEqual([]);
    expect(fails(reading, "I'm upset. Can you please not touch my laptop?")).toEqual([]);
  });

  it('fails "you always" and "you never"', () => {
    expect(fails({ details: [], stance: 'accusing' }, 'I feel hurt because you never call me back.')).toContain('no-absolutes');
  });

  it('fails a reply too short or too long for a chat', () => {
    expect(fails({ details: [], stance: 'accusing' }, 'Ok.')).toContain('length');
    expect(fails({ details: [], stance: 'accusing' }, 'I hear you. '.repeat(30))).toContain('length');
  });
});

describe('the guard against misread clauses', () => {
  const reading: GuardReading = { details: [], stance: 'accusing' };
  it.each([
    ['a word said twice', "I'm upset about the the rent. Can we talk?"],
    ['a determiner before a pronoun', "I don't think the they leaving was on me."],
    ['two auxiliaries running together', 'My boss cc is would on the thread, and I am upset about it.'],
    ['"get" with a simple past', 'The bins get went out late, and I am upset about it.'],
    ['a capital torn off a contraction', "I didn'T take it. Can we look at what happened?"],
    ['a sentence ending on an article', 'Can we talk about the?'],
    ['a refusal with no doer', "I can't happen this time."],
    ['a reason with nothing it is the reason for', "because the launch slipped, and I'm frustrated about it. Can we talk?"],
    ['a reason said as a sentence of its own', "I'm frustrated. Because the launch slipped. Can we talk?"],
  ])('fails %s', (_, reply) => {
    expect(fails(reading, reply)).toContain('well-formed');
  });

  it('passes ordinary sentences that come close', () => {
    for (const reply of ['Can you tell me where my things are?', "That's me being honest: I'm upset.", 'I had had enough by then. Can we talk?', "I'm upset because the launch slipped. Can we talk?", 'I miss you. Because I care about us, I want to talk.']) {
      expect(fails(reading, reply)).not.toContain('well-formed');
    }
  });
});

describe('a sentence that stops on its verb', () => {
  it('is not well formed', () => {
    expect(wellFormed('The music is. What do you think we should do?')).toBe(false);
    expect(wellFormed('You asked where the car is.')).toBe(true);
  });
});

describe('a request built from a sentence that was no order', () => {
  beforeAll(async () => {
    expect(await loadLanguage()).toBe(true);
  });

  it('is not well formed', () => {
    expect(wellFormed('I feel let down. Could you leave is a privilege?')).toBe(false);
    expect(wellFormed('Would you be able to bit late for that?')).toBe(false);
    expect(wellFormed('Can you sent me the figures?')).toBe(false);
  });

  it('leaves real requests alone', () => {
    for (const reply of ['Could you send the report by Friday?', 'Can you read the brief before the call?', 'Would you be able to focus on the budget first?', 'Could you please put the bins out?']) {
      expect(wellFormed(reply)).toBe(true);
    }
  });
});

describe('a put-down asked as a prohibition', () => {
  const reading: GuardReading = { details: [], stance: 'accusing' };
  it('fails "please don\'t be so ...", "not play games", "stop spamming me" and their kind', () => {
    expect(fails(reading, "I'm frustrated about the noise. Please don't be so touchy.")).toContain('no-contemptuous-request');
    expect(fails(reading, "I'm frustrated about the noise. Can you please not play games with the rota?")).toContain('no-contemptuous-request');
    expect(fails(reading, "I'm frustrated about the noise. Please stop guilt tripping me.")).toContain('no-contemptuous-request');
    expect(fails(reading, "I'm frustrated about the noise. Can you please not make it a thing?")).toContain('no-contemptuous-request');
  });

  it('passes a prohibition about a thing that happened', () => {
    expect(fails(reading, "I'm frustrated about the noise. Please don't play music after eleven on weeknights.")).not.toContain('no-contemptuous-request');
    expect(fails(reading, "I'm frustrated about the van. Please stop parking it across the driveway.")).not.toContain('no-contemptuous-request');
  });
});
