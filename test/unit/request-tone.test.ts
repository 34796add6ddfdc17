import { describe, expect, it } from 'vitest';
import { hasJab, isCalmRequest, isDismissal, isPutDown, withoutJabs } from '../../src/analysis/request-tone';

describe('a request a calm person would ask after "Could you"', () => {
  it('asks plain things', () => {
    for (const request of ['send me the numbers by Friday', 'come on time tomorrow', 'take care of yourself', 'go easy on yourself']) {
      expect(isCalmRequest(request)).toBe(true);
    }
  });

  it('never throws the work back with an emphatic "yourself"', () => {
    for (const request of ['figure it out yourself', 'tell them to come and do the audit themselves', 'book the venue yourselves']) {
      expect(isCalmRequest(request)).toBe(false);
    }
  });

  it('never opens on an interjection', () => {
    expect(isCalmRequest('come on, we have to launch this week')).toBe(false);
  });
});

describe('a request that judges them is no request', () => {
  it.each(['join a gym or something', 'try reading the brief', 'start by doing your job', 'plan your week better', 'buy your own groceries'])('refuses "%s"', (asked) => {
    expect(isCalmRequest(asked)).toBe(false);
  });

  it.each(["don't be paranoid", 'stop being so touchy', "don't be childish"])('reads "%s" as a put-down', (said) => {
    expect(isPutDown(said)).toBe(true);
  });

  it.each(['stop spreading rumours about the new hire', 'stop pestering me about the invoice', "don't try to pin the delay on me", 'focus on your work', 'pull your weight on the project'])('reads the verdict in "%s" as a put-down', (said) => {
    expect(isPutDown(said)).toBe(true);
    expect(isCalmRequest(said)).toBe(false);
  });

  it.each(['stop messaging me after midnight', 'focus on the launch this week', "don't move my desk"])('leaves the plain behaviour in "%s" alone', (said) => {
    expect(isPutDown(said)).toBe(false);
  });

  it.each(["don't be late", "don't be a stranger", "don't be so hard on yourself", 'try the other charger'])('leaves "%s" alone', (said) => {
    expect(isPutDown(said)).toBe(false);
  });
});

describe('a dare, a dismissal or a jab is no request', () => {
  it('refuses orders about how the other person should feel', () => {
    for (const asked of ['loosen up', 'cheer up a bit', 'simmer down', 'take a joke', 'let it go already']) expect(isCalmRequest(asked), asked).toBe(false);
  });

  it('reads a dare or a "then" as a dismissal, and a plain order as none', () => {
    for (const sentence of ['go ahead and sell the bike', 'sell the bike, see if i care', 'just move out then', 'fine, take the car', 'be my guest']) expect(isDismissal(sentence), sentence).toBe(true);
    for (const sentence of ['sell the bike before Friday', 'take the car to the garage', 'move the meeting to 3']) expect(isDismissal(sentence), sentence).toBe(false);
  });

  it('finds jabs and leaves a plain "even if" or "what actually happened" alone', () => {
    for (const text of ['some of us pay rent on time', 'you even replied', 'could you tidy up for a change', 'you could at least knock', 'so you actually read it']) expect(hasJab(text), text).toBe(true);
    for (const text of ['even if it rains, I want to go', 'Can we look at what actually happened?', 'even a short call would help']) expect(hasJab(text), text).toBe(false);
  });

  it('takes the jab out and keeps the point, "some of us" said as the writer', () => {
    expect(withoutJabs('some of us are up at 5 for the night shift')).toBe("I'm up at 5 for the night shift");
    expect(withoutJabs("you didn't even water the plants for once")).toBe("you didn't water the plants");
    expect(withoutJabs('I had to actually drive back for the keys')).toBe('I had to drive back for the keys');
  });
});
