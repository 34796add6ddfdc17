// The pause bundle's stand-in for src/analysis/tone.ts: the content script's learned tone (see src/analysis-kit.ts).
import { sharedAnalysisKit, type AnalysisKit } from '../../analysis-kit';

export const TONE: AnalysisKit['TONE'] = sharedAnalysisKit().TONE;
export const wordTone: AnalysisKit['wordTone'] = (model, norm) => sharedAnalysisKit().wordTone(model, norm);
