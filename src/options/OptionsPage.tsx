/**
 * The options page: which sites Attune covers, how sensitive it is, how the pause behaves, snooze,
 * weekly counts, backup and privacy. Every change saves at once and all open tabs follow through storage.onChanged.
 */
import type { ComponentChildren, TargetedEvent } from 'preact';
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { SENSITIVITIES, type Sensitivity } from '../analysis/types';
import { t, type MessageKey } from '../i18n';
import { SITES, catalogueMatchPatterns } from '../sites';
import { addCustomSite, removeCustomSite, setCustomSiteEnabled } from '../settings/custom-sites';
import {
  BREATHING_PATTERNS,
  MAX_BREATHS,
  MAX_SETTINGS_FILE_BYTES,
  MIN_BREATHS,
  PAUSE_MODES,
  parseSettingsFile,
} from '../settings/schema';
import {
  cancelSnooze,
  isSnoozed,
  loadCounts,
  loadSettings,
  nextTimeOfDay,
  onCountsChanged,
  onSettingsChanged,
  resetCounts,
  setCatalogueSiteEnabled,
  snoozeForAnHour,
  snoozeUntil,
  snoozeUntilTomorrow,
  updateSettings,
  weekSummary,
} from '../settings/store';
import type { BreathingPatternId, Counts, CustomSite, PauseMode, Settings } from '../settings/types';
import { WeekChart } from '../ui/WeekChart';

const SENSITIVITY_TEXT: Record<Sensitivity, [MessageKey, MessageKey]> = {
  gentle: ['optionsSensitivityGentle', 'optionsSensitivityGentleHelp'],
  balanced: ['optionsSensitivityBalanced', 'optionsSensitivityBalancedHelp'],
  strict: ['optionsSensitivityStrict', 'optionsSensitivityStrictHelp'],
};

const MODE_TEXT: Record<PauseMode, [MessageKey, MessageKey]> = {
  pause: ['optionsModePause', 'optionsModePauseHelp'],
  nudge: ['optionsModeNudge', 'optionsModeNudgeHelp'],
};

const PATTERN_NAME: Record<BreathingPatternId, MessageKey> = {
  'cyclic-sighing': 'breathPatternCyclicSighing',
  resonant: 'breathPatternResonant',
  box: 'breathPatternBox',
  '4-7-8': 'breathPattern478',
};

/** How long the discreet "Saved" stays visible. */
const STATUS_MS = 2500;

export interface OptionsPageProps {
  now?: () => number;
  locale?: string;
}

function Section({ title, children }: { title: string; children: ComponentChildren }) {
  const id = useId();
  return (
    <section class="attune-panel options-section" aria-labelledby={id}>
      <h2 id={id} class="options-section__title">
        {title}
      </h2>
      {children}
    </section>
  );
}

function Switch({ checked, labelledBy, label, onToggle }: {
  checked: boolean;
  labelledBy?: string;
  label?: string;
  onToggle: () => void;
}) {
  return (
    <button
      type="button"
      role="switch"
      class="attune-switch"
      aria-checked={checked}
      aria-labelledby={labelledBy}
      aria-label={label}
      onClick={onToggle}
    >
      <span aria-hidden="true">{t(checked ? 'popupSiteOn' : 'popupSiteOff')}</span>
      <span class="attune-switch__track" aria-hidden="true" />
    </button>
  );
}

function RadioGroup<T extends string>({ legend, name, value, options, text, onChange }: {
  legend: string;
  name: string;
  value: T;
  options: readonly T[];
  text: Record<T, [MessageKey, MessageKey]>;
  onChange: (value: T) => void;
}) {
  const id = useId();
  return (
    <fieldset class="options-radios">
      <legend class="attune-visually-hidden">{legend}</legend>
      {options.map((option) => {
        const [label, help] = text[option];
        return (
          <label class="options-radio" key={option}>
            <input
              type="radio"
              name={name}
              value={option}
              checked={value === option}
              aria-describedby={`${id}-${option}`}
              onChange={() => onChange(option)}
            />
            <span>
              <span class="options-radio__label">{t(label)}</span>
              <span class="options-radio__help attune-muted" id={`${id}-${option}`}>
                {t(help)}
              </span>
            </span>
          </label>
        );
      })}
    </fieldset>
  );
}

function formatTime(time: number, locale: string | undefined): string {
  return new Intl.DateTimeFormat(locale, { weekday: 'short', hour: 'numeric', minute: '2-digit' }).format(time);
}

function clockValue(time: number): string {
  const date = new Date(time);
  return `${String(date.getHours()).padStart(2, '0')}:${String(date.getMinutes()).padStart(2, '0')}`;
}

/** Per custom site, whether its host permission is currently granted. */
async function grantedHosts(sites: readonly CustomSite[]): Promise<Record<string, boolean>> {
  const entries = await Promise.all(
    sites.map(async (site) => {
      const granted = await browser.permissions.contains({ origins: [site.pattern] }).catch(() => false);
      return [site.host, granted] as const;
    }),
  );
  return Object.fromEntries(entries);
}

export function OptionsPage({ now = Date.now, locale }: OptionsPageProps) {
  const [settings, setSettings] = useState<Settings | undefined>();
  const [counts, setCounts] = useState<Counts>({});
  const [granted, setGranted] = useState<Record<string, boolean>>({});
  const [catalogueAccess, setCatalogueAccess] = useState(true);
  const [status, setStatus] = useState('');
  const [siteInput, setSiteInput] = useState('');
  const [siteError, setSiteError] = useState('');
  const [siteNote, setSiteNote] = useState('');
  const [backupError, setBackupError] = useState('');
  const [snoozeClock, setSnoozeClock] = useState(() => clockValue(now() + 60 * 60 * 1000));
  const statusTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const ids = { sites: useId(), customInput: useId(), pattern: useId(), breaths: useId(), snooze: useId(), file: useId() };

  const refreshPermissions = (sites: readonly CustomSite[]): void => {
    void grantedHosts(sites).then(setGranted);
    void browser.permissions
      .contains({ origins: catalogueMatchPatterns() })
      .then(setCatalogueAccess, () => setCatalogueAccess(true));
  };

  useEffect(() => {
    const stop = new AbortController();
    const permissionsChanged = (): void => {
      void loadSettings().then((current) => refreshPermissions(current.customSites), () => undefined);
    };
    void loadSettings().then((loaded) => {
      setSettings(loaded);
      refreshPermissions(loaded.customSites);
    });
    void loadCounts().then(setCounts, () => undefined);
    onSettingsChanged((next) => {
      setSettings(next);
      refreshPermissions(next.customSites);
    }, stop.signal);
    onCountsChanged(setCounts, stop.signal);
    browser.permissions.onAdded.addListener(permissionsChanged);
    browser.permissions.onRemoved.addListener(permissionsChanged);
    return () => {
      stop.abort();
      browser.permissions.onAdded.removeListener(permissionsChanged);
      browser.permissions.onRemoved.removeListener(permissionsChanged);
      clearTimeout(statusTimer.current);
    };
  }, []);

  const flash = (key: MessageKey, ...args: string[]): void => {
    setStatus(t(key, ...args));
    clearTimeout(statusTimer.current);
    statusTimer.current = setTimeout(() => setStatus(''), STATUS_MS);
  };

  const saved = (promise: Promise<unknown>): void => {
    promise.then(
      () => flash('optionsSaved'),
      () => flash('optionsSaveFailed'),
    );
  };

  const save = (change: (current: Settings) => Settings): void => {
    setSettings((current) => (current ? change(current) : current));
    saved(updateSettings(change).then(setSettings));
  };

  if (!settings) return <main class="options" aria-busy="true" />;

  const snoozed = isSnoozed(settings, now());
  const week = weekSummary(counts, now());

  const onAddSite = (event: TargetedEvent<HTMLFormElement>): void => {
    event.preventDefault();
    setSiteNote('');
    // Called within the submit event so the permission prompt keeps the user's gesture.
    void addCustomSite(siteInput, settings.customSites).then((result) => {
      if (!result.ok) {
        setSiteError(t(result.error, ...(result.args ?? [])));
        return;
      }
      setSiteError('');
      setSiteInput('');
      setSiteNote(t('optionsCustomAdded', result.site.host));
      flash('optionsSaved');
    });
  };

  const onToggleCustom = (site: CustomSite, on: boolean): void => {
    void setCustomSiteEnabled(site, !on).then((result) => {
      if (result.ok) {
        setSiteError('');
        flash('optionsSaved');
      } else {
        setSiteError(t(result.error, ...(result.args ?? [])));
      }
    });
  };

  const onGrantCatalogue = (): void => {
    void browser.permissions
      .request({ origins: catalogueMatchPatterns() })
      .then(setCatalogueAccess, () => undefined);
  };

  const onExport = (): void => {
    const blob = new Blob([`${JSON.stringify(settings, null, 2)}\n`], { type: 'application/json' });
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = 'attune-settings.json';
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  };

  const onImport = (event: TargetedEvent<HTMLInputElement>): void => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    setBackupError('');
    const bad = (): void => setBackupError(t('optionsImportBad'));
    if (file.size > MAX_SETTINGS_FILE_BYTES) return bad();
    void file.text().then((text: string) => {
      const imported = parseSettingsFile(text);
      if (!imported) return bad();
      updateSettings(() => imported).then(
        (next) => {
          setSettings(next);
          flash(next.customSites.length > 0 ? 'optionsImportDoneSites' : 'optionsImportDone');
        },
        () => flash('optionsSaveFailed'),
      );
    }, bad);
  };

  const onSnoozeUntilClock = (): void => {
    const match = /^(\d{2}):(\d{2})$/.exec(snoozeClock);
    if (!match) return;
    saved(snoozeUntil(nextTimeOfDay(Number(match[1]), Number(match[2]), now())));
  };

  return (
    <main class="options">
      <header class="options-header">
        <h1 class="options-title">{t('optionsTitle')}</h1>
        <p class="attune-muted">{t('optionsIntro')}</p>
        <p class="options-status" role="status">
          {status}
        </p>
      </header>

      <Section title={t('optionsSitesHeading')}>
        <p class="attune-muted">{t('optionsSitesHelp')}</p>
        {!catalogueAccess && (
          <div class="options-notice">
            <p>{t('optionsSitesNeedAccess')}</p>
            <button type="button" class="attune-button attune-button--primary attune-button--small" onClick={onGrantCatalogue}>
              {t('optionsSitesGrantAccess')}
            </button>
          </div>
        )}
        <ul class="options-list">
          {SITES.map((site) => {
            const on = settings.sites[site.id] !== false;
            const nameId = `${ids.sites}-${site.id}`;
            return (
              <li class="attune-row options-list__row" key={site.id}>
                <span class="attune-row__main">
                  <span class="options-site__name" id={nameId}>
                    {site.name}
                  </span>
                  <span class="options-site__host attune-muted">{site.hosts.join(', ')}</span>
                </span>
                <Switch
                  checked={on}
                  labelledBy={nameId}
                  onToggle={() => saved(setCatalogueSiteEnabled(site.id, !on).then(setSettings))}
                />
              </li>
            );
          })}
        </ul>
      </Section>

      <Section title={t('optionsCustomHeading')}>
        <p class="attune-muted">{t('optionsCustomHelp')}</p>
        <form class="options-add" onSubmit={onAddSite} noValidate>
          <label for={ids.customInput} class="options-label">
            {t('optionsCustomInputLabel')}
          </label>
          <div class="options-add__row">
            <input
              id={ids.customInput}
              class="options-input"
              type="text"
              inputMode="url"
              autoComplete="off"
              spellcheck={false}
              placeholder={t('optionsCustomInputPlaceholder')}
              value={siteInput}
              aria-invalid={siteError !== ''}
              onInput={(event) => setSiteInput(event.currentTarget.value)}
            />
            <button type="submit" class="attune-button attune-button--primary">
              {t('optionsCustomAdd')}
            </button>
          </div>
        </form>
        <p class="options-error" role="alert">
          {siteError}
        </p>
        <p class="options-note" role="status">
          {siteNote}
        </p>
        {settings.customSites.length === 0 ? (
          <p class="attune-muted">{t('optionsCustomEmpty')}</p>
        ) : (
          <ul class="options-list">
            {settings.customSites.map((site) => {
              const hasAccess = granted[site.host] !== false;
              const on = site.enabled && hasAccess;
              return (
                <li class="attune-row options-list__row options-list__row--custom" key={site.host}>
                  <span class="attune-row__main">
                    <span class="options-site__name">{site.host}</span>
                    {site.pattern.startsWith('http:') && <span class="options-site__host attune-muted">{site.pattern}</span>}
                    {site.enabled && !hasAccess && (
                      <span class="options-site__host attune-muted">{t('optionsCustomNoAccess')}</span>
                    )}
                  </span>
                  <span class="options-row__actions">
                    <Switch checked={on} label={site.host} onToggle={() => onToggleCustom(site, on)} />
                    <button
                      type="button"
                      class="attune-button attune-button--quiet attune-button--small"
                      aria-label={t('optionsCustomRemoveLabel', site.host)}
                      onClick={() => saved(removeCustomSite(site.host))}
                    >
                      {t('optionsCustomRemove')}
                    </button>
                  </span>
                </li>
              );
            })}
          </ul>
        )}
      </Section>

      <Section title={t('optionsSensitivityHeading')}>
        <RadioGroup
          legend={t('optionsSensitivityHeading')}
          name="sensitivity"
          value={settings.sensitivity}
          options={SENSITIVITIES}
          text={SENSITIVITY_TEXT}
          onChange={(sensitivity) => save((current) => ({ ...current, sensitivity }))}
        />
      </Section>

      <Section title={t('optionsModeHeading')}>
        <RadioGroup
          legend={t('optionsModeHeading')}
          name="mode"
          value={settings.mode}
          options={PAUSE_MODES}
          text={MODE_TEXT}
          onChange={(mode) => save((current) => ({ ...current, mode }))}
        />
      </Section>

      <Section title={t('optionsBreathingHeading')}>
        <div class="options-fields">
          <label class="options-field" for={ids.pattern}>
            <span class="options-label">{t('optionsBreathingPattern')}</span>
            <select
              id={ids.pattern}
              class="options-input"
              value={settings.breathing.pattern}
              onChange={(event) => {
                const pattern = event.currentTarget.value as BreathingPatternId;
                save((current) => ({ ...current, breathing: { ...current.breathing, pattern } }));
              }}
            >
              {BREATHING_PATTERNS.map((pattern) => (
                <option key={pattern} value={pattern}>
                  {t(PATTERN_NAME[pattern])}
                </option>
              ))}
            </select>
          </label>
          <label class="options-field" for={ids.breaths}>
            <span class="options-label">{t('optionsBreathingBreaths')}</span>
            <input
              id={ids.breaths}
              class="options-input options-input--number"
              type="number"
              min={MIN_BREATHS}
              max={MAX_BREATHS}
              step={1}
              value={settings.breathing.breaths}
              aria-describedby={`${ids.breaths}-help`}
              onChange={(event) => {
                const breaths = Number(event.currentTarget.value);
                if (!Number.isFinite(breaths) || event.currentTarget.value === '') return;
                save((current) => ({ ...current, breathing: { ...current.breathing, breaths } }));
              }}
            />
          </label>
        </div>
        <p class="attune-muted" id={`${ids.breaths}-help`}>
          {t('optionsBreathingBreathsHelp')}
        </p>
      </Section>

      <Section title={t('optionsSnoozeHeading')}>
        <p>{snoozed ? t('optionsSnoozeOn', formatTime(settings.snoozeUntil, locale)) : t('optionsSnoozeOff')}</p>
        <div class="attune-buttons options-buttons">
          <button type="button" class="attune-button attune-button--secondary" onClick={() => saved(snoozeForAnHour(now()))}>
            {t('optionsSnoozeHour')}
          </button>
          <button type="button" class="attune-button attune-button--secondary" onClick={() => saved(snoozeUntilTomorrow(now()))}>
            {t('optionsSnoozeTomorrow')}
          </button>
          {snoozed && (
            <button type="button" class="attune-button attune-button--primary" onClick={() => saved(cancelSnooze())}>
              {t('optionsSnoozeResume')}
            </button>
          )}
        </div>
        <div class="options-add__row">
          <label class="options-field options-field--inline" for={ids.snooze}>
            <span class="options-label">{t('optionsSnoozeUntilLabel')}</span>
            <input
              id={ids.snooze}
              class="options-input"
              type="time"
              value={snoozeClock}
              onInput={(event) => setSnoozeClock(event.currentTarget.value)}
            />
          </label>
          <button type="button" class="attune-button attune-button--quiet" onClick={onSnoozeUntilClock}>
            {t('optionsSnoozeSet')}
          </button>
        </div>
      </Section>

      <Section title={t('optionsCountsHeading')}>
        <WeekChart days={week.days} totals={week.totals} locale={locale} />
        <div>
          <button
            type="button"
            class="attune-button attune-button--quiet attune-button--small"
            onClick={() =>
              void resetCounts().then(
                () => {
                  setCounts({});
                  flash('optionsCountsResetDone');
                },
                () => flash('optionsSaveFailed'),
              )
            }
          >
            {t('optionsCountsReset')}
          </button>
        </div>
      </Section>

      <Section title={t('optionsBackupHeading')}>
        <p class="attune-muted">{t('optionsBackupHelp')}</p>
        <div class="attune-buttons options-buttons">
          <button type="button" class="attune-button attune-button--secondary" onClick={onExport}>
            {t('optionsExport')}
          </button>
          <label class="attune-button attune-button--quiet options-file" for={ids.file}>
            {t('optionsImport')}
            <input id={ids.file} class="attune-visually-hidden" type="file" accept="application/json,.json" onChange={onImport} />
          </label>
        </div>
        <p class="options-error" role="alert">
          {backupError}
        </p>
      </Section>

      <Section title={t('optionsPrivacyHeading')}>
        <p>{t('optionsPrivacyStored')}</p>
        <p>{t('optionsPrivacyNever')}</p>
      </Section>
    </main>
  );
}
