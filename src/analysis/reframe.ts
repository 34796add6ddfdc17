// Placeholder with the final signature; the real reframer replaces this file.
import type { Analysis, ReframeOptions, Suggestion } from './types';

export function reframe(_text: string, _analysis: Analysis, _options: ReframeOptions = {}): Suggestion[] {
  return [];
}
