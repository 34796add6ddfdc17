import { useState } from 'preact/hooks';
import type { Suggestion, SuggestionStyle } from '../analysis/types';
import { t, type MessageKey } from '../i18n';

const STYLE_TITLES: Record<SuggestionStyle, MessageKey> = {
  'i-statement': 'pauseStyleIStatement',
  curious: 'pauseStyleCurious',
  firm: 'pauseStyleFirm',
  boundary: 'pauseStyleBoundary',
  reflect: 'pauseStyleReflect',
  repair: 'pauseStyleRepair',
  pause: 'pauseStylePause',
};

interface Edit {
  /** The suggestion text the edit was made on; a new suggestion for the style replaces the edit. */
  base: string;
  text: string;
}

export interface SuggestionsProps {
  suggestions: readonly Suggestion[];
  idPrefix: string;
  onUse(text: string, style: SuggestionStyle): void;
}

/** The suggested replies, each editable in place, with why it may land better and a button to use it. */
export function Suggestions({ suggestions, idPrefix, onUse }: SuggestionsProps) {
  const [edits, setEdits] = useState<Partial<Record<SuggestionStyle, Edit>>>({});

  if (suggestions.length === 0) return <p class="attune-muted">{t('pauseNoSuggestions')}</p>;

  return (
    <ul class="attune-suggestions">
      {suggestions.map((suggestion) => {
        const edit = edits[suggestion.style];
        const text = edit && edit.base === suggestion.text ? edit.text : suggestion.text;
        const whyId = `${idPrefix}-${suggestion.style}-why`;
        return (
          <li class="attune-suggestion" key={suggestion.style}>
            <h4 class="attune-suggestion__title">
              {t(STYLE_TITLES[suggestion.style])}
            </h4>
            <textarea
              class="attune-suggestion__text"
              aria-label={t(STYLE_TITLES[suggestion.style])}
              aria-describedby={whyId}
              rows={Math.min(8, Math.max(3, Math.ceil(text.length / 44)))}
              value={text}
              onInput={(event) => {
                const value = event.currentTarget.value;
                setEdits((current) => ({ ...current, [suggestion.style]: { base: suggestion.text, text: value } }));
              }}
            />
            <div class="attune-suggestion__footer">
              <p class="attune-suggestion__why" id={whyId}>
                {t(suggestion.why.key, ...(suggestion.why.subs ?? []))}
              </p>
              <button
                type="button"
                class="attune-button attune-button--primary"
                disabled={text.trim() === ''}
                onClick={() => onUse(text, suggestion.style)}
              >
                {t('pauseUseReply')}
              </button>
            </div>
          </li>
        );
      })}
    </ul>
  );
}
