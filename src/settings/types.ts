import type { Sensitivity } from '../analysis/types';
import type { BreathingPatternId, PauseMode } from './choices';
import type { DayCounts } from './counts';

export type { BreathingPatternId, PauseMode } from './choices';
export type { DayCounts, PauseOutcome } from './counts';

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
  /** Also ask Chrome's on-device model for replies in the pause, where it is ready; off until the user turns it on. */
  onDeviceReplies: boolean;
}

/** Local day (YYYY-MM-DD) -> counts. Only the last weeks are kept. */
export type Counts = Record<string, DayCounts>;
