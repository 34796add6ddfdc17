// The figures of the reply writer on an annotated set, computed from the set's own words and never from the writer's.
import { analyze } from '../src/analysis/analyze';
import { reframe } from '../src/analysis/reframe';
import { readTheirMessage } from '../src/analysis/their-message';
import type { Suggestion } from '../src/analysis/types';

export interface ReplyRow {
  id: string;
  concrete: boolean;
  /** Groups of words a reply must keep; each group holds alternatives. */
  keep: string[][];
  stance: 'deny' | 'refuse' | 'none';
  strength: 'mild' | 'moderate' | 'strong';
  register: 'work' | 'personal';
  draft: string;
}

export interface ConversationRow {
  id: string;
  theirs: string;
  draft: string;
  feeling: string;
  close: string[];
  asked: string;
  register?: string;
}

/** Rows of the TSV (header `id concrete keep stance strength register draft`, tab-separated). */
export function parseReplyRows(tsv: string): ReplyRow[] {
  const [header, ...lines] = tsv.split(/\r?\n/).filter((line) => line.trim() !== '');
  const columns = (header ?? '').split('\t').map((c) => c.trim());
  const at = (fields: string[], name: string): string => fields[columns.indexOf(name)]?.trim() ?? '';
  return lines.map((line) => {
    const fields = line.split('\t');
    // The draft is the last column and may itself hold a tab; a line break inside it is written "\n".
    const draft = fields.slice(columns.indexOf('draft')).join('\t').trim().replace(/\\n/g, '\n');
    return {
      id: at(fields, 'id'),
      concrete: /^y/i.test(at(fields, 'concrete')),
      keep: at(fields, 'keep')
        .split('|')
        .map((group) => group.split('/').map((word) => word.trim().toLowerCase()).filter(Boolean))
        .filter((group) => group.length > 0),
      stance: at(fields, 'stance') as ReplyRow['stance'],
      strength: at(fields, 'strength') as ReplyRow['strength'],
      register: at(fields, 'register') as ReplyRow['register'],
      draft,
    };
  });
}

export function parseConversations(jsonl: string): ConversationRow[] {
  return jsonl
    .split(/\r?\n/)
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as ConversationRow);
}

const low = (text: string): string => text.toLowerCase().replace(/[\u2019]/g, "'");
const keepsGroup = (reply: string, group: string[]): boolean => group.some((word) => new RegExp(`(?<![\\p{L}])${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`, 'u').test(low(reply)));

/** A reply keeps the point when it holds a word of every group. */
export const keepsPoint = (reply: string, keep: string[][]): boolean => keep.every((group) => keepsGroup(reply, group));

// Judged from the reply's words alone, so a new writer is measured the same way.
export const CONCEDES = /\b(?:my (?:part|fault|bad|mistake)|i'?m sorry|sorry (?:for|about)|i apologi[sz]e|you(?:'re| are) right|you may have a point|you have a point|i was wrong|i should have|i messed up|i can see my part|i own)\b/i;
export const APOLOGY_FOR_DRAFT = /\b(?:sorry|apologi[sz]e)\b[^.?!]*\b(?:harsh|came out|tone|snapped|like that|what i said|my words|reacting)\b|\bharsher than i meant\b|\bshouldn'?t have said\b/i;
const TIME = /\b\d+(?:[.:]\d+)?\s*(?:am|pm|min(?:ute)?s?|hours?|hrs?)\b|\b(?:an hour|half an hour|\d+ minutes|tonight|tomorrow|later today|this evening)\b/gi;
const NUMBER = /\d+/g;
const FEELING_WORD = '(?:angry|upset|hurt|frustrated|annoyed|fed up|sad|disappointed|let down|worried|scared|bothered|unsettled|concerned|irritated|stressed|overwhelmed|embarrassed|lonely)';
const HEDGED = new RegExp(`\\b(?:a (?:bit|little)|slightly|somewhat|kind of|kinda|a touch|mildly)\\s+${FEELING_WORD}\\b`, 'i');
const MILD = /\b(?:i'm|i am|i feel|i felt|i was|i've been|left me|leaves me)\s+(?!really |very |so |deeply |completely )(?:\w+\s+)?(?:disappointed|let down|bothered|unsettled|concerned|annoyed|irritated)\b/i;

/** Texting spellings of a time word: a reply that writes the draft's "tmrw" out as "tomorrow" invents nothing. */
const SPELLED_OUT: readonly [RegExp, string][] = [
  [/\b(?:tmrw|tmrrw|tmr|tmw|2moro|2morrow|tomoz)\b/g, 'tomorrow'],
  [/\b(?:2nite|tonite|2night)\b/g, 'tonight'],
];

/** Times or numbers in a reply that the draft did not hold. */
export function inventedFacts(reply: string, draft: string): string[] {
  const source = SPELLED_OUT.reduce((text, [spelling, word]) => text.replace(spelling, word), low(draft));
  const found = [...(reply.match(TIME) ?? []), ...(reply.match(NUMBER) ?? [])];
  return found.filter((fact) => !source.includes(low(fact)));
}

/** A strong feeling told as a small one: "a bit", "disappointed" without "really". */
export const understates = (reply: string): boolean => HEDGED.test(reply) || MILD.test(reply);

export interface ReplyFigures {
  drafts: number;
  concrete: number;
  keptPoint: number;
  denials: number;
  concessions: number;
  inventedTimes: number;
  strong: number;
  understatedStrong: number;
  apologiesForDraft: number;
  replies: number;
  distinctReplies: number;
  missed: { id: string; draft: string; replies: string[] }[];
}

export function measureReplies(rows: ReplyRow[], write: (draft: string) => Suggestion[] = (d) => reframe(d, analyze(d))): ReplyFigures {
  const figures: ReplyFigures = { drafts: rows.length, concrete: 0, keptPoint: 0, denials: 0, concessions: 0, inventedTimes: 0, strong: 0, understatedStrong: 0, apologiesForDraft: 0, replies: 0, distinctReplies: 0, missed: [] };
  const all: string[] = [];
  for (const row of rows) {
    const replies = write(row.draft).map((s) => s.text);
    all.push(...replies);
    if (row.concrete) {
      figures.concrete++;
      if (replies.some((reply) => keepsPoint(reply, row.keep))) figures.keptPoint++;
      else figures.missed.push({ id: row.id, draft: row.draft, replies });
    }
    if (row.stance === 'deny') {
      figures.denials++;
      if (replies.some((reply) => CONCEDES.test(reply))) figures.concessions++;
    }
    if (replies.some((reply) => inventedFacts(reply, row.draft).length > 0)) figures.inventedTimes++;
    if (row.strength === 'strong') {
      figures.strong++;
      // The feeling is named in the I-statement; other styles need not name one.
      if (replies.some((reply) => understates(reply))) figures.understatedStrong++;
    }
    if (replies.some((reply) => APOLOGY_FOR_DRAFT.test(reply))) figures.apologiesForDraft++;
  }
  figures.replies = all.length;
  figures.distinctReplies = new Set(all.map(low)).size;
  return figures;
}

export interface ConversationFigures {
  pairs: number;
  feelingMatches: number;
  /** Messages the reader saw no feeling in, and how many of them were read as one. */
  neutral: number;
  neutralGivenFeeling: number;
  askedMatches: number;
  reflections: string[];
}

export function measureConversations(rows: ConversationRow[]): ConversationFigures {
  const figures: ConversationFigures = { pairs: rows.length, feelingMatches: 0, neutral: 0, neutralGivenFeeling: 0, askedMatches: 0, reflections: [] };
  for (const row of rows) {
    const their = readTheirMessage(row.theirs);
    const accepted = [row.feeling, ...(row.close ?? [])].map(low);
    if (accepted.includes(their.feeling)) figures.feelingMatches++;
    if (low(row.feeling) === 'neutral') {
      figures.neutral++;
      if (their.feeling !== 'neutral') figures.neutralGivenFeeling++;
    }
    if (their.asked === row.asked) figures.askedMatches++;
    const reflect = reframe(row.draft, analyze(row.draft), { theirs: row.theirs }).find((s) => s.style === 'reflect');
    figures.reflections.push(
      [`# ${row.id} (reader: ${row.feeling}; guess: ${their.feeling} from ${JSON.stringify(their.evidence)}; asked ${their.asked}, reader ${row.asked})`, `them:  ${row.theirs}`, `draft: ${row.draft}`, `reply: ${reflect?.text ?? '(no reflecting reply)'}`, ''].join('\n'),
    );
  }
  return figures;
}

const share = (part: number, whole: number): string => (whole === 0 ? 'n/a' : `${part}/${whole} (${((100 * part) / whole).toFixed(1)} %)`);

export function replyReport(f: ReplyFigures): string[] {
  return [
    `drafts: ${f.drafts}`,
    `concrete drafts where some reply keeps every keep group: ${share(f.keptPoint, f.concrete)}`,
    `denials conceded: ${share(f.concessions, f.denials)}`,
    `drafts with an invented time or number: ${share(f.inventedTimes, f.drafts)}`,
    `strong feelings understated: ${share(f.understatedStrong, f.strong)}`,
    `drafts with an apology for the unsent draft: ${share(f.apologiesForDraft, f.drafts)}`,
    `distinct replies: ${share(f.distinctReplies, f.replies)}`,
  ];
}

export function conversationReport(f: ConversationFigures): string[] {
  return [`pairs: ${f.pairs}`, `feeling guess equals the reader's or a close one: ${share(f.feelingMatches, f.pairs)}`, `neutral messages read as a feeling: ${share(f.neutralGivenFeeling, f.neutral)}`, `asked (question/request/apology/none) equals the reader's: ${share(f.askedMatches, f.pairs)}`];
}
