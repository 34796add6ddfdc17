import type { Plugin } from 'esbuild';

export function minifyCssLiterals(enabled: boolean): Plugin;
export function compactAfinnModule(labels: Record<string, number>): string;
export const compactAfinn: Plugin;
export function compactPatternsSource(source: string): string;
export function compactLexiconSource(source: string): string;
export const compactLists: Plugin;
export function packTableSource(source: string): string;
export const packTables: Plugin;
export const shareContentAnalysis: Plugin;
export const Z85: string;
export function z85Encode(bytes: Uint8Array): string;
export function compromiseLanguageData(root: string): Promise<{ lexicon: Record<string, string>; models: Record<string, Record<string, string>> }>;
export function packedLanguageModule(data: unknown): string;
export const packLanguageData: Plugin;
