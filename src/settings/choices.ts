/** The fixed choices a setting can take: one list each, in the order the options page offers them; types derive from them. */

export const PAUSE_MODES = [
  /** Stop a heated message before it is sent and open the pause (default). */
  'pause',
  /** Only show the in-page nudge; never stop a message. */
  'nudge',
] as const;

export type PauseMode = (typeof PAUSE_MODES)[number];

/** The breathing exercises; each has its phases and name in src/ui/breathing-patterns.ts. */
export const BREATHING_PATTERN_IDS = ['cyclic-sighing', 'resonant', 'box', '4-7-8'] as const;

export type BreathingPatternId = (typeof BREATHING_PATTERN_IDS)[number];
