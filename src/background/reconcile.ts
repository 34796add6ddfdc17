/**
 * Keeps the registered content scripts in line with the custom sites that are switched on and whose
 * host permission is granted. Idempotent, serialised, and it never throws.
 * Not `webext-dynamic-content-scripts`: it registers on every granted origin, while a site switched off here keeps
 * its permission (so switching it back needs no prompt) and must get no script.
 */
import browser from 'webextension-polyfill';
import { loadSettings } from '../settings/store';
import type { CustomSite } from '../settings/types';

export const CUSTOM_SCRIPT_PREFIX = 'attune-custom-';

export function scriptIdFor(site: CustomSite): string {
  return `${CUSTOM_SCRIPT_PREFIX}${site.host}`;
}

function registration(site: CustomSite): browser.Scripting.RegisteredContentScript {
  return {
    id: scriptIdFor(site),
    matches: [site.pattern],
    js: ['content.js'],
    allFrames: true,
    runAt: 'document_idle',
    persistAcrossSessions: true,
  };
}

async function isGranted(site: CustomSite): Promise<boolean> {
  try {
    return await browser.permissions.contains({ origins: [site.pattern] });
  } catch {
    return false;
  }
}

/** Logs only the error's name: messages can echo host names, and nothing user-entered goes to the console. */
function warn(step: string, error: unknown): void {
  console.warn(`Attune: ${step} failed (${error instanceof Error ? error.name : typeof error})`);
}

async function reconcileOnce(): Promise<void> {
  const settings = await loadSettings();
  const wanted = new Map<string, CustomSite>();
  for (const site of settings.customSites) {
    if (site.enabled && (await isGranted(site))) wanted.set(scriptIdFor(site), site);
  }

  const registered = (await browser.scripting.getRegisteredContentScripts()).filter((script) =>
    script.id.startsWith(CUSTOM_SCRIPT_PREFIX),
  );
  const stale = registered.filter((script) => {
    const site = wanted.get(script.id);
    return !site || script.matches?.length !== 1 || script.matches[0] !== site.pattern;
  });
  const current = new Set(registered.filter((script) => !stale.includes(script)).map((script) => script.id));

  if (stale.length > 0) {
    try {
      await browser.scripting.unregisterContentScripts({ ids: stale.map((script) => script.id) });
    } catch (error) {
      warn('unregistering content scripts', error);
    }
  }
  // One at a time, so one refused pattern cannot keep the others from being registered.
  for (const [id, site] of wanted) {
    if (current.has(id)) continue;
    try {
      await browser.scripting.registerContentScripts([registration(site)]);
    } catch (error) {
      warn('registering a content script', error);
    }
  }
}

let tail: Promise<void> = Promise.resolve();
let waiting: Promise<void> | undefined;

/**
 * Runs a reconcile after any one in progress. Calls that arrive while one is waiting share it:
 * it reads the state fresh when it starts, so it covers them all, and no two runs ever overlap
 * (overlapping runs would both register the same id and fail with "Duplicate script ID").
 */
export function reconcile(): Promise<void> {
  if (waiting) return waiting;
  const next = tail.then(async () => {
    waiting = undefined;
    try {
      await reconcileOnce();
    } catch (error) {
      warn('reconciling content scripts', error);
    }
  });
  waiting = next;
  tail = next;
  return next;
}
