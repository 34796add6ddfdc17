import { useId, useState } from 'preact/hooks';
import { t } from '../../i18n';
import { cancelSnooze, nextTimeOfDay, snoozeForAnHour, snoozeUntil, snoozeUntilTomorrow } from '../../settings/store';
import type { Feedback } from '../feedback';
import { Section } from '../Section';

export interface SnoozeSectionProps {
  /** Epoch milliseconds until which Attune is quiet; 0 or past when it is not. */
  until: number;
  now(): number;
  locale?: string;
  feedback: Feedback;
}

function formatTime(time: number, locale: string | undefined): string {
  return new Intl.DateTimeFormat(locale, { weekday: 'short', hour: 'numeric', minute: '2-digit' }).format(time);
}

function clockValue(time: number): string {
  const date = new Date(time);
  return `${String(date.getHours()).padStart(2, '0')}:${String(date.getMinutes()).padStart(2, '0')}`;
}

/** Quiet everywhere for an hour, until tomorrow morning, or until a time of day; and back on. */
export function SnoozeSection({ until, now, locale, feedback }: SnoozeSectionProps) {
  const clockId = useId();
  const [clock, setClock] = useState(() => clockValue(now() + 60 * 60 * 1000));
  const snoozed = until > now();

  const onSnoozeUntilClock = (): void => {
    const match = /^(\d{2}):(\d{2})$/.exec(clock);
    if (!match) return;
    feedback.saved(snoozeUntil(nextTimeOfDay(Number(match[1]), Number(match[2]), now())));
  };

  return (
    <Section title={t('optionsSnoozeHeading')}>
      <p>{snoozed ? t('optionsSnoozeOn', formatTime(until, locale)) : t('optionsSnoozeOff')}</p>
      <div class="attune-buttons options-buttons">
        <button type="button" class="attune-button attune-button--secondary" onClick={() => feedback.saved(snoozeForAnHour(now()))}>
          {t('optionsSnoozeHour')}
        </button>
        <button type="button" class="attune-button attune-button--secondary" onClick={() => feedback.saved(snoozeUntilTomorrow(now()))}>
          {t('optionsSnoozeTomorrow')}
        </button>
        {snoozed && (
          <button type="button" class="attune-button attune-button--primary" onClick={() => feedback.saved(cancelSnooze())}>
            {t('optionsSnoozeResume')}
          </button>
        )}
      </div>
      <div class="options-add__row">
        <label class="options-field options-field--inline" for={clockId}>
          <span class="options-label">{t('optionsSnoozeUntilLabel')}</span>
          <input id={clockId} class="options-input" type="time" value={clock} onInput={(event) => setClock(event.currentTarget.value)} />
        </label>
        <button type="button" class="attune-button attune-button--quiet" onClick={onSnoozeUntilClock}>
          {t('optionsSnoozeSet')}
        </button>
      </div>
    </Section>
  );
}
