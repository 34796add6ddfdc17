// Reads the labelled files `npm run eval` scores. Three layouts, told apart by the rows themselves:
//   drafts      label<TAB>kind<TAB>text   (test/fixtures/drafts*.tsv; a literal "\n" in text is a line break)
//   labelled    label<TAB>text            (the Contextual Abuse Dataset as kept in ../shared/data/cad)
//   goemotions  text<TAB>ids<TAB>id       (heated when the ids include anger 2, annoyance 3 or disgust 11)
// A label is heated/calm or 1/0.

export type Layout = 'drafts' | 'labelled' | 'goemotions';

export interface LabelledRow {
  heated: boolean;
  kind: string;
  text: string;
}

const HEATED_EMOTIONS = new Set(['2', '3', '11']);
const LABELS = new Map([
  ['heated', true],
  ['1', true],
  ['calm', false],
  ['0', false],
]);
const EMOTION_IDS = /^\d+(,\d+)*$/;

/** The layout of a file, from its first line that reads as one; undefined when no line does. */
export function layoutOf(lines: readonly string[]): Layout | undefined {
  for (const line of lines) {
    const fields = line.split('\t');
    if (fields.length < 2) continue;
    if (LABELS.has(fields[0]!.trim().toLowerCase())) return fields.length >= 3 ? 'drafts' : 'labelled';
    if (EMOTION_IDS.test(fields[1]!.trim())) return 'goemotions';
  }
  return undefined;
}

function rowOf(line: string, layout: Layout): LabelledRow | undefined {
  const fields = line.split('\t');
  if (layout === 'goemotions') {
    const ids = (fields[1] ?? '').trim();
    if (!EMOTION_IDS.test(ids)) return undefined;
    return { heated: ids.split(',').some((id) => HEATED_EMOTIONS.has(id)), kind: 'goemotions', text: fields[0] ?? '' };
  }
  const heated = LABELS.get((fields[0] ?? '').trim().toLowerCase());
  if (heated === undefined || fields.length < 2) return undefined;
  if (layout === 'labelled') return { heated, kind: '', text: fields.slice(1).join('\t') };
  return { heated, kind: fields[1] ?? '', text: fields.slice(2).join('\t').replace(/\\n/g, '\n') };
}

/** Every readable row of a file's text, in the layout given or the one its rows show; blank and unreadable lines skipped. */
export function readLabelledRows(content: string, layout?: Layout): { layout: Layout | undefined; rows: LabelledRow[] } {
  const lines = content.split(/\r?\n/).filter((line) => line.trim() !== '');
  const found = layout ?? layoutOf(lines);
  if (!found) return { layout: undefined, rows: [] };
  return { layout: found, rows: lines.flatMap((line) => rowOf(line, found) ?? []) };
}
