import { useEffect, useId, useMemo, useRef, useState } from 'preact/hooks';
import type { Analysis, ReframeOptions, Suggestion, SuggestionStyle } from '../analysis/types';
import { loadLanguage, reframe } from '../analysis/reframe';
import { readTheirMessage, type TheirReading } from '../analysis/their-message';
import { t } from '../i18n';
import type { BreathingPatternId } from '../settings/types';
import type { Naming } from './FeelingPicker';
import { BreatheSection } from './pause/BreatheSection';
import { ChooseSection } from './pause/ChooseSection';
import { DeviceSection } from './pause/DeviceSection';
import { NameSection } from './pause/NameSection';
import { PauseFooter } from './pause/PauseFooter';
import { TheirSection } from './pause/TheirSection';
import { WhySection } from './pause/WhySection';
import { useDeviceReplies, type DeviceWriter } from './pause/useDeviceReplies';

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
  /** The other person's last message(s), oldest first, read from the page for this pause only; never stored. */
  theirs?: readonly string[];
  /** Chrome's on-device model, when the user turned it on; its replies join the template ones if they come in time. */
  deviceWriter?: DeviceWriter;
}

function safeReframe(draft: string, analysis: Analysis, options: ReframeOptions): Suggestion[] {
  try {
    return reframe(draft, analysis, options).slice(0, 3);
  } catch {
    return [];
  }
}

function safeReadTheirs(theirs: string): TheirReading | null {
  try {
    return readTheirMessage(theirs);
  } catch {
    return null;
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

  const theirMessages = props.theirs && props.theirs.length > 0 ? props.theirs : null;
  const theirText = theirMessages ? theirMessages.join('\n') : undefined;
  const their = useMemo(() => (theirText ? safeReadTheirs(theirText) : null), [theirText]);
  // Written once the tagger is ready, while the writer still breathes, so the replies are waiting when it ends.
  // The reply writer reads their message and guesses as the card does; the writer's own pick ("not sure" too) wins.
  const wanted = breathingDone || languageReady;
  const deviceReplies = useDeviceReplies(props.deviceWriter, draft, analysis, { ...naming, theirs: theirText }, wanted, breathingDone);
  const suggestions = useMemo(
    () => (wanted ? safeReframe(draft, analysis, { ...naming, theirs: theirText }) : []),
    [wanted, languageReady, draft, analysis, naming.feeling, naming.need, naming.theirFeeling, theirText],
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
              <NameSection
                sectionRef={nameRef}
                topReason={analysis.reasons[0]?.kind}
                naming={naming}
                askTheirs={!their}
                onChange={setNaming}
              />
              {theirMessages && their && (
                <TheirSection
                  messages={theirMessages}
                  guess={their.feeling}
                  asked={their.asked}
                  chosen={naming.theirFeeling}
                  onChoose={(theirFeeling) => setNaming({ ...naming, theirFeeling })}
                />
              )}
              <ChooseSection suggestions={suggestions} onUse={(text, style) => decide((current) => current.onUseReply(text, style))} />
              <DeviceSection suggestions={deviceReplies} onUse={(text, style) => decide((current) => current.onUseReply(text, style))} />
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
