/**
 * CSS for the extension's own pages only (popup panels, switches, the week chart), kept out of the content script,
 * which ships to every chat tab. Pages use it after `styles`.
 */
export const pageStyles = String.raw`
/* Popup */
.attune-popup {
  width: 340px;
  max-width: 100%;
  padding: 16px;
  display: flex;
  flex-direction: column;
  gap: 12px;
  background: var(--attune-bg);
  color: var(--attune-text);
}
.attune-popup__header { display: flex; align-items: center; gap: 10px; }
.attune-popup__header .attune-logo { width: 28px; height: 28px; margin: 0; }
.attune-popup__name { font-size: 1.15em; font-weight: 700; }
.attune-panel {
  background: var(--attune-surface);
  border-radius: 16px;
  padding: 14px;
  display: flex;
  flex-direction: column;
  gap: 10px;
}
.attune-panel__title { font-size: 0.75em; font-weight: 700; letter-spacing: 0.08em; text-transform: uppercase; color: var(--attune-muted); }
.attune-row { display: flex; align-items: center; justify-content: space-between; gap: 12px; flex-wrap: wrap; }
.attune-row__main { min-width: 0; flex: 1 1 auto; overflow-wrap: anywhere; }
.attune-buttons { display: flex; flex-wrap: wrap; gap: 8px; }
.attune-buttons .attune-button { flex: 1 1 auto; }
.attune-switch {
  font: inherit;
  display: inline-flex;
  align-items: center;
  gap: 8px;
  min-height: 44px;
  padding: 0 4px;
  border: none;
  background: transparent;
  color: var(--attune-text);
  cursor: pointer;
  border-radius: 999px;
  font-size: 0.9em;
  font-weight: 600;
}
.attune-switch__track {
  position: relative;
  width: 44px;
  height: 26px;
  border-radius: 999px;
  background: var(--attune-border);
  transition: background-color 0.15s ease;
}
.attune-switch__track::after {
  content: "";
  position: absolute;
  top: 3px;
  left: 3px;
  width: 20px;
  height: 20px;
  border-radius: 50%;
  background: #ffffff;
  box-shadow: 0 1px 3px rgba(0, 0, 0, 0.25);
  transition: transform 0.15s ease;
}
.attune-switch[aria-checked="true"] .attune-switch__track { background: var(--attune-accent); }
.attune-switch[aria-checked="true"] .attune-switch__track::after { transform: translateX(18px); }
.attune-popup__footer { display: flex; justify-content: space-between; align-items: center; gap: 12px; padding: 2px 4px; }
.attune-popup__note { font-size: 0.8em; color: var(--attune-muted); }
.attune-watch { display: flex; flex-direction: column; gap: 2px; margin-top: 8px; font-size: 0.9em; }
.attune-watch--on { flex-direction: row; align-items: flex-start; gap: 8px; }
.attune-watch__dot { flex: none; width: 8px; height: 8px; margin-top: 0.45em; border-radius: 50%; background: var(--attune-accent); }

/* Week chart */
.attune-week { display: flex; flex-direction: column; gap: 10px; }
.attune-week__summary { font-size: 0.92em; }
.attune-week__days { display: grid; grid-template-columns: repeat(7, 1fr); gap: 6px; align-items: end; }
.attune-week__day { display: flex; flex-direction: column; align-items: center; gap: 4px; }
.attune-week__bars {
  display: flex;
  align-items: flex-end;
  justify-content: center;
  gap: 2px;
  height: 56px;
  width: 100%;
  border-bottom: 1px solid var(--attune-border);
}
.attune-week__bar { width: 6px; min-height: 0; border-radius: 3px 3px 0 0; }
.attune-week__bar--paused { background: var(--attune-bar-paused); }
.attune-week__bar--reframed { background: var(--attune-bar-reframed); }
.attune-week__bar--sentAnyway { background: var(--attune-bar-sent); }
.attune-week__label { font-size: 0.75em; color: var(--attune-muted); }
.attune-week__legend { display: flex; flex-wrap: wrap; gap: 4px 12px; font-size: 0.8em; color: var(--attune-muted); }
.attune-week__legend li { display: inline-flex; align-items: center; gap: 6px; }
.attune-week__swatch { display: inline-block; width: 10px; height: 10px; border-radius: 3px; }

@media (prefers-reduced-motion: reduce) {
  .attune-switch__track, .attune-switch__track::after { transition: none; }
}
`;
