import { useMemo } from 'preact/hooks';
import type { Analysis, Span } from '../../analysis/types';
import { t } from '../../i18n';
import { flaggedSpans, quoteSegments, reasonLines, type QuoteSegment } from '../quote';
import { PauseSection } from './PauseSection';

/** Longer drafts are quoted around their first flagged words so the card stays small. */
const QUOTE_MAX = 320;

interface Excerpt {
  segments: QuoteSegment[];
  cutBefore: boolean;
  cutAfter: boolean;
}

function excerpt(draft: string, spans: readonly Span[]): Excerpt {
  if (draft.length <= QUOTE_MAX) return { segments: quoteSegments(draft, spans), cutBefore: false, cutAfter: false };
  const starts = spans.map((span) => span.start).filter((start) => start >= 0 && start < draft.length);
  const first = starts.length > 0 ? Math.min(...starts) : 0;
  const start = Math.max(0, Math.min(first - 80, draft.length - QUOTE_MAX));
  const end = start + QUOTE_MAX;
  const shifted = spans.map((span) => ({ start: span.start - start, end: span.end - start }));
  return {
    segments: quoteSegments(draft.slice(start, end), shifted),
    cutBefore: start > 0,
    cutAfter: end < draft.length,
  };
}

/** Why we paused: the draft quoted with its flagged words marked, and up to three reasons. */
export function WhySection({ draft, analysis }: { draft: string; analysis: Analysis }) {
  const lines = useMemo(() => reasonLines(draft, analysis, 3), [draft, analysis]);
  const quote = useMemo(() => excerpt(draft, flaggedSpans(analysis)), [draft, analysis]);
  return (
    <PauseSection name="attune-why" heading="pauseWhyHeading">
      <blockquote class="attune-quote" aria-label={t('pauseQuoteLabel')}>
        {quote.cutBefore && '…'}
        {quote.segments.map((segment, index) =>
          segment.flagged ? <mark key={index}>{segment.text}</mark> : <span key={index}>{segment.text}</span>,
        )}
        {quote.cutAfter && '…'}
      </blockquote>
      <ul class="attune-reasons">
        {lines.map((line, index) => (
          <li key={index}>{line}</li>
        ))}
      </ul>
    </PauseSection>
  );
}
