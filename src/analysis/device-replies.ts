// The on-device model's side of the pause, pure: the reading it is asked with, and the reply guard over its answer.
import { DEVICE_TEXT_MAX, type DeviceReply, type DeviceRequest } from './device-prompt';
import { WHY } from './reframe';
import { readDraft, type FeltFeeling, type Reading } from './reading';
import { checkReply } from './reply-guard';
import { readTheirMessage } from './their-message';
import type { Analysis, ReframeOptions, Suggestion } from './types';
import { findFeeling, findNeed } from './vocabulary';

/** Fewer model replies than this that pass the guard, and the template replies stand alone. */
export const MIN_DEVICE_REPLIES = 2;

export interface DeviceAsk {
  request: DeviceRequest;
  /** What the guard checks the answer against. */
  reading: Reading;
  theirs: string;
}

const STRENGTH_WORD = { mild: 'a bit ', moderate: '', strong: 'very ' } as const;

function feelingWords(felt: FeltFeeling): string {
  return felt.named ?? `${STRENGTH_WORD[felt.strength]}${felt.id.replace(/-/g, ' ')}`;
}

/** The draft's reading and what the writer named in the pause, as the model is asked with it. */
export function deviceAsk(draft: string, analysis: Analysis, options: ReframeOptions = {}): DeviceAsk {
  const text = String(draft).slice(0, DEVICE_TEXT_MAX);
  const reading = readDraft(text, analysis);
  const theirs = options.theirs ? String(options.theirs).slice(0, DEVICE_TEXT_MAX) : '';
  const named = findFeeling(options.feeling);
  const theirNamed = options.theirFeeling === 'not-sure' ? null : findFeeling(options.theirFeeling)?.word;
  const theirRead = theirs.trim() ? readTheirMessage(theirs).feeling : 'neutral';
  return {
    reading,
    theirs,
    request: {
      draft: text,
      topic: reading.topic,
      observation: reading.observation,
      stance: reading.stance,
      feeling: named?.word ?? feelingWords(reading.feeling),
      feelingNamed: named !== undefined,
      need: findNeed(options.need)?.phrase ?? reading.need,
      request: reading.request,
      details: reading.details.slice(0, 12),
      register: reading.register,
      theirs: theirs.trim() ? theirs : null,
      theirFeeling: theirNamed ?? (theirRead === 'neutral' || options.theirFeeling === 'not-sure' ? null : theirRead),
    },
  };
}

/**
 * The model's replies that keep every rule of the reply guard, one per style and none twice; none at all when
 * fewer than two pass, so a half-good answer never stands beside the templates.
 */
export function guardDeviceReplies(ask: Pick<DeviceAsk, 'reading' | 'theirs'>, replies: readonly DeviceReply[]): Suggestion[] {
  const kept: Suggestion[] = [];
  for (const reply of replies) {
    if (kept.some((other) => other.style === reply.style || other.text === reply.text)) continue;
    let passes = false;
    try {
      passes = checkReply(ask.reading, reply.text, ask.theirs).ok;
    } catch {
      passes = false;
    }
    if (passes) kept.push({ style: reply.style, text: reply.text, why: WHY[reply.style] });
  }
  return kept.length >= MIN_DEVICE_REPLIES ? kept.slice(0, 3) : [];
}
