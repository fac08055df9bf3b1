import { useId } from 'react';
import { FormField } from './FormField';

export interface TextControlProps {
  /** The field's name: its value's key, and the key of its message in `errors`. */
  name: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string;
  hint?: string;
  type?: 'text' | 'date' | 'time' | 'datetime-local' | 'url' | 'number' | 'email' | 'tel';
  multiline?: boolean;
  /** Suggestions offered while typing (a datalist), e.g. owners already in use. */
  suggestions?: readonly string[];
}

/** A labelled text input or text area with its hint and message. */
export function TextControl({
  name,
  label,
  value,
  onChange,
  error,
  hint,
  type = 'text',
  multiline = false,
  suggestions,
}: TextControlProps) {
  const id = useId();
  const listId = `${id}-suggestions`;
  return (
    <FormField id={id} label={label} hint={hint} error={error}>
      {(aria) => {
        const common = {
          ...aria,
          name,
          value,
          onChange: (event: { target: { value: string } }) => onChange(event.target.value),
        };
        if (multiline) return <textarea rows={3} {...common} />;
        return (
          <>
            <input type={type} list={suggestions ? listId : undefined} {...common} />
            {suggestions && (
              <datalist id={listId}>
                {suggestions.map((suggestion) => (
                  <option key={suggestion} value={suggestion} />
                ))}
              </datalist>
            )}
          </>
        );
      }}
    </FormField>
  );
}
