import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { FOLLOW_UP_KINDS, FOLLOW_UP_STATUSES } from '../../../shared/domain/followUp';
import { followUpOwners } from '../../../shared/domain/followUpList';
import { validateFollowUp } from '../../../shared/domain/followUpValidation';
import { titledName } from '../../../shared/domain/formsOfAddress';
import { compareContacts, compareNames } from '../../../shared/text/collation';
import { FormActions } from '../../components/form/FormActions';
import { FormErrorSummary } from '../../components/form/FormErrorSummary';
import { SelectControl } from '../../components/form/SelectControl';
import { TextControl } from '../../components/form/TextControl';
import { firstErrorPerField, useFormState } from '../../components/form/useFormState';
import { useLiveQuery } from '../../data/useLiveQuery';
import {
  formFieldForIssue,
  formToFollowUpFields,
  type FollowUpFormValues,
} from './followUpFormModel';
// What the form fixes without asking (line breaks, control characters) is fixed before it is checked.
import { cleanFormText } from '../../../shared/sync/documentRules';

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
  const { values, errorCount, bind, set, saving, saveError, formProps } = useFormState({
    initialValues,
    onSubmit,
    validate: (values) =>
      firstErrorPerField(
        validateFollowUp(cleanFormText('followUps', formToFollowUpFields(values))),
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
    ...bind(name),
    label: f(name),
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

  return (
    <form {...formProps} className="entity-form follow-up-form">
      <FormErrorSummary
        errorCount={errorCount}
        saveFailure={saveError && t('app.saveFailed', { message: saveError })}
      />
      <TextControl {...text('title')} />
      <SelectControl
        {...bind('kind')}
        label={f('kind')}
        options={FOLLOW_UP_KINDS.map((kind) => [kind, t(`followUps.kinds.${kind}`)])}
      />
      <TextControl {...text('owner')} hint={f('ownerHint')} suggestions={owners} />
      <TextControl {...text('dueDate')} type="date" />
      <SelectControl
        {...bind('status')}
        label={f('status')}
        options={FOLLOW_UP_STATUSES.map((status) => [status, t(`followUps.statuses.${status}`)])}
      />
      {link('visitId', choices.visits)}
      {link('contactId', choices.contacts)}
      {link('organisationId', choices.organisations)}
      <TextControl {...text('notes')} multiline />
      <FormActions
        submitLabel={t('followUps.save')}
        cancelLabel={t('followUps.cancel')}
        onCancel={onCancel}
        saving={saving}
      />
    </form>
  );
}
