import { beforeAll, describe, expect, it } from 'vitest';
import { language, loadLanguage, verbForms, type Nlp } from '../../src/analysis/nlp';

describe('verbForms: every form of a verb from any of its forms', () => {
  let nlp: Nlp;
  beforeAll(async () => {
    expect(await loadLanguage()).toBe(true);
    nlp = language()!;
  });

  it.each([
    ['send', 'send', 'sent'],
    ['sent', 'send', 'sent'],
    ['told', 'tell', 'told'],
    ['checked', 'check', 'checked'],
  ])('reads "%s" as %s (past %s)', (word, infinitive, past) => {
    expect(verbForms(nlp, word)).toMatchObject({ infinitive, past });
  });

  it.each([
    ['bitten', 'bite', 'bit'],
    ['eaten', 'eat', 'ate'],
    ['forgotten', 'forget', 'forgot'],
    ['written', 'write', 'wrote'],
  ])('reads the participle "%s" as %s, never as a base to put "-ed" on', (word, infinitive, past) => {
    expect(verbForms(nlp, word)).toMatchObject({ infinitive, past, participle: word });
  });

  it.each([
    ['run', 'ran', 'run'],
    ['come', 'came', 'come'],
    ['become', 'became', 'become'],
  ])('gives "%s" its own participle, not the past "%s"', (word, past, participle) => {
    expect(verbForms(nlp, word)).toMatchObject({ past, participle });
  });
});
