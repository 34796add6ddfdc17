import type { Analysis } from '../analysis/types';
import { t } from '../i18n';
import { reasonLines } from './quote';

export interface NudgeProps {
  draft: string;
  analysis: Analysis;
  onPause(): void;
  onDismiss(): void;
}

/** The quiet in-page hint: what reads as heated, a way into the pause, and a way to let it be. */
export function Nudge({ draft, analysis, onPause, onDismiss }: NudgeProps) {
  const lines = reasonLines(draft, analysis, 2, true);
  return (
    <div class="attune-nudge" role="status">
      <span class="attune-nudge__mark" aria-hidden="true" />
      <span class="attune-nudge__text">
        {lines.map((line, index) => (
          <span class="attune-nudge__reason" key={index}>
            {line}
          </span>
        ))}
      </span>
      <span class="attune-nudge__actions">
        <button type="button" class="attune-button attune-button--small attune-button--primary" onClick={onPause}>
          {t('nudgeTakePause')}
        </button>
        <button type="button" class="attune-button attune-button--small attune-button--quiet" onClick={onDismiss}>
          {t('nudgeNotNow')}
        </button>
      </span>
    </div>
  );
}
