import { useRef, useState, type FormEvent, type RefObject } from 'react';

/** Messages by field name (`name`, or a path such as `parties.1.name`); empty when valid. */
export type FormErrors = Record<string, string>;

export interface FormStateOptions<V> {
  initialValues: V;
  /** Translated messages for every field that needs fixing, in form order. */
  validate: (values: V) => FormErrors;
  onSubmit: (values: V) => Promise<void>;
}

/** A form's values, its field messages and a submit that validates first. */
export interface FormState<V> {
  values: V;
  errors: FormErrors;
  saving: boolean;
  saveError: string | null;
  formRef: RefObject<HTMLFormElement | null>;
  /** Sets one value and clears that field's message, as the user is fixing it. */
  set: <K extends keyof V & string>(name: K, value: V[K]) => void;
  setValues: (update: (current: V) => V) => void;
  clearError: (field: string) => void;
  submit: (event: FormEvent) => Promise<void>;
}

/**
 * The submit cycle the organiser's forms share: validate, show each message
 * beside its field and move focus to the first one (so keyboard and screen
 * reader users land where the fix is), else save and report a failed save.
 */
export function useFormState<V>({
  initialValues,
  validate,
  onSubmit,
}: FormStateOptions<V>): FormState<V> {
  const [values, setValues] = useState(initialValues);
  const [errors, setErrors] = useState<FormErrors>({});
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
      setSaveError(error instanceof Error ? error.message : String(error));
    } finally {
      setSaving(false);
    }
  };

  return {
    values,
    errors,
    saving,
    saveError,
    formRef,
    set: (name, value) => {
      setValues((current) => ({ ...current, [name]: value }));
      clearError(name);
    },
    setValues,
    clearError,
    submit,
  };
}

/** The first message per field of a validation's issues, translated by `message`. */
export function firstErrorPerField<I>(
  issues: readonly I[],
  fieldOf: (issue: I) => string,
  message: (issue: I) => string,
): FormErrors {
  const errors: FormErrors = {};
  for (const issue of issues) errors[fieldOf(issue)] ??= message(issue);
  return errors;
}
