// The toolbar popup's entry: reads settings, counts and the active tab, and wires the view to them.
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { t } from '../src/i18n';
import { addCustomSite, setCustomSiteEnabled } from '../src/settings/custom-sites';
import { defaultSettings } from '../src/settings/schema';
import {
  cancelSnooze,
  coverageFor,
  loadCounts,
  loadSettings,
  onCountsChanged,
  onSettingsChanged,
  setCatalogueSiteEnabled,
  snoozeForAnHour,
  snoozeUntilTomorrow,
  weekSummary,
} from '../src/settings/store';
import type { Counts, Settings } from '../src/settings/types';
import { isComposerStatus, type ComposerStatusRequest } from '../src/messages';
import { PopupView, type PageState } from '../src/ui/Popup';
import type { WatchState } from '../src/ui/WatchStatus';
import { pageStyles } from '../src/ui/page-styles';
import { pauseStyles } from '../src/ui/pause-styles';
import { styles } from '../src/ui/styles';

/** The active tab's web origin, or undefined for browser pages and tabs we may not read. */
async function activeTabUrl(): Promise<URL | undefined> {
  try {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (!tab?.url) return undefined;
    const url = new URL(tab.url);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url : undefined;
  } catch {
    return undefined;
  }
}

/** Asks the active tab's content scripts whether they watch a message box; no answer means none runs there. */
async function watchState(): Promise<WatchState> {
  try {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id === undefined) return 'not-running';
    const request: ComposerStatusRequest = { type: 'attune/composer-status' };
    const reply: unknown = await browser.tabs.sendMessage(tab.id, request);
    return isComposerStatus(reply) && reply.watching ? 'watching' : 'no-box';
  } catch {
    return 'not-running';
  }
}

function pageState(settings: Settings, url: URL | undefined | null): PageState {
  if (url === null) return { kind: 'loading' };
  if (!url) return { kind: 'unavailable' };
  const coverage = coverageFor(settings, url.hostname);
  if (coverage.site) return { kind: 'catalogue', site: coverage.site, enabled: coverage.enabled };
  if (coverage.custom) return { kind: 'custom', site: coverage.custom };
  return { kind: 'uncovered', host: url.hostname };
}

function Popup() {
  const [settings, setSettings] = useState<Settings>(defaultSettings);
  const [loaded, setLoaded] = useState(false);
  const [counts, setCounts] = useState<Counts>({});
  const [url, setUrl] = useState<URL | undefined | null>(null);
  const [siteMessage, setSiteMessage] = useState<string | undefined>();
  const [now, setNow] = useState(Date.now);
  const [watch, setWatch] = useState<WatchState>('checking');

  useEffect(() => {
    const stop = new AbortController();
    loadSettings()
      .then(setSettings, () => undefined)
      .finally(() => setLoaded(true));
    loadCounts().then(setCounts, () => undefined);
    void activeTabUrl().then(setUrl);
    onSettingsChanged((next) => {
      setSettings(next);
      setNow(Date.now());
    }, stop.signal);
    onCountsChanged(setCounts, stop.signal);
    return () => stop.abort();
  }, []);

  const page = loaded ? pageState(settings, url) : { kind: 'loading' as const };
  const siteOn = (page.kind === 'catalogue' && page.enabled) || (page.kind === 'custom' && page.site.enabled);
  // Asked again when the site is switched on here, since that starts Attune in the open tab.
  useEffect(() => {
    if (siteOn) void watchState().then(setWatch);
  }, [siteOn]);
  const report = (result: { ok: true } | { ok: false; error: Parameters<typeof t>[0]; args?: string[] }) =>
    setSiteMessage(result.ok ? undefined : t(result.error, ...(result.args ?? [])));
  const failed = () => setSiteMessage(t('popupSiteAddFailed'));

  return (
    <PopupView
      settings={settings}
      week={weekSummary(counts, now)}
      page={page}
      watch={siteOn ? watch : undefined}
      now={now}
      siteMessage={siteMessage}
      locale={browser.i18n.getUILanguage()}
      onToggleSite={() => {
        if (page.kind === 'catalogue') void setCatalogueSiteEnabled(page.site.id, !page.enabled).catch(failed);
        if (page.kind === 'custom') void setCustomSiteEnabled(page.site, !page.site.enabled).then(report, failed);
      }}
      onAddSite={() => {
        if (page.kind === 'uncovered' && url) void addCustomSite(url.origin, settings.customSites).then(report, failed);
      }}
      onSnoozeHour={() => void snoozeForAnHour().catch(() => undefined)}
      onSnoozeTomorrow={() => void snoozeUntilTomorrow().catch(() => undefined)}
      onResume={() => void cancelSnooze().catch(() => undefined)}
      onOpenSettings={() => {
        void browser.runtime.openOptionsPage().then(() => window.close(), () => undefined);
      }}
    />
  );
}

const style = document.createElement('style');
style.textContent = `${styles}\n${pauseStyles}\n${pageStyles}`;
document.head.append(style);
document.title = t('extName');
document.documentElement.lang = browser.i18n.getUILanguage();
document.body.classList.add('attune-theme');
const root = document.getElementById('app');
if (root) render(<Popup />, root);
