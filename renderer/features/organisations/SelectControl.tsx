import { useId } from 'react';
import { FormField } from '../../components/FormField';

export interface SelectControlProps {
  name: string;
  label: string;
  value: string;
  /** Value and visible text of each option, in the order shown. */
  options: readonly (readonly [value: string, text: string])[];
  onChange: (value: string) => void;
  error?: string;
  hint?: string;
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
          {options.map(([optionValue, text]) => (
            <option key={optionValue} value={optionValue}>
              {text}
            </option>
          ))}
        </select>
      )}
    </FormField>
  );
}
