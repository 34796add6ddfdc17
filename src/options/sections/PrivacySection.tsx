import { t } from '../../i18n';
import { Section } from '../Section';

/** What Attune stores, and what it never does. */
export function PrivacySection() {
  return (
    <Section title={t('optionsPrivacyHeading')}>
      <p>{t('optionsPrivacyStored')}</p>
      <p>{t('optionsPrivacyNever')}</p>
    </Section>
  );
}
