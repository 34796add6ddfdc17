// compromise, taken from its source because its package exports offer these parts only inside bigger builds: its
// tokenizer ("one") less the typeahead, whose hook does nothing until nlp.typeahead() is given words (never here),
// and less the editing methods of its "change" plugin (replace, insert, remove...: 10 KB the reader never calls),
// whose term ids the tokenizer's hooks still compute; and the part-of-speech tagger and contractions of its "two"
// build, whose post-tagger would put pause.js over its 450 KB budget. The tokenizer's plugins go in as
// compromise/src/one.js adds them, in its order.
import nlp from '../../node_modules/compromise/src/nlp.js';
import cache from '../../node_modules/compromise/src/1-one/cache/plugin.js';
import changeCompute from '../../node_modules/compromise/src/1-one/change/compute/index.js';
import contractionsOne from '../../node_modules/compromise/src/1-one/contraction-one/plugin.js';
import freeze from '../../node_modules/compromise/src/1-one/freeze/plugin.js';
import lexicon from '../../node_modules/compromise/src/1-one/lexicon/plugin.js';
import lookup from '../../node_modules/compromise/src/1-one/lookup/plugin.js';
import match from '../../node_modules/compromise/src/1-one/match/plugin.js';
import output from '../../node_modules/compromise/src/1-one/output/plugin.js';
import pointers from '../../node_modules/compromise/src/1-one/pointers/plugin.js';
import sweep from '../../node_modules/compromise/src/1-one/sweep/plugin.js';
import tag from '../../node_modules/compromise/src/1-one/tag/plugin.js';
import tokenize from '../../node_modules/compromise/src/1-one/tokenize/plugin.js';

nlp.extend({ compute: changeCompute });
nlp.extend(output);
nlp.extend(match);
nlp.extend(pointers);
nlp.extend(tag);
nlp.plugin(contractionsOne);
nlp.extend(tokenize);
nlp.extend(freeze);
nlp.plugin(cache);
nlp.extend(lookup);
nlp.extend(lexicon);
nlp.extend(sweep);

export { nlp as tokenizer };
export { default as preTagger } from '../../node_modules/compromise/src/2-two/preTagger/plugin.js';
export { default as contractions } from '../../node_modules/compromise/src/2-two/contraction-two/plugin.js';
