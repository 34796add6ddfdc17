import { analyze } from '../analysis/analyze';
import type { Analysis, Sensitivity } from '../analysis/types';

/** Drafts longer than this are read only up to it: bounded work on every keystroke, whatever the page holds. */
export const ANALYZED_CHARS = 20_000;

const CALM: Analysis = { level: 'calm', heated: false, score: 0, reasons: [] };

export interface DraftReading {
  /** The part of the draft that was analysed (a prefix, so every span also points into the full draft). */
  text: string;
  analysis: Analysis;
}

/**
 * The last text analysed and what it read as. Typing on at the end of a draft longer than ANALYZED_CHARS, a pause
 * after keys that changed nothing, or Enter right after the nudge's read leave the analysed text as it was, and a
 * 20,000-character analysis costs tens of milliseconds; held in memory only, like the editor's own copy.
 */
let last: { text: string; sensitivity: Sensitivity; analysis: Analysis } | null = null;

/** Analyses a draft; a scorer that throws reads as calm, so our failure never stops a message. */
export function readDraft(draft: string, sensitivity: Sensitivity): DraftReading {
  const text = draft.length > ANALYZED_CHARS ? draft.slice(0, ANALYZED_CHARS) : draft;
  if (last !== null && last.text === text && last.sensitivity === sensitivity) return { text, analysis: last.analysis };
  let analysis: Analysis;
  try {
    analysis = analyze(text, { sensitivity });
  } catch {
    return { text, analysis: CALM };
  }
  last = { text, sensitivity, analysis };
  return { text, analysis };
}
