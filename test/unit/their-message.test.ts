import { beforeAll, describe, expect, it } from 'vitest';
import { loadLanguage } from '../../src/analysis/nlp';
import { readTheirMessage } from '../../src/analysis/their-message';

describe('reading their message', () => {
  it.each([
    ['so sorry, the meeting ran over and my phone died', 'apologetic', 'apology'],
    ["I'm drowning at work, can you handle pickup today?", 'overwhelmed', 'request'],
    ['ugh this deadline is stressing me out, so much pressure', 'stressed', 'none'],
    ['where are you?? are you ok?', 'worried', 'question'],
    ["it really hurt that you didn't come", 'hurt', 'none'],
    ['this is ridiculous, are you kidding me', 'angry', 'none'],
    ["I already did it, you never said it was urgent", 'defensive', 'none'],
    ["guess what, I got the job!! can't wait to tell you", 'excited', 'none'],
    ["long day, I'm exhausted", 'tired', 'none'],
    ["I don't understand, what do you mean?", 'confused', 'question'],
    ['I miss you, it gets lonely here', 'lonely', 'none'],
    ['what time is dinner?', 'neutral', 'question'],
  ])('"%s" reads as %s, asked: %s', (theirs, feeling, asked) => {
    const reading = readTheirMessage(theirs);
    expect(reading.feeling).toBe(feeling);
    expect(reading.asked).toBe(asked);
    if (feeling !== 'neutral') expect(reading.evidence.length).toBeGreaterThan(0);
    else expect(reading.evidence).toEqual([]);
  });

  it('names the words that show the feeling', () => {
    expect(readTheirMessage("I'm drowning at work").evidence).toEqual(['drowning']);
  });

  it('finds what the feeling is about and what they asked for', () => {
    const reading = readTheirMessage("I'm drowning at work, can you handle pickup today?");
    expect(reading.topic).toBe('work');
    expect(reading.requested).toBe('handle pickup today');
  });

  it('answers an apology before anything else in the same message', () => {
    expect(readTheirMessage("sorry, I'm just so stressed with the move").feeling).toBe('apologetic');
  });

  it('reads only the first 1,000 characters and never throws on odd input', () => {
    expect(readTheirMessage('').feeling).toBe('neutral');
    expect(readTheirMessage(`${'a '.repeat(2_000)} I'm so sorry`).feeling).toBe('neutral');
  });
});

describe('their feeling told as a situation', () => {
  it.each([
    ['the quarterly filing is due by eod and my manager keeps checking in', 'stressed'],
    ['been up since 5 and worked a double, can we do it tomorrow', 'tired'],
    ['my sister is in the hospital, I might be late', 'worried'],
    ['so I completely forgot about the dentist, that one is on me', 'apologetic'],
    ['we booked the flights for June, so fun!', 'excited'],
    ["I've been waiting for you all evening", 'lonely'],
  ])('"%s" reads as %s with no feeling word in it', (theirs, feeling) => {
    expect(readTheirMessage(theirs).feeling).toBe(feeling);
  });

  it('reads "sick of" as no illness', () => {
    expect(readTheirMessage("I'm sick of asking about the bins").feeling).not.toBe('worried');
  });
});

describe('confusion and apologies need their own words', () => {
  it.each(['where is the report?? the client is waiting??', 'deadline is in an hour and nothing is merged??'])('reads no confusion in "%s"', (theirs) => {
    expect(readTheirMessage(theirs).feeling).not.toBe('confused');
  });

  it('reads confusion when they say so', () => {
    expect(readTheirMessage("I'm lost, which file do you mean?").feeling).toBe('confused');
  });

  it.each([
    'wait so is the party at yours or at the hall?',
    'I thought you said the van was booked? the depot has no record',
    "ur texts said different things, is it 7 or 8",
    'how do i reset the router, the lights are all orange',
    'the two invoices don\'t match, which one is right?',
  ])('reads confusion told as a mix-up in "%s"', (theirs) => {
    expect(readTheirMessage(theirs).feeling).toBe('confused');
  });

  it.each(['sorry to bug you, can you send the file?', 'sorry to bother you again but is the deck ready', 'sorry but I need it today', "I'm not sorry, you were late", "it wasnt even my fault, the bus broke down", "that isn't really my fault either"])(
    'reads "%s" as no apology',
    (theirs) => {
      expect(readTheirMessage(theirs).asked).not.toBe('apology');
      expect(readTheirMessage(theirs).feeling).not.toBe('apologetic');
    },
  );

  it.each(["sorry i'm late, traffic was awful", 'my bad, i forgot the numbers', 'I owe you an apology for yesterday', 'apologies for the delay', 'I was wrong about the dates', 'I apologise for snapping'])(
    'reads "%s" as an apology',
    (theirs) => {
      expect(readTheirMessage(theirs).asked).toBe('apology');
    },
  );
});

describe('their feeling told in what they say they did or were told', () => {
  it.each([
    ['For the record, I sent the forms on the 2nd. It\'s in the email.', 'defensive'],
    ['I\'m allowed to see my friends on a saturday', 'defensive'],
    ['I never said it was your job, I just asked who had the keys', 'defensive'],
    ['Why did I have to find out from your brother that you moved?', 'hurt'],
    ['I\'d have appreciated hearing about the merger from you before the memo', 'hurt'],
    ['you showed Sam my messages?? that was between us', 'angry'],
    ['Some of us have to be up at 6. Sort it out.', 'angry'],
    ['the server is down and the client demo is at noon, I\'m losing my mind', 'stressed'],
    ['third night on my own in this flat. it\'s too quiet', 'lonely'],
  ])('reads "%s" as %s', (theirs, feeling) => {
    expect(readTheirMessage(theirs).feeling).toBe(feeling);
  });
});

describe('what their message is about', () => {
  beforeAll(async () => {
    expect(await loadLanguage()).toBe(true);
  });

  it('is no adjective, interjection or unfinished clause', () => {
    expect(readTheirMessage("I'm so stressed about the real, you know").topic).toBeNull();
    expect(readTheirMessage('so worried about my god knows what').topic).toBeNull();
    expect(readTheirMessage("I'm stressed about the move").topic).toBe('the move');
  });
});

describe('their feeling read from what happened to them', () => {
  it.each([
    ['four shifts this week and my son has a fever', 'overwhelmed'],
    ['two exams tomorrow and I still have to work tonight, the deadline is at 9', 'overwhelmed'],
    ['the client bumped the demo up to Monday', 'stressed'],
    ['I waited 40 minutes outside the cinema', 'hurt'],
    ['no one told me about the party', 'hurt'],
    ['you there? no reply since lunch', 'worried'],
    ['are you upset with me?', 'worried'],
    ['they announced layoffs today', 'worried'],
    ['late AGAIN?', 'angry'],
    ['you did what?!', 'angry'],
    ['ugh 😫', 'overwhelmed'],
    ['😢', 'hurt'],
    ['you seem so distant lately', 'lonely'],
  ])('"%s" reads as %s', (theirs, feeling) => {
    const reading = readTheirMessage(theirs);
    expect(reading.feeling).toBe(feeling);
    expect(reading.evidence.length).toBeGreaterThan(0);
  });

  it('reads a fall as worry, but not falling asleep or a thing done by accident', () => {
    expect(readTheirMessage('Dad had a fall this morning').feeling).toBe('worried');
    expect(readTheirMessage('I fell asleep on the couch').feeling).toBe('neutral');
    expect(readTheirMessage('the landlord moved the bins by accident').feeling).toBe('neutral');
  });

  it('reads "are you there?" as worry, but not "are you coming?"', () => {
    expect(readTheirMessage('are you there??').feeling).toBe('worried');
    expect(readTheirMessage('are you coming tonight?').feeling).toBe('neutral');
  });

  it('reads spending "so much on" something as no overwhelm', () => {
    expect(readTheirMessage('you spend so much on shoes').feeling).toBe('neutral');
  });
});
