/**
 * The CSS every shared component builds on (theme, buttons) and the nudge's. The content script adopts it into its
 * shadow roots (`:host` rules); the popup and options pages put it in a <style>, with `pageStyles`, and mark their
 * <body> with `attune-theme`. The pause's own CSS is in pause-styles.ts, so it reaches a tab only with the pause.
 */
export const styles = String.raw`
:host { all: initial; }

:host, .attune-theme {
  --attune-font: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
  --attune-bg: #fbfaf6;
  --attune-surface: #f3f0e7;
  --attune-sage: #e6efe9;
  --attune-text: #1f2b28;
  --attune-muted: #55635e;
  --attune-accent: #2b6f65;
  --attune-accent-strong: #1f5a51;
  --attune-accent-text: #ffffff;
  --attune-accent-soft: #dbece6;
  --attune-border: #d9d4c6;
  --attune-mark: #f6e2a9;
  --attune-focus: #2b6f65;
  --attune-circle: #8fc3b5;
  --attune-circle-inner: #e4f2ed;
  --attune-glow: rgba(79, 150, 132, 0.28);
  --attune-shadow: 0 24px 60px rgba(22, 40, 35, 0.24), 0 2px 8px rgba(22, 40, 35, 0.1);
  --attune-backdrop: rgba(30, 44, 40, 0.4);
  --attune-bar-paused: #2b6f65;
  --attune-bar-reframed: #8dbb94;
  --attune-bar-sent: #cfae78;
  color-scheme: light;
  font-family: var(--attune-font);
  font-size: 15px;
  line-height: 1.45;
  color: var(--attune-text);
  -webkit-font-smoothing: antialiased;
}

@media (prefers-color-scheme: dark) {
  :host, .attune-theme {
    --attune-bg: #1c2422;
    --attune-surface: #242e2b;
    --attune-sage: #23332e;
    --attune-text: #e5edea;
    --attune-muted: #a9b9b4;
    --attune-accent: #86cbbb;
    --attune-accent-strong: #a3dccf;
    --attune-accent-text: #0f211c;
    --attune-accent-soft: #2a433c;
    --attune-border: #3a4743;
    --attune-mark: #5d4c20;
    --attune-focus: #9ad8c9;
    --attune-circle: #4f9484;
    --attune-circle-inner: #2c4a42;
    --attune-glow: rgba(134, 203, 187, 0.22);
    --attune-shadow: 0 24px 60px rgba(0, 0, 0, 0.5), 0 2px 8px rgba(0, 0, 0, 0.3);
    --attune-backdrop: rgba(5, 10, 9, 0.55);
    --attune-bar-paused: #86cbbb;
    --attune-bar-reframed: #6f9d77;
    --attune-bar-sent: #b89662;
    color-scheme: dark;
  }
}

:host *, :host *::before, :host *::after,
.attune-theme, .attune-theme *, .attune-theme *::before, .attune-theme *::after { box-sizing: border-box; }

:where(.attune-card, .attune-popup, .attune-nudge) :where(h1, h2, h3, h4, p, ul, li, blockquote) {
  margin: 0;
  padding: 0;
}
:where(.attune-card, .attune-popup) :where(ul) { list-style: none; }

.attune-visually-hidden {
  position: absolute !important;
  width: 1px; height: 1px;
  overflow: hidden;
  clip-path: inset(50%);
  white-space: nowrap;
}

.attune-muted { color: var(--attune-muted); }
.attune-center { display: flex; justify-content: center; }

/* Buttons */
.attune-button {
  font: inherit;
  font-weight: 600;
  font-size: 0.95em;
  min-height: 44px;
  padding: 0 18px;
  border-radius: 999px;
  border: 1px solid transparent;
  cursor: pointer;
  display: inline-flex;
  align-items: center;
  justify-content: center;
  gap: 6px;
  text-align: center;
  line-height: 1.2;
  transition: background-color 0.15s ease, border-color 0.15s ease;
}
.attune-button:disabled { opacity: 0.5; cursor: default; }
.attune-button--primary { background: var(--attune-accent); color: var(--attune-accent-text); }
.attune-button--primary:hover:not(:disabled) { background: var(--attune-accent-strong); }
.attune-button--secondary { background: var(--attune-accent-soft); color: var(--attune-text); }
.attune-button--secondary:hover { border-color: var(--attune-accent); }
.attune-button--quiet { background: transparent; color: var(--attune-text); border-color: var(--attune-border); }
.attune-button--quiet:hover { background: var(--attune-surface); }
.attune-button--small { min-height: 32px; padding: 0 12px; font-size: 0.9em; }
.attune-link {
  color: var(--attune-accent-strong);
  font-weight: 600;
  text-decoration: underline;
  text-underline-offset: 3px;
  cursor: pointer;
}

:is(.attune-button, .attune-chip, .attune-disclosure, .attune-switch, .attune-link, .attune-suggestion__text, .attune-quote):focus-visible {
  outline: 3px solid var(--attune-focus);
  outline-offset: 2px;
}
.attune-suggestion__text:focus { border-color: var(--attune-accent); }

/* Nudge */
.attune-nudge {
  display: inline-flex;
  flex-wrap: nowrap;
  align-items: center;
  gap: 6px 10px;
  max-width: min(560px, calc(100vw - 16px));
  padding: 5px 6px 5px 12px;
  border-radius: 22px;
  background: var(--attune-bg);
  color: var(--attune-text);
  border: 1px solid var(--attune-border);
  box-shadow: 0 6px 20px rgba(22, 40, 35, 0.14);
  font-size: 13px;
  line-height: 1.35;
}
.attune-nudge__mark {
  flex: none;
  width: 12px;
  height: 12px;
  border-radius: 50%;
  background: radial-gradient(circle, var(--attune-circle-inner) 0 34%, var(--attune-circle) 38% 100%);
}
.attune-nudge__text { flex: 1 1 auto; min-width: 0; }
.attune-nudge__reason + .attune-nudge__reason::before { content: " · "; color: var(--attune-muted); }
.attune-nudge__actions { display: inline-flex; flex: none; gap: 6px; margin-left: auto; }
@media (max-width: 420px) {
  .attune-nudge { flex-wrap: wrap; }
}
`;
