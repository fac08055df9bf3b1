import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { LAWFUL_BASES } from '../../../shared/domain/contact';
import { validateContact, type ContactIssue } from '../../../shared/domain/contactValidation';
import { letterSalutation } from '../../../shared/domain/formsOfAddress';
import { FormField } from '../../components/FormField';
import { AffiliationsEditor } from './AffiliationsEditor';
import type { Messages } from '../../i18n/resources';
import {
  formFieldForIssue,
  formToContactFields,
  type ContactFormField,
  type ContactFormValues,
} from './contactFormModel';

export interface ContactFormProps {
  title: string;
  initialValues: ContactFormValues;
  onSubmit: (values: ContactFormValues) => Promise<void>;
  onCancel: () => void;
}

type FieldErrors = Partial<Record<ContactFormField | 'affiliations', ContactIssue>>;

const noMetadata = { id: '', createdAt: '', updatedAt: '', updatedBy: '' };

/** Create or edit a contact, with a message beside every field that needs fixing. */
export function ContactForm({ title, initialValues, onSubmit, onCancel }: ContactFormProps) {
  const { t, i18n } = useTranslation();
  const [values, setValues] = useState(initialValues);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [saveError, setSaveError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const idPrefix = useId();
  const language = i18n.language === 'de' ? 'de' : 'en';

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found: FieldErrors = {};
    for (const issue of validateContact(formToContactFields(values))) {
      found[formFieldForIssue(issue)] ??= issue;
    }
    setErrors(found);
    const firstInvalid = Object.keys(found)[0];
    if (firstInvalid) {
      formRef.current?.querySelector<HTMLElement>(`[name="${firstInvalid}"]`)?.focus();
      return;
    }
    setSaving(true);
    setSaveError(null);
    try {
      await onSubmit(values);
    } catch (error) {
      setSaveError(error instanceof Error ? error.message : String(error));
      setSaving(false);
    }
  };

  /** One labelled control bound to `values[name]`. */
  const control = (
    name: ContactFormField,
    label: string,
    options: { hint?: string; type?: string; kind?: 'input' | 'textarea' } = {},
  ) => (
    <FormField
      id={`${idPrefix}-${name}`}
      label={label}
      hint={options.hint}
      error={errors[name] && t(`validation.${errors[name].code}`, { max: errors[name].max })}
    >
      {(aria) => {
        const common = {
          ...aria,
          name,
          value: values[name],
          onChange: (event: { target: { value: string } }) => {
            const value = event.target.value;
            setValues((current) => ({ ...current, [name]: value }));
            setErrors((current) => ({ ...current, [name]: undefined }));
          },
        };
        return options.kind === 'textarea' ? (
          <textarea rows={3} {...common} />
        ) : (
          <input type={options.type ?? 'text'} {...common} />
        );
      }}
    </FormField>
  );

  const select = (
    name: 'nameOrder' | 'lawfulBasis',
    label: string,
    choices: [string, string][],
  ) => (
    <FormField id={`${idPrefix}-${name}`} label={label}>
      {(aria) => (
        <select
          {...aria}
          name={name}
          value={values[name]}
          onChange={(event) => setValues((current) => ({ ...current, [name]: event.target.value }))}
        >
          {choices.map(([value, text]) => (
            <option key={value} value={value}>
              {text}
            </option>
          ))}
        </select>
      )}
    </FormField>
  );

  const errorCount = Object.values(errors).filter(Boolean).length;
  const suggestedSalutation = letterSalutation(
    { ...formToContactFields({ ...values, salutation: '' }), ...noMetadata },
    language,
  );
  const f = (key: keyof Messages['contacts']['fields']) => t(`contacts.fields.${key}`);

  return (
    <form
      ref={formRef}
      className="entity-form"
      noValidate
      onSubmit={submit}
      aria-labelledby={`${idPrefix}-title`}
    >
      <h2 id={`${idPrefix}-title`}>{title}</h2>
      {errorCount > 0 && (
        <p className="form-error" role="alert">
          {t('contacts.fixErrors', { count: errorCount })}
        </p>
      )}
      {saveError && (
        <p className="form-error" role="alert">
          {t('contacts.saveFailed', { message: saveError })}
        </p>
      )}
      <fieldset>
        <legend>{t('contacts.sections.name')}</legend>
        {control('honorific', f('honorific'), { hint: f('honorificHint') })}
        {control('titlesBefore', f('titlesBefore'), { hint: f('titlesBeforeHint') })}
        {control('givenNames', f('givenNames'))}
        {control('familyName', f('familyName'))}
        {control('titlesAfter', f('titlesAfter'), { hint: f('titlesAfterHint') })}
        {select('nameOrder', f('nameOrder'), [
          ['given-first', f('nameOrderGivenFirst')],
          ['family-first', f('nameOrderFamilyFirst')],
        ])}
        {control('pronunciation', f('pronunciation'))}
      </fieldset>
      <fieldset>
        <legend>{t('contacts.sections.office')}</legend>
        {control('officeTitle', f('officeTitle'), { hint: f('officeTitleHint') })}
        {control('formalStyle', f('formalStyle'), { hint: f('formalStyleHint') })}
        {control('spokenForm', f('spokenForm'), { hint: f('spokenFormHint') })}
        {control('salutation', f('salutation'), {
          hint: t('contacts.fields.salutationHint', { suggestion: suggestedSalutation }),
        })}
      </fieldset>
      <fieldset className="wide">
        <legend>{t('contacts.sections.organisations')}</legend>
        <AffiliationsEditor
          value={values.affiliations}
          onChange={(affiliations) => {
            setValues((current) => ({ ...current, affiliations }));
            setErrors((current) => ({ ...current, affiliations: undefined }));
          }}
          error={
            errors.affiliations &&
            t(`validation.${errors.affiliations.code}`, { max: errors.affiliations.max })
          }
        />
      </fieldset>
      <fieldset>
        <legend>{t('contacts.sections.reach')}</legend>
        {control('email', f('email'), { type: 'email' })}
        {control('phone', f('phone'), { type: 'tel' })}
      </fieldset>
      <fieldset>
        <legend>{t('contacts.sections.protocol')}</legend>
        {control('languages', f('languages'), { hint: f('languagesHint') })}
        <p className="sensitive-note">{f('sensitive')}</p>
        {control('dietaryNeeds', f('dietaryNeeds'), { kind: 'textarea' })}
        {control('accessibilityNeeds', f('accessibilityNeeds'), { kind: 'textarea' })}
      </fieldset>
      <fieldset>
        <legend>{t('contacts.sections.dataProtection')}</legend>
        {select(
          'lawfulBasis',
          f('lawfulBasis'),
          LAWFUL_BASES.map((basis) => [basis, t(`contacts.lawfulBasis.${basis}`)]),
        )}
        {control('consentNote', f('consentNote'), { kind: 'textarea', hint: f('consentNoteHint') })}
        {control('reviewDate', f('reviewDate'), { type: 'date' })}
        {control('notes', f('notes'), { kind: 'textarea' })}
      </fieldset>
      <div className="form-actions">
        <button type="submit" className="button primary" disabled={saving}>
          {t('contacts.save')}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t('contacts.cancel')}
        </button>
      </div>
    </form>
  );
}
