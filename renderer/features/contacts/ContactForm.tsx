import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { LAWFUL_BASES } from '../../../shared/domain/contact';
import { validateContact, type ContactIssue } from '../../../shared/domain/contactValidation';
import { letterSalutation } from '../../../shared/domain/formsOfAddress';
import { FormActions } from '../../components/form/FormActions';
import { FormErrorSummary } from '../../components/form/FormErrorSummary';
import { SelectControl, type SelectOptions } from '../../components/form/SelectControl';
import { TextControl } from '../../components/form/TextControl';
import { firstErrorPerField, useFormState } from '../../components/form/useFormState';
import { AffiliationsEditor } from './AffiliationsEditor';
import { ContactPointsEditor } from './ContactPointsEditor';
import type { Messages } from '../../i18n/messages';
import {
  contactPointField,
  formFieldForIssue,
  formToContactFields,
  type ContactFormField,
  type ContactFormValues,
  type ContactPointFormValues,
} from './contactFormModel';
// What the form fixes without asking (line breaks, control characters) is fixed before it is checked.
import { cleanFormText } from '../../../shared/sync/documentRules';

export interface ContactFormProps {
  title: string;
  initialValues: ContactFormValues;
  onSubmit: (values: ContactFormValues) => Promise<void>;
  onCancel: () => void;
}

const noMetadata = { id: '', createdAt: '', updatedAt: '', updatedBy: '' };

/** Create or edit a contact, with a message beside every field that needs fixing. */
export function ContactForm({ title, initialValues, onSubmit, onCancel }: ContactFormProps) {
  const { t, i18n } = useTranslation();
  const idPrefix = useId();
  const language = i18n.language === 'de' ? 'de' : 'en';
  const {
    values,
    errorCount,
    bind,
    set,
    setValues,
    clearError,
    errorText,
    saving,
    saveError,
    formProps,
  } = useFormState<ContactFormValues, ContactIssue>({
    initialValues,
    onSubmit,
    validate: (values) =>
      firstErrorPerField(
        validateContact(cleanFormText('contacts', formToContactFields(values))),
        (issue) => formFieldForIssue(issue, values),
        (issue) => issue,
      ),
    // Issues are worded as the form renders, so a change of language rewords them too.
    describe: (issue) => t(`validation.${issue.code}`, { max: issue.max }),
  });

  const f = (key: keyof Messages['contacts']['fields']) => t(`contacts.fields.${key}`);
  /** A labelled text control bound to `values[name]`, labelled by the field's own message. */
  const text = (name: Exclude<ContactFormField, 'nameOrder' | 'lawfulBasis'>) => ({
    ...bind(name),
    label: f(name),
  });
  // These selects only ever hold one of their options, so they show no message of their own.
  const select = (name: 'nameOrder' | 'lawfulBasis', options: SelectOptions) => (
    <SelectControl
      name={name}
      label={f(name)}
      value={values[name]}
      options={options}
      onChange={(value) => set(name, value as ContactFormValues[typeof name])}
    />
  );
  const setContactPoints =
    (list: 'emails' | 'phones') =>
    (rows: ContactPointFormValues[], staleRows: readonly number[]) => {
      setValues((current) => ({ ...current, [list]: rows }));
      for (const index of staleRows) {
        clearError(contactPointField(list, index, 'value'));
        clearError(contactPointField(list, index, 'label'));
      }
    };
  const suggestedSalutation = letterSalutation(
    { ...formToContactFields({ ...values, salutation: '' }), ...noMetadata },
    language,
  );

  return (
    <form {...formProps} className="entity-form" aria-labelledby={`${idPrefix}-title`}>
      <h2 id={`${idPrefix}-title`}>{title}</h2>
      <FormErrorSummary
        errorCount={errorCount}
        saveFailure={saveError && t('contacts.saveFailed', { message: saveError })}
      />
      <fieldset>
        <legend>{t('contacts.sections.name')}</legend>
        <TextControl {...text('honorific')} hint={f('honorificHint')} />
        <TextControl {...text('titlesBefore')} hint={f('titlesBeforeHint')} />
        <TextControl {...text('givenNames')} />
        <TextControl {...text('familyName')} />
        <TextControl {...text('titlesAfter')} hint={f('titlesAfterHint')} />
        {select('nameOrder', [
          ['given-first', f('nameOrderGivenFirst')],
          ['family-first', f('nameOrderFamilyFirst')],
        ])}
        <TextControl {...text('pronunciation')} />
      </fieldset>
      <fieldset>
        <legend>{t('contacts.sections.office')}</legend>
        <TextControl {...text('officeTitle')} hint={f('officeTitleHint')} />
        <TextControl {...text('formalStyle')} hint={f('formalStyleHint')} />
        <TextControl {...text('spokenForm')} hint={f('spokenFormHint')} />
        <TextControl
          {...text('salutation')}
          hint={t('contacts.fields.salutationHint', { suggestion: suggestedSalutation })}
        />
      </fieldset>
      <fieldset className="wide">
        <legend>{t('contacts.sections.organisations')}</legend>
        <AffiliationsEditor
          value={values.affiliations}
          onChange={(affiliations) => set('affiliations', affiliations)}
          error={errorText('affiliations')}
        />
      </fieldset>
      <fieldset>
        <legend>{t('contacts.sections.reach')}</legend>
        <ContactPointsEditor
          kind="email"
          value={values.emails}
          onChange={setContactPoints('emails')}
          errorText={errorText}
        />
        <ContactPointsEditor
          kind="phone"
          value={values.phones}
          onChange={setContactPoints('phones')}
          errorText={errorText}
        />
      </fieldset>
      <fieldset>
        <legend>{t('contacts.sections.protocol')}</legend>
        <TextControl {...text('languages')} hint={f('languagesHint')} />
        <p className="sensitive-note">{f('sensitive')}</p>
        <TextControl {...text('dietaryNeeds')} multiline />
        <TextControl {...text('accessibilityNeeds')} multiline />
      </fieldset>
      <fieldset>
        <legend>{t('contacts.sections.dataProtection')}</legend>
        {select(
          'lawfulBasis',
          LAWFUL_BASES.map((basis) => [basis, t(`contacts.lawfulBasis.${basis}`)]),
        )}
        <TextControl {...text('consentNote')} multiline hint={f('consentNoteHint')} />
        <TextControl {...text('reviewDate')} type="date" />
        <TextControl {...text('notes')} multiline />
      </fieldset>
      <FormActions
        submitLabel={t('contacts.save')}
        cancelLabel={t('contacts.cancel')}
        onCancel={onCancel}
        saving={saving}
      />
    </form>
  );
}
