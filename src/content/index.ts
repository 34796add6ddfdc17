/**
 * The content script: runs in every frame of a covered site. It watches drafts, nudges, and pauses a heated
 * message before the site sends it. One instance per frame; one abort() tears it all down.
 */
import { extensionApi } from '../extension-api';
import { Fragment, options, render } from 'preact';
import { registerAnalysisKit } from '../analysis-kit';
import { afinnScore } from '../analysis/afinn';
import { analyze } from '../analysis/analyze';
import { isHeatWord } from '../analysis/lexicon';
import { TONE, wordTone } from '../analysis/tone';
import { registerPreact } from '../preact-kit';
import { DEFAULT_SETTINGS } from '../settings/schema';
import { coverageFor, isSnoozed, loadSettings, onSettingsChanged } from '../settings/store';
import type { Settings } from '../settings/types';
import { actsIn, catalogueSendKey, composerOf, siteForPage } from '../sites';
import { ContentController } from './controller';
import type { EditorAdapter } from './editors';
import type { ComposerPolicy, Policy } from './policy';
import { SendKeyMemory, storageFactStore } from './send/send-key-learning';
import { createPauseLoader } from './pause-loader';
import { extensionAlive, injectPauseScript, recordOutcome } from './runtime';
import { answerStatusRequests } from './status';
import { createContentUi } from './ui';

const INSTANCE = Symbol.for('attune.content');

/** The frame's host; about:blank and srcdoc frames take their parent's origin. */
function frameHost(): string {
  try {
    return new URL(self.origin).hostname.toLowerCase();
  } catch {
    return location.hostname.toLowerCase();
  }
}

function policyFor(settings: Settings | null, host: string, sendKeys: SendKeyMemory): Policy {
  const pathname = location.pathname;
  // A site's own pages on another's host (Google Chat inside Gmail) follow that site's switch and send key.
  const site = siteForPage(host, pathname);
  const defaults = settings ?? (DEFAULT_SETTINGS as Settings);
  // Until settings load, a page we were injected into is covered: the worker only registers enabled sites.
  const coverage = settings ? coverageFor(settings, host) : { site, enabled: true };
  const catalogueSite = site ?? coverage.site;
  const enabled = catalogueSite && settings ? settings.sites[catalogueSite.id] !== false : coverage.enabled;
  const sendKey = catalogueSite?.sendKey ?? 'either';
  return {
    active: enabled && !isSnoozed(defaults),
    mode: defaults.mode,
    sensitivity: defaults.sensitivity,
    breathing: defaults.breathing,
    sendKey,
    sendButtons: catalogueSite?.sendButton ?? [],
    siteId: catalogueSite?.id ?? null,
    composerOf: (editor: EditorAdapter): ComposerPolicy | null => {
      const path = location.pathname;
      if (catalogueSite && !actsIn(catalogueSite, host, path, editor.element)) return null;
      const composer = catalogueSite ? composerOf(catalogueSite, editor.element, path) : undefined;
      const key = `${host}|${composer?.id ?? editor.kind}`;
      const rule = catalogueSite ? catalogueSendKey(catalogueSite, editor.element, path) : sendKey;
      return {
        sends: (choice) => sendKeys.sends(key, choice, rule),
        sendKey: () => sendKeys.sendKey(key, rule),
        observe: (choice, observed) => sendKeys.observe(key, choice, observed),
      };
    },
    deviceModel: defaults.onDeviceReplies,
  };
}

function copyToClipboard(text: string): void {
  navigator.clipboard?.writeText(text).catch(() => undefined);
}

function main(): void {
  const scope = globalThis as { [INSTANCE]?: boolean };
  if (scope[INSTANCE] || !extensionAlive()) return;
  scope[INSTANCE] = true;
  // The pause, loaded into this world only for a paused send, scores and checks replies with this copy.
  registerAnalysisKit({ analyze, afinnScore, isHeatWord, TONE, wordTone });
  registerPreact({ Fragment, options, render });

  const host = frameHost();
  const pauses = createPauseLoader(injectPauseScript);
  const sendKeys = new SendKeyMemory(storageFactStore(extensionApi().storage.local));
  let settings: Settings | null = null;
  // Worked out once per settings change, not per keystroke; again when a snooze runs out.
  let policy = policyFor(settings, host, sendKeys);
  const currentPolicy = (): Policy => {
    if (!policy.active && settings !== null && settings.snoozeUntil > 0 && !isSnoozed(settings)) policy = policyFor(settings, host, sendKeys);
    return policy;
  };
  const controller = new ContentController({
    window,
    policy: currentPolicy,
    ui: (signal) => createContentUi(signal, pauses),
    record: recordOutcome,
    alive: extensionAlive,
    copy: copyToClipboard,
  });
  controller.start();
  try {
    answerStatusRequests(() => controller.watching(), controller.signal);
  } catch {
    // Without messaging the popup shows this tab as one where Attune is not running.
  }

  const apply = (next: Settings) => {
    settings = next;
    policy = policyFor(settings, host, sendKeys);
    controller.refresh();
  };
  loadSettings().then(apply, () => undefined);
  try {
    onSettingsChanged(apply, controller.signal);
  } catch {
    // Storage events are unavailable once the extension is gone; the defaults stay in force.
  }
}

try {
  main();
} catch {
  // Never throw into the page.
}
