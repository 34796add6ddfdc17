import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadLanguage } from '../../src/analysis/nlp';
import type { Suggestion } from '../../src/analysis/types';
import {
  inventedFacts,
  keepsPoint,
  measureConversations,
  measureReplies,
  parseConversations,
  parseReplyRows,
  understates,
} from '../../scripts/measure-replies-lib';

const sample = (name: string): string => readFileSync(new URL(`../fixtures/measure/${name}`, import.meta.url), 'utf8');
const reply = (text: string): Suggestion => ({ style: 'i-statement', text, why: { key: 'pauseReplyWhyIStatement' } });

beforeAll(async () => {
  await loadLanguage();
});

describe('measure:replies on a small set written for this test', () => {
  it('parses the replies TSV: keep groups with alternatives, stance and strength', () => {
    const rows = parseReplyRows(sample('replies-sample.tsv'));
    expect(rows).toHaveLength(5);
    expect(rows[1]).toMatchObject({ id: 'm2', concrete: true, keep: [['deck', 'slides'], ['11pm']], stance: 'deny', strength: 'strong', register: 'work' });
    expect(rows[3]?.concrete).toBe(false);
  });

  it('keeps the point only when every group has one of its words', () => {
    expect(keepsPoint('I got the slides at 11pm.', [['deck', 'slides'], ['11pm']])).toBe(true);
    expect(keepsPoint('I got the slides late.', [['deck', 'slides'], ['11pm']])).toBe(false);
  });

  it('finds invented times and understated feelings from the reply\'s words', () => {
    expect(inventedFacts('Can I take 20 minutes?', 'you never listen')).toEqual(['20 minutes', '20']);
    expect(inventedFacts('You said 3pm.', 'you said 3pm')).toEqual([]);
    expect(inventedFacts('Please put the bins out tomorrow.', 'put the bins out tmrw')).toEqual([]);
    expect(inventedFacts('Can we talk tonight?', 'can we talk 2nite')).toEqual([]);
    expect(inventedFacts('Can we talk tomorrow?', 'can we talk tonite')).toEqual(['tomorrow']);
    expect(understates("I'm a bit disappointed.")).toBe(true);
    expect(understates("I'm really angry.")).toBe(false);
  });

  it('counts each figure against a writer that breaks every rule', () => {
    const rows = parseReplyRows(sample('replies-sample.tsv'));
    const bad = measureReplies(rows, () => [reply("That came out harsher than I meant, I'm sorry. Can I take 20 minutes?"), reply("I'm a bit disappointed.")]);
    expect(bad.keptPoint).toBe(0);
    expect(bad.concessions).toBe(bad.denials);
    expect(bad.inventedTimes).toBe(rows.length);
    expect(bad.understatedStrong).toBe(bad.strong);
    expect(bad.apologiesForDraft).toBe(rows.length);
    expect(bad.distinctReplies).toBe(2);
  });

  it('gives the real writer full marks on the sample', () => {
    const figures = measureReplies(parseReplyRows(sample('replies-sample.tsv')));
    expect(figures.keptPoint).toBe(figures.concrete);
    expect([figures.concessions, figures.inventedTimes, figures.understatedStrong, figures.apologiesForDraft]).toEqual([0, 0, 0, 0]);
  });

  it('matches their feeling against the reader and a close one, and writes the reflections out', () => {
    const figures = measureConversations(parseConversations(sample('conversations-sample.jsonl')));
    expect(figures.pairs).toBe(4);
    expect(figures.feelingMatches).toBe(4);
    expect([figures.neutral, figures.neutralGivenFeeling]).toEqual([1, 0]);
    expect(figures.reflections.join('\n')).toMatch(/reply: sounds like you're drowning at work\. you asked me to handle pickup today, and yes, i can\./i);
  });
});

describe('what counts as an understated feeling', () => {
  it.each([
    ["I'm a bit disappointed about the rent.", true],
    ["I'm disappointed about the rent.", true],
    ["I'm slightly upset.", true],
    ["I'm really disappointed about the rent.", false],
    ["I'm going to step away for a bit.", false],
    ["I'm really fed up.", false],
  ])('"%s" understates: %s', (text, expected) => {
    expect(understates(text)).toBe(expected);
  });
});
