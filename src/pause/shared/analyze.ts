// The pause bundle's stand-in for src/analysis/analyze.ts: the content script's scorer (see src/analysis-kit.ts).
import { sharedAnalysisKit, type AnalysisKit } from '../../analysis-kit';

export const analyze: AnalysisKit['analyze'] = (text, options) => sharedAnalysisKit().analyze(text, options);
