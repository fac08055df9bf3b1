import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { PARTNERSHIP_STATUSES } from '../../../shared/domain/partnership';
import { MIN_PARTIES, validatePartnership } from '../../../shared/domain/partnershipValidation';
import { compareNames } from '../../../shared/text/collation';
import { FormActions } from '../../components/form/FormActions';
import { FormErrorSummary } from '../../components/form/FormErrorSummary';
import { SelectControl } from '../../components/form/SelectControl';
import { TextControl } from '../../components/form/TextControl';
import { firstErrorPerField, useFormState } from '../../components/form/useFormState';
import { useLiveQuery } from '../../data/useLiveQuery';
import {
  emptyParty,
  formFieldForIssue,
  formToPartnershipFields,
  type PartnershipFormValues,
} from './partnershipFormModel';
import { PartyFields } from './PartyFields';
// What the form fixes without asking (line breaks, control characters) is fixed before it is checked.
import { cleanFormText } from '../../../shared/sync/documentRules';

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

  const { values, errors, errorCount, bind, setValues, clearError, saving, saveError, formProps } =
    useFormState({
      initialValues,
      onSubmit: (values) => onSubmit(values, organisationName),
      validate: (values) =>
        firstErrorPerField(
          validatePartnership(
            cleanFormText('partnerships', formToPartnershipFields(values, organisationName)),
          ),
          formFieldForIssue,
          (issue) => t(`partnerships.errors.${issue.code}`, { max: issue.max }),
        ),
    });
  const f = (
    key: Exclude<keyof PartnershipFormValues, 'parties'> | 'agreementHint' | 'themesHint',
  ) => t(`partnerships.fields.${key}`);
  const text = (name: 'since' | 'agreement' | 'themes' | 'historyNotes') => ({
    ...bind(name),
    label: f(name),
  });
  const setParties = (
    update: (parties: PartnershipFormValues['parties']) => PartnershipFormValues['parties'],
  ) => setValues((current) => ({ ...current, parties: update(current.parties) }));

  return (
    <form {...formProps} className="entity-form" aria-label={title}>
      <h2>{title}</h2>
      <FormErrorSummary
        errorCount={errorCount}
        saveFailure={saveError && t('app.saveFailed', { message: saveError })}
      />
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
        {...bind('status')}
        label={f('status')}
        options={PARTNERSHIP_STATUSES.map((status) => [
          status,
          t(`partnerships.statuses.${status}`),
        ])}
      />
      <TextControl {...text('historyNotes')} multiline />
      <FormActions
        submitLabel={t('partnerships.save')}
        cancelLabel={t('partnerships.cancel')}
        onCancel={onCancel}
        saving={saving}
      />
    </form>
  );
}
