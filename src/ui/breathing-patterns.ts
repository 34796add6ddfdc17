import type { MessageKey } from '../i18n';
import type { BreathingPatternId } from '../settings/types';

/** What the body does in a phase; drives the circle's size. */
export type BreathMove = 'in' | 'in-again' | 'hold' | 'out';

export interface BreathingPhase {
  move: BreathMove;
  /** The phase text; each starts with "Breathe in", "Hold" or "Breathe out". */
  label: MessageKey;
  seconds: number;
}

export interface BreathingPattern {
  name: MessageKey;
  /** One breath; the exercise repeats it. */
  phases: readonly BreathingPhase[];
}

/** How large the circle is at the end of each move (1 = full). */
export const CIRCLE_SCALE: Record<BreathMove, number> = { in: 0.85, 'in-again': 1, hold: 1, out: 0.55 };

/** The circle's size at rest, before the first breath. */
export const CIRCLE_REST = 0.55;

/** Every pattern id has its exercise: the record's type makes a missing or mistyped id a compile error. */
export const BREATHING_PATTERNS: Record<BreathingPatternId, BreathingPattern> = {
  // Balban et al. 2023: a double inhale through the nose, then a long, slow exhale.
  'cyclic-sighing': {
    name: 'breathPatternCyclicSighing',
    phases: [
      { move: 'in', label: 'breathIn', seconds: 2 },
      { move: 'in-again', label: 'breathInAgain', seconds: 1 },
      { move: 'out', label: 'breathOut', seconds: 7 },
    ],
  },
  resonant: {
    name: 'breathPatternResonant',
    phases: [
      { move: 'in', label: 'breathIn', seconds: 5.5 },
      { move: 'out', label: 'breathOut', seconds: 5.5 },
    ],
  },
  box: {
    name: 'breathPatternBox',
    phases: [
      { move: 'in', label: 'breathIn', seconds: 4 },
      { move: 'hold', label: 'breathHold', seconds: 4 },
      { move: 'out', label: 'breathOut', seconds: 4 },
      { move: 'hold', label: 'breathHold', seconds: 4 },
    ],
  },
  '4-7-8': {
    name: 'breathPattern478',
    phases: [
      { move: 'in', label: 'breathIn', seconds: 4 },
      { move: 'hold', label: 'breathHold', seconds: 7 },
      { move: 'out', label: 'breathOut', seconds: 8 },
    ],
  },
};

export function breathingPattern(id: BreathingPatternId): BreathingPattern {
  return BREATHING_PATTERNS[id] ?? BREATHING_PATTERNS['cyclic-sighing'];
}

/** Seconds the whole exercise takes. */
export function exerciseSeconds(id: BreathingPatternId, breaths: number): number {
  const perBreath = breathingPattern(id).phases.reduce((sum, phase) => sum + phase.seconds, 0);
  return perBreath * Math.max(0, breaths);
}
