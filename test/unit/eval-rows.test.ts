import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { readLabelledRows } from '../../scripts/labelled-rows';

describe('eval: reading labelled files', () => {
  it('reads 1/0 labels as heated/calm, in the drafts layout', () => {
    const { layout, rows } = readLabelledRows('1\tcriticism\tyou never listen\n0\tlogistics\tsee you at 6\n');
    expect(layout).toBe('drafts');
    expect(rows).toEqual([
      { heated: true, kind: 'criticism', text: 'you never listen' },
      { heated: false, kind: 'logistics', text: 'see you at 6' },
    ]);
  });

  it('reads heated/calm labels with the text in the second column, as the abuse dataset is kept', () => {
    const { layout, rows } = readLabelledRows('heated\tFound the incel.\ncalm\trule 8\n');
    expect(layout).toBe('labelled');
    expect(rows.map((row) => [row.heated, row.text])).toEqual([
      [true, 'Found the incel.'],
      [false, 'rule 8'],
    ]);
  });

  it("reads GoEmotions' rows, heated for anger, annoyance or disgust", () => {
    const { layout, rows } = readLabelledRows('This is so annoying\t3\teabc\nlove it\t0,18\tedef\n');
    expect(layout).toBe('goemotions');
    expect(rows.map((row) => row.heated)).toEqual([true, false]);
  });

  it('turns a literal \\n in a draft into a line break', () => {
    expect(readLabelledRows('calm\tquoted\t> you never\\nsorry')).toMatchObject({ rows: [{ text: '> you never\nsorry' }] });
  });

  it('finds no row in a file whose labels it cannot read', () => {
    expect(readLabelledRows('yes\tcriticism\tyou never\nno\tlogistics\tat 6\n').rows).toEqual([]);
  });
});

describe('eval: the command', () => {
  const run = promisify(execFile);
  const file = (content: string): string => {
    const at = path.join(mkdtempSync(path.join(tmpdir(), 'attune-eval-')), 'drafts.tsv');
    writeFileSync(at, content);
    return at;
  };

  it('refuses a file with no readable row, saying why, with a non-zero exit', async () => {
    const failure = await run('node', ['scripts/run-ts.mjs', 'scripts/eval.ts', file('label\tkind\ttext\n')]).then(
      () => undefined,
      (error: { code: number; stderr: string }) => error,
    );
    expect(failure?.code).toBe(1);
    expect(failure?.stderr).toContain('no readable row');
  });

  it('scores a file labelled 1/0', async () => {
    const { stdout } = await run('node', ['scripts/run-ts.mjs', 'scripts/eval.ts', file('1\tprofanity\tfuck off\n0\tlogistics\tsee you at 6\n')]);
    expect(stdout).toContain('2 drafts, 1 heated');
    expect(stdout).toContain('"precision":1,"recall":1');
  });
});
