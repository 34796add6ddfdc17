import { t } from '../../i18n';

/** The switch's accessible name: its own text, or the id of the element that names it. */
export type SwitchName = { label: string; labelledBy?: never } | { labelledBy: string; label?: never };

export type SwitchProps = SwitchName & {
  checked: boolean;
  /** Called straight from the click, so a permission prompt keeps the user's gesture. */
  onToggle(): void;
};

/** An on/off switch, shared by the popup and the options page; its look lives in page-styles.ts. */
export function Switch({ checked, label, labelledBy, onToggle }: SwitchProps) {
  return (
    <button
      type="button"
      role="switch"
      class="attune-switch"
      aria-checked={checked}
      aria-labelledby={labelledBy}
      aria-label={label}
      onClick={onToggle}
    >
      <span aria-hidden="true">{t(checked ? 'popupSiteOn' : 'popupSiteOff')}</span>
      <span class="attune-switch__track" aria-hidden="true" />
    </button>
  );
}
