import type { Analysis, Reason, Span } from '../analysis/types';
import { t } from '../i18n';

export interface QuoteSegment {
  text: string;
  flagged: boolean;
}

/** Spans clamped to the text, sorted, with overlaps merged; empty and out-of-range spans dropped. */
export function normalizeSpans(spans: readonly Span[], length: number): Span[] {
  const clamped = spans
    .map((span) => ({ start: Math.max(0, Math.min(span.start, length)), end: Math.max(0, Math.min(span.end, length)) }))
    .filter((span) => span.end > span.start)
    .sort((a, b) => a.start - b.start);
  const merged: Span[] = [];
  for (const span of clamped) {
    const last = merged[merged.length - 1];
    if (last && span.start <= last.end) last.end = Math.max(last.end, span.end);
    else merged.push({ ...span });
  }
  return merged;
}

/** The draft cut into plain and flagged pieces, for a quote with the flagged words highlighted. */
export function quoteSegments(draft: string, spans: readonly Span[]): QuoteSegment[] {
  const segments: QuoteSegment[] = [];
  let at = 0;
  for (const span of normalizeSpans(spans, draft.length)) {
    if (span.start > at) segments.push({ text: draft.slice(at, span.start), flagged: false });
    segments.push({ text: draft.slice(span.start, span.end), flagged: true });
    at = span.end;
  }
  if (at < draft.length) segments.push({ text: draft.slice(at), flagged: false });
  return segments;
}

/** A flagged phrase for a one-line reason: whitespace collapsed, cut at a word near `max` characters. */
export function shortPhrase(text: string, max = 40): string {
  const phrase = text.replace(/\s+/g, ' ').trim();
  if (phrase.length <= max) return phrase;
  const cut = phrase.slice(0, max);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > max / 2 ? cut.slice(0, lastSpace) : cut).trimEnd()}…`;
}

/** The one-line reason shown to the user: the analysis' catalogue sentence, quoting the draft's own words. */
export function reasonLine(draft: string, reason: Reason): string {
  const [span] = normalizeSpans(reason.spans, draft.length);
  const phrases = (reason.message.subs ?? []).map((sub) => shortPhrase(sub));
  if (!span || phrases.some((phrase) => phrase === '')) return t('nudgeHeated');
  return t(reason.message.key, ...phrases);
}

function firstPhrase(draft: string, reason: Reason): string {
  const [span] = normalizeSpans(reason.spans, draft.length);
  return span ? draft.slice(span.start, span.end).toLowerCase() : '';
}

/**
 * Up to `max` reason lines, one per kind, in the analysis' order; never empty for a heated draft.
 * With `distinctWords`, a reason that only quotes words already quoted gives way to the next one.
 */
export function reasonLines(draft: string, analysis: Analysis, max: number, distinctWords = false): string[] {
  const seen = new Set<string>();
  const quoted: string[] = [];
  const lines: string[] = [];
  for (const reason of analysis.reasons) {
    if (seen.has(reason.kind)) continue;
    seen.add(reason.kind);
    const phrase = firstPhrase(draft, reason);
    if (distinctWords && phrase && quoted.some((earlier) => earlier.includes(phrase))) continue;
    quoted.push(phrase);
    const line = reasonLine(draft, reason);
    if (!lines.includes(line)) lines.push(line);
    if (lines.length >= max) break;
  }
  return lines.length > 0 ? lines : [t('nudgeHeated')];
}

/** All flagged spans of an analysis. */
export function flaggedSpans(analysis: Analysis): Span[] {
  return analysis.reasons.flatMap((reason) => reason.spans);
}
