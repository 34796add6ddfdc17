import { useId, useMemo } from 'preact/hooks';
import { THEIR_FEELINGS, type Asked, type TheirFeeling } from '../../analysis/their-message';
import { t, type MessageKey } from '../../i18n';
import { Chips, type ChipOption } from '../Chips';
import { PauseSection } from './PauseSection';

/** The writer's answer to "not sure what they feel". */
export const NOT_SURE = 'not-sure';

/** Their words are quoted up to this length, the newest first to stay; the rest is left out. */
const QUOTE_MAX = 280;

export interface TheirSectionProps {
  /** Their last message(s), oldest first. */
  messages: readonly string[];
  /** The feeling read from their words; 'neutral' when none shows. */
  guess: TheirFeeling;
  asked: Asked;
  /** The writer's own pick: one of their feelings or `NOT_SURE`; undefined keeps the guess. */
  chosen: string | undefined;
  onChoose(feeling: string | undefined): void;
}

function feelingKey(id: string): MessageKey {
  return `theirFeeling_${id.replace(/-/g, '_')}` as MessageKey;
}

/** Their newest messages that fit in `max` characters; when the newest alone is longer, its start, cut at a word. */
export function shortQuote(messages: readonly string[], max = QUOTE_MAX): { lines: string[]; cutBefore: boolean } {
  const lines: string[] = [];
  let room = max;
  let index = messages.length - 1;
  for (; index >= 0; index--) {
    const text = messages[index] ?? '';
    if (text.length > room) break;
    lines.unshift(text);
    room -= text.length;
  }
  const newest = messages[messages.length - 1];
  if (lines.length === 0 && newest !== undefined) {
    const head = newest.slice(0, max - 1);
    const space = head.lastIndexOf(' ');
    lines.push(`${(space > max * 0.6 ? head.slice(0, space) : head).trimEnd()}…`);
    index = messages.length - 2;
  }
  return { lines, cutBefore: index >= 0 };
}

function guessLine(feeling: string, asked: Asked): string {
  if (feeling === NOT_SURE) return t('pauseTheirNotSure');
  if (feeling === 'neutral') return t(asked === 'none' ? 'pauseTheirNoGuess' : 'pauseTheirAsking');
  return t('pauseTheirGuess', t(feelingKey(feeling)));
}

/** The other person's last words and a gentle guess at how they feel, which the writer may change with one tap. */
export function TheirSection({ messages, guess, asked, chosen, onChoose }: TheirSectionProps) {
  const id = useId();
  const quote = useMemo(() => shortQuote(messages), [messages]);
  const shown = chosen ?? guess;
  const options = useMemo<ChipOption[]>(() => {
    const feelings = THEIR_FEELINGS.filter((feeling) => feeling !== 'neutral');
    // The guess and "not sure" first, so either answer is one tap away.
    const ordered = guess === 'neutral' ? [NOT_SURE, ...feelings] : [guess, NOT_SURE, ...feelings.filter((feeling) => feeling !== guess)];
    return ordered.map((feeling) => ({ id: feeling, label: t(feelingKey(feeling)) }));
  }, [guess]);
  return (
    <PauseSection name="attune-theirs" heading="pauseTheirHeading">
      <blockquote class="attune-quote attune-quote--theirs" aria-label={t('pauseTheirQuoteLabel')}>
        {quote.lines.map((line, index) => (
          <p key={index}>
            {index === 0 && quote.cutBefore ? '… ' : ''}
            {line}
          </p>
        ))}
      </blockquote>
      <p class="attune-their-guess" aria-live="polite">
        {guessLine(shown, asked)}
      </p>
      <Chips
        labelId={`${id}-theirs`}
        label={t('pauseTheirChange')}
        options={options}
        selected={shown === 'neutral' ? undefined : shown}
        initialCount={4}
        onChange={onChoose}
      />
    </PauseSection>
  );
}
