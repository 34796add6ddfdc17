// npm run reframe -- FILE: prints the reply writer's suggestions for each draft, one JSON object a line.
// FILE holds one draft a line, JSON lines {"draft": "...", "theirs": "..."}, or the fixture TSV (label<TAB>kind<TAB>text),
// of which only heated rows are used.
import { readFileSync } from 'node:fs';
import { analyze } from '../src/analysis/analyze';
import { loadLanguage, reframe } from '../src/analysis/reframe';
import { readTheirMessage } from '../src/analysis/their-message';
import catalogue from '../_locales/en/messages.json';
import type { LocalText } from '../src/analysis/types';

interface DraftLine {
  draft: string;
  theirs?: string;
}

function readDrafts(content: string): DraftLine[] {
  const lines = content.split(/\r?\n/).filter((line) => line.trim() !== '');
  if (lines.length > 0 && lines.every((line) => line.trim().startsWith('{'))) {
    return lines.map((line) => JSON.parse(line) as DraftLine).filter((line) => typeof line.draft === 'string');
  }
  const tsv = lines.length > 0 && lines.every((line) => line.split('\t').length >= 3);
  if (!tsv) return lines.map((draft) => ({ draft }));
  return lines
    .map((line) => line.split('\t'))
    .filter(([label]) => label === 'heated')
    .map((fields) => ({ draft: fields.slice(2).join('\t') }));
}

/** The catalogue's English text, as the pause shows it. */
function localText({ key, subs = [] }: LocalText): string {
  return subs.reduce((text, sub, i) => text.replace(`$${i + 1}`, sub), catalogue[key].message);
}

/** One output line: the draft, what their message reads as, and the replies with why each may land better. */
function describe({ draft, theirs }: DraftLine) {
  const their = theirs ? readTheirMessage(theirs) : null;
  return {
    text: draft,
    ...(their ? { theirs: { feeling: their.feeling, evidence: their.evidence, asked: their.asked } } : {}),
    suggestions: reframe(draft, analyze(draft), theirs ? { theirs } : {}).map(({ style, text, why }) => ({
      style,
      text,
      why: localText(why),
    })),
  };
}

const file = process.argv[2];
if (!file) {
  console.error('usage: npm run reframe -- FILE   (one draft a line, JSON lines {"draft","theirs"}, or label<TAB>kind<TAB>text)');
  process.exit(2);
}
await loadLanguage();
for (const line of readDrafts(readFileSync(file, 'utf8'))) console.log(JSON.stringify(describe(line)));
