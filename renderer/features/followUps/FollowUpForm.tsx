import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { FOLLOW_UP_KINDS, FOLLOW_UP_STATUSES } from '../../../shared/domain/followUp';
import { followUpOwners } from '../../../shared/domain/followUpList';
import { validateFollowUp } from '../../../shared/domain/followUpValidation';
import { titledName } from '../../../shared/domain/formsOfAddress';
import { compareContacts, compareNames } from '../../../shared/text/collation';
import { useLiveQuery } from '../../data/useLiveQuery';
import { SelectControl } from '../organisations/SelectControl';
import { TextControl } from '../organisations/TextControl';
import { firstErrorPerField, useFormState } from '../organisations/useFormState';
import {
  formFieldForIssue,
  formToFollowUpFields,
  type FollowUpFormValues,
} from './followUpFormModel';

export interface FollowUpFormProps {
  initialValues: FollowUpFormValues;
  onSubmit: (values: FollowUpFormValues) => Promise<void>;
  onCancel: () => void;
}

type Choice = readonly [value: string, text: string];

/** A follow-up's fields; used inside a dialog, so it has no heading of its own. */
export function FollowUpForm({ initialValues, onSubmit, onCancel }: FollowUpFormProps) {
  const { t } = useTranslation();
  const visits = useLiveQuery('visits', {});
  const contacts = useLiveQuery('contacts', {});
  const organisations = useLiveQuery('organisations', {});
  const followUps = useLiveQuery('followUps', {});
  const { values, errors, set, saving, saveError, formRef, submit } = useFormState({
    initialValues,
    onSubmit,
    validate: (values) =>
      firstErrorPerField(
        validateFollowUp(formToFollowUpFields(values)),
        formFieldForIssue,
        (issue) => t(`followUps.errors.${issue.code}`, { max: issue.max }),
      ),
  });

  const choices = useMemo(() => {
    const none: Choice = ['', t('followUps.fields.none')];
    return {
      visits: [
        none,
        ...[...visits.documents]
          .sort((a, b) => b.startDate.localeCompare(a.startDate))
          .map((visit): Choice => [visit.id, visit.title]),
      ],
      contacts: [
        none,
        ...[...contacts.documents]
          .sort((a, b) => compareContacts(a, b))
          .map((contact): Choice => [contact.id, titledName(contact)]),
      ],
      organisations: [
        none,
        ...[...organisations.documents]
          .sort((a, b) => compareNames(a.name, b.name))
          .map((organisation): Choice => [organisation.id, organisation.name]),
      ],
    };
  }, [t, visits.documents, contacts.documents, organisations.documents]);
  const owners = useMemo(() => followUpOwners(followUps.documents), [followUps.documents]);

  const f = (key: keyof FollowUpFormValues | 'ownerHint') => t(`followUps.fields.${key}`);
  const text = (name: 'title' | 'owner' | 'dueDate' | 'notes') => ({
    name,
    label: f(name),
    value: values[name],
    error: errors[name],
    onChange: (value: string) => set(name, value),
  });
  const link = (name: 'visitId' | 'contactId' | 'organisationId', options: readonly Choice[]) => (
    <SelectControl
      name={name}
      label={f(name)}
      value={values[name]}
      // A link to a record since deleted stays selectable, so saving does not drop it silently.
      options={
        values[name] && !options.some(([id]) => id === values[name])
          ? [...options, [values[name], t('notes.unknownLink')]]
          : options
      }
      onChange={(value) => set(name, value)}
    />
  );
  const errorCount = Object.keys(errors).length;

  return (
    <form
      ref={formRef}
      className="entity-form follow-up-form"
      noValidate
      onSubmit={(event) => void submit(event)}
    >
      {errorCount > 0 && (
        <p className="form-error" role="alert">
          {t('app.fixErrors', { count: errorCount })}
        </p>
      )}
      {saveError && (
        <p className="form-error" role="alert">
          {t('app.saveFailed', { message: saveError })}
        </p>
      )}
      <TextControl {...text('title')} />
      <SelectControl
        name="kind"
        label={f('kind')}
        value={values.kind}
        options={FOLLOW_UP_KINDS.map((kind) => [kind, t(`followUps.kinds.${kind}`)])}
        onChange={(value) => set('kind', value as FollowUpFormValues['kind'])}
        error={errors.kind}
      />
      <TextControl {...text('owner')} hint={f('ownerHint')} suggestions={owners} />
      <TextControl {...text('dueDate')} type="date" />
      <SelectControl
        name="status"
        label={f('status')}
        value={values.status}
        options={FOLLOW_UP_STATUSES.map((status) => [status, t(`followUps.statuses.${status}`)])}
        onChange={(value) => set('status', value as FollowUpFormValues['status'])}
        error={errors.status}
      />
      {link('visitId', choices.visits)}
      {link('contactId', choices.contacts)}
      {link('organisationId', choices.organisations)}
      <TextControl {...text('notes')} multiline />
      <div className="form-actions">
        <button type="submit" className="button primary" disabled={saving}>
          {t('followUps.save')}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t('followUps.cancel')}
        </button>
      </div>
    </form>
  );
}
