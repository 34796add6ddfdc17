// esbuild plugins that keep the content script small without making the source harder to read.
import * as esbuild from 'esbuild';
import { readFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * Minifies the CSS that components keep in `String.raw` template literals (files named *styles.ts),
 * so the readable source costs the content script nothing extra.
 */
export function minifyCssLiterals(enabled) {
  return {
    name: 'minify-css-literals',
    setup(build) {
      build.onLoad({ filter: /styles\.ts$/ }, async (args) => {
        const source = await readFile(args.path, 'utf8');
        if (!enabled) return { contents: source, loader: 'ts' };
        const pieces = [];
        let last = 0;
        for (const match of source.matchAll(/String\.raw`([^`$]*)`/g)) {
          const { code } = await esbuild.transform(match[1], { loader: 'css', minify: true });
          pieces.push(source.slice(last, match.index), `String.raw\`${code.trim()}\``);
          last = match.index + match[0].length;
        }
        pieces.push(source.slice(last));
        return { contents: pieces.join(''), loader: 'ts' };
      });
    },
  };
}

/**
 * AFINN-165 as a module that rebuilds the same word -> score map from front-coded lists grouped by score. The coding
 * is src/analysis/front-coding.ts's (this build script cannot import TypeScript, so the encoder is repeated here and
 * the unit test decodes its output with the scorer's decoder).
 */
export function compactAfinnModule(labels) {
  const byScore = {};
  for (const [word, score] of Object.entries(labels)) (byScore[score] ??= []).push(word);
  const groups = JSON.stringify(Object.fromEntries(Object.entries(byScore).map(([score, words]) => [score, frontCode(words)])));
  return `import { expandFrontCoded } from ${JSON.stringify(FRONT_CODING)};
const labels = {};
for (const [score, words] of Object.entries(${groups})) for (const word of expandFrontCoded(words)) labels[word] = Number(score);
export default labels;`;
}

const FRONT_CODING = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../src/analysis/front-coding.ts');

function frontCode(words) {
  let previous = '';
  let out = '';
  for (const word of [...words].sort()) {
    if (/[A-Z]/.test(word)) throw new Error(`front coding needs lower-case words: ${word}`);
    let shared = 0;
    while (shared < 25 && shared < previous.length && previous[shared] === word[shared]) shared++;
    out += String.fromCharCode(65 + shared) + word.slice(shared);
    previous = word;
  }
  return out;
}

/** Ships AFINN-165 grouped by score instead of one JSON object: the same map, about 40 % fewer bytes in every chat tab. */
export const compactAfinn = {
  name: 'compact-afinn',
  setup(build) {
    build.onLoad({ filter: /sentiment[\\/]languages[\\/]en[\\/]labels\.json$/ }, async (args) => ({
      contents: compactAfinnModule(JSON.parse(await readFile(args.path, 'utf8'))),
      resolveDir: path.dirname(args.path),
      loader: 'js',
    }));
  },
};

/** The scorer's modules the pause takes from the content script instead of bundling them again (src/analysis-kit.ts). */
const SHARED_ANALYSIS = ['analyze', 'afinn', 'lexicon', 'tone'];

/**
 * For the pause bundle only: imports of the scorer's shared modules resolve to src/pause/shared/, which call the
 * content script's copy. A name the kit does not carry fails the build ("No matching export").
 */
export const shareContentAnalysis = {
  name: 'share-content-analysis',
  setup(build) {
    const filter = new RegExp(`/(${SHARED_ANALYSIS.join('|')})(\\.ts)?$`);
    build.onResolve({ filter }, (args) => {
      const resolved = path.resolve(args.resolveDir, args.path).replace(/\.ts$/, '');
      const name = path.basename(resolved);
      if (path.dirname(resolved) !== path.join(build.initialOptions.absWorkingDir, 'src', 'analysis')) return undefined;
      return { path: path.join(build.initialOptions.absWorkingDir, 'src', 'pause', 'shared', `${name}.ts`) };
    });
  },
};
