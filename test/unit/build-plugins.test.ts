import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compactAfinnModule, compactLexiconSource, compactLists, compactPatternsSource, packTables, packTableSource } from '../../scripts/build-plugins.mjs';
import * as chatWeights from '../../src/analysis/chat-weights';
import * as toneWeights from '../../src/analysis/tone-weights';
import { unpackText } from '../../src/analysis/packed-text';
import { WORDS } from '../../src/analysis/lexicon';
import { PATTERN_TRIE, type PatternNode } from '../../src/analysis/patterns';
import { build } from 'esbuild';

describe('the compact AFINN module the content script ships', () => {
  it('rebuilds exactly the word scores of sentiment’s AFINN-165, multi-word entries included', async () => {
    const labels = JSON.parse(
      readFileSync(new URL('../../node_modules/sentiment/languages/en/labels.json', import.meta.url), 'utf8'),
    ) as Record<string, number>;
    const source = compactAfinnModule(labels);
    // The module imports the scorer's decoder by path: bundled here as the build bundles it.
    const bundled = await build({ stdin: { contents: source, loader: 'js', resolveDir: process.cwd() }, bundle: true, format: 'esm', write: false, logLevel: 'silent' });
    const standalone = bundled.outputFiles[0]!.text;
    const module = (await import(`data:text/javascript;base64,${Buffer.from(standalone).toString('base64')}`)) as {
      default: Record<string, number>;
    };
    expect(module.default).toEqual(labels);
    expect(module.default['does not work']).toBe(-3);
    expect(source).toContain('unpackText(');
    expect(source.length).toBeLessThan(JSON.stringify(labels).length * 0.35);
  });
});

describe('the compact phrase and word lists the content script ships', () => {
  /** A trie written out with its branches in order, so two tries built in different orders compare equal. */
  const canonical = (node: PatternNode): unknown => ({
    found: node.found,
    any: node.any ? canonical(node.any) : null,
    next: [...node.next].sort((a, b) => (a[0] < b[0] ? -1 : 1)).map(([word, child]) => [word, canonical(child)]),
  });

  it('compiles to the same phrase trie as the readable source, in fewer bytes', async () => {
    const path = new URL('../../src/analysis/patterns.ts', import.meta.url).pathname;
    const readable = readFileSync(path, 'utf8');
    const bundled = await build({ entryPoints: [path], bundle: true, format: 'esm', write: false, logLevel: 'silent', plugins: [compactLists] });
    const module = (await import(`data:text/javascript;base64,${Buffer.from(bundled.outputFiles[0]!.text).toString('base64')}`)) as { PATTERN_TRIE: PatternNode };
    expect(canonical(module.PATTERN_TRIE)).toEqual(canonical(PATTERN_TRIE));
    expect(compactPatternsSource(readable).length).toBeLessThan(readable.length * 0.65);
  });

  it('refuses a source without the table rather than shipping it unchanged', () => {
    expect(() => compactPatternsSource('export const PATTERN_TRIE = null;')).toThrow(/no PATTERNS table/);
    expect(() => compactLexiconSource('export const WORDS = new Map();')).toThrow(/no words\(\) lists/);
  });

  it("rebuilds the lexicon's word facts exactly from its front-coded sets", async () => {
    const path = new URL('../../src/analysis/lexicon.ts', import.meta.url).pathname;
    const bundled = await build({ entryPoints: [path], bundle: true, format: 'esm', write: false, logLevel: 'silent', plugins: [compactLists] });
    expect(bundled.outputFiles[0]!.text).toContain('expandFrontCoded');
    const module = (await import(`data:text/javascript;base64,${Buffer.from(bundled.outputFiles[0]!.text).toString('base64')}`)) as { WORDS: typeof WORDS };
    const sorted = (map: typeof WORDS): unknown => [...map].sort((a, b) => (a[0] < b[0] ? -1 : 1));
    expect(sorted(module.WORDS)).toEqual(sorted(WORDS));
  });
});

describe('the learned tables the content script ships deflated', () => {
  const tables: [string, Record<string, unknown>][] = [
    ['chat-weights', chatWeights],
    ['tone-weights', toneWeights],
  ];

  it.each(tables)('%s inflates to exactly the readable module, in under three quarters of its bytes', async (name, readable) => {
    const path = new URL(`../../src/analysis/${name}.ts`, import.meta.url).pathname;
    const bundled = await build({ entryPoints: [path], bundle: true, format: 'esm', minify: true, write: false, logLevel: 'silent', plugins: [packTables] });
    const text = bundled.outputFiles[0]!.text;
    expect(text).not.toContain(Object.values(readable).find((value): value is string => typeof value === 'string')!.slice(0, 40));
    const module = (await import(`data:text/javascript;base64,${Buffer.from(text).toString('base64')}`)) as Record<string, unknown>;
    expect({ ...module }).toEqual({ ...readable });
    const source = readFileSync(path, 'utf8');
    expect(packTableSource(source).length).toBeLessThan(source.length * 0.75);
  });

  it('keeps text outside ASCII, half an emoji, newlines and quotes as they were', () => {
    const table = `${'12t Aoh sure 😂\n'.repeat(60)}11c "quoted" \\ and ${'é'.repeat(40)}, half an emoji: ${'💛'.slice(1)}`;
    const source = packTableSource(`export const TABLE = ${JSON.stringify(table)};\nexport const SMALL = "kept";`);
    const call = /unpackText\(("[^"]*"), (\d+), (\d+)\)/.exec(source)!;
    expect(unpackText(JSON.parse(call[1]!) as string, Number(call[2]), Number(call[3]))).toBe(table);
    expect(source).toContain('export const SMALL = "kept"');
  });

  it('refuses a module with no table rather than shipping it unchanged, and a table cut short', () => {
    expect(() => packTableSource('export const CHAT_INTERCEPT = 0.5;')).toThrow(/no table/);
    const call = /unpackText\(("[^"]*"), (\d+), (\d+)\)/.exec(packTableSource(`export const T = "${'abc '.repeat(400)}";`))!;
    expect(() => unpackText(JSON.parse(call[1]!) as string, Number(call[2]), Number(call[3]) + 1)).toThrow(/malformed/);
  });
});
