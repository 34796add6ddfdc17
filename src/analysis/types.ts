import type { MessageKey } from '../i18n';

/** A user-visible text from the message catalogue, rendered by the UI with `t(key, ...subs)`. */
export interface LocalText { readonly key: MessageKey; readonly subs?: readonly string[] }

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
  /** One short sentence naming the words that read as heated, e.g. "“you never” reads as criticism". */
  message: LocalText;
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
  /**
   * Read with the rules and word tone alone, without the chat reading (chat-tone.ts). The reply writer checks its
   * own short, calm sentences this way: its checks were built with the rules, and the chat reading, made for whole
   * drafts, leans on single words in a sentence of six.
   */
  rulesOnly?: boolean;
}

/**
 * How a reply answers the draft: an I-statement, a question about the issue, a firm view for a denied fault,
 * a kind boundary for a refusal, a break when flooded, a reflection of their message, or a repair.
 */
export type SuggestionStyle = 'i-statement' | 'curious' | 'firm' | 'boundary' | 'pause' | 'reflect' | 'repair';

export interface Suggestion {
  style: SuggestionStyle;
  text: string;
  /** One short sentence on why this reply may land better. */
  why: LocalText;
}

export interface ReframeOptions {
  /** A feeling id from the feelings vocabulary, named by the writer in the pause. */
  feeling?: string;
  /** A need id from the needs vocabulary. */
  need?: string;
  /**
   * What the writer guesses the other person feels: an id of the feelings vocabulary or of their-message's
   * feelings, or 'not-sure'; it replaces the guess read from their message.
   */
  theirFeeling?: string;
  /** The other person's last message(s), read only to answer them; never stored. */
  theirs?: string;
}
