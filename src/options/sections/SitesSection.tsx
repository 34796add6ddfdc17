import { useId } from 'preact/hooks';
import { t } from '../../i18n';
import { SITES } from '../../sites';
import type { Settings } from '../../settings/types';
import { Switch } from '../../ui/controls/Switch';
import { useCatalogueAccess } from '../permissions';
import { Section } from '../Section';

export interface SitesSectionProps {
  sites: Settings['sites'];
  onToggle(siteId: string, enabled: boolean): void;
}

/** The catalogue sites, each with its switch, and a way to grant access where the browser withholds it. */
export function SitesSection({ sites, onToggle }: SitesSectionProps) {
  const id = useId();
  const access = useCatalogueAccess();
  return (
    <Section title={t('optionsSitesHeading')}>
      <p class="attune-muted">{t('optionsSitesHelp')}</p>
      {!access.granted && (
        <div class="options-notice">
          <p>{t('optionsSitesNeedAccess')}</p>
          <button type="button" class="attune-button attune-button--primary attune-button--small" onClick={access.request}>
            {t('optionsSitesGrantAccess')}
          </button>
        </div>
      )}
      <ul class="options-list">
        {SITES.map((site) => {
          const on = sites[site.id] !== false;
          const nameId = `${id}-${site.id}`;
          return (
            <li class="attune-row options-list__row" key={site.id}>
              <span class="attune-row__main">
                <span class="options-site__name" id={nameId}>
                  {site.name}
                </span>
                <span class="options-site__host attune-muted">{site.hosts.join(', ')}</span>
              </span>
              <Switch checked={on} labelledBy={nameId} onToggle={() => onToggle(site.id, !on)} />
            </li>
          );
        })}
      </ul>
    </Section>
  );
}
