// Scores a labelled file of drafts: npm run eval -- FILE.tsv [--goemotions] [--misses]
// Reads the project's draft files, the Contextual Abuse Dataset's label<TAB>text and GoEmotions' rows (see
// labelled-rows.ts; --goemotions forces that layout), labels heated/calm or 1/0, and prints Attune at each
// sensitivity beside plain `sentiment`.
import { readFileSync } from 'node:fs';
import Sentiment from 'sentiment';
import { analyze } from '../src/analysis/analyze';
import { SENSITIVITIES } from '../src/analysis/types';
import { readLabelledRows, type LabelledRow as Row } from './labelled-rows';

interface Figures {
  precision: number;
  recall: number;
  f1: number;
  fpr: number;
  n: number;
}

const round = (x: number): number => Math.round(x * 1000) / 1000;

function figures(rows: Row[], predicted: boolean[]): Figures {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let tn = 0;
  rows.forEach((row, i) => {
    if (predicted[i]) row.heated ? tp++ : fp++;
    else row.heated ? fn++ : tn++;
  });
  const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision: round(precision), recall: round(recall), f1: round(f1), fpr: round(fp + tn === 0 ? 0 : fp / (fp + tn)), n: rows.length };
}

const pad = (value: string | number, width: number): string => String(value).padEnd(width);

function printFigures(name: string, f: Figures): void {
  console.log(`${pad(name, 22)}${pad(f.precision.toFixed(3), 11)}${pad(f.recall.toFixed(3), 9)}${pad(f.f1.toFixed(3), 8)}${f.fpr.toFixed(3)}`);
}

function main(): void {
  const args = process.argv.slice(2);
  const goEmotions = args.includes('--goemotions');
  const showMisses = args.includes('--misses');
  const file = args.find((arg) => !arg.startsWith('--'));
  if (!file) {
    console.error('usage: npm run eval -- FILE.tsv [--goemotions] [--misses]');
    process.exit(2);
  }
  const { layout, rows } = readLabelledRows(readFileSync(file, 'utf8'), goEmotions ? 'goemotions' : undefined);
  if (rows.length === 0) {
    console.error(
      `${file}: no readable row. Expected label<TAB>kind<TAB>text or label<TAB>text with labels heated/calm or 1/0, or GoEmotions' text<TAB>ids<TAB>id.`,
    );
    process.exit(1);
  }
  const sentiment = new Sentiment();
  const baseline = rows.map((row) => sentiment.analyze(row.text).score <= -3);
  const predictions = Object.fromEntries(
    SENSITIVITIES.map((sensitivity) => [sensitivity, rows.map((row) => analyze(row.text, { sensitivity }).heated)]),
  );
  const balanced = predictions.balanced ?? [];

  console.log(`${file} (${layout}): ${rows.length} drafts, ${rows.filter((row) => row.heated).length} heated`);
  console.log(`${pad('scorer', 22)}${pad('precision', 11)}${pad('recall', 9)}${pad('F1', 8)}FPR`);
  for (const sensitivity of SENSITIVITIES) printFigures(`attune ${sensitivity}`, figures(rows, predictions[sensitivity] ?? []));
  printFigures('sentiment <= -3', figures(rows, baseline));

  const kinds = [...new Set(rows.map((row) => `${row.heated ? 'heated' : 'calm'}\t${row.kind}`))].sort();
  if (layout === 'drafts' && kinds.length > 1) {
    console.log(`\n${pad('label', 8)}${pad('kind', 20)}${pad('n', 6)}${pad('attune', 9)}sentiment   (recall for heated kinds, FPR for calm kinds)`);
    for (const labelKind of kinds) {
      const [label = '', kind = ''] = labelKind.split('\t');
      const indices = rows.flatMap((row, i) => ((row.heated ? 'heated' : 'calm') === label && row.kind === kind ? [i] : []));
      const flagged = (predicted: boolean[]): string => (indices.filter((i) => predicted[i]).length / indices.length).toFixed(2);
      console.log(`${pad(label, 8)}${pad(kind, 20)}${pad(indices.length, 6)}${pad(flagged(balanced), 9)}${flagged(baseline)}`);
    }
  }
  if (showMisses) {
    console.log('\nmisses at balanced:');
    rows.forEach((row, i) => {
      if (balanced[i] !== row.heated) console.log(`${row.heated ? 'missed' : 'false '}\t${analyze(row.text).score}\t${row.kind}\t${row.text.replace(/\n/g, '\\n')}`);
    });
  }
  console.log(JSON.stringify(figures(rows, balanced)));
}

main();
