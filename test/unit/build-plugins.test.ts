import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compactAfinnModule } from '../../scripts/build-plugins.mjs';
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
    expect(source.length).toBeLessThan(JSON.stringify(labels).length * 0.45);
  });
});
