import { t } from '../../i18n';

export interface PauseFooterProps {
  onKeepEditing(): void;
  onSendAnyway(): void;
}

/** The way out, in reach at every step: keep editing, or send the draft as it is. */
export function PauseFooter({ onKeepEditing, onSendAnyway }: PauseFooterProps) {
  return (
    <footer class="attune-card__footer">
      <p class="attune-privacy">{t('pausePrivacy')}</p>
      <div class="attune-actions">
        <button type="button" class="attune-button attune-button--secondary" onClick={onKeepEditing}>
          {t('pauseKeepEditing')}
        </button>
        <button type="button" class="attune-button attune-button--quiet" onClick={onSendAnyway}>
          {t('pauseSendAnyway')}
        </button>
      </div>
    </footer>
  );
}
