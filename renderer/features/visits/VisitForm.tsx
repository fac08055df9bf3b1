import { useTranslation } from 'react-i18next';
import { VISIT_DIRECTIONS, VISIT_KINDS, VISIT_STATUSES } from '../../../shared/domain/visit';
import { validateVisit } from '../../../shared/domain/visitValidation';
import { FormActions } from '../../components/form/FormActions';
import { FormErrorSummary } from '../../components/form/FormErrorSummary';
import { SelectControl } from '../../components/form/SelectControl';
import { TextControl } from '../../components/form/TextControl';
import { timeZoneChoices } from '../../components/form/timeZoneChoices';
import { firstErrorPerField, useFormState } from '../../components/form/useFormState';
import type { Messages } from '../../i18n/messages';
import type { FieldIssue } from './fieldIssue';
import { useVisitLookups } from './useVisitLookups';
import { formFieldForIssue, formToVisitFields, type VisitFormValues } from './visitFormModel';
// What the form fixes without asking (line breaks, control characters) is fixed before it is checked.
import { cleanFormText } from '../../../shared/sync/documentRules';

export interface VisitFormProps {
  title: string;
  initialValues: VisitFormValues;
  onSubmit: (values: VisitFormValues) => Promise<void>;
  onCancel: () => void;
}

/** Create or edit a visit, with a message beside every field that needs fixing. */
export function VisitForm({ title, initialValues, onSubmit, onCancel }: VisitFormProps) {
  const { t } = useTranslation();
  const lookups = useVisitLookups();
  const { values, errorCount, bind, saving, saveError, formProps } = useFormState<
    VisitFormValues,
    FieldIssue
  >({
    initialValues,
    onSubmit,
    validate: (values) =>
      firstErrorPerField(
        validateVisit(cleanFormText('visits', formToVisitFields(values))),
        formFieldForIssue,
        (issue) => issue,
      ),
    describe: (issue) => t(`visits.issues.${issue.code}`, { max: issue.max }),
  });

  const f = (key: keyof Messages['visits']['fields']) => t(`visits.fields.${key}`);
  const none = ['', t('visits.fields.none')] as const;

  return (
    <form {...formProps} className="entity-form visit-form" aria-labelledby="page-title">
      {/* The form is the page's only content, so its title is the page heading. */}
      <h1 id="page-title">{title}</h1>
      <FormErrorSummary
        errorCount={errorCount}
        saveFailure={saveError && t('visits.form.saveFailed', { message: saveError })}
      />
      <fieldset>
        <legend>{t('visits.sections.basics')}</legend>
        <TextControl {...bind('title')} label={f('title')} />
        <SelectControl
          {...bind('kind')}
          label={f('kind')}
          options={VISIT_KINDS.map((kind) => [kind, t(`visits.kinds.${kind}`)])}
        />
        <SelectControl
          {...bind('direction')}
          label={f('direction')}
          options={VISIT_DIRECTIONS.map((direction) => [
            direction,
            t(`visits.directions.${direction}`),
          ])}
        />
        <TextControl {...bind('destinationCity')} label={f('destinationCity')} />
        <TextControl
          {...bind('destinationCountry')}
          label={f('destinationCountry')}
          hint={t('visits.fields.destinationCountryHint')}
        />
        <SelectControl
          {...bind('venueTimeZone')}
          label={f('venueTimeZone')}
          options={timeZoneChoices(values.venueTimeZone)}
          hint={t('visits.fields.venueTimeZoneHint')}
        />
        <TextControl {...bind('startDate')} label={f('startDate')} type="date" />
        <TextControl {...bind('endDate')} label={f('endDate')} type="date" />
        <SelectControl
          {...bind('status')}
          label={f('status')}
          options={VISIT_STATUSES.map((status) => [status, t(`visits.statuses.${status}`)])}
        />
      </fieldset>
      <fieldset>
        <legend>{t('visits.sections.people')}</legend>
        <SelectControl
          {...bind('leadContactId')}
          label={f('leadContact')}
          options={[
            none,
            ...lookups.contacts.map((contact) => [contact.id, contact.name] as const),
          ]}
        />
        <SelectControl
          {...bind('partnershipId')}
          label={f('partnership')}
          options={[
            none,
            ...lookups.partnerships.map(
              (partnership) => [partnership.id, partnership.name] as const,
            ),
          ]}
        />
      </fieldset>
      <fieldset>
        <legend>{t('visits.sections.briefing')}</legend>
        <TextControl
          {...bind('objectives')}
          label={f('objectives')}
          hint={t('visits.fields.objectivesHint')}
          multiline
        />
        <TextControl {...bind('keyMessages')} label={f('keyMessages')} multiline />
        <TextControl
          {...bind('linesToTake')}
          label={f('linesToTake')}
          hint={t('visits.fields.linesToTakeHint')}
          multiline
        />
        <TextControl {...bind('risks')} label={f('risks')} multiline />
      </fieldset>
      <fieldset>
        <legend>{t('visits.sections.logistics')}</legend>
        <TextControl {...bind('travel')} label={f('travel')} multiline />
        <TextControl {...bind('hotel')} label={f('hotel')} multiline />
        <TextControl {...bind('transport')} label={f('transport')} multiline />
      </fieldset>
      <FormActions
        submitLabel={t('visits.form.save')}
        cancelLabel={t('visits.form.cancel')}
        onCancel={onCancel}
        saving={saving}
      />
    </form>
  );
}
