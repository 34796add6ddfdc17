import * as esbuild from 'esbuild';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import type { BenchResult } from './types';

const BUDGET_BYTES = 150 * 1024;

/** The content script's minified size beside the libraries it cannot do without, bundled alone. */
export async function benchContentSize(root: string): Promise<BenchResult> {
  const { size } = await stat(path.join(root, 'dist/chrome/content.js'));
  const { size: pauseSize } = await stat(path.join(root, 'dist/chrome/pause.js'));
  const libraries = await esbuild.build({
    stdin: {
      contents: [
        "export { default as Sentiment } from 'sentiment';",
        "export { h, render } from 'preact';",
        "export { useState, useEffect } from 'preact/hooks';",
      ].join('\n'),
      resolveDir: root,
    },
    bundle: true,
    minify: true,
    format: 'iife',
    globalName: 'libraries',
    write: false,
    legalComments: 'none',
    logLevel: 'error',
  });
  const baselineBytes = libraries.outputFiles[0]!.contents.byteLength;
  return {
    name: 'content script size (minified)',
    value: `${(size / 1024).toFixed(1)} KB`,
    baseline: `${(baselineBytes / 1024).toFixed(1)} KB (sentiment + preact alone; the content script reaches the extension API without the polyfill)`,
    ratio: size / baselineBytes,
    budget: `<= 150 KB (${((size / BUDGET_BYTES) * 100).toFixed(0)} % used)`,
    pass: size <= BUDGET_BYTES,
    details: [`pause.js, loaded into a tab only when a send is paused: ${(pauseSize / 1024).toFixed(1)} KB`],
  };
}
