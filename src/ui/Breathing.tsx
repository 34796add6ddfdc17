import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../i18n';
import type { BreathingPatternId } from '../settings/types';
import { CIRCLE_REST, CIRCLE_SCALE, breathingPattern } from './breathing-patterns';
import { prefersReducedMotion } from './motion';

export interface BreathingProps {
  pattern: BreathingPatternId;
  breaths: number;
  onDone?(): void;
  /** Overrides the `prefers-reduced-motion` media query. */
  reducedMotion?: boolean;
}

/** Every phase lasts a whole number of half seconds, so one half-second tick keeps exact time. */
const TICK_MS = 500;
const TICKS_PER_SECOND = 1000 / TICK_MS;

interface Position {
  /** Index over all phases of all breaths; equals the phase count once done. */
  step: number;
  /** Ticks spent in the current phase. */
  elapsed: number;
}

function positionAt(tick: number, phaseTicks: readonly number[], breaths: number): Position {
  let remaining = tick;
  for (let step = 0; step < phaseTicks.length * breaths; step++) {
    const length = phaseTicks[step % phaseTicks.length] ?? 0;
    if (remaining < length) return { step, elapsed: remaining };
    remaining -= length;
  }
  return { step: phaseTicks.length * breaths, elapsed: 0 };
}

/** A guided breathing exercise: a circle that grows and shrinks, the phase in words, and a count. */
export function Breathing({ pattern, breaths, onDone, reducedMotion }: BreathingProps) {
  const { phases } = breathingPattern(pattern);
  const phaseTicks = phases.map((phase) => Math.round(phase.seconds * TICKS_PER_SECOND));
  const totalBreaths = Math.max(0, Math.floor(breaths));
  const totalTicks = phaseTicks.reduce((sum, ticks) => sum + ticks, 0) * totalBreaths;

  const [tick, setTick] = useState(0);
  const [still] = useState(() => reducedMotion ?? prefersReducedMotion());
  const done = tick >= totalTicks;
  const onDoneRef = useRef(onDone);
  onDoneRef.current = onDone;

  useEffect(() => {
    if (done) return undefined;
    const timer = setInterval(() => setTick((current) => current + 1), TICK_MS);
    return () => clearInterval(timer);
  }, [done]);

  useEffect(() => {
    if (done) onDoneRef.current?.();
  }, [done]);

  const { step, elapsed } = positionAt(tick, phaseTicks, totalBreaths);
  const phase = phases[step % phases.length];
  const previous = step === 0 ? undefined : phases[(step - 1) % phases.length];
  const from = previous ? CIRCLE_SCALE[previous.move] : CIRCLE_REST;

  if (done || !phase) {
    return (
      <div class="attune-breathing attune-breathing--done">
        <div class="attune-breath-stage" aria-hidden="true">
          <div class="attune-breath-circle attune-breath-circle--rest" />
        </div>
        <p class="attune-breath-phase" aria-live="polite">
          <span class="attune-fade">{t('breathDone')}</span>
        </p>
      </div>
    );
  }

  const remainingSeconds = Math.ceil(((phaseTicks[step % phases.length] ?? 0) - elapsed) / TICKS_PER_SECOND);
  const breath = Math.floor(step / phases.length) + 1;
  const circleStyle = still
    ? undefined
    : {
        '--attune-from': String(from),
        '--attune-to': String(CIRCLE_SCALE[phase.move]),
        animationDuration: `${phase.seconds}s`,
      };

  return (
    <div class={`attune-breathing attune-breathing--${phase.move}${still ? ' attune-breathing--still' : ''}`}>
      <div class="attune-breath-stage" aria-hidden="true">
        <div
          key={step}
          class={`attune-breath-circle ${still ? 'attune-breath-circle--still' : 'attune-breath-circle--moving'}`}
          data-move={phase.move}
          style={circleStyle}
        />
        <span class="attune-breath-count">{remainingSeconds}</span>
      </div>
      <p class="attune-breath-phase" aria-live="polite">
        <span key={step} class="attune-fade">
          {t(phase.label)}
        </span>
      </p>
      <p class="attune-breath-progress">{t('breathProgress', String(breath), String(totalBreaths))}</p>
    </div>
  );
}
