import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { VISIT_DIRECTIONS, VISIT_KINDS, VISIT_STATUSES } from '../../../shared/domain/visit';
import { validateVisit } from '../../../shared/domain/visitValidation';
import type { Messages } from '../../i18n/resources';
import { timeZoneChoices } from './timeZoneChoices';
import { useFormControls, type FieldIssue } from './useFormControls';
import { useVisitLookups } from './useVisitLookups';
import {
  formFieldForIssue,
  formToVisitFields,
  type VisitFormField,
  type VisitFormValues,
} from './visitFormModel';

export interface VisitFormProps {
  title: string;
  initialValues: VisitFormValues;
  onSubmit: (values: VisitFormValues) => Promise<void>;
  onCancel: () => void;
}

type FieldErrors = Partial<Record<VisitFormField, FieldIssue>>;

/** Create or edit a visit, with a message beside every field that needs fixing. */
export function VisitForm({ title, initialValues, onSubmit, onCancel }: VisitFormProps) {
  const { t } = useTranslation();
  const [values, setValues] = useState<Record<VisitFormField, string>>(initialValues);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [saveError, setSaveError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const lookups = useVisitLookups();
  const { text, select, idOf } = useFormControls(values, setValues, errors, setErrors);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found: FieldErrors = {};
    for (const issue of validateVisit(formToVisitFields(values as VisitFormValues))) {
      found[formFieldForIssue(issue)] ??= issue;
    }
    setErrors(found);
    const firstInvalid = Object.keys(found)[0] as VisitFormField | undefined;
    if (firstInvalid) {
      document.getElementById(idOf(firstInvalid))?.focus();
      return;
    }
    setSaving(true);
    setSaveError(null);
    try {
      await onSubmit(values as VisitFormValues);
    } catch (error) {
      setSaveError(error instanceof Error ? error.message : String(error));
      setSaving(false);
    }
  };

  const f = (key: keyof Messages['visits']['fields']) => t(`visits.fields.${key}`);
  const none = ['', t('visits.fields.none')] as const;
  const errorCount = Object.values(errors).filter(Boolean).length;

  return (
    <form
      className="entity-form visit-form"
      noValidate
      onSubmit={submit}
      aria-labelledby="page-title"
    >
      {/* The form is the page's only content, so its title is the page heading. */}
      <h1 id="page-title">{title}</h1>
      {errorCount > 0 && (
        <p className="form-error" role="alert">
          {t('visits.form.fixErrors', { count: errorCount })}
        </p>
      )}
      {saveError && (
        <p className="form-error" role="alert">
          {t('visits.form.saveFailed', { message: saveError })}
        </p>
      )}
      <fieldset>
        <legend>{t('visits.sections.basics')}</legend>
        {text('title', f('title'))}
        {select(
          'kind',
          f('kind'),
          VISIT_KINDS.map((kind) => [kind, t(`visits.kinds.${kind}`)]),
        )}
        {select(
          'direction',
          f('direction'),
          VISIT_DIRECTIONS.map((direction) => [direction, t(`visits.directions.${direction}`)]),
        )}
        {text('destinationCity', f('destinationCity'))}
        {text('destinationCountry', f('destinationCountry'), {
          hint: t('visits.fields.destinationCountryHint'),
        })}
        {select(
          'venueTimeZone',
          f('venueTimeZone'),
          timeZoneChoices(values.venueTimeZone),
          t('visits.fields.venueTimeZoneHint'),
        )}
        {text('startDate', f('startDate'), { type: 'date' })}
        {text('endDate', f('endDate'), { type: 'date' })}
        {select(
          'status',
          f('status'),
          VISIT_STATUSES.map((status) => [status, t(`visits.statuses.${status}`)]),
        )}
      </fieldset>
      <fieldset>
        <legend>{t('visits.sections.people')}</legend>
        {select('leadContactId', f('leadContact'), [
          none,
          ...lookups.contacts.map((contact) => [contact.id, contact.name] as const),
        ])}
        {select('partnershipId', f('partnership'), [
          none,
          ...lookups.partnerships.map((partnership) => [partnership.id, partnership.name] as const),
        ])}
      </fieldset>
      <fieldset>
        <legend>{t('visits.sections.briefing')}</legend>
        {text('objectives', f('objectives'), {
          kind: 'textarea',
          hint: t('visits.fields.objectivesHint'),
        })}
        {text('keyMessages', f('keyMessages'), { kind: 'textarea' })}
        {text('linesToTake', f('linesToTake'), {
          kind: 'textarea',
          hint: t('visits.fields.linesToTakeHint'),
        })}
        {text('risks', f('risks'), { kind: 'textarea' })}
      </fieldset>
      <fieldset>
        <legend>{t('visits.sections.logistics')}</legend>
        {text('travel', f('travel'), { kind: 'textarea' })}
        {text('hotel', f('hotel'), { kind: 'textarea' })}
        {text('transport', f('transport'), { kind: 'textarea' })}
      </fieldset>
      <div className="form-actions">
        <button type="submit" className="button primary" disabled={saving}>
          {t('visits.form.save')}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t('visits.form.cancel')}
        </button>
      </div>
    </form>
  );
}
