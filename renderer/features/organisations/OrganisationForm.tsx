import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ORGANISATION_KINDS, type Organisation } from '../../../shared/domain/organisation';
import {
  selfAndDescendantIds,
  validateOrganisation,
} from '../../../shared/domain/organisationValidation';
import { compareNames } from '../../../shared/text/collation';
import { useLiveQuery } from '../../data/useLiveQuery';
import {
  formFieldForIssue,
  formToOrganisationFields,
  type OrganisationFormValues,
} from './organisationFormModel';
import { SelectControl } from './SelectControl';
import { TextControl } from './TextControl';
import { firstErrorPerField, useFormState } from './useFormState';

export interface OrganisationFormProps {
  title: string;
  /** The organisation being edited; absent for a new one. */
  organisationId?: string;
  initialValues: OrganisationFormValues;
  onSubmit: (values: OrganisationFormValues) => Promise<void>;
  onCancel: () => void;
}

/** Create or edit an organisation, with a message beside every field that needs fixing. */
export function OrganisationForm({
  title,
  organisationId,
  initialValues,
  onSubmit,
  onCancel,
}: OrganisationFormProps) {
  const { t, i18n } = useTranslation();
  const { documents } = useLiveQuery('organisations', {});
  const organisations = useMemo(
    () => documents.map((doc) => doc.toJSON() as Organisation),
    [documents],
  );

  const { values, errors, set, saving, saveError, formRef, submit } = useFormState({
    initialValues,
    onSubmit,
    validate: (values) => {
      const parents = new Map(organisations.map((o) => [o.id, o.parentOrganisationId]));
      const issues = validateOrganisation(formToOrganisationFields(values), {
        id: organisationId,
        parentOf: (id) => parents.get(id),
      });
      return firstErrorPerField(issues, formFieldForIssue, (issue) =>
        t(`organisations.errors.${issue.code}`, { max: issue.max }),
      );
    },
  });

  // Neither the organisation itself nor anything below it may become its parent.
  const parentChoices = useMemo(() => {
    const excluded = organisationId
      ? selfAndDescendantIds(organisationId, organisations)
      : new Set<string>();
    return organisations
      .filter((o) => !excluded.has(o.id))
      .sort((a, b) => compareNames(a.name, b.name))
      .map((o) => [o.id, o.name] as const);
  }, [organisations, organisationId]);

  const f = (key: keyof typeof initialValues | 'countryHint' | 'websiteHint' | 'sectorsHint') =>
    t(`organisations.fields.${key === 'parentOrganisationId' ? 'parent' : key}`);
  const text = (name: Exclude<keyof OrganisationFormValues, 'kind' | 'parentOrganisationId'>) => ({
    name,
    label: f(name),
    value: values[name],
    error: errors[name],
    onChange: (value: string) => set(name, value),
  });
  const errorCount = Object.keys(errors).length;

  return (
    <form
      ref={formRef}
      className="entity-form"
      noValidate
      onSubmit={(event) => void submit(event)}
      aria-label={title}
      lang={i18n.language}
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
      <TextControl {...text('name')} />
      <SelectControl
        name="kind"
        label={f('kind')}
        value={values.kind}
        options={ORGANISATION_KINDS.map((kind) => [kind, t(`organisations.kinds.${kind}`)])}
        onChange={(value) => set('kind', value as OrganisationFormValues['kind'])}
        error={errors.kind}
      />
      <TextControl {...text('city')} />
      <TextControl {...text('country')} hint={f('countryHint')} />
      <TextControl {...text('address')} multiline />
      <TextControl {...text('website')} type="url" hint={f('websiteHint')} />
      <TextControl {...text('sectors')} hint={f('sectorsHint')} />
      <TextControl {...text('description')} multiline />
      <SelectControl
        name="parentOrganisationId"
        label={f('parentOrganisationId')}
        value={values.parentOrganisationId}
        options={[['', t('organisations.fields.parentNone')], ...parentChoices]}
        onChange={(value) => set('parentOrganisationId', value)}
        error={errors.parentOrganisationId}
      />
      <div className="form-actions">
        <button type="submit" className="button primary" disabled={saving}>
          {t('organisations.save')}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t('organisations.cancel')}
        </button>
      </div>
    </form>
  );
}
