import type { Sensitivity } from '../analysis/types';

export type PauseMode =
  /** Stop a heated message before it is sent and open the pause (default). */
  | 'pause'
  /** Only show the in-page nudge; never stop a message. */
  | 'nudge';

export type BreathingPatternId = 'cyclic-sighing' | 'resonant' | 'box' | '4-7-8';

/** A site the user added; covered through an optional host permission and a registered content script. */
export interface CustomSite {
  /** Lower-case host name, e.g. "chat.example.org". */
  host: string;
  /** The match pattern registered for it, e.g. "https://chat.example.org/*". */
  pattern: string;
  enabled: boolean;
}

export interface Settings {
  /** Schema version; migrations bring older stored data up to this. */
  version: number;
  /** Catalogue site id -> covered. A missing id means covered. */
  sites: Record<string, boolean>;
  customSites: CustomSite[];
  sensitivity: Sensitivity;
  mode: PauseMode;
  breathing: {
    pattern: BreathingPatternId;
    /** How many breaths the pause's breathing step runs (1 to 10). */
    breaths: number;
  };
  /** Epoch milliseconds until which Attune is quiet everywhere; 0 when not snoozed. */
  snoozeUntil: number;
}

/** What the pause led to; counted per day, never with any text. */
export type PauseOutcome = 'paused' | 'reframed' | 'sentAnyway' | 'keptEditing';

export interface DayCounts {
  paused: number;
  reframed: number;
  sentAnyway: number;
  keptEditing: number;
}

/** Local day (YYYY-MM-DD) -> counts. Only the last weeks are kept. */
export type Counts = Record<string, DayCounts>;
