/**
 * The options page: which sites Attune covers, how sensitive it is, how the pause behaves, snooze,
 * weekly counts, backup and privacy. Every change saves at once and all open tabs follow through storage.onChanged.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { t, type MessageKey } from '../i18n';
import {
  loadCounts,
  loadSettings,
  onCountsChanged,
  onSettingsChanged,
  resetCounts,
  setCatalogueSiteEnabled,
  updateSettings,
  weekSummary,
} from '../settings/store';
import type { Counts, Settings } from '../settings/types';
import type { Feedback } from './feedback';
import { BackupSection } from './sections/BackupSection';
import { BreathingSection } from './sections/BreathingSection';
import { CountsSection } from './sections/CountsSection';
import { CustomSitesSection } from './sections/CustomSitesSection';
import { DeviceModelSection } from './sections/DeviceModelSection';
import { ModeSection } from './sections/ModeSection';
import { PrivacySection } from './sections/PrivacySection';
import { SensitivitySection } from './sections/SensitivitySection';
import { SitesSection } from './sections/SitesSection';
import { SnoozeSection } from './sections/SnoozeSection';

/** How long the discreet "Saved" stays visible. */
const STATUS_MS = 2500;

export interface OptionsPageProps {
  now?: () => number;
  locale?: string;
}

export function OptionsPage({ now = Date.now, locale }: OptionsPageProps) {
  const [settings, setSettings] = useState<Settings | undefined>();
  const [counts, setCounts] = useState<Counts>({});
  const [status, setStatus] = useState('');
  const statusTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  useEffect(() => {
    const stop = new AbortController();
    void loadSettings().then(setSettings);
    void loadCounts().then(setCounts, () => undefined);
    onSettingsChanged(setSettings, stop.signal);
    onCountsChanged(setCounts, stop.signal);
    return () => {
      stop.abort();
      clearTimeout(statusTimer.current);
    };
  }, []);

  const feedback: Feedback = {
    flash(key: MessageKey, ...args: string[]): void {
      setStatus(t(key, ...args));
      clearTimeout(statusTimer.current);
      statusTimer.current = setTimeout(() => setStatus(''), STATUS_MS);
    },
    saved(promise: Promise<unknown>): void {
      promise.then(
        () => feedback.flash('optionsSaved'),
        () => feedback.flash('optionsSaveFailed'),
      );
    },
  };

  const save = (change: (current: Settings) => Settings): void => {
    setSettings((current) => (current ? change(current) : current));
    feedback.saved(updateSettings(change).then(setSettings));
  };

  if (!settings) return <main class="options" aria-busy="true" />;

  return (
    <main class="options">
      <header class="options-header">
        <h1 class="options-title">{t('optionsTitle')}</h1>
        <p class="attune-muted">{t('optionsIntro')}</p>
        <p class="options-status" role="status">
          {status}
        </p>
      </header>
      <SitesSection
        sites={settings.sites}
        onToggle={(siteId, enabled) => feedback.saved(setCatalogueSiteEnabled(siteId, enabled).then(setSettings))}
      />
      <CustomSitesSection customSites={settings.customSites} feedback={feedback} />
      <SensitivitySection value={settings.sensitivity} onChange={(sensitivity) => save((current) => ({ ...current, sensitivity }))} />
      <ModeSection value={settings.mode} onChange={(mode) => save((current) => ({ ...current, mode }))} />
      <BreathingSection
        breathing={settings.breathing}
        onChange={(change) => save((current) => ({ ...current, breathing: { ...current.breathing, ...change } }))}
      />
      <DeviceModelSection enabled={settings.onDeviceReplies} onToggle={(onDeviceReplies) => save((current) => ({ ...current, onDeviceReplies }))} />
      <SnoozeSection until={settings.snoozeUntil} now={now} locale={locale} feedback={feedback} />
      <CountsSection
        week={weekSummary(counts, now())}
        locale={locale}
        onReset={() =>
          void resetCounts().then(
            () => {
              setCounts({});
              feedback.flash('optionsCountsResetDone');
            },
            () => feedback.flash('optionsSaveFailed'),
          )
        }
      />
      <BackupSection
        settings={settings}
        onImport={(imported) =>
          updateSettings(() => imported).then(
            (next) => {
              setSettings(next);
              feedback.flash(next.customSites.length > 0 ? 'optionsImportDoneSites' : 'optionsImportDone');
            },
            () => feedback.flash('optionsSaveFailed'),
          )
        }
      />
      <PrivacySection />
    </main>
  );
}
