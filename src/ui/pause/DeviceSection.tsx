import { useId } from 'preact/hooks';
import type { Suggestion, SuggestionStyle } from '../../analysis/types';
import { t } from '../../i18n';
import { Suggestions } from '../Suggestions';
import { PauseSection } from './PauseSection';

export interface DeviceSectionProps {
  /** Replies from Chrome's on-device model that passed the reply guard; the section is absent without them. */
  suggestions: readonly Suggestion[];
  onUse(text: string, style: SuggestionStyle): void;
}

/** The on-device model's replies, beside the template ones and labelled as written on this device. */
export function DeviceSection({ suggestions, onUse }: DeviceSectionProps) {
  const id = useId();
  if (suggestions.length === 0) return null;
  return (
    <PauseSection name="attune-device" heading="pauseDeviceHeading">
      <p class="attune-muted attune-hint">{t('pauseDeviceHint')}</p>
      <Suggestions suggestions={suggestions} idPrefix={`${id}-device`} onUse={onUse} />
    </PauseSection>
  );
}
