import { useId, type Dispatch, type ReactNode, type SetStateAction } from 'react';
import { useTranslation } from 'react-i18next';
import { FormField } from '../../components/FormField';
import type { Messages } from '../../i18n/resources';

/** A field's problem as the forms hold it: a code of shared/domain validation. */
export interface FieldIssue {
  code: keyof Messages['visits']['issues'];
  max?: number;
}

interface ControlOptions {
  hint?: string;
  type?: string;
  kind?: 'input' | 'textarea';
}

export interface FormControls<Field extends string> {
  /** A labelled text input or textarea bound to `values[name]`. */
  text: (name: Field, label: string, options?: ControlOptions) => ReactNode;
  /** A labelled select bound to `values[name]`; `choices` are [value, label] pairs. */
  select: (
    name: Field,
    label: string,
    choices: readonly (readonly [string, string])[],
    hint?: string,
  ) => ReactNode;
  /** The DOM id of a field's control, for focusing the first invalid one. */
  idOf: (name: Field) => string;
}

type Choices = readonly (readonly [string, string])[];

const renderedOptions = new WeakMap<Choices, ReactNode[]>();

/**
 * The <option> elements for a list of choices, built once per list. React
 * skips identical elements, so typing in a form does not re-render the
 * 400-odd time zones of its zone select on every keystroke.
 */
function optionsFor(choices: Choices): ReactNode[] {
  let options = renderedOptions.get(choices);
  if (!options) {
    options = choices.map(([value, choice]) => (
      <option key={value} value={value}>
        {choice}
      </option>
    ));
    renderedOptions.set(choices, options);
  }
  return options;
}

/**
 * Renders the visit and agenda forms' fields the same way: one FormField per
 * value, the translated issue as its accessible description, and the issue
 * cleared as soon as the user edits the field.
 */
export function useFormControls<Field extends string>(
  values: Record<Field, string>,
  setValues: Dispatch<SetStateAction<Record<Field, string>>>,
  errors: Partial<Record<Field, FieldIssue>>,
  setErrors: Dispatch<SetStateAction<Partial<Record<Field, FieldIssue>>>>,
): FormControls<Field> {
  const { t } = useTranslation();
  const prefix = useId();
  const idOf = (name: Field) => `${prefix}-${name}`;
  const errorText = (name: Field) => {
    const issue = errors[name];
    return issue && t(`visits.issues.${issue.code}`, { max: issue.max });
  };
  const change = (name: Field, value: string) => {
    setValues((current) => ({ ...current, [name]: value }));
    setErrors((current) => ({ ...current, [name]: undefined }));
  };

  const text: FormControls<Field>['text'] = (name, label, options = {}) => (
    <FormField id={idOf(name)} label={label} hint={options.hint} error={errorText(name)}>
      {(aria) => {
        const common = {
          ...aria,
          name,
          value: values[name],
          onChange: (event: { target: { value: string } }) => change(name, event.target.value),
        };
        return options.kind === 'textarea' ? (
          <textarea rows={3} {...common} />
        ) : (
          <input type={options.type ?? 'text'} {...common} />
        );
      }}
    </FormField>
  );

  const select: FormControls<Field>['select'] = (name, label, choices, hint) => (
    <FormField id={idOf(name)} label={label} hint={hint} error={errorText(name)}>
      {(aria) => (
        <select
          {...aria}
          name={name}
          value={values[name]}
          onChange={(event) => change(name, event.target.value)}
        >
          {optionsFor(choices)}
        </select>
      )}
    </FormField>
  );

  return { text, select, idOf };
}
