/** How readily a draft counts as heated. */
export type Sensitivity = 'gentle' | 'balanced' | 'strict';

export const SENSITIVITIES: readonly Sensitivity[] = ['gentle', 'balanced', 'strict'];

export type Level = 'calm' | 'tense' | 'heated';

/** Gottman's Four Horsemen, plus the plainer signs of a heated message. */
export type ReasonKind =
  | 'criticism'
  | 'contempt'
  | 'defensiveness'
  | 'stonewalling'
  | 'hostility'
  | 'profanity'
  | 'shouting';

export const REASON_KINDS: readonly ReasonKind[] = [
  'criticism',
  'contempt',
  'defensiveness',
  'stonewalling',
  'hostility',
  'profanity',
  'shouting',
];

/** A half-open range [start, end) of UTF-16 code units in the analysed text. */
export interface Span {
  start: number;
  end: number;
}

export interface Reason {
  kind: ReasonKind;
  /** Where in the original text this reason was found; never empty, always inside the text. */
  spans: Span[];
  /** One short English sentence naming what reads as heated, e.g. "'you never' reads as criticism". */
  message: string;
}

export interface Analysis {
  level: Level;
  /** What the nudge and the pause act on, for the sensitivity asked for. */
  heated: boolean;
  /** Orders drafts by how heated they read; 0 for calm text, higher is more heated. */
  score: number;
  reasons: Reason[];
}

export interface AnalyzeOptions {
  sensitivity?: Sensitivity;
}

export type SuggestionStyle = 'i-statement' | 'curious' | 'repair' | 'pause';

export interface Suggestion {
  style: SuggestionStyle;
  text: string;
  /** One short sentence on why this reply may land better. */
  why: string;
}

export interface ReframeOptions {
  /** A feeling id from the feelings vocabulary, named by the writer in the pause. */
  feeling?: string;
  /** A need id from the needs vocabulary. */
  need?: string;
  /** A feeling id: what the writer guesses the other person feels. */
  theirFeeling?: string;
}
