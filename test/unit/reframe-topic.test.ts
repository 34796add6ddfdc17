import { describe, expect, it } from 'vitest';
import { findPoint } from '../../src/analysis/reframe-topic';

const about = (draft: string): string => findPoint(draft, () => true).about;

describe('what a draft is about', () => {
  it('is never the thing in a threat or a consequence', () => {
    expect(about("To whoever parks in bay 9: that is my bay. Next time I'm calling the towing company.")).toMatch(/^my bay/);
    expect(about("Fix the fence by Sunday or I'm calling the council")).toMatch(/^the fence/);
  });

  it('is the writer\'s thing they took, not the place it was taken from', () => {
    expect(about('who keeps taking my yoghurt from the fridge')).toMatch(/^my yoghurt/);
    expect(about('someone deleted my notes in the wiki again')).toMatch(/^my notes/);
  });

  it("is the writer's own thing over the reader's, unless it is a place or an earlier message", () => {
    expect(about('thanks for making my graduation all about your new car')).toBe('my graduation');
    expect(about('per my last email, the invoice is still wrong')).toBe('the invoice');
    expect(about("oh don't rush on my account, I've only been standing in the rain for an hour")).toMatch(/^the rain/);
  });

  it('is never a reflexive pronoun, and a verb before one is no part of the thing', () => {
    expect(about('you only ever think about yourself')).toBe('this');
    expect(about('do you think the laundry folds itself?')).toBe('the laundry');
  });

  it('leaves the verb after the thing out of it ("my graduation matters less", "the tiling looks rushed")', () => {
    expect(about('so my graduation matters less than your promotion then')).toBe('my graduation');
    expect(about("the tiling looks rushed, there's grout missing by the tap")).toMatch(/^the tiling\b(?! looks)/);
  });

  it('leaves out the verb of a thing that opens a clause after another ("and the team notices")', () => {
    expect(about('you keep turning up late to practice and the coach notices')).toBe('the coach');
    expect(about('you wander in late every week because the band leader shrugs')).toBe('the band leader');
    expect(about('you never lock up and the neighbour complains about it')).toBe('the neighbour');
  });

  it('keeps a plural thing whole where it is no subject with a verb', () => {
    expect(about('you lost the car keys')).toBe('the car keys');
    expect(about('and the spare keys are gone again')).toBe('the spare keys');
  });

  it('is never the role the writer refuses', () => {
    expect(about("I'm not your maid")).toBe('this');
    expect(about('do I look like your personal shopper? get it yourself')).toBe('this');
    expect(about('what am I, your taxi service?')).toBe('this');
    expect(about('I need your help with the move')).toBe('the move');
  });

  it('says a count with its unit as "the" thing, and never a preposition', () => {
    expect(about("I worked a 10 hour shift, you don't see me whining")).toBe('the 10 hour shift');
    expect(about("you're the one who moved across the country")).not.toMatch(/across/);
  });

  it('keeps a time or a name from another sentence out of the topic', () => {
    expect(about('Fix the gutter above the porch. I first mentioned it in May.')).not.toMatch(/May/);
    expect(about('The gutter is still blocked. Ask Omar.')).not.toMatch(/Omar/);
  });

  it('still joins a time said in the same sentence', () => {
    expect(about('you missed the dentist appointment on Tuesday')).toBe('the dentist appointment on Tuesday');
  });
});
