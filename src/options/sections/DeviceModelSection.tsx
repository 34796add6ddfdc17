import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { t, type MessageKey } from '../../i18n';
import { downloadModel, findLanguageModel, modelStatus, type LanguageModelApi, type ModelStatus } from '../../ondevice/language-model';
import { Switch } from '../../ui/controls/Switch';
import { Section } from '../Section';

export interface DeviceModelSectionProps {
  enabled: boolean;
  onToggle(enabled: boolean): void;
  /** The Prompt API of this page; found on the page itself unless a test passes one. */
  model?: LanguageModelApi | null;
}

const STATUS_TEXT: Record<Exclude<ModelStatus, 'absent' | 'downloading'>, MessageKey> = {
  available: 'optionsDeviceReady',
  downloadable: 'optionsDeviceDownloadable',
  unavailable: 'optionsDeviceUnavailable',
};

interface Download {
  /** 0 to 1 while Chrome downloads; null before the first progress event. */
  progress: number | null;
  failed: boolean;
}

/**
 * Replies from Chrome's on-device model: the setting, the model's status here, and its download, which only the
 * user's click starts. Absent where the browser has no Prompt API (Firefox, older Chrome) or the model cannot run.
 */
export function DeviceModelSection({ enabled, onToggle, model = findLanguageModel() }: DeviceModelSectionProps) {
  const nameId = useId();
  const api = useRef(model).current;
  const [status, setStatus] = useState<ModelStatus | null>(api ? null : 'absent');
  const [download, setDownload] = useState<Download | null>(null);
  const leaving = useRef(new AbortController());

  const watch = (target: LanguageModelApi): void => {
    setDownload({ progress: null, failed: false });
    void downloadModel(target, (progress) => setDownload({ progress, failed: false }), leaving.current.signal).then(async (done) => {
      if (leaving.current.signal.aborted) return;
      setDownload(done ? null : { progress: null, failed: true });
      setStatus(await modelStatus(target));
    });
  };

  useEffect(() => {
    const page = leaving.current;
    if (api) {
      void modelStatus(api).then((found) => {
        if (page.signal.aborted) return;
        setStatus(found);
        // Chrome is already downloading (asked for earlier): follow its progress; this starts nothing new.
        if (found === 'downloading') watch(api);
      });
    }
    return () => page.abort();
  }, []);

  // Where the model cannot run, nothing is shown, unless the setting is on (perhaps synced from another computer).
  if (!api || status === null || status === 'absent' || (status === 'unavailable' && !enabled)) return null;

  const downloading = download !== null && !download.failed;
  const percent = Math.round((download?.progress ?? 0) * 100);
  return (
    <Section title={t('optionsDeviceHeading')}>
      <p class="attune-muted">{t('optionsDeviceHelp')}</p>
      <div class="attune-row options-list__row">
        <span class="attune-row__main options-site__name" id={nameId}>
          {t('optionsDeviceSwitch')}
        </span>
        <Switch checked={enabled} labelledBy={nameId} onToggle={() => onToggle(!enabled)} />
      </div>
      {downloading ? (
        <div class="options-download">
          <p role="status">{t('optionsDeviceDownloading', String(percent))}</p>
          <progress max={100} value={percent} aria-label={t('optionsDeviceDownloading', String(percent))} />
        </div>
      ) : (
        <p role="status">{t(download?.failed ? 'optionsDeviceDownloadFailed' : STATUS_TEXT[status === 'downloading' ? 'downloadable' : status])}</p>
      )}
      {enabled && !downloading && (status === 'downloadable' || download?.failed) && (
        <div class="attune-buttons options-buttons">
          <button type="button" class="attune-button attune-button--primary" onClick={() => watch(api)}>
            {t('optionsDeviceDownload')}
          </button>
        </div>
      )}
    </Section>
  );
}
