import { useEffect, useRef, useState } from 'preact/hooks';
import type { ReasonKind } from '../analysis/types';
import { FEELINGS, NEEDS, likelyFeeling } from '../analysis/vocabulary';
import { t, type MessageKey } from '../i18n';
import { Chips, type ChipOption } from './Chips';

/** What the writer named in the pause; every field is a vocabulary id. */
export interface Naming {
  feeling?: string;
  need?: string;
  theirFeeling?: string;
}

/** The catalogue key of a vocabulary word; a unit test checks every id has one. */
export function vocabularyKey(kind: 'feeling' | 'need', id: string): MessageKey {
  return `${kind}_${id.replace(/-/g, '_')}` as MessageKey;
}

/** Feelings with the group of the one most likely behind the draft first, so the fitting words need no "More". */
export function feelingOptions(topReason: ReasonKind | undefined): ChipOption[] {
  const likely = likelyFeeling(topReason);
  const ordered = [
    likely,
    ...FEELINGS.filter((feeling) => feeling.group === likely.group && feeling.id !== likely.id),
    ...FEELINGS.filter((feeling) => feeling.group !== likely.group),
  ];
  return ordered.map((feeling) => ({ id: feeling.id, label: t(vocabularyKey('feeling', feeling.id)) }));
}

export function needOptions(): ChipOption[] {
  return NEEDS.map((need) => ({ id: need.id, label: t(vocabularyKey('need', need.id)) }));
}

export interface FeelingPickerProps {
  idPrefix: string;
  topReason: ReasonKind | undefined;
  naming: Naming;
  onChange(naming: Naming): void;
  /** Offer the optional "what might they feel" chips (the "They said" card asks it instead when it shows). */
  askTheirs?: boolean;
}

/** Naming the feeling with one tap each: mine, what I need, and optionally what they might feel. */
export function FeelingPicker({ idPrefix, topReason, naming, onChange, askTheirs = true }: FeelingPickerProps) {
  const feelings = feelingOptions(topReason);
  // What they might feel is optional, so it stays one line until asked for.
  const [theirsOpen, setTheirsOpen] = useState(naming.theirFeeling !== undefined);
  const theirsRef = useRef<HTMLDivElement>(null);
  const openedByUser = useRef(false);
  useEffect(() => {
    // The disclosure button is gone once open, so focus moves on to the first of the chips it revealed.
    if (theirsOpen && openedByUser.current) theirsRef.current?.querySelector<HTMLElement>('.attune-chip')?.focus();
  }, [theirsOpen]);
  return (
    <div class="attune-naming">
      <Chips
        labelId={`${idPrefix}-mine`}
        label={t('pauseNameMine')}
        options={feelings}
        selected={naming.feeling}
        initialCount={6}
        onChange={(feeling) => onChange({ ...naming, feeling })}
      />
      <Chips
        labelId={`${idPrefix}-need`}
        label={t('pauseNameNeed')}
        options={needOptions()}
        selected={naming.need}
        initialCount={5}
        onChange={(need) => onChange({ ...naming, need })}
      />
      {!askTheirs ? null : theirsOpen ? (
        <div ref={theirsRef}>
          <Chips
            labelId={`${idPrefix}-theirs`}
            label={t('pauseNameTheirs')}
            options={feelings}
            selected={naming.theirFeeling}
            initialCount={6}
            onChange={(theirFeeling) => onChange({ ...naming, theirFeeling })}
          />
        </div>
      ) : (
        <button
          type="button"
          class="attune-disclosure"
          aria-expanded="false"
          onClick={() => {
            openedByUser.current = true;
            setTheirsOpen(true);
          }}
        >
          {t('pauseNameTheirs')}
        </button>
      )}
    </div>
  );
}
