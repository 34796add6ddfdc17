/**
 * The content script: runs in every frame of a covered site. It watches drafts, nudges, and pauses a heated
 * message before the site sends it. One instance per frame; one abort() tears it all down.
 */
import { DEFAULT_SETTINGS } from '../settings/schema';
import { coverageFor, isSnoozed, loadSettings, onSettingsChanged } from '../settings/store';
import type { Settings } from '../settings/types';
import { siteForHost } from '../sites';
import { ContentController } from './controller';
import type { Policy } from './policy';
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

function policyFor(settings: Settings | null, host: string): Policy {
  const site = siteForHost(host);
  const defaults = settings ?? (DEFAULT_SETTINGS as Settings);
  // Until settings load, a page we were injected into is covered: the worker only registers enabled sites.
  const coverage = settings ? coverageFor(settings, host) : { site, enabled: true };
  const catalogueSite = coverage.site ?? site;
  return {
    active: coverage.enabled && !isSnoozed(defaults),
    mode: defaults.mode,
    sensitivity: defaults.sensitivity,
    breathing: defaults.breathing,
    sendKey: catalogueSite?.sendKey ?? 'either',
    sendButtons: catalogueSite?.sendButton ?? [],
  };
}

function copyToClipboard(text: string): void {
  navigator.clipboard?.writeText(text).catch(() => undefined);
}

function main(): void {
  const scope = globalThis as { [INSTANCE]?: boolean };
  if (scope[INSTANCE] || !extensionAlive()) return;
  scope[INSTANCE] = true;

  const host = frameHost();
  const pauses = createPauseLoader(injectPauseScript);
  let settings: Settings | null = null;
  // Worked out once per settings change, not per keystroke; again when a snooze runs out.
  let policy = policyFor(settings, host);
  const currentPolicy = (): Policy => {
    if (!policy.active && settings !== null && settings.snoozeUntil > 0 && !isSnoozed(settings)) policy = policyFor(settings, host);
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
    policy = policyFor(settings, host);
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
