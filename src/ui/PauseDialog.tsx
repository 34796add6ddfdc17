import { useEffect, useId, useMemo, useRef, useState } from 'preact/hooks';
import type { Analysis, Suggestion, SuggestionStyle } from '../analysis/types';
import { loadLanguage, reframe } from '../analysis/reframe';
import { t } from '../i18n';
import type { BreathingPatternId } from '../settings/types';
import type { Naming } from './FeelingPicker';
import { BreatheSection } from './pause/BreatheSection';
import { ChooseSection } from './pause/ChooseSection';
import { NameSection } from './pause/NameSection';
import { PauseFooter } from './pause/PauseFooter';
import { WhySection } from './pause/WhySection';

export interface PauseDialogProps {
  /** Exactly what the user typed. */
  draft: string;
  analysis: Analysis;
  breathing: { pattern: BreathingPatternId; breaths: number };
  /** The host sends the original draft. */
  onSendAnyway(): void;
  /** The host writes `text` into the editor; nothing is sent. */
  onUseReply(text: string, style: SuggestionStyle): void;
  /** Also on Escape. */
  onKeepEditing(): void;
  /** Overrides the `prefers-reduced-motion` media query for the breathing circle. */
  reducedMotion?: boolean;
}

function safeReframe(draft: string, analysis: Analysis, naming: Naming): Suggestion[] {
  try {
    return reframe(draft, analysis, naming).slice(0, 3);
  } catch {
    return [];
  }
}

/** Long enough for the dialog's first frames to paint before the tagger takes the main thread. */
const LANGUAGE_DELAY_MS = 300;

const FOCUSABLE = 'button:not([disabled]), textarea:not([disabled]), input:not([disabled]), [href], [tabindex]:not([tabindex="-1"])';

function activeElementIn(node: Node): Element | null {
  const root = node.getRootNode() as Document | ShadowRoot;
  return root.activeElement ?? null;
}

/**
 * The pause before a heated message: why we paused, a breath, naming the feeling, and replies to choose from.
 * "Send anyway" and "Keep editing" stay in reach throughout; nothing here ever sends by itself.
 */
export function PauseDialog(props: PauseDialogProps) {
  const { draft, analysis, breathing } = props;
  const id = useId();
  const titleId = `${id}-title`;
  const dialogRef = useRef<HTMLDialogElement>(null);
  const skipRef = useRef<HTMLButtonElement>(null);
  const nameRef = useRef<HTMLElement>(null);
  const decided = useRef(false);
  const [fallback, setFallback] = useState(false);
  const [breathingDone, setBreathingDone] = useState(breathing.breaths < 1);
  const [naming, setNaming] = useState<Naming>({});
  // The reply writer's tagger unpacks (~100-200 ms) once the dialog has been painted, during the breathing;
  // replies are written again when it is ready.
  const [languageReady, setLanguageReady] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => void loadLanguage().then(setLanguageReady), LANGUAGE_DELAY_MS);
    return () => clearTimeout(timer);
  }, []);
  const propsRef = useRef(props);
  propsRef.current = props;

  // Written once the tagger is ready, while the writer still breathes, so the replies are waiting when it ends.
  const wanted = breathingDone || languageReady;
  const suggestions = useMemo(
    () => (wanted ? safeReframe(draft, analysis, naming) : []),
    [wanted, languageReady, draft, analysis, naming.feeling, naming.need, naming.theirFeeling],
  );

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return undefined;
    try {
      if (typeof dialog.showModal !== 'function') throw new Error('no modal dialogs');
      dialog.showModal();
    } catch {
      // Without the top layer, the dialog still opens in place and traps focus by itself.
      dialog.setAttribute('open', '');
      setFallback(true);
    }
    (skipRef.current ?? dialog.querySelector<HTMLElement>(FOCUSABLE))?.focus();
    // The browser's own Escape handling for modal dialogs arrives as 'cancel'.
    const onCancel = (event: Event) => {
      event.preventDefault();
      decide((current) => current.onKeepEditing());
    };
    dialog.addEventListener('cancel', onCancel);
    return () => {
      dialog.removeEventListener('cancel', onCancel);
      if (dialog.open && typeof dialog.close === 'function') dialog.close();
    };
  }, []);

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!breathingDone || !dialog) return;
    if (!dialog.contains(activeElementIn(dialog))) nameRef.current?.querySelector<HTMLElement>(FOCUSABLE)?.focus();
  }, [breathingDone]);

  /** Each pause ends once: the dialog leaves the top layer first, so the host can focus and write to the editor. */
  function decide(act: (current: PauseDialogProps) => void) {
    if (decided.current) return;
    decided.current = true;
    const dialog = dialogRef.current;
    try {
      if (dialog?.open && typeof dialog.close === 'function') dialog.close();
      else dialog?.removeAttribute('open');
    } catch {
      dialog?.removeAttribute('open');
    }
    act(propsRef.current);
  }

  function trapTab(event: KeyboardEvent, dialog: HTMLDialogElement) {
    const focusable = [...dialog.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((element) => !element.closest('[hidden]'));
    const first = focusable[0];
    const last = focusable[focusable.length - 1];
    if (!first || !last) return;
    const active = activeElementIn(dialog);
    if (event.shiftKey && (active === first || !dialog.contains(active))) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && (active === last || !dialog.contains(active))) {
      event.preventDefault();
      first.focus();
    }
  }

  function onKeyDown(event: KeyboardEvent) {
    // Keys typed here are ours: the page's own shortcuts must not act on them.
    event.stopPropagation();
    const dialog = dialogRef.current;
    if (!dialog || event.isComposing) return;
    if (event.key === 'Escape') {
      event.preventDefault();
      decide((current) => current.onKeepEditing());
    } else if (event.key === 'Tab') {
      trapTab(event, dialog);
    }
  }

  return (
    <dialog
      ref={dialogRef}
      class={`attune-dialog${fallback ? ' attune-dialog--fallback' : ''}`}
      role="dialog"
      aria-modal="true"
      aria-labelledby={titleId}
      onKeyDown={onKeyDown}
      onKeyUp={(event) => event.stopPropagation()}
      onKeyPress={(event) => event.stopPropagation()}
    >
      <div class="attune-card">
        <div class="attune-card__body">
          <header class="attune-card__header">
            <span class="attune-logo" aria-hidden="true" />
            <div>
              <h2 class="attune-title" id={titleId}>
                {t('pauseTitle')}
              </h2>
              <p class="attune-lede">{t('pauseLede')}</p>
            </div>
          </header>

          <WhySection draft={draft} analysis={analysis} />
          {!breathingDone ? (
            <BreatheSection
              breathing={breathing}
              reducedMotion={props.reducedMotion}
              skipRef={skipRef}
              onDone={() => setBreathingDone(true)}
            />
          ) : (
            <>
              <NameSection sectionRef={nameRef} topReason={analysis.reasons[0]?.kind} naming={naming} onChange={setNaming} />
              <ChooseSection suggestions={suggestions} onUse={(text, style) => decide((current) => current.onUseReply(text, style))} />
            </>
          )}
        </div>
        <PauseFooter
          onKeepEditing={() => decide((current) => current.onKeepEditing())}
          onSendAnyway={() => decide((current) => current.onSendAnyway())}
        />
      </div>
    </dialog>
  );
}
