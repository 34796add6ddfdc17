/** CSS for the options page only; the shared look (buttons, switches, panels, colours) comes from src/ui/styles.ts. */
export const optionsStyles = String.raw`
html, body { margin: 0; background: var(--attune-bg); }
.options {
  max-width: 680px;
  margin: 0 auto;
  padding: 24px 16px 48px;
  display: flex;
  flex-direction: column;
  gap: 16px;
}
.options :where(h1, h2, p, ul, li, fieldset, legend) { margin: 0; padding: 0; }
.options :where(ul) { list-style: none; }
.options-header { display: flex; flex-direction: column; gap: 6px; position: relative; }
.options-title { font-size: 1.6em; line-height: 1.2; }
.options-status {
  position: fixed;
  bottom: 16px;
  right: 16px;
  padding: 6px 14px;
  border-radius: 999px;
  background: var(--attune-accent-soft);
  color: var(--attune-text);
  font-size: 0.9em;
  font-weight: 600;
}
.options-status:empty { display: none; }
.options-section { gap: 12px; }
.options-section__title { font-size: 1.1em; }
.options-list { display: flex; flex-direction: column; }
.options-list__row { padding: 4px 0; border-top: 1px solid var(--attune-border); flex-wrap: nowrap; }
.options-list__row--custom { flex-wrap: wrap; }
.options-list__row:first-child { border-top: none; }
.options-site__name { display: block; font-weight: 600; overflow-wrap: anywhere; }
.options-site__host { display: block; font-size: 0.85em; overflow-wrap: anywhere; }
.options-row__actions { display: inline-flex; align-items: center; gap: 8px; margin-left: auto; }
.options-notice {
  display: flex; flex-wrap: wrap; align-items: center; gap: 10px;
  padding: 10px 12px; border-radius: 12px; background: var(--attune-sage);
}
.options-add { display: flex; flex-direction: column; gap: 6px; }
.options-add__row { display: flex; flex-wrap: wrap; gap: 8px; align-items: flex-end; }
.options-label { font-weight: 600; font-size: 0.95em; }
.options-input {
  font: inherit;
  min-height: 44px;
  padding: 0 12px;
  border-radius: 10px;
  border: 1px solid var(--attune-border);
  background: var(--attune-bg);
  color: var(--attune-text);
  min-width: 0;
}
.options-add__row > .options-input { flex: 1 1 180px; }
.options-input--number { width: 6em; }
.options-input:focus-visible, .options-radio input:focus-visible, .options-file:focus-within {
  outline: 3px solid var(--attune-focus);
  outline-offset: 2px;
}
.options-input[aria-invalid="true"] { border-color: #b4443a; }
.options-error { color: #b4443a; font-weight: 600; }
.options-error:empty, .options-note:empty { display: none; }
@media (prefers-color-scheme: dark) {
  .options-error { color: #f0a39b; }
  .options-input[aria-invalid="true"] { border-color: #f0a39b; }
}
.options-radios { border: none; display: flex; flex-direction: column; gap: 10px; }
.options-radio { display: flex; gap: 10px; align-items: flex-start; cursor: pointer; }
.options-radio input { margin: 4px 0 0; width: 18px; height: 18px; accent-color: var(--attune-accent); flex: none; }
.options-radio__label { display: block; font-weight: 600; }
.options-radio__help { display: block; font-size: 0.9em; }
.options-fields { display: flex; flex-wrap: wrap; gap: 16px; }
.options-field { display: flex; flex-direction: column; gap: 6px; }
.options-field--inline { flex: 1 1 160px; }
.options-buttons .attune-button { flex: 0 1 auto; }
.options-download { display: flex; flex-direction: column; gap: 6px; }
.options-download progress { width: 100%; accent-color: var(--attune-accent); }
.options-file { position: relative; }
`;
