import type { Sensitivity } from '../analysis/types';
import type { BreathingPatternId, PauseMode } from '../settings/types';
import type { SendKeyRule } from './send/keys';

/** What the content script should do on this page right now, from the settings and the site catalogue. */
export interface Policy {
  /** Off when the site is switched off or Attune is snoozed: listeners stay, but do nothing. */
  active: boolean;
  mode: PauseMode;
  sensitivity: Sensitivity;
  breathing: { pattern: BreathingPatternId; breaths: number };
  sendKey: SendKeyRule;
  /** The catalogue's send-button selectors for this site (empty for sites we do not know). */
  sendButtons: readonly string[];
}
