import { useRef, useState, type FormEvent, type RefObject } from 'react';
import { errorMessage } from '../../../shared/text/errorMessage';

/**
 * What each field needs fixing, by field name (`name`, or a path such as
 * `parties.1.name`); empty when valid. `E` is a translated message, or an
 * issue translated as the form renders (so a change of language while the
 * messages show translates them too).
 */
export type FormErrors<E = string> = Record<string, E>;

/** The keys of a form's values that a text input or a select can edit. */
export type TextField<V> = {
  [K in keyof V]-?: V[K] extends string ? K : never;
}[keyof V] &
  string;

/** A control's binding to one value: what TextControl and SelectControl take besides a label. */
export interface BoundControl {
  name: string;
  value: string;
  error: string | undefined;
  onChange: (value: string) => void;
}

interface BaseOptions<V, E> {
  initialValues: V;
  /** Every field that needs fixing, in form order. */
  validate: (values: V) => FormErrors<E>;
  onSubmit: (values: V) => Promise<void>;
}

/** Messages need no translating; issues need `describe` to become text. */
export type FormStateOptions<V, E> = BaseOptions<V, E> &
  ([E] extends [string] ? { describe?: undefined } : { describe: (error: E) => string });

/** A form's values, its field messages and a submit that validates first. */
export interface FormState<V, E> {
  values: V;
  errors: FormErrors<E>;
  /** How many fields show a message, for the summary above the form. */
  errorCount: number;
  saving: boolean;
  saveError: string | null;
  /** Sets one value and clears that field's message, as the user is fixing it. */
  set: <K extends keyof V & string>(name: K, value: V[K]) => void;
  setValues: (update: (current: V) => V) => void;
  clearError: (field: string) => void;
  /** The message shown beside a field, if it has one. */
  errorText: (field: string) => string | undefined;
  /** Binds a control to one value: its name, value, message and change handler. */
  bind: (name: TextField<V>) => BoundControl;
  /**
   * What the <form> element takes: the browser's own validation bubbles off
   * (the messages stand beside the fields), and the ref that focusing the
   * first invalid field needs.
   */
  formProps: {
    ref: RefObject<HTMLFormElement | null>;
    noValidate: true;
    onSubmit: (event: FormEvent) => void;
  };
}

/**
 * The submit cycle the organiser's forms share: validate, show each message
 * beside its field and move focus to the first one (so keyboard and screen
 * reader users land where the fix is), else save and report a failed save.
 */
export function useFormState<V, E = string>(options: FormStateOptions<V, E>): FormState<V, E> {
  const { initialValues, validate, onSubmit, describe } = options;
  const [values, setValues] = useState(initialValues);
  const [errors, setErrors] = useState<FormErrors<E>>({});
  const [saving, setSaving] = useState(false);
  const [saveError, setSaveError] = useState<string | null>(null);
  const formRef = useRef<HTMLFormElement>(null);

  const clearError = (field: string) =>
    setErrors((current) => {
      if (!(field in current)) return current;
      const next = { ...current };
      delete next[field];
      return next;
    });

  const set = <K extends keyof V & string>(name: K, value: V[K]) => {
    setValues((current) => ({ ...current, [name]: value }));
    clearError(name);
  };

  const errorText = (field: string) => {
    const error = errors[field];
    if (error === undefined) return undefined;
    return describe ? describe(error) : (error as string);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = validate(values);
    setErrors(found);
    const firstInvalid = Object.keys(found)[0];
    if (firstInvalid !== undefined) {
      formRef.current?.querySelector<HTMLElement>(`[name="${firstInvalid}"]`)?.focus();
      return;
    }
    setSaving(true);
    setSaveError(null);
    try {
      await onSubmit(values);
    } catch (error) {
      setSaveError(errorMessage(error));
    } finally {
      setSaving(false);
    }
  };

  return {
    values,
    errors,
    errorCount: Object.keys(errors).length,
    saving,
    saveError,
    set,
    setValues,
    clearError,
    errorText,
    bind: (name) => ({
      name,
      value: values[name] as string,
      error: errorText(name),
      // The controls offer only the field's own choices, so the text is one of V[name]'s values.
      onChange: (value) => set(name, value as V[typeof name]),
    }),
    formProps: { ref: formRef, noValidate: true, onSubmit: (event) => void submit(event) },
  };
}

/** The first error per field of a validation's issues, as `message` words it. */
export function firstErrorPerField<I, E = string>(
  issues: readonly I[],
  fieldOf: (issue: I) => string,
  message: (issue: I) => E,
): FormErrors<E> {
  const errors: FormErrors<E> = {};
  for (const issue of issues) errors[fieldOf(issue)] ??= message(issue);
  return errors;
}
