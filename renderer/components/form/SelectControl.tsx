import { useId, type ReactNode } from 'react';
import { FormField } from './FormField';

/** Value and visible text of each option, in the order shown. */
export type SelectOptions = readonly (readonly [value: string, text: string])[];

export interface SelectControlProps {
  /** The field's name: its value's key, and the key of its message in `errors`. */
  name?: string;
  label: string;
  value: string;
  options: SelectOptions;
  onChange: (value: string) => void;
  error?: string;
  hint?: string;
}

const renderedOptions = new WeakMap<SelectOptions, ReactNode[]>();

/**
 * The <option> elements for a list of options, built once per list. React
 * skips identical elements, so typing in a form does not re-render the
 * 400-odd time zones of its zone select on every keystroke.
 */
function optionsFor(options: SelectOptions): ReactNode[] {
  let rendered = renderedOptions.get(options);
  if (!rendered) {
    rendered = options.map(([optionValue, text]) => (
      <option key={optionValue} value={optionValue}>
        {text}
      </option>
    ));
    renderedOptions.set(options, rendered);
  }
  return rendered;
}

/** A labelled select with its hint and message. */
export function SelectControl({
  name,
  label,
  value,
  options,
  onChange,
  error,
  hint,
}: SelectControlProps) {
  const id = useId();
  return (
    <FormField id={id} label={label} hint={hint} error={error}>
      {(aria) => (
        <select
          {...aria}
          name={name}
          value={value}
          onChange={(event) => onChange(event.target.value)}
        >
          {optionsFor(options)}
        </select>
      )}
    </FormField>
  );
}
