/** Daily outcome counts: pure helpers for recording, pruning and summarising. Counts only, never text. */
import type { Counts } from './types';

/** Enough for the weekly view plus a margin; older days are dropped on each write. */
export const COUNTS_KEEP_DAYS = 35;

/** What a pause led to. The one list: the outcome type, a day's counts and the worker's message check derive from it. */
export const PAUSE_OUTCOMES = ['paused', 'reframed', 'sentAnyway', 'keptEditing'] as const;

export type PauseOutcome = (typeof PAUSE_OUTCOMES)[number];

/** One day's pauses by outcome; counts only, never any text. */
export type DayCounts = Record<PauseOutcome, number>;

export function isPauseOutcome(value: unknown): value is PauseOutcome {
  return PAUSE_OUTCOMES.some((outcome) => outcome === value);
}

export function emptyDay(): DayCounts {
  return { paused: 0, reframed: 0, sentAnyway: 0, keptEditing: 0 };
}

/** The local calendar day of `time` as YYYY-MM-DD. */
export function dayKey(time: number): string {
  const date = new Date(time);
  const month = String(date.getMonth() + 1).padStart(2, '0');
  const day = String(date.getDate()).padStart(2, '0');
  return `${date.getFullYear()}-${month}-${day}`;
}

/** The local day `days` calendar days before `time` (DST-safe: steps by date, not by 24 h). */
function dayKeyBefore(time: number, days: number): string {
  const date = new Date(time);
  date.setDate(date.getDate() - days);
  return dayKey(date.getTime());
}

/** `counts` with today's `outcome` incremented and days older than COUNTS_KEEP_DAYS dropped. */
export function addOutcome(counts: Counts, outcome: PauseOutcome, now: number): Counts {
  const oldest = dayKeyBefore(now, COUNTS_KEEP_DAYS - 1);
  const kept: Counts = {};
  for (const [day, dayCounts] of Object.entries(counts)) {
    if (day >= oldest) kept[day] = dayCounts;
  }
  const today = dayKey(now);
  const current = kept[today] ?? emptyDay();
  kept[today] = { ...current, [outcome]: current[outcome] + 1 };
  return kept;
}

export interface WeekSummary {
  /** The last seven local days, oldest first, today last. */
  days: { date: string; counts: DayCounts }[];
  totals: DayCounts;
}

export function weekSummary(counts: Counts, now: number = Date.now()): WeekSummary {
  const days: WeekSummary['days'] = [];
  const totals = emptyDay();
  for (let back = 6; back >= 0; back--) {
    const date = dayKeyBefore(now, back);
    const dayCounts = { ...(counts[date] ?? emptyDay()) };
    for (const outcome of PAUSE_OUTCOMES) totals[outcome] += dayCounts[outcome];
    days.push({ date, counts: dayCounts });
  }
  return { days, totals };
}
