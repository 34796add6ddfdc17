/**
 * The scorer, shared between the content script and the pause. `pause.js` runs in the same isolated world as
 * `content.js` (content scripts of one extension share one per frame), so the pause calls the content script's
 * scorer instead of shipping a second copy of it, its word lists and its learned tone (build.mjs points the pause
 * bundle's imports of these modules at src/pause/shared/). The page's own scripts live in another world and can
 * neither see nor replace it.
 */
import type { afinnScore } from './analysis/afinn';
import type { analyze } from './analysis/analyze';
import type { isHeatWord } from './analysis/lexicon';
import type { TONE, wordTone } from './analysis/tone';

export interface AnalysisKit {
  analyze: typeof analyze;
  afinnScore: typeof afinnScore;
  isHeatWord: typeof isHeatWord;
  TONE: typeof TONE;
  wordTone: typeof wordTone;
}

const KIT_GLOBAL = 'attuneAnalysis';

type KitScope = { [KIT_GLOBAL]?: AnalysisKit };

/** Called once by the content script; a second instance in the same frame keeps the first. */
export function registerAnalysisKit(kit: AnalysisKit, scope: object = globalThis): void {
  if ((scope as KitScope)[KIT_GLOBAL]) return;
  Object.defineProperty(scope, KIT_GLOBAL, { value: Object.freeze({ ...kit }), configurable: false, writable: false, enumerable: false });
}

/** The content script's scorer; throws where there is none, so a pause that cannot score never mounts (it fails open). */
export function sharedAnalysisKit(scope: object = globalThis): AnalysisKit {
  const kit = (scope as KitScope)[KIT_GLOBAL];
  if (!kit) throw new Error('Attune: no scorer shared in this frame');
  return kit;
}
