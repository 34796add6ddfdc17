import type { Plugin } from 'compromise/misc';

export declare const preTagger: Plugin;
export declare const contractions: Plugin;
