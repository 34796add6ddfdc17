// Placeholder with the final signature; the real scorer replaces this file.
import Sentiment from 'sentiment';
import type { Analysis, AnalyzeOptions } from './types';

const sentiment = new Sentiment();

export function analyze(text: string, _options: AnalyzeOptions = {}): Analysis {
  const result = sentiment.analyze(text);
  const heated = result.score <= -3;
  return { level: heated ? 'heated' : 'calm', heated, score: Math.max(0, -result.score), reasons: [] };
}
