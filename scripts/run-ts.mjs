// Runs a TypeScript script from this project: node scripts/run-ts.mjs FILE.ts [args...]
// esbuild bundles the project code it imports; packages stay external and load from node_modules.
import * as esbuild from 'esbuild';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const [script, ...rest] = process.argv.slice(2);
if (!script) {
  console.error('usage: node scripts/run-ts.mjs FILE.ts [args...]');
  process.exit(2);
}
const result = await esbuild.build({
  entryPoints: [script],
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  jsx: 'automatic',
  jsxImportSource: 'preact',
  write: false,
  sourcemap: 'inline',
  logLevel: 'warning',
});
const dir = await mkdtemp(path.join(path.resolve('node_modules'), '.run-ts-'));
const file = path.join(dir, `${path.basename(script, '.ts')}.mjs`);
await writeFile(file, result.outputFiles[0].text);
process.argv = [process.argv[0], path.resolve(script), ...rest];
try {
  await import(pathToFileURL(file).href);
} finally {
  await rm(dir, { recursive: true, force: true });
}
