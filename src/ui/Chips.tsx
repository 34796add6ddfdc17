import { useState } from 'preact/hooks';
import { t } from '../i18n';

export interface ChipOption {
  id: string;
  label: string;
}

export interface ChipsProps {
  /** The id of the visible label of the group. */
  labelId: string;
  label: string;
  options: readonly ChipOption[];
  selected: string | undefined;
  onChange(id: string | undefined): void;
  /** How many chips show before "More"; all when absent. */
  initialCount?: number;
}

/** One-tap choices: toggle buttons of which at most one is pressed; tapping the pressed one clears it. */
export function Chips({ labelId, label, options, selected, onChange, initialCount }: ChipsProps) {
  const [expanded, setExpanded] = useState(false);
  const limit = initialCount ?? options.length;
  const selectedHidden = options.findIndex((option) => option.id === selected) >= limit;
  const visible = expanded || selectedHidden ? options : options.slice(0, limit);
  const canExpand = options.length > limit && !selectedHidden;

  return (
    <div class="attune-chips-group" role="group" aria-labelledby={labelId}>
      <p class="attune-chips-label" id={labelId}>
        {label}
      </p>
      <div class="attune-chips">
        {visible.map((option) => (
          <button
            type="button"
            key={option.id}
            class="attune-chip"
            aria-pressed={option.id === selected}
            onClick={() => onChange(option.id === selected ? undefined : option.id)}
          >
            {option.label}
          </button>
        ))}
        {canExpand && (
          <button
            type="button"
            class="attune-chip attune-chip--more"
            aria-expanded={expanded}
            onClick={() => setExpanded(!expanded)}
          >
            {t(expanded ? 'pauseShowFewer' : 'pauseShowMore')}
          </button>
        )}
      </div>
    </div>
  );
}
