import { beforeEach, describe, expect, it, vi } from 'vitest';

const analyzeCalls = vi.hoisted(() => ({ texts: [] as string[] }));

vi.mock('../../src/analysis/analyze', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/analysis/analyze')>();
  return {
    ...original,
    analyze: (text: string, options?: Parameters<typeof original.analyze>[1]) => {
      analyzeCalls.texts.push(text);
      return original.analyze(text, options);
    },
  };
});

const { ANALYZED_CHARS, readDraft } = await import('../../src/content/draft-analysis');

describe('readDraft', () => {
  beforeEach(() => {
    analyzeCalls.texts.length = 0;
  });

  it('analyses a long draft once while typing goes on past the part that is read', () => {
    const start = 'You never listen to me and this is so stupid. '.repeat(Math.ceil(ANALYZED_CHARS / 40));
    const first = readDraft(`${start} and`, 'balanced');
    const second = readDraft(`${start} and more words`, 'balanced');
    expect(first.text).toHaveLength(ANALYZED_CHARS);
    expect(second.analysis).toEqual(first.analysis);
    expect(second.analysis.heated).toBe(true);
    expect(analyzeCalls.texts).toHaveLength(1);
  });

  it('reads the draft again once its words or the sensitivity change', () => {
    const heated = readDraft('You never listen to me, this is so stupid', 'balanced');
    const calm = readDraft('Thanks, see you tomorrow', 'balanced');
    readDraft('Thanks, see you tomorrow', 'strict');
    expect(heated.analysis.heated).toBe(true);
    expect(calm.analysis.heated).toBe(false);
    expect(analyzeCalls.texts).toEqual(['You never listen to me, this is so stupid', 'Thanks, see you tomorrow', 'Thanks, see you tomorrow']);
  });
});
