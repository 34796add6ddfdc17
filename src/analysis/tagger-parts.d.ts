import type nlpOne from 'compromise/one';
import type { Plugin } from 'compromise/misc';

export declare const tokenizer: typeof nlpOne;
export declare const preTagger: Plugin;
export declare const contractions: Plugin;
