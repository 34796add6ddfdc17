import { beforeAll, describe, expect, it } from 'vitest';
import { frontCode } from '../../src/analysis/front-coding';
import { loadLanguage } from '../../src/analysis/nlp';
import { feelingOf, readTheirMessage, signsOf } from '../../src/analysis/their-message';
import { mergePairs, parseTheirModel, scoreFeelings, unmerged, theirFeatures, theirTokens, THEIR_FEELINGS, weightDigit, type TheirFeeling, type TheirModel } from '../../src/analysis/their-message-model';

/** A model written out as fit-their.ts writes one, from each feature's weights by feeling. */
function modelOf(weights: Record<string, Partial<Record<TheirFeeling, number>>>, neutralPrior = 1): TheirModel {
  const names = Object.keys(weights).sort();
  const digits = names.map((name) => THEIR_FEELINGS.map((feeling) => weightDigit(weights[name]![feeling] ?? 0)).join('')).join('');
  return parseTheirModel(frontCode(names), digits, THEIR_FEELINGS.map((feeling) => (feeling === 'neutral' ? neutralPrior : 0)));
}

const at = (feeling: TheirFeeling): number => THEIR_FEELINGS.indexOf(feeling);

describe('the learned reading of their feeling', () => {
  beforeAll(async () => {
    expect(await loadLanguage()).toBe(true);
  });

  it('splits a message into words, emoji and runs of "!" or "?", and pairs words only within a sentence', () => {
    const tokens = theirTokens("sooo tired. can't wait!!! 🎉");
    expect(tokens.map((token) => token.term)).toEqual(['so', 'tired', 'cant', 'wait', '!', '🎉']);
    expect([...theirFeatures(tokens, ['tired'])]).toEqual(expect.arrayContaining(['so tired', 'cant wait', 'wait !', '#tired']));
    expect(theirFeatures(tokens, [])).not.toContain('tired cant');
  });

  it('reads back the weights the table was written with, to a tenth', () => {
    const model = modelOf({ 'you never': { angry: 1.5, hurt: 0.7 }, missed: { lonely: -0.4 } });
    expect(model.weights.get('you never')?.[at('angry')]).toBe(1.5);
    expect(model.weights.get('missed')?.[at('lonely')]).toBe(-0.4);
    const scores = scoreFeelings(model, ['you never', 'unknown']);
    expect(scores[at('angry')]).toBe(1.5);
    expect(scores[at('neutral')]).toBe(1);
  });

  it('tells a feeling only when it leads neutral by the margin, with the words that raised it as evidence', () => {
    const model = modelOf({ 'forgot again': { angry: 2.5 }, once: { angry: 1.5 } });
    const theirs = 'you forgot again';
    expect(feelingOf(theirs, signsOf(theirs), model, 1)).toEqual({ feeling: 'angry', evidence: ['forgot again'] });
    expect(feelingOf('just once more', signsOf('just once more'), model, 1)).toEqual({ feeling: 'neutral', evidence: [] });
    expect(feelingOf('just once more', signsOf('just once more'), model, 0)).toEqual({ feeling: 'angry', evidence: ['once'] });
  });

  it('leaves a message the hand-written signs read to them', () => {
    const model = modelOf({ exhausted: { angry: 5 } });
    const theirs = "I'm exhausted";
    expect(feelingOf(theirs, signsOf(theirs), model, 1)).toEqual({ feeling: 'tired', evidence: ['exhausted'] });
  });

  it('never tells an apology or confusion, which need their own words', () => {
    const model = modelOf({ sorry: { apologetic: 5 }, '?': { confused: 5 } });
    for (const theirs of ['sorry but I need it today', 'where is it??']) expect(feelingOf(theirs, signsOf(theirs), model, 1).feeling).toBe('neutral');
  });

  it('reads neutral when only plain words like "you" or "the" raised the feeling', () => {
    const model = modelOf({ you: { hurt: 3 }, the: { hurt: 3 } });
    expect(feelingOf('you and the car', signsOf('you and the car'), model, 1)).toEqual({ feeling: 'neutral', evidence: [] });
  });

  it('reads neutral when only small words like "just", "i\'m" or "are" raised the feeling', () => {
    const model = modelOf({ just: { lonely: 3 }, im: { stressed: 3 }, 'im not': { defensive: 3 }, are: { stressed: 3 } });
    for (const theirs of ['just a heads up', "i'm not in on monday", 'are the slides ready?']) expect(feelingOf(theirs, signsOf(theirs), model, 1)).toEqual({ feeling: 'neutral', evidence: [] });
  });

  it('names a word that carries meaning as the evidence, never a small word beside it', () => {
    const model = modelOf({ just: { lonely: 2 }, quiet: { lonely: 2 } });
    expect(feelingOf('just so quiet here', signsOf('just so quiet here'), model, 1)).toEqual({ feeling: 'lonely', evidence: ['quiet'] });
  });

  it.each([
    ['you never text me back anymore', ['angry', 'hurt']],
    ["that wasn't me, I wasn't even home", ['defensive']],
    ['nobody even asked how my interview went', ['lonely', 'hurt']],
    ['we got the house!! moving in june', ['excited']],
  ])('reads a feeling no hand-written sign names in "%s"', (theirs, feelings) => {
    const reading = readTheirMessage(theirs);
    expect(feelings).toContain(reading.feeling);
    expect(reading.evidence.length).toBeGreaterThan(0);
    for (const words of reading.evidence) expect(theirs.toLowerCase()).toContain(words);
  });

  it.each(["I'll be there at 6", 'can you grab milk on the way home?', 'thanks, see you then', 'did you see the game last night?', 'just so you know, the parcel came', "I'm out of office till the 4th, are the invoices in?"])(
    'reads everyday logistics like "%s" as neutral',
    (theirs) => {
      expect(readTheirMessage(theirs)).toMatchObject({ feeling: 'neutral', evidence: [] });
    },
  );

  it('keeps what they asked whatever feeling it reads', () => {
    expect(readTheirMessage('you never text me back anymore, can you call me tonight?').asked).toBe('request');
    expect(readTheirMessage("that wasn't me, I wasn't even home").asked).toBe('none');
  });
});

describe('the written table', () => {
  it('merges frequent pairs into symbols the table does not use, and gives the same text back', () => {
    const digits = 'fggfggfgfggegfggfhgggfgfggggfggffgdggfggfgffggggfggfggfgg'.repeat(20) + 'A!?"\'x';
    const { merged, merges } = mergePairs(digits);
    expect(merged.length).toBeLessThan(digits.length / 3);
    expect(merges).not.toMatch(/['"`$\\]/);
    expect(unmerged(merged, merges)).toBe(digits);
  });

  it('leaves a table with no frequent pair as it is', () => {
    expect(mergePairs('abcdefg')).toEqual({ merged: 'abcdefg', merges: '' });
  });
});
