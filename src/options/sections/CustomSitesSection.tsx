import type { TargetedEvent } from 'preact';
import { useId, useState } from 'preact/hooks';
import { t } from '../../i18n';
import { addCustomSite, removeCustomSite, setCustomSiteEnabled } from '../../settings/custom-sites';
import type { CustomSite } from '../../settings/types';
import { Switch } from '../../ui/controls/Switch';
import type { Feedback } from '../feedback';
import { useGrantedHosts } from '../permissions';
import { Section } from '../Section';

export interface CustomSitesSectionProps {
  customSites: readonly CustomSite[];
  feedback: Feedback;
}

/** Sites beyond the catalogue: add one by address, switch it, remove it; each asks for its own permission. */
export function CustomSitesSection({ customSites, feedback }: CustomSitesSectionProps) {
  const inputId = useId();
  const granted = useGrantedHosts(customSites);
  const [input, setInput] = useState('');
  const [error, setError] = useState('');
  const [note, setNote] = useState('');

  const onAdd = (event: TargetedEvent<HTMLFormElement>): void => {
    event.preventDefault();
    setNote('');
    // Called within the submit event so the permission prompt keeps the user's gesture.
    void addCustomSite(input, customSites).then((result) => {
      if (!result.ok) {
        setError(t(result.error, ...(result.args ?? [])));
        return;
      }
      setError('');
      setInput('');
      setNote(t('optionsCustomAdded', result.site.host));
      feedback.flash('optionsSaved');
    });
  };

  const onToggle = (site: CustomSite, on: boolean): void => {
    void setCustomSiteEnabled(site, !on).then((result) => {
      if (result.ok) {
        setError('');
        feedback.flash('optionsSaved');
      } else {
        setError(t(result.error, ...(result.args ?? [])));
      }
    });
  };

  return (
    <Section title={t('optionsCustomHeading')}>
      <p class="attune-muted">{t('optionsCustomHelp')}</p>
      <form class="options-add" onSubmit={onAdd} noValidate>
        <label for={inputId} class="options-label">
          {t('optionsCustomInputLabel')}
        </label>
        <div class="options-add__row">
          <input
            id={inputId}
            class="options-input"
            type="text"
            inputMode="url"
            autoComplete="off"
            spellcheck={false}
            placeholder={t('optionsCustomInputPlaceholder')}
            value={input}
            aria-invalid={error !== ''}
            onInput={(event) => setInput(event.currentTarget.value)}
          />
          <button type="submit" class="attune-button attune-button--primary">
            {t('optionsCustomAdd')}
          </button>
        </div>
      </form>
      <p class="options-error" role="alert">
        {error}
      </p>
      <p class="options-note" role="status">
        {note}
      </p>
      {customSites.length === 0 ? (
        <p class="attune-muted">{t('optionsCustomEmpty')}</p>
      ) : (
        <ul class="options-list">
          {customSites.map((site) => {
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
                  <Switch checked={on} label={site.host} onToggle={() => onToggle(site, on)} />
                  <button
                    type="button"
                    class="attune-button attune-button--quiet attune-button--small"
                    aria-label={t('optionsCustomRemoveLabel', site.host)}
                    onClick={() => feedback.saved(removeCustomSite(site.host))}
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
  );
}
