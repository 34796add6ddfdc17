// Builds the extension for Chrome and Firefox from one source manifest.
//   node build.mjs            production build into dist/chrome and dist/firefox
//   node build.mjs --dev      unminified, with source maps
//   node build.mjs --watch    rebuild on change (implies --dev)
//   node build.mjs --zip      production build, then store-ready zips in dist/packages
//   node build.mjs --test-model  the Chrome build with a stand-in for Chrome's on-device model, into dist/chrome-test
//                                only (for the end-to-end tests; dist/chrome and dist/firefox never carry it)
import * as esbuild from 'esbuild';
import { cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { compactAfinn, compactLists, minifyCssLiterals, packLanguageData, packTables, shareContentAnalysis } from './scripts/build-plugins.mjs';

const root = path.dirname(fileURLToPath(import.meta.url));
const args = new Set(process.argv.slice(2));
const watch = args.has('--watch');
const dev = watch || args.has('--dev');
const zip = args.has('--zip');
const testModel = args.has('--test-model');
if (testModel && (watch || zip)) throw new Error('--test-model builds dist/chrome-test only: never watched, never packaged');

const dist = path.join(root, 'dist');
const chromeDir = path.join(dist, testModel ? 'chrome-test' : 'chrome');
const firefoxDir = path.join(dist, 'firefox');

/** Firefox 140 (the current ESR) reads `data_collection_permissions`; MV3 content-script registration came earlier. */
const FIREFOX_MIN_VERSION = '140.0';
const GECKO_ID = 'attune@attune-extension.org';

const entryPoints = {
  content: 'src/content/index.ts',
  background: testModel ? 'test/e2e/stand-in/background.ts' : 'src/background/index.ts',
  'popup/popup': 'popup/popup.tsx',
  'options/options': testModel ? 'test/e2e/stand-in/options.tsx' : 'src/options/options.tsx',
};

const staticFiles = [
  ['popup/popup.html', 'popup/popup.html'],
  ['src/options/options.html', 'options/options.html'],
  ['_locales', '_locales'],
  ['icons', 'icons'],
];

/** The catalogue's match patterns, read from the TypeScript source so there is one list. */
async function catalogueMatchPatterns() {
  const result = await esbuild.build({
    entryPoints: [path.join(root, 'src/sites.ts')],
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    write: false,
  });
  const source = result.outputFiles[0].text;
  const module = await import(`data:text/javascript;base64,${Buffer.from(source).toString('base64')}`);
  return module.catalogueMatchPatterns();
}

async function manifests() {
  const source = JSON.parse(await readFile(path.join(root, 'manifest.json'), 'utf8'));
  const { version } = JSON.parse(await readFile(path.join(root, 'package.json'), 'utf8'));
  const patterns = await catalogueMatchPatterns();
  const base = {
    ...source,
    version,
    host_permissions: patterns,
    content_scripts: source.content_scripts.map((script) => ({ ...script, matches: patterns })),
  };

  const chrome = structuredClone(base);

  const firefox = structuredClone(base);
  delete firefox.minimum_chrome_version;
  firefox.background = { scripts: ['background.js'] };
  firefox.browser_specific_settings = {
    gecko: {
      id: GECKO_ID,
      strict_min_version: FIREFOX_MIN_VERSION,
      data_collection_permissions: { required: ['none'] },
    },
    gecko_android: { strict_min_version: '142.0' },
  };
  return { chrome, firefox };
}

const buildOptions = {
  absWorkingDir: root,
  entryPoints,
  outdir: chromeDir,
  bundle: true,
  format: 'iife',
  target: ['chrome111', 'firefox140'],
  minify: !dev,
  sourcemap: dev ? 'linked' : false,
  legalComments: 'none',
  // Extension scripts are read as UTF-8 in both browsers (and the pages declare it): "’" and emoji ship as their
  // bytes, not as \u escapes twice their size (2.6 KB of pause.js).
  charset: 'utf8',
  jsx: 'automatic',
  jsxImportSource: 'preact',
  loader: { '.css': 'text' },
  define: { 'process.env.NODE_ENV': dev ? '"development"' : '"production"' },
  logLevel: 'warning',
  metafile: true,
  plugins: [minifyCssLiterals(!dev), compactAfinn, compactLists, packTables],
};

/**
 * The pause dialog and the reply writer: injected into a tab by the worker only when a send there is paused, into the
 * content script's isolated world, whose scorer it uses instead of a second copy (src/analysis-kit.ts).
 */
const pauseOptions = {
  ...buildOptions,
  entryPoints: { pause: 'src/pause/index.tsx' },
  plugins: [...buildOptions.plugins, shareContentAnalysis, packLanguageData],
};

/** Both builds at once; their metafiles merged for the size line. */
async function buildAll() {
  const [main, pause] = await Promise.all([esbuild.build(buildOptions), esbuild.build(pauseOptions)]);
  return { metafile: { inputs: { ...main.metafile.inputs, ...pause.metafile.inputs }, outputs: { ...main.metafile.outputs, ...pause.metafile.outputs } } };
}

async function writeStatic() {
  const { chrome, firefox } = await manifests();
  for (const [from, to] of staticFiles) {
    await cp(path.join(root, from), path.join(chromeDir, to), { recursive: true });
  }
  await writeFile(path.join(chromeDir, 'manifest.json'), JSON.stringify(chrome, null, 2));
  if (testModel) return;
  await rm(firefoxDir, { recursive: true, force: true });
  await cp(chromeDir, firefoxDir, { recursive: true });
  await writeFile(path.join(firefoxDir, 'manifest.json'), JSON.stringify(firefox, null, 2));
}

function sizes(metafile) {
  return Object.entries(metafile.outputs)
    .filter(([file]) => file.endsWith('.js'))
    .map(([file, output]) => `${path.relative(chromeDir, path.join(root, file))} ${(output.bytes / 1024).toFixed(1)} KB`)
    .join(', ');
}

async function buildOnce() {
  const started = performance.now();
  await rm(chromeDir, { recursive: true, force: true });
  await mkdir(chromeDir, { recursive: true });
  const result = await buildAll();
  await writeStatic();
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  console.log(`built ${testModel ? 'dist/chrome-test' : 'dist/chrome and dist/firefox'} in ${seconds} s (${dev ? 'development' : 'production'}): ${sizes(result.metafile)}`);
  return result;
}

async function packageZips() {
  const { version } = JSON.parse(await readFile(path.join(root, 'package.json'), 'utf8'));
  const artifacts = path.join(dist, 'packages');
  await mkdir(artifacts, { recursive: true });
  const webExt = path.join(root, 'node_modules', '.bin', 'web-ext');
  for (const browser of ['chrome', 'firefox']) {
    execFileSync(
      webExt,
      ['build', '--source-dir', path.join(dist, browser), '--artifacts-dir', artifacts, '--filename', `attune-${browser}-${version}.zip`, '--overwrite-dest'],
      { stdio: 'inherit' },
    );
  }
}

if (watch) {
  const rebuilt = { name: 'static', setup: (build) => build.onEnd(() => writeStatic().then(() => console.log('rebuilt'))) };
  const contexts = await Promise.all([
    esbuild.context({ ...buildOptions, plugins: [...buildOptions.plugins, rebuilt] }),
    esbuild.context({ ...pauseOptions, plugins: [...pauseOptions.plugins, rebuilt] }),
  ]);
  await rm(chromeDir, { recursive: true, force: true });
  await Promise.all(contexts.map((context) => context.watch()));
  console.log('watching for changes; press Ctrl+C to stop');
} else {
  await buildOnce();
  if (zip) await packageZips();
}
