// The pause bundle's stand-in for src/analysis/afinn.ts: the content script's AFINN table (see src/analysis-kit.ts).
import { sharedAnalysisKit, type AnalysisKit } from '../../analysis-kit';

export const afinnScore: AnalysisKit['afinnScore'] = (word) => sharedAnalysisKit().afinnScore(word);
