import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { useDatabase, useLiveDocument } from '../../data/useLiveQuery';
import { insertEntity, LOCAL_AUTHOR, replaceEntityFields } from '../../data/writes';
import { OrganisationForm } from './OrganisationForm';
import {
  emptyOrganisationForm,
  formToOrganisationFields,
  organisationToForm,
} from './organisationFormModel';

export interface OrganisationEditorProps {
  /** The organisation to edit; without it a new one is created. */
  organisationId?: string;
}

/** Loads an organisation (or starts a new one), saves the form to the local store. */
export function OrganisationEditor({ organisationId }: OrganisationEditorProps) {
  const { t } = useTranslation();
  const database = useDatabase();
  const [, navigate] = useLocation();
  const { document, loading } = useLiveDocument('organisations', organisationId);

  if (organisationId !== undefined && loading) return null;
  if (organisationId !== undefined && !document) {
    return <p className="empty-state">{t('organisations.notFound')}</p>;
  }
  const existing = document?.toMutableJSON();

  return (
    <OrganisationForm
      // A new form state for each organisation, so switching never mixes values.
      key={organisationId ?? 'new'}
      title={
        existing
          ? t('organisations.formTitleEdit', { name: existing.name })
          : t('organisations.formTitleNew')
      }
      organisationId={organisationId}
      initialValues={existing ? organisationToForm(existing) : emptyOrganisationForm()}
      onCancel={() => navigate(organisationId ? `/${organisationId}` : '/')}
      onSubmit={async (values) => {
        const fields = formToOrganisationFields(values, existing);
        const saved = document
          ? await replaceEntityFields(document, fields, LOCAL_AUTHOR)
          : await insertEntity(database.organisations, fields, LOCAL_AUTHOR);
        navigate(`/${saved.id}`);
      }}
    />
  );
}
