import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { catalogueMatchPatterns } from '../sites';
import type { CustomSite } from '../settings/types';

/** A number that changes whenever the browser grants or takes back a permission, to re-check on. */
function usePermissionChanges(): number {
  const [changes, setChanges] = useState(0);
  useEffect(() => {
    const changed = (): void => setChanges((count) => count + 1);
    browser.permissions.onAdded.addListener(changed);
    browser.permissions.onRemoved.addListener(changed);
    return () => {
      browser.permissions.onAdded.removeListener(changed);
      browser.permissions.onRemoved.removeListener(changed);
    };
  }, []);
  return changes;
}

/** Whether the catalogue sites are granted (Firefox lets people take them back), and a way to ask for them. */
export function useCatalogueAccess(): { granted: boolean; request(): void } {
  const changes = usePermissionChanges();
  const [granted, setGranted] = useState(true);
  useEffect(() => {
    let live = true;
    const answered = (answer: boolean): void => {
      if (live) setGranted(answer);
    };
    browser.permissions.contains({ origins: catalogueMatchPatterns() }).then(answered, () => answered(true));
    return () => {
      live = false;
    };
  }, [changes]);
  const request = (): void => {
    void browser.permissions.request({ origins: catalogueMatchPatterns() }).then(setGranted, () => undefined);
  };
  return { granted, request };
}

/** Per custom site's host, whether its host permission is currently granted. */
export function useGrantedHosts(sites: readonly CustomSite[]): Readonly<Record<string, boolean>> {
  const changes = usePermissionChanges();
  const [granted, setGranted] = useState<Record<string, boolean>>({});
  const patterns = sites.map((site) => `${site.host} ${site.pattern}`).join('\n');
  useEffect(() => {
    let live = true;
    void Promise.all(
      sites.map(async (site) => {
        const answer = await browser.permissions.contains({ origins: [site.pattern] }).catch(() => false);
        return [site.host, answer] as const;
      }),
    ).then((entries) => {
      if (live) setGranted(Object.fromEntries(entries));
    });
    return () => {
      live = false;
    };
  }, [changes, patterns]);
  return granted;
}
