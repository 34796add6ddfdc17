import { t } from '../../i18n';
import type { WeekSummary } from '../../settings/counts';
import { WeekChart } from '../../ui/WeekChart';
import { Section } from '../Section';

export interface CountsSectionProps {
  week: WeekSummary;
  locale?: string;
  onReset(): void;
}

/** This week's pauses, day by day, and a way to forget them. */
export function CountsSection({ week, locale, onReset }: CountsSectionProps) {
  return (
    <Section title={t('optionsCountsHeading')}>
      <WeekChart days={week.days} totals={week.totals} locale={locale} />
      <div>
        <button type="button" class="attune-button attune-button--quiet attune-button--small" onClick={onReset}>
          {t('optionsCountsReset')}
        </button>
      </div>
    </Section>
  );
}
