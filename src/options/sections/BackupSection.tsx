import type { TargetedEvent } from 'preact';
import { useId, useState } from 'preact/hooks';
import { t } from '../../i18n';
import { MAX_SETTINGS_FILE_BYTES, parseSettingsFile } from '../../settings/schema';
import type { Settings } from '../../settings/types';
import { Section } from '../Section';

export interface BackupSectionProps {
  settings: Settings;
  /** Saves settings read from a file; they are already validated. */
  onImport(settings: Settings): void;
}

function download(settings: Settings): void {
  const blob = new Blob([`${JSON.stringify(settings, null, 2)}\n`], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = 'attune-settings.json';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Settings to a file and back; a file that is not ours changes nothing. */
export function BackupSection({ settings, onImport }: BackupSectionProps) {
  const fileId = useId();
  const [error, setError] = useState('');

  const onFile = (event: TargetedEvent<HTMLInputElement>): void => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    setError('');
    const bad = (): void => setError(t('optionsImportBad'));
    if (file.size > MAX_SETTINGS_FILE_BYTES) return bad();
    void file.text().then((text: string) => {
      const imported = parseSettingsFile(text);
      if (imported) onImport(imported);
      else bad();
    }, bad);
  };

  return (
    <Section title={t('optionsBackupHeading')}>
      <p class="attune-muted">{t('optionsBackupHelp')}</p>
      <div class="attune-buttons options-buttons">
        <button type="button" class="attune-button attune-button--secondary" onClick={() => download(settings)}>
          {t('optionsExport')}
        </button>
        <label class="attune-button attune-button--quiet options-file" for={fileId}>
          {t('optionsImport')}
          <input id={fileId} class="attune-visually-hidden" type="file" accept="application/json,.json" onChange={onFile} />
        </label>
      </div>
      <p class="options-error" role="alert">
        {error}
      </p>
    </Section>
  );
}
