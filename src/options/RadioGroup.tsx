import { useId } from 'preact/hooks';
import { t, type MessageKey } from '../i18n';

export interface RadioGroupProps<T extends string> {
  legend: string;
  name: string;
  value: T;
  options: readonly T[];
  /** Per option, its label and the one sentence that describes it. */
  text: Record<T, readonly [MessageKey, MessageKey]>;
  onChange(value: T): void;
}

/** A choice of one, each option with a label and a sentence tied to its radio. */
export function RadioGroup<T extends string>({ legend, name, value, options, text, onChange }: RadioGroupProps<T>) {
  const id = useId();
  return (
    <fieldset class="options-radios">
      <legend class="attune-visually-hidden">{legend}</legend>
      {options.map((option) => {
        const [label, help] = text[option];
        return (
          <label class="options-radio" key={option}>
            <input
              type="radio"
              name={name}
              value={option}
              checked={value === option}
              aria-describedby={`${id}-${option}`}
              onChange={() => onChange(option)}
            />
            <span>
              <span class="options-radio__label">{t(label)}</span>
              <span class="options-radio__help attune-muted" id={`${id}-${option}`}>
                {t(help)}
              </span>
            </span>
          </label>
        );
      })}
    </fieldset>
  );
}
