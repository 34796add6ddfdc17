/**
 * Adding, switching and removing the sites a user covers beyond the catalogue.
 * The service worker turns the saved list into registered content scripts (src/background/reconcile.ts).
 */
import browser from 'webextension-polyfill';
import type { MessageKey } from '../i18n';
import { loadSettings, updateSettings } from './store';
import { parseSiteInput } from './site-input';
import type { CustomSite } from './types';

export { parseSiteInput, type SiteInputResult } from './site-input';
export { setCatalogueSiteEnabled } from './store';

export type CustomSiteResult = { ok: true; site: CustomSite } | { ok: false; error: MessageKey; args?: string[] };

/**
 * Validates the typed site, asks for its host permission and saves it.
 * Call it straight from a click handler: the permission request is the first thing it does,
 * because both Chrome and Firefox refuse the prompt once an `await` has spent the user's gesture.
 * `existing` (the custom sites the caller shows) lets duplicates be refused before any prompt.
 */
export function addCustomSite(input: string, existing: readonly CustomSite[] = []): Promise<CustomSiteResult> {
  const parsed = parseSiteInput(input, existing);
  if (!parsed.ok) return Promise.resolve(parsed);
  const granted = browser.permissions.request({ origins: [parsed.pattern] });
  return (async (): Promise<CustomSiteResult> => {
    if (!(await granted.catch(() => false))) return { ok: false, error: 'optionsSiteErrorPermissionRefused' };
    const site: CustomSite = { host: parsed.host, pattern: parsed.pattern, enabled: true };
    try {
      const saved = await updateSettings((settings) => {
        // The worker adopts newly granted origins too (see adoptGrantedOrigins), so it may have saved it first.
        if (settings.customSites.some((entry) => entry.host === site.host)) return settings;
        return { ...settings, customSites: [...settings.customSites, site] };
      });
      const stored = saved.customSites.find((entry) => entry.host === site.host);
      return stored ? { ok: true, site: stored } : { ok: false, error: 'optionsSiteErrorSaveFailed' };
    } catch {
      return { ok: false, error: 'optionsSiteErrorSaveFailed' };
    }
  })();
}

/**
 * Switches a custom site on or off. Switching on asks for the permission again (from the click, first thing),
 * since the user may have revoked it in the browser; switching off keeps it so switching back needs no prompt.
 */
export function setCustomSiteEnabled(site: CustomSite, enabled: boolean): Promise<CustomSiteResult> {
  const granted = enabled ? browser.permissions.request({ origins: [site.pattern] }) : Promise.resolve(true);
  return (async (): Promise<CustomSiteResult> => {
    if (!(await granted.catch(() => false))) return { ok: false, error: 'optionsSiteErrorPermissionRefused' };
    try {
      const settings = await updateSettings((current) => ({
        ...current,
        customSites: current.customSites.map((entry) => (entry.host === site.host ? { ...entry, enabled } : entry)),
      }));
      const saved = settings.customSites.find((entry) => entry.host === site.host);
      return saved ? { ok: true, site: saved } : { ok: false, error: 'optionsSiteErrorSaveFailed' };
    } catch {
      return { ok: false, error: 'optionsSiteErrorSaveFailed' };
    }
  })();
}

/** Drops the site from the settings and gives its host permission back. */
export async function removeCustomSite(host: string): Promise<void> {
  const before = await loadSettings();
  const site = before.customSites.find((entry) => entry.host === host);
  await updateSettings((settings) => ({
    ...settings,
    customSites: settings.customSites.filter((entry) => entry.host !== host),
  }));
  if (site) await browser.permissions.remove({ origins: [site.pattern] }).catch(() => false);
}
