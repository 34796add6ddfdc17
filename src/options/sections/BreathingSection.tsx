import { useId } from 'preact/hooks';
import { t } from '../../i18n';
import { BREATHING_PATTERN_IDS } from '../../settings/choices';
import { MAX_BREATHS, MIN_BREATHS } from '../../settings/schema';
import type { BreathingPatternId, Settings } from '../../settings/types';
import { breathingPattern } from '../../ui/breathing-patterns';
import { Section } from '../Section';

type Breathing = Settings['breathing'];

export interface BreathingSectionProps {
  breathing: Breathing;
  onChange(change: Partial<Breathing>): void;
}

/** The pattern and number of breaths the pause and the popup breathe with. */
export function BreathingSection({ breathing, onChange }: BreathingSectionProps) {
  const patternId = useId();
  const breathsId = useId();
  return (
    <Section title={t('optionsBreathingHeading')}>
      <div class="options-fields">
        <label class="options-field" for={patternId}>
          <span class="options-label">{t('optionsBreathingPattern')}</span>
          <select
            id={patternId}
            class="options-input"
            value={breathing.pattern}
            onChange={(event) => onChange({ pattern: event.currentTarget.value as BreathingPatternId })}
          >
            {BREATHING_PATTERN_IDS.map((pattern) => (
              <option key={pattern} value={pattern}>
                {t(breathingPattern(pattern).name)}
              </option>
            ))}
          </select>
        </label>
        <label class="options-field" for={breathsId}>
          <span class="options-label">{t('optionsBreathingBreaths')}</span>
          <input
            id={breathsId}
            class="options-input options-input--number"
            type="number"
            min={MIN_BREATHS}
            max={MAX_BREATHS}
            step={1}
            value={breathing.breaths}
            aria-describedby={`${breathsId}-help`}
            onChange={(event) => {
              const breaths = Number(event.currentTarget.value);
              if (!Number.isFinite(breaths) || event.currentTarget.value === '') return;
              onChange({ breaths });
            }}
          />
        </label>
      </div>
      <p class="attune-muted" id={`${breathsId}-help`}>
        {t('optionsBreathingBreathsHelp')}
      </p>
    </Section>
  );
}
