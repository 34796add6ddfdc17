// The pause bundle's stand-in for src/analysis/lexicon.ts: the content script's heat words (see src/analysis-kit.ts).
import { sharedAnalysisKit, type AnalysisKit } from '../../analysis-kit';

export const isHeatWord: AnalysisKit['isHeatWord'] = (word) => sharedAnalysisKit().isHeatWord(word);
