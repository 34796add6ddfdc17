import { useId } from 'preact/hooks';
import type { Suggestion, SuggestionStyle } from '../../analysis/types';
import { t } from '../../i18n';
import { Suggestions } from '../Suggestions';
import { PauseSection } from './PauseSection';

export interface ChooseSectionProps {
  suggestions: readonly Suggestion[];
  onUse(text: string, style: SuggestionStyle): void;
}

/** The replies to choose from, each editable before use. */
export function ChooseSection({ suggestions, onUse }: ChooseSectionProps) {
  const id = useId();
  return (
    <PauseSection name="attune-choose" heading="pauseChooseHeading">
      <p class="attune-muted attune-hint">{t('pauseChooseHint')}</p>
      <Suggestions suggestions={suggestions} idPrefix={`${id}-reply`} onUse={onUse} />
    </PauseSection>
  );
}
