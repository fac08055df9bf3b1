import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import {
  contactPointField,
  emptyContactPoint,
  type ContactPointFormValues,
} from './contactFormModel';
import { contactPointLabelOptions, type ContactPointKind } from './contactPointLabels';

export interface ContactPointsEditorProps {
  kind: ContactPointKind;
  value: ContactPointFormValues[];
  /**
   * The new rows, and the rows whose messages no longer apply: the edited
   * one, or on removal every row from there on, as they move up a place.
   */
  onChange: (value: ContactPointFormValues[], staleRows: readonly number[]) => void;
  /** The message beside a row's field (`emails.1.address`), if it has one. */
  errorText: (field: string) => string | undefined;
}

const wordsFor = {
  email: {
    list: 'emails',
    value: 'emailNumber',
    label: 'emailLabelNumber',
    add: 'addEmail',
    remove: 'removeEmail',
  },
  phone: {
    list: 'phones',
    value: 'phoneNumber',
    label: 'phoneLabelNumber',
    add: 'addPhone',
    remove: 'removePhone',
  },
} as const;

/** A person's e-mail addresses or phone numbers, each with its label: rows to add and remove. */
export function ContactPointsEditor({
  kind,
  value,
  onChange,
  errorText,
}: ContactPointsEditorProps) {
  const { t } = useTranslation();
  const id = useId();
  const words = wordsFor[kind];
  const list = words.list;
  const errorId = (field: string) => `${id}-${field}-error`;

  const update = (index: number, change: Partial<ContactPointFormValues>) =>
    onChange(
      value.map((row, position) => (position === index ? { ...row, ...change } : row)),
      [index],
    );
  const remove = (index: number) =>
    onChange(
      value.filter((_, position) => position !== index),
      value.map((_, position) => position).filter((position) => position >= index),
    );

  return (
    <div className="contact-points" role="group" aria-labelledby={`${id}-label`}>
      <p id={`${id}-label`} className="field-label">
        {t(`contacts.fields.${kind}`)}
      </p>
      {value.map((row, index) => {
        const number = index + 1;
        const valueField = contactPointField(list, index, 'value');
        const labelField = contactPointField(list, index, 'label');
        const valueError = errorText(valueField);
        const labelError = errorText(labelField);
        return (
          // Rows have no id of their own; the position is what the names say too.
          <div key={index} className="contact-point">
            <div className="contact-point-row">
              <select
                name={labelField}
                aria-label={t(`contacts.fields.${words.label}`, { number })}
                aria-invalid={labelError ? true : undefined}
                aria-describedby={labelError ? errorId(labelField) : undefined}
                value={row.label}
                onChange={(event) => update(index, { label: event.target.value })}
              >
                {contactPointLabelOptions(t, kind, row.label).map(([label, text]) => (
                  <option key={label} value={label}>
                    {text}
                  </option>
                ))}
              </select>
              <input
                type={kind === 'email' ? 'email' : 'tel'}
                name={valueField}
                aria-label={t(`contacts.fields.${words.value}`, { number })}
                aria-invalid={valueError ? true : undefined}
                aria-describedby={valueError ? errorId(valueField) : undefined}
                value={row.value}
                onChange={(event) => update(index, { value: event.target.value })}
              />
              <button
                type="button"
                className="button quiet"
                aria-label={t(`contacts.fields.${words.remove}`, { number })}
                onClick={() => remove(index)}
              >
                ×
              </button>
            </div>
            {labelError && (
              <p className="field-error" id={errorId(labelField)}>
                {labelError}
              </p>
            )}
            {valueError && (
              <p className="field-error" id={errorId(valueField)}>
                {valueError}
              </p>
            )}
          </div>
        );
      })}
      <button
        type="button"
        className="button"
        onClick={() => onChange([...value, emptyContactPoint()], [])}
      >
        {t(`contacts.fields.${words.add}`)}
      </button>
    </div>
  );
}
