import { t } from '../i18n';

/** Whether Attune watches a message box in the current tab, as its content scripts told the popup. */
export type WatchState = 'checking' | 'watching' | 'no-box' | 'not-running';

/** One line under the site switch: watching the box here, or why not yet, with what to do about it. */
export function WatchStatus({ state }: { state: WatchState }) {
  switch (state) {
    case 'checking':
      return <p class="attune-muted attune-watch">{t('popupWatchChecking')}</p>;
    case 'watching':
      return (
        <p class="attune-watch attune-watch--on" role="status">
          <span class="attune-watch__dot" aria-hidden="true" />
          {t('popupWatching')}
        </p>
      );
    case 'no-box':
      return (
        <div class="attune-watch" role="status">
          <p>{t('popupWatchNoBox')}</p>
          <p class="attune-muted">{t('popupWatchNoBoxHint')}</p>
        </div>
      );
    case 'not-running':
      return (
        <div class="attune-watch" role="status">
          <p>{t('popupWatchNotRunning')}</p>
          <p class="attune-muted">{t('popupWatchNotRunningHint')}</p>
        </div>
      );
  }
}
