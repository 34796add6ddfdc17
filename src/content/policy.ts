import type { Sensitivity } from '../analysis/types';
import type { BreathingPatternId, PauseMode } from '../settings/types';
import type { EditorAdapter } from './editors';
import type { SendKeyRule } from './send/keys';
import type { KeyChoice } from './send/send-key-learning';

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
  /** The catalogue site's id, whose conversation markers the pause looks up; null: the generic reader. */
  siteId: string | null;
  /** The pause also asks Chrome's on-device model for replies (the user turned it on). */
  deviceModel: boolean;
  /**
   * The composer an editor is, or null where Attune stays out (a box on a shared host that is not the site's composer).
   * Without it, every editor counts and `sendKey` alone decides.
   */
  composerOf?(editor: EditorAdapter): ComposerPolicy | null;
}

/** How one composer sends, as learned from the site, else as the catalogue says. */
export interface ComposerPolicy {
  /** Whether this key sends here. */
  sends(key: KeyChoice): boolean;
  /** The key that sends here, for replaying a send. */
  sendKey(): SendKeyRule;
  /** Watches what the site does with a key press Attune let through, and remembers only which key did what. */
  observe(key: KeyChoice, editor: EditorAdapter): void;
}
