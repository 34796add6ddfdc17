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

/** Analyses a draft; a scorer that throws reads as calm, so our failure never stops a message. */
export function readDraft(draft: string, sensitivity: Sensitivity): DraftReading {
  const text = draft.length > ANALYZED_CHARS ? draft.slice(0, ANALYZED_CHARS) : draft;
  try {
    return { text, analysis: analyze(text, { sensitivity }) };
  } catch {
    return { text, analysis: CALM };
  }
}
