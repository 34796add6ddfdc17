import { useState } from 'preact/hooks';
import type { SiteEntry } from '../sites';
import type { WeekSummary } from '../settings/counts';
import type { CustomSite, Settings } from '../settings/types';
import { t } from '../i18n';
import { Breathing } from './Breathing';
import { breathingPattern } from './breathing-patterns';
import { WatchStatus, type WatchState } from './WatchStatus';
import { WeekChart } from './WeekChart';
import { Switch } from './controls/Switch';

/** What the current tab is, as far as Attune is concerned. */
export type PageState =
  | { kind: 'loading' }
  | { kind: 'unavailable' }
  | { kind: 'catalogue'; site: SiteEntry; enabled: boolean }
  | { kind: 'custom'; site: CustomSite }
  | { kind: 'uncovered'; host: string };

export interface PopupViewProps {
  settings: Settings;
  week: WeekSummary;
  page: PageState;
  /** Whether Attune watches a message box in the current tab; left out where it does not run. */
  watch?: WatchState;
  now: number;
  /** A message for the site section, e.g. why adding the site did not work. */
  siteMessage?: string;
  locale?: string;
  reducedMotion?: boolean;
  /** Called straight from the click, so a permission prompt keeps the user's gesture. */
  onToggleSite(): void;
  onAddSite(): void;
  onSnoozeHour(): void;
  onSnoozeTomorrow(): void;
  onResume(): void;
  onOpenSettings(): void;
}

type BreathingRun = { state: 'idle' } | { state: 'running'; run: number } | { state: 'done'; run: number };

function snoozeEnd(until: number, now: number, locale: string | undefined): string {
  const sameDay = new Date(until).toDateString() === new Date(now).toDateString();
  const options: Intl.DateTimeFormatOptions = sameDay
    ? { hour: 'numeric', minute: '2-digit' }
    : { weekday: 'short', hour: 'numeric', minute: '2-digit' };
  return new Intl.DateTimeFormat(locale, options).format(new Date(until));
}

function SiteSwitch({ name, enabled, onToggle }: { name: string; enabled: boolean; onToggle(): void }) {
  return (
    <div class="attune-row">
      <span class="attune-row__main">{name}</span>
      <Switch checked={enabled} label={t('popupSiteSwitch', name)} onToggle={onToggle} />
    </div>
  );
}

function SiteSection({ page, onToggleSite, onAddSite }: Pick<PopupViewProps, 'page' | 'onToggleSite' | 'onAddSite'>) {
  switch (page.kind) {
    case 'loading':
      return null;
    case 'unavailable':
      return <p class="attune-muted">{t('popupSiteUnavailable')}</p>;
    case 'catalogue':
      return <SiteSwitch name={page.site.name} enabled={page.enabled} onToggle={onToggleSite} />;
    case 'custom':
      return <SiteSwitch name={page.site.host} enabled={page.site.enabled} onToggle={onToggleSite} />;
    case 'uncovered':
      return (
        <div class="attune-row">
          <p class="attune-row__main attune-muted">{t('popupSiteNotCovered', page.host)}</p>
          <button type="button" class="attune-button attune-button--secondary attune-button--small" onClick={onAddSite}>
            {t('popupAddSite')}
          </button>
        </div>
      );
  }
}

/** The toolbar popup: breathe now, this site, snooze, this week, and the way to the settings. */
export function PopupView(props: PopupViewProps) {
  const { settings, week, page, now, locale } = props;
  const [breathing, setBreathing] = useState<BreathingRun>({ state: 'idle' });
  const pattern = breathingPattern(settings.breathing.pattern);
  const snoozed = settings.snoozeUntil > now;
  const nextRun = breathing.state === 'idle' ? 1 : breathing.run + 1;

  return (
    <main class="attune-popup">
      <header class="attune-popup__header">
        <span class="attune-logo" aria-hidden="true" />
        <h1 class="attune-popup__name">{t('extName')}</h1>
      </header>

      <section class="attune-panel" aria-labelledby="attune-popup-breathe">
        <h2 class="attune-panel__title" id="attune-popup-breathe">
          {t('popupBreatheHeading')}
        </h2>
        {breathing.state === 'idle' ? (
          <p class="attune-muted">{t('popupPatternSummary', t(pattern.name), String(settings.breathing.breaths))}</p>
        ) : (
          <Breathing
            key={breathing.run}
            pattern={settings.breathing.pattern}
            breaths={settings.breathing.breaths}
            reducedMotion={props.reducedMotion}
            onDone={() => setBreathing({ state: 'done', run: breathing.run })}
          />
        )}
        <div class="attune-buttons">
          {breathing.state === 'running' ? (
            <button type="button" class="attune-button attune-button--quiet" onClick={() => setBreathing({ state: 'idle' })}>
              {t('popupStopBreathing')}
            </button>
          ) : (
            <button
              type="button"
              class="attune-button attune-button--primary"
              onClick={() => setBreathing({ state: 'running', run: nextRun })}
            >
              {t(breathing.state === 'done' ? 'popupBreatheAgain' : 'popupStartBreathing')}
            </button>
          )}
        </div>
      </section>

      <section class="attune-panel" aria-labelledby="attune-popup-site">
        <h2 class="attune-panel__title" id="attune-popup-site">
          {t('popupSiteHeading')}
        </h2>
        <SiteSection page={page} onToggleSite={props.onToggleSite} onAddSite={props.onAddSite} />
        {props.watch && <WatchStatus state={props.watch} />}
        {props.siteMessage && (
          <p class="attune-muted" role="alert">
            {props.siteMessage}
          </p>
        )}
      </section>

      <section class="attune-panel" aria-labelledby="attune-popup-snooze">
        <h2 class="attune-panel__title" id="attune-popup-snooze">
          {t('popupSnoozeHeading')}
        </h2>
        <p aria-live="polite">
          {snoozed ? t('popupSnoozedUntil', snoozeEnd(settings.snoozeUntil, now, locale)) : t('popupNotSnoozed')}
        </p>
        <div class="attune-buttons">
          {snoozed ? (
            <button type="button" class="attune-button attune-button--secondary" onClick={props.onResume}>
              {t('popupResume')}
            </button>
          ) : (
            <>
              <button type="button" class="attune-button attune-button--quiet" onClick={props.onSnoozeHour}>
                {t('popupSnoozeHour')}
              </button>
              <button type="button" class="attune-button attune-button--quiet" onClick={props.onSnoozeTomorrow}>
                {t('popupSnoozeTomorrow')}
              </button>
            </>
          )}
        </div>
      </section>

      <section class="attune-panel" aria-labelledby="attune-popup-week">
        <h2 class="attune-panel__title" id="attune-popup-week">
          {t('popupWeekHeading')}
        </h2>
        <WeekChart days={week.days} totals={week.totals} locale={locale} />
      </section>

      <footer class="attune-popup__footer">
        <p class="attune-popup__note">{t('popupPrivacy')}</p>
        <a
          class="attune-link"
          href="../options/options.html"
          target="_blank"
          onClick={(event) => {
            event.preventDefault();
            props.onOpenSettings();
          }}
        >
          {t('popupSettings')}
        </a>
      </footer>
    </main>
  );
}
