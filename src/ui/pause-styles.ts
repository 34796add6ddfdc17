/**
 * The CSS of the pause: the dialog, breathing, naming and suggestions, on top of `styles`. It travels with the pause
 * (pause.js adds it to the pause's shadow root); the popup, which shows the breathing too, puts it in its <style>.
 */
export const pauseStyles = String.raw`
/* The pause dialog */
.attune-dialog {
  border: none;
  padding: 0;
  margin: auto;
  width: min(440px, calc(100vw - 32px));
  max-width: calc(100vw - 32px);
  max-height: calc(100vh - 32px);
  overflow: hidden;
  border-radius: 20px;
  background: var(--attune-bg);
  color: var(--attune-text);
  box-shadow: var(--attune-shadow);
  font: inherit;
}
.attune-dialog[open] { display: flex; flex-direction: column; }
.attune-dialog::backdrop { background: var(--attune-backdrop); }
.attune-dialog--fallback {
  position: fixed;
  inset: 0;
  height: fit-content;
  z-index: 2147483647;
}
.attune-card { display: flex; flex-direction: column; min-height: 0; flex: 1 1 auto; }
/* Only the content scrolls, so "Keep editing" and "Send anyway" stay in view at any zoom. */
.attune-card__body {
  display: flex;
  flex-direction: column;
  gap: 22px;
  padding: 24px 24px 20px;
  overflow: auto;
  overscroll-behavior: contain;
  min-height: 0;
  flex: 1 1 auto;
  scrollbar-width: thin;
  scrollbar-color: var(--attune-border) transparent;
}
.attune-card__header { display: flex; gap: 14px; align-items: flex-start; }
.attune-logo {
  flex: none;
  width: 36px;
  height: 36px;
  border-radius: 50%;
  background: radial-gradient(circle, var(--attune-circle-inner) 0 36%, var(--attune-circle) 38% 100%);
  margin-top: 2px;
}
.attune-title { font-size: 1.3em; font-weight: 650; line-height: 1.25; letter-spacing: -0.01em; }
.attune-lede { color: var(--attune-muted); margin-top: 4px; }
.attune-section { display: flex; flex-direction: column; gap: 10px; }
.attune-section__title {
  font-size: 0.75em;
  font-weight: 700;
  letter-spacing: 0.08em;
  text-transform: uppercase;
  color: var(--attune-muted);
}
.attune-quote {
  background: var(--attune-surface);
  border-radius: 14px;
  padding: 12px 14px;
  white-space: pre-wrap;
  overflow-wrap: anywhere;
  font-size: 0.95em;
}
.attune-quote mark {
  background: var(--attune-mark);
  color: inherit;
  border-radius: 4px;
  padding: 0 2px;
  -webkit-box-decoration-break: clone;
  box-decoration-break: clone;
}
.attune-quote--theirs { border-left: 3px solid var(--attune-border); border-radius: 4px 14px 14px 4px; }
.attune-quote--theirs p + p { margin-top: 6px; }
.attune-their-guess { font-size: 0.95em; }
.attune-reasons { display: flex; flex-direction: column; gap: 4px; }
.attune-reasons li { position: relative; padding-left: 18px; font-size: 0.92em; }
.attune-reasons li::before {
  content: "";
  position: absolute;
  left: 4px;
  top: 0.55em;
  width: 6px;
  height: 6px;
  border-radius: 50%;
  background: var(--attune-circle);
}
.attune-hint { font-size: 0.88em; margin-top: -4px; }
.attune-card__footer {
  flex: none;
  padding: 14px 24px 18px;
  background: var(--attune-bg);
  border-top: 1px solid var(--attune-border);
  display: flex;
  flex-direction: column;
  gap: 10px;
}
.attune-actions { display: flex; flex-wrap: wrap; gap: 10px; justify-content: flex-end; }
.attune-actions .attune-button { flex: 1 1 auto; }
.attune-privacy { font-size: 0.8em; color: var(--attune-muted); text-align: center; }

/* Breathing */
.attune-breathing { display: flex; flex-direction: column; align-items: center; gap: 6px; padding: 4px 0; }
.attune-breath-stage { position: relative; width: 148px; height: 148px; display: grid; place-items: center; }
.attune-breath-circle {
  position: absolute;
  inset: 0;
  border-radius: 50%;
  background: var(--attune-circle);
  box-shadow: 0 0 0 10px var(--attune-glow);
  transform-origin: center;
}
.attune-breath-circle::after {
  content: "";
  position: absolute;
  inset: 24%;
  border-radius: 50%;
  background: var(--attune-circle-inner);
  opacity: 0.9;
}
.attune-breath-circle--moving {
  transform: scale(var(--attune-to, 1));
  animation-name: attune-breathe;
  animation-timing-function: ease-in-out;
  animation-fill-mode: both;
}
.attune-breath-circle--rest { transform: scale(0.55); }
.attune-breath-circle--still { inset: 12%; animation: attune-fade 1.2s ease both; }
.attune-breath-circle--still[data-move="out"] { opacity: 0.6; }
.attune-breath-circle--still[data-move="hold"] { opacity: 0.8; }
.attune-breath-count {
  position: relative;
  font-size: 1.6em;
  font-weight: 600;
  font-variant-numeric: tabular-nums;
  color: var(--attune-accent-strong);
}
.attune-breath-phase { font-size: 1.15em; font-weight: 600; min-height: 1.5em; text-align: center; }
.attune-breath-progress { font-size: 0.85em; color: var(--attune-muted); }
.attune-fade { display: inline-block; animation: attune-fade 0.6s ease both; }
@keyframes attune-breathe {
  from { transform: scale(var(--attune-from, 0.55)); }
  to { transform: scale(var(--attune-to, 1)); }
}
@keyframes attune-fade {
  from { opacity: 0.35; }
}
@media (prefers-reduced-motion: reduce) {
  .attune-breath-circle--moving, .attune-breath-circle--rest { animation: none; transform: none; inset: 12%; }
  .attune-button { transition: none; }
}

/* Naming */
.attune-naming { display: flex; flex-direction: column; gap: 14px; }
.attune-chips-group { display: flex; flex-direction: column; gap: 8px; }
.attune-chips-label { font-size: 0.92em; font-weight: 600; }
.attune-chips { display: flex; flex-wrap: wrap; gap: 8px; }
.attune-chip {
  font: inherit;
  font-size: 0.9em;
  min-height: 36px;
  padding: 0 14px;
  border-radius: 999px;
  border: 1px solid var(--attune-border);
  background: var(--attune-bg);
  color: var(--attune-text);
  cursor: pointer;
  line-height: 1.2;
}
.attune-chip:hover { border-color: var(--attune-accent); }
.attune-chip[aria-pressed="true"] {
  background: var(--attune-accent);
  border-color: var(--attune-accent);
  color: var(--attune-accent-text);
  font-weight: 600;
}
.attune-chip[aria-pressed="true"]::before { content: "✓" / ""; margin-right: 6px; }
.attune-disclosure {
  font: inherit;
  font-size: 0.92em;
  font-weight: 600;
  align-self: flex-start;
  min-height: 36px;
  padding: 0 2px;
  border: none;
  background: transparent;
  color: var(--attune-accent-strong);
  cursor: pointer;
  text-decoration: underline;
  text-decoration-style: dotted;
  text-underline-offset: 4px;
}
.attune-disclosure::before { content: "+" / ""; margin-right: 6px; text-decoration: none; display: inline-block; }
.attune-chip--more { background: transparent; border-style: dashed; color: var(--attune-muted); }

/* Suggestions */
.attune-suggestions { display: flex; flex-direction: column; gap: 12px; }
.attune-suggestion {
  background: var(--attune-sage);
  border-radius: 16px;
  padding: 14px;
  display: flex;
  flex-direction: column;
  gap: 8px;
}
.attune-suggestion__title { font-size: 0.92em; font-weight: 700; color: var(--attune-accent-strong); }
.attune-suggestion__text {
  display: block;
  width: 100%;
  min-height: 5.6em;
  max-height: 16em;
  field-sizing: content;
  resize: vertical;
  font: inherit;
  line-height: 1.45;
  color: var(--attune-text);
  background: var(--attune-bg);
  border: 1px solid var(--attune-border);
  border-radius: 12px;
  padding: 10px 12px;
}
.attune-suggestion__footer { display: flex; flex-wrap: wrap; align-items: center; gap: 10px; justify-content: space-between; }
.attune-suggestion__why { flex: 1 1 180px; font-size: 0.86em; color: var(--attune-muted); }
.attune-suggestion__footer .attune-button { flex: none; margin-left: auto; }

@media (max-width: 400px) {
  .attune-card__body { padding: 18px 16px 16px; gap: 18px; }
  .attune-card__footer { padding: 12px 16px 14px; }
}
`;
