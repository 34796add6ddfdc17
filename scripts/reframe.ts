// npm run reframe -- FILE: prints the reframer's suggestions for each draft, one JSON object a line.
// FILE holds one draft a line, or is the fixture TSV (label<TAB>kind<TAB>text), of which only heated rows are used.
import { readFileSync } from 'node:fs';
import { analyze } from '../src/analysis/analyze';
import { reframe } from '../src/analysis/reframe';

const file = process.argv[2];
if (!file) {
  console.error('usage: npm run reframe -- FILE   (one draft a line, or label<TAB>kind<TAB>text)');
  process.exit(2);
}

function readDrafts(content: string): string[] {
  const lines = content.split(/\r?\n/).filter((line) => line.trim() !== '');
  const tsv = lines.length > 0 && lines.every((line) => line.split('\t').length >= 3);
  if (!tsv) return lines;
  return lines
    .map((line) => line.split('\t'))
    .filter(([label]) => label === 'heated')
    .map((fields) => fields.slice(2).join('\t'));
}

for (const text of readDrafts(readFileSync(file, 'utf8'))) {
  const suggestions = reframe(text, analyze(text)).map(({ style, text: reply, why }) => ({ style, text: reply, why }));
  console.log(JSON.stringify({ text, suggestions }));
}
