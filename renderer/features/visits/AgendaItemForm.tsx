import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { AGENDA_ITEM_KINDS, AGENDA_ITEM_STATUSES } from '../../../shared/domain/agendaItem';
import { validateAgendaItem } from '../../../shared/domain/agendaItemValidation';
import type { Messages } from '../../i18n/resources';
import {
  agendaFieldForIssue,
  formToAgendaInput,
  type AgendaItemFormField,
  type AgendaItemFormValues,
} from './agendaItemFormModel';
import { timeZoneChoices } from './timeZoneChoices';
import { useFormControls, type FieldIssue } from './useFormControls';
import type { VisitLookups } from './useVisitLookups';

export interface AgendaItemFormProps {
  visitId: string;
  initialValues: AgendaItemFormValues;
  initialAttendees: readonly string[];
  lookups: VisitLookups;
  onSubmit: (values: AgendaItemFormValues, attendeeIds: string[]) => Promise<void>;
  onCancel: () => void;
}

type FieldErrors = Partial<Record<AgendaItemFormField, FieldIssue>>;

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
  const [values, setValues] = useState<Record<AgendaItemFormField, string>>(initialValues);
  const [attendees, setAttendees] = useState<string[]>([...initialAttendees]);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [saveError, setSaveError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  // A one-day item stays one day: moving its start date takes the end date along.
  const setLinkedValues: typeof setValues = (update) =>
    setValues((current) => {
      const next = typeof update === 'function' ? update(current) : update;
      return next.startDate !== current.startDate && current.endDate === current.startDate
        ? { ...next, endDate: next.startDate }
        : next;
    });
  const { text, select, idOf } = useFormControls(values, setLinkedValues, errors, setErrors);
  const f = (key: keyof Messages['visits']['agenda']['fields']) => t(`visits.agenda.fields.${key}`);
  const none = ['', t('visits.fields.none')] as const;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const current = values as AgendaItemFormValues;
    const found: FieldErrors = {};
    for (const issue of validateAgendaItem(formToAgendaInput(current, visitId, attendees))) {
      found[agendaFieldForIssue(issue)] ??= issue;
    }
    setErrors(found);
    const firstInvalid = Object.keys(found)[0] as AgendaItemFormField | undefined;
    if (firstInvalid) {
      document.getElementById(idOf(firstInvalid))?.focus();
      return;
    }
    setSaving(true);
    try {
      await onSubmit(current, attendees);
    } catch (error) {
      setSaveError(error instanceof Error ? error.message : String(error));
      setSaving(false);
    }
  };

  const toggle = (contactId: string, checked: boolean) =>
    setAttendees((current) =>
      checked ? [...current, contactId] : current.filter((other) => other !== contactId),
    );
  const errorCount = Object.values(errors).filter(Boolean).length;

  return (
    <form className="entity-form agenda-form" noValidate onSubmit={(event) => void submit(event)}>
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
      {text('title', f('title'))}
      {select(
        'kind',
        f('kind'),
        AGENDA_ITEM_KINDS.map((kind) => [kind, t(`visits.agenda.kinds.${kind}`)]),
      )}
      <div className="field-row">
        {text('startDate', f('startDate'), { type: 'date' })}
        {text('startTime', f('startTime'), { type: 'time' })}
        {text('endDate', f('endDate'), { type: 'date' })}
        {text('endTime', f('endTime'), { type: 'time' })}
      </div>
      {select('timeZone', f('timeZone'), timeZoneChoices(values.timeZone))}
      {text('venueName', f('venueName'))}
      {text('venueAddress', f('venueAddress'), { kind: 'textarea' })}
      {select('hostOrganisationId', f('hostOrganisation'), [
        none,
        ...lookups.organisations.map(
          (organisation) => [organisation.id, organisation.name] as const,
        ),
      ])}
      {select('chairContactId', f('chair'), [
        none,
        ...lookups.contacts.map((contact) => [contact.id, contact.name] as const),
      ])}
      <fieldset className="attendee-choices">
        <legend>{f('attendees')}</legend>
        {lookups.contacts.length === 0 && <p className="hint">{f('noContacts')}</p>}
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
      {text('purpose', f('purpose'), { kind: 'textarea' })}
      {text('briefingNotes', f('briefingNotes'), { kind: 'textarea' })}
      {text('dressCode', f('dressCode'))}
      {text('transport', f('transport'), { kind: 'textarea' })}
      {select(
        'status',
        f('status'),
        AGENDA_ITEM_STATUSES.map((status) => [status, t(`visits.agenda.statuses.${status}`)]),
      )}
      <div className="dialog-actions">
        <button type="button" className="button" onClick={onCancel}>
          {t('visits.form.cancel')}
        </button>
        <button type="submit" className="button primary" disabled={saving}>
          {t('visits.agenda.form.save')}
        </button>
      </div>
    </form>
  );
}
