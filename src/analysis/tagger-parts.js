// compromise's part-of-speech tagger and its contractions, taken from its source because its package exports offer
// them only inside the whole "two" build, whose post-tagger would put pause.js over its 450 KB budget.
export { default as preTagger } from '../../node_modules/compromise/src/2-two/preTagger/plugin.js';
export { default as contractions } from '../../node_modules/compromise/src/2-two/contraction-two/plugin.js';
