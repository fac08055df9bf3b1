import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AGENDA_ITEM_KINDS, AGENDA_ITEM_STATUSES } from '../../../../shared/domain/agendaItem';
import { validateAgendaItem } from '../../../../shared/domain/agendaItemValidation';
import { FormActions } from '../../../components/form/FormActions';
import { FormErrorSummary } from '../../../components/form/FormErrorSummary';
import { SelectControl } from '../../../components/form/SelectControl';
import { TextControl } from '../../../components/form/TextControl';
import { timeZoneChoices } from '../../../components/form/timeZoneChoices';
import { firstErrorPerField, useFormState } from '../../../components/form/useFormState';
import type { Messages } from '../../../i18n/messages';
import {
  agendaFieldForIssue,
  formToAgendaInput,
  type AgendaItemFormValues,
} from './agendaItemFormModel';
import type { FieldIssue } from '../fieldIssue';
import type { VisitLookups } from '../useVisitLookups';
// What the form fixes without asking (line breaks, control characters) is fixed before it is checked.
import { cleanFormText } from '../../../../shared/sync/documentRules';

export interface AgendaItemFormProps {
  visitId: string;
  initialValues: AgendaItemFormValues;
  initialAttendees: readonly string[];
  lookups: VisitLookups;
  onSubmit: (values: AgendaItemFormValues, attendeeIds: string[]) => Promise<void>;
  onCancel: () => void;
}

/** The fields of one agenda item, checked (end after start, no time in a DST gap) before saving. */
export function AgendaItemForm({
  visitId,
  initialValues,
  initialAttendees,
  lookups,
  onSubmit,
  onCancel,
}: AgendaItemFormProps) {
  const { t } = useTranslation();
  const [attendees, setAttendees] = useState<string[]>([...initialAttendees]);
  const { values, errorCount, bind, setValues, clearError, saving, saveError, formProps } =
    useFormState<AgendaItemFormValues, FieldIssue>({
      initialValues,
      onSubmit: (values) => onSubmit(values, attendees),
      validate: (values) =>
        firstErrorPerField(
          validateAgendaItem(
            cleanFormText('agendaItems', formToAgendaInput(values, visitId, attendees)),
          ),
          agendaFieldForIssue,
          (issue) => issue,
        ),
      describe: (issue) => t(`visits.issues.${issue.code}`, { max: issue.max }),
    });
  const f = (key: keyof Messages['visits']['agenda']['fields']) => t(`visits.agenda.fields.${key}`);
  const none = ['', t('visits.fields.none')] as const;

  // A one-day item stays one day: moving its start date takes the end date along.
  const setStartDate = (startDate: string) => {
    setValues((current) => ({
      ...current,
      startDate,
      endDate: current.endDate === current.startDate ? startDate : current.endDate,
    }));
    clearError('startDate');
  };
  const toggle = (contactId: string, checked: boolean) =>
    setAttendees((current) =>
      checked ? [...current, contactId] : current.filter((other) => other !== contactId),
    );

  return (
    <form {...formProps} className="entity-form agenda-form">
      <FormErrorSummary
        errorCount={errorCount}
        saveFailure={saveError && t('visits.form.saveFailed', { message: saveError })}
      />
      <TextControl {...bind('title')} label={f('title')} />
      <SelectControl
        {...bind('kind')}
        label={f('kind')}
        options={AGENDA_ITEM_KINDS.map((kind) => [kind, t(`visits.agenda.kinds.${kind}`)])}
      />
      <div className="field-row">
        <TextControl
          {...bind('startDate')}
          onChange={setStartDate}
          label={f('startDate')}
          type="date"
        />
        <TextControl {...bind('startTime')} label={f('startTime')} type="time" />
        <TextControl {...bind('endDate')} label={f('endDate')} type="date" />
        <TextControl {...bind('endTime')} label={f('endTime')} type="time" />
      </div>
      <SelectControl
        {...bind('timeZone')}
        label={f('timeZone')}
        options={timeZoneChoices(values.timeZone)}
      />
      <TextControl {...bind('venueName')} label={f('venueName')} />
      <TextControl {...bind('venueAddress')} label={f('venueAddress')} multiline />
      <SelectControl
        {...bind('hostOrganisationId')}
        label={f('hostOrganisation')}
        options={[
          none,
          ...lookups.organisations.map(
            (organisation) => [organisation.id, organisation.name] as const,
          ),
        ]}
      />
      <SelectControl
        {...bind('chairContactId')}
        label={f('chair')}
        options={[none, ...lookups.contacts.map((contact) => [contact.id, contact.name] as const)]}
      />
      <fieldset className="attendee-choices">
        <legend>{f('attendees')}</legend>
        {!lookups.choicesLoading && lookups.contacts.length === 0 && (
          <p className="hint">{f('noContacts')}</p>
        )}
        {lookups.contacts.map((contact) => (
          <label key={contact.id} className="checkbox">
            <input
              type="checkbox"
              checked={attendees.includes(contact.id)}
              onChange={(event) => toggle(contact.id, event.target.checked)}
            />
            {contact.name}
          </label>
        ))}
      </fieldset>
      <TextControl {...bind('purpose')} label={f('purpose')} multiline />
      <TextControl {...bind('briefingNotes')} label={f('briefingNotes')} multiline />
      <TextControl {...bind('dressCode')} label={f('dressCode')} />
      <TextControl {...bind('transport')} label={f('transport')} multiline />
      <SelectControl
        {...bind('status')}
        label={f('status')}
        options={AGENDA_ITEM_STATUSES.map((status) => [
          status,
          t(`visits.agenda.statuses.${status}`),
        ])}
      />
      <FormActions
        submitLabel={t('visits.agenda.form.save')}
        cancelLabel={t('visits.form.cancel')}
        onCancel={onCancel}
        saving={saving}
        placement="dialog"
      />
    </form>
  );
}
