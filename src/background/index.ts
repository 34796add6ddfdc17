/**
 * The service worker (a background script in Firefox): repairs stored settings, keeps custom-site
 * content scripts registered, adopts sites the user grants in the browser's own UI, counts outcomes, and loads
 * the pause into a tab when its content script asks, and asks Chrome's on-device model for replies while a pause is open.
 * Every listener is registered at the top level so the browser can wake the worker for it.
 */
import browser from 'webextension-polyfill';
import { DEVICE_PORT, contentScriptFrame, isTrustedSender, isWorkerMessage } from '../messages';
import { findLanguageModel } from '../ondevice/language-model';
import { catalogueMatchPatterns } from '../sites';
import { SETTINGS_KEY, loadSettings, updateSettings } from '../settings/store';
import { parseSiteInput } from '../settings/site-input';
import type { CustomSite } from '../settings/types';
import { recordOutcome } from './counts';
import { serveDeviceReplies } from './device-replies';
import { coverOpenTabs } from './open-tabs';
import { injectPause } from './pause';
import { reconcile } from './reconcile';

/** Validates and writes back the stored settings: migrates older shapes and repairs damaged values. */
async function repairSettings(): Promise<void> {
  try {
    await updateSettings((settings) => settings);
  } catch (error) {
    console.warn(`Attune: repairing settings failed (${error instanceof Error ? error.name : typeof error})`);
  }
}

/**
 * Origins granted outside our pages (the browser's site-access menu, or a Firefox popup that closed while
 * its permission prompt was open) become custom sites, so granting access is enough to turn Attune on there.
 */
async function adoptGrantedOrigins(origins: readonly string[]): Promise<void> {
  const catalogue = new Set(catalogueMatchPatterns());
  const candidates = origins.filter((origin) => !catalogue.has(origin));
  if (candidates.length === 0) return;
  await updateSettings((settings) => {
    const customSites = [...settings.customSites];
    for (const origin of candidates) {
      const parsed = parseSiteInput(origin, customSites);
      // Only a pattern we would have built ourselves; broad grants such as "https://*/*" never parse.
      if (!parsed.ok || parsed.pattern !== origin) continue;
      const site: CustomSite = { host: parsed.host, pattern: parsed.pattern, enabled: true };
      customSites.push(site);
    }
    return { ...settings, customSites };
  }).catch(() => undefined);
}

browser.runtime.onInstalled.addListener(() => {
  void repairSettings().then(reconcile).then(coverOpenTabs);
});

browser.runtime.onStartup.addListener(() => {
  void reconcile();
});

browser.storage.onChanged.addListener((changes, area) => {
  if (area === 'sync' && SETTINGS_KEY in changes) void reconcile();
});

browser.permissions.onAdded.addListener((permissions) => {
  void adoptGrantedOrigins(permissions.origins ?? []).then(reconcile);
});

browser.permissions.onRemoved.addListener(() => {
  void reconcile();
});

browser.runtime.onMessage.addListener((message: unknown, sender: browser.Runtime.MessageSender) => {
  if (!isWorkerMessage(message)) return undefined;
  if (!isTrustedSender(sender, browser.runtime.id, browser.runtime.getURL(''))) return undefined;
  switch (message.type) {
    case 'attune/record':
      return recordOutcome(message.outcome).catch(() => undefined);
    case 'attune/reconcile':
      return reconcile();
    case 'attune/load-pause':
      return injectPause(sender);
  }
});

browser.runtime.onConnect.addListener((port: browser.Runtime.Port) => {
  if (port.name !== DEVICE_PORT) return;
  const sender = port.sender ?? {};
  const base = browser.runtime.getURL('');
  // Only our content script in a tab, where the pause runs; no page and no other extension.
  if (!isTrustedSender(sender, browser.runtime.id, base) || !contentScriptFrame(sender, base)) {
    port.disconnect();
    return;
  }
  serveDeviceReplies(port, {
    model: () => findLanguageModel(),
    enabled: () => loadSettings().then((settings) => settings.onDeviceReplies),
  });
});
