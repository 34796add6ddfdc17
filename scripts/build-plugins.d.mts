import type { Plugin } from 'esbuild';

export function minifyCssLiterals(enabled: boolean): Plugin;
export function compactAfinnModule(labels: Record<string, number>): string;
export const compactAfinn: Plugin;
