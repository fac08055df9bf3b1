import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { PARTNERSHIP_STATUSES } from '../../../shared/domain/partnership';
import { MIN_PARTIES, validatePartnership } from '../../../shared/domain/partnershipValidation';
import { compareNames } from '../../../shared/text/collation';
import { useLiveQuery } from '../../data/useLiveQuery';
import { SelectControl } from '../organisations/SelectControl';
import { TextControl } from '../organisations/TextControl';
import { firstErrorPerField, useFormState } from '../organisations/useFormState';
import {
  emptyParty,
  formFieldForIssue,
  formToPartnershipFields,
  type PartnershipFormValues,
} from './partnershipFormModel';
import { PartyFields } from './PartyFields';

export interface PartnershipFormProps {
  title: string;
  initialValues: PartnershipFormValues;
  /** Receives the values and the organisations' names, for organisation parties. */
  onSubmit: (
    values: PartnershipFormValues,
    organisationName: (id: string) => string | undefined,
  ) => Promise<void>;
  onCancel: () => void;
}

/** Create or edit a partnership: its parties, since when, agreement, themes, status, history. */
export function PartnershipForm({
  title,
  initialValues,
  onSubmit,
  onCancel,
}: PartnershipFormProps) {
  const { t } = useTranslation();
  const partiesErrorId = useId();
  const { documents } = useLiveQuery('organisations', {});
  const organisations = useMemo(
    () =>
      [...documents]
        .sort((a, b) => compareNames(a.name, b.name))
        .map((organisation) => [organisation.id, organisation.name] as const),
    [documents],
  );
  const organisationName = (id: string) => organisations.find(([key]) => key === id)?.[1];

  const { values, errors, set, setValues, clearError, saving, saveError, formRef, submit } =
    useFormState({
      initialValues,
      onSubmit: (values) => onSubmit(values, organisationName),
      validate: (values) =>
        firstErrorPerField(
          validatePartnership(formToPartnershipFields(values, organisationName)),
          formFieldForIssue,
          (issue) => t(`partnerships.errors.${issue.code}`, { max: issue.max }),
        ),
    });
  const f = (
    key: Exclude<keyof PartnershipFormValues, 'parties'> | 'agreementHint' | 'themesHint',
  ) => t(`partnerships.fields.${key}`);
  const text = (name: 'since' | 'agreement' | 'themes' | 'historyNotes') => ({
    name,
    label: f(name),
    value: values[name],
    error: errors[name],
    onChange: (value: string) => set(name, value),
  });
  const setParties = (
    update: (parties: PartnershipFormValues['parties']) => PartnershipFormValues['parties'],
  ) => setValues((current) => ({ ...current, parties: update(current.parties) }));
  const errorCount = Object.keys(errors).length;

  return (
    <form
      ref={formRef}
      className="entity-form"
      noValidate
      onSubmit={(event) => void submit(event)}
      aria-label={title}
    >
      <h2>{title}</h2>
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
      <fieldset>
        <legend>{t('partnerships.fields.parties')}</legend>
        {values.parties.map((party, index) => (
          <PartyFields
            // Parties have no id of their own; the position is what the labels say too.
            key={index}
            index={index}
            party={party}
            organisations={organisations}
            errors={errors}
            onChange={(next, field) => {
              setParties((parties) => parties.map((old, i) => (i === index ? next : old)));
              clearError(`parties.${index}.${field}`);
              if (field === 'kind') {
                clearError(`parties.${index}.name`);
                clearError(`parties.${index}.organisationId`);
              }
            }}
            onRemove={
              values.parties.length > MIN_PARTIES
                ? () => setParties((parties) => parties.filter((_, i) => i !== index))
                : undefined
            }
          />
        ))}
        {errors.parties && (
          <p className="field-error" id={partiesErrorId}>
            {errors.parties}
          </p>
        )}
        <button
          type="button"
          className="button"
          name="parties"
          aria-describedby={errors.parties ? partiesErrorId : undefined}
          onClick={() => {
            setParties((parties) => [...parties, emptyParty()]);
            clearError('parties');
          }}
        >
          {t('partnerships.fields.addParty')}
        </button>
      </fieldset>
      <TextControl {...text('since')} type="number" />
      <TextControl {...text('agreement')} hint={f('agreementHint')} />
      <TextControl {...text('themes')} hint={f('themesHint')} />
      <SelectControl
        name="status"
        label={f('status')}
        value={values.status}
        options={PARTNERSHIP_STATUSES.map((status) => [
          status,
          t(`partnerships.statuses.${status}`),
        ])}
        onChange={(value) => set('status', value as PartnershipFormValues['status'])}
        error={errors.status}
      />
      <TextControl {...text('historyNotes')} multiline />
      <div className="form-actions">
        <button type="submit" className="button primary" disabled={saving}>
          {t('partnerships.save')}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t('partnerships.cancel')}
        </button>
      </div>
    </form>
  );
}
