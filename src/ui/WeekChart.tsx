import { PAUSE_OUTCOMES, type DayCounts, type PauseOutcome } from '../settings/counts';
import { t, type MessageKey } from '../i18n';

export interface WeekChartProps {
  /** Oldest first; dates as local YYYY-MM-DD. */
  days: readonly { date: string; counts: DayCounts }[];
  totals: DayCounts;
  locale?: string;
}

/** Each outcome's legend in the chart, or null for one that is counted but not drawn. */
const LEGEND: Record<PauseOutcome, MessageKey | null> = {
  paused: 'popupWeekPauses',
  reframed: 'popupWeekReframed',
  sentAnyway: 'popupWeekSentAnyway',
  keptEditing: null,
};

const SERIES = PAUSE_OUTCOMES.flatMap((key) => {
  const label = LEGEND[key];
  return label ? [{ key, label }] : [];
});

function weekday(date: string, locale: string | undefined): string {
  const [year, month, day] = date.split('-').map(Number);
  if (!year || !month || !day) return date;
  return new Intl.DateTimeFormat(locale, { weekday: 'short' }).format(new Date(year, month - 1, day));
}

/** The week's counts as small bars per day, with the totals in words; counts only, never text. */
export function WeekChart({ days, totals, locale }: WeekChartProps) {
  const highest = Math.max(1, ...days.flatMap((day) => SERIES.map((series) => day.counts[series.key])));
  const empty = SERIES.every((series) => totals[series.key] === 0);

  return (
    <div class="attune-week">
      <p class="attune-week__summary">
        {empty ? t('popupWeekEmpty') : t('popupWeekSummary', String(totals.paused), String(totals.reframed), String(totals.sentAnyway))}
      </p>
      <ul class="attune-week__days">
        {days.map((day) => {
          const name = weekday(day.date, locale);
          return (
            <li class="attune-week__day" key={day.date}>
              <span class="attune-visually-hidden">
                {t('popupWeekDay', name, String(day.counts.paused), String(day.counts.reframed), String(day.counts.sentAnyway))}
              </span>
              <span class="attune-week__bars" aria-hidden="true">
                {SERIES.map((series) => (
                  <span
                    key={series.key}
                    class={`attune-week__bar attune-week__bar--${series.key}`}
                    style={{ height: `${(day.counts[series.key] / highest) * 100}%` }}
                  />
                ))}
              </span>
              <span class="attune-week__label" aria-hidden="true">
                {name}
              </span>
            </li>
          );
        })}
      </ul>
      <ul class="attune-week__legend" aria-hidden="true">
        {SERIES.map((series) => (
          <li key={series.key}>
            <span class={`attune-week__swatch attune-week__bar--${series.key}`} />
            {t(series.label)}
          </li>
        ))}
      </ul>
    </div>
  );
}
