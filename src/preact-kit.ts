/**
 * Preact, shared between the content script and the pause like the scorer (src/analysis-kit.ts): pause.js renders
 * with the content script's copy instead of bundling a second one (build.mjs points the pause bundle's `preact`
 * imports at src/pause/shared/preact.ts). One copy also means one `options` object, which preact's hooks extend.
 * The page's own scripts live in another world and can neither see nor replace it.
 */
import type * as Preact from 'preact';

/** What pause.js renders with: its components, hooks and JSX runtime need no more of preact than this. */
export type PreactKit = Pick<typeof Preact, 'Fragment' | 'options' | 'render'>;

const PREACT_GLOBAL = 'attunePreact';

type PreactScope = { [PREACT_GLOBAL]?: PreactKit };

/** Called once by the content script; a second instance in the same frame keeps the first. */
export function registerPreact(preact: PreactKit, scope: object = globalThis): void {
  if ((scope as PreactScope)[PREACT_GLOBAL]) return;
  Object.defineProperty(scope, PREACT_GLOBAL, { value: Object.freeze({ Fragment: preact.Fragment, options: preact.options, render: preact.render }), configurable: false, writable: false, enumerable: false });
}

/** The content script's preact; throws where there is none, so a pause that cannot render never registers (it fails open). */
export function sharedPreact(scope: object = globalThis): PreactKit {
  const preact = (scope as PreactScope)[PREACT_GLOBAL];
  if (!preact) throw new Error('Attune: no preact shared in this frame');
  return preact;
}
