import type { Ref } from 'preact';
import { t } from '../../i18n';
import type { Settings } from '../../settings/types';
import { Breathing } from '../Breathing';
import { PauseSection } from './PauseSection';

export interface BreatheSectionProps {
  breathing: Settings['breathing'];
  reducedMotion?: boolean;
  /** The "Skip breathing" button, focused when the pause opens. */
  skipRef: Ref<HTMLButtonElement>;
  /** When the breaths are done or skipped. */
  onDone(): void;
}

/** A few breaths before choosing, which the writer may skip. */
export function BreatheSection({ breathing, reducedMotion, skipRef, onDone }: BreatheSectionProps) {
  return (
    <PauseSection name="attune-breathe" heading="pauseBreatheHeading">
      <Breathing pattern={breathing.pattern} breaths={breathing.breaths} reducedMotion={reducedMotion} onDone={onDone} />
      <div class="attune-center">
        <button ref={skipRef} type="button" class="attune-button attune-button--quiet" onClick={onDone}>
          {t('pauseSkipBreathing')}
        </button>
      </div>
    </PauseSection>
  );
}
