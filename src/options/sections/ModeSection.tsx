import { t, type MessageKey } from '../../i18n';
import { PAUSE_MODES } from '../../settings/choices';
import type { PauseMode } from '../../settings/types';
import { RadioGroup } from '../RadioGroup';
import { Section } from '../Section';

const MODE_TEXT: Record<PauseMode, readonly [MessageKey, MessageKey]> = {
  pause: ['optionsModePause', 'optionsModePauseHelp'],
  nudge: ['optionsModeNudge', 'optionsModeNudgeHelp'],
};

/** What happens when a message reads heated: a pause before sending, or only a nudge. */
export function ModeSection({ value, onChange }: { value: PauseMode; onChange(value: PauseMode): void }) {
  return (
    <Section title={t('optionsModeHeading')}>
      <RadioGroup legend={t('optionsModeHeading')} name="mode" value={value} options={PAUSE_MODES} text={MODE_TEXT} onChange={onChange} />
    </Section>
  );
}
