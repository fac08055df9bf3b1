import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ORGANISATION_KINDS, type Organisation } from '../../../shared/domain/organisation';
import {
  selfAndDescendantIds,
  validateOrganisation,
} from '../../../shared/domain/organisationValidation';
import { compareNames } from '../../../shared/text/collation';
import { FormActions } from '../../components/form/FormActions';
import { FormErrorSummary } from '../../components/form/FormErrorSummary';
import { SelectControl } from '../../components/form/SelectControl';
import { TextControl } from '../../components/form/TextControl';
import { firstErrorPerField, useFormState } from '../../components/form/useFormState';
import { useLiveQuery } from '../../data/useLiveQuery';
import {
  formFieldForIssue,
  formToOrganisationFields,
  type OrganisationFormValues,
} from './organisationFormModel';
// What the form fixes without asking (line breaks, control characters) is fixed before it is checked.
import { cleanFormText } from '../../../shared/sync/documentRules';

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

  const { errorCount, bind, saving, saveError, formProps } = useFormState({
    initialValues,
    onSubmit,
    validate: (values) => {
      const parents = new Map(organisations.map((o) => [o.id, o.parentOrganisationId]));
      const issues = validateOrganisation(
        cleanFormText('organisations', formToOrganisationFields(values)),
        {
          id: organisationId,
          parentOf: (id) => parents.get(id),
        },
      );
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
    ...bind(name),
    label: f(name),
  });

  return (
    <form {...formProps} className="entity-form" aria-label={title} lang={i18n.language}>
      <h2>{title}</h2>
      <FormErrorSummary
        errorCount={errorCount}
        saveFailure={saveError && t('app.saveFailed', { message: saveError })}
      />
      <TextControl {...text('name')} />
      <SelectControl
        {...bind('kind')}
        label={f('kind')}
        options={ORGANISATION_KINDS.map((kind) => [kind, t(`organisations.kinds.${kind}`)])}
      />
      <TextControl {...text('city')} />
      <TextControl {...text('country')} hint={f('countryHint')} />
      <TextControl {...text('address')} multiline />
      <TextControl {...text('website')} type="url" hint={f('websiteHint')} />
      <TextControl {...text('sectors')} hint={f('sectorsHint')} />
      <TextControl {...text('description')} multiline />
      <SelectControl
        {...bind('parentOrganisationId')}
        label={f('parentOrganisationId')}
        options={[['', t('organisations.fields.parentNone')], ...parentChoices]}
      />
      <FormActions
        submitLabel={t('organisations.save')}
        cancelLabel={t('organisations.cancel')}
        onCancel={onCancel}
        saving={saving}
      />
    </form>
  );
}
