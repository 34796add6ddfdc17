/**
 * The manifest's content script reaches only pages loaded after an install or update. Tabs already open on a
 * catalogue site (a Teams tab that moved to teams.cloud.microsoft, a Messenger chat on facebook.com) get it
 * injected once, so someone who updates is covered at once instead of after a reload.
 */
import browser from 'webextension-polyfill';
import { catalogueMatchPatterns } from '../sites';

export async function coverOpenTabs(): Promise<void> {
  let tabs: browser.Tabs.Tab[];
  try {
    tabs = await browser.tabs.query({ url: catalogueMatchPatterns() });
  } catch {
    return;
  }
  await Promise.all(
    tabs.map(async (tab) => {
      if (tab.id === undefined || tab.discarded === true) return;
      try {
        await browser.scripting.executeScript({ target: { tabId: tab.id, allFrames: true }, files: ['content.js'] });
      } catch {
        // A tab the browser will not script (an error page, access withheld by the user) is left as it is.
      }
    }),
  );
}
