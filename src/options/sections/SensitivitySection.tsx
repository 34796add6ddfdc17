import { SENSITIVITIES, type Sensitivity } from '../../analysis/types';
import { t, type MessageKey } from '../../i18n';
import { RadioGroup } from '../RadioGroup';
import { Section } from '../Section';

const SENSITIVITY_TEXT: Record<Sensitivity, readonly [MessageKey, MessageKey]> = {
  gentle: ['optionsSensitivityGentle', 'optionsSensitivityGentleHelp'],
  balanced: ['optionsSensitivityBalanced', 'optionsSensitivityBalancedHelp'],
  strict: ['optionsSensitivityStrict', 'optionsSensitivityStrictHelp'],
};

/** How readily Attune speaks up. */
export function SensitivitySection({ value, onChange }: { value: Sensitivity; onChange(value: Sensitivity): void }) {
  return (
    <Section title={t('optionsSensitivityHeading')}>
      <RadioGroup
        legend={t('optionsSensitivityHeading')}
        name="sensitivity"
        value={value}
        options={SENSITIVITIES}
        text={SENSITIVITY_TEXT}
        onChange={onChange}
      />
    </Section>
  );
}
