import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { partnershipTitle } from '../../../shared/domain/partnershipValidation';
import { useDatabase, useLiveDocument } from '../../data/useLiveQuery';
import { insertEntity, LOCAL_AUTHOR, replaceEntityFields } from '../../data/writes';
import { PartnershipForm } from './PartnershipForm';
import {
  emptyPartnershipForm,
  formToPartnershipFields,
  partnershipToForm,
} from './partnershipFormModel';

export interface PartnershipEditorProps {
  /** The partnership to edit; without it a new one is created. */
  partnershipId?: string;
}

/** Loads a partnership (or starts a new one), saves the form to the local store. */
export function PartnershipEditor({ partnershipId }: PartnershipEditorProps) {
  const { t } = useTranslation();
  const database = useDatabase();
  const [, navigate] = useLocation();
  const { document, loading } = useLiveDocument('partnerships', partnershipId);

  if (partnershipId !== undefined && loading) return null;
  if (partnershipId !== undefined && !document) {
    return <p className="empty-state">{t('partnerships.notFound')}</p>;
  }
  const existing = document?.toMutableJSON();

  return (
    <PartnershipForm
      // A new form state for each partnership, so switching never mixes values.
      key={partnershipId ?? 'new'}
      title={
        existing
          ? t('partnerships.formTitleEdit', {
              name: partnershipTitle(existing) || t('partnerships.unnamed'),
            })
          : t('partnerships.formTitleNew')
      }
      initialValues={existing ? partnershipToForm(existing) : emptyPartnershipForm()}
      onCancel={() => navigate(partnershipId ? `/${partnershipId}` : '/')}
      onSubmit={async (values, organisationName) => {
        const fields = formToPartnershipFields(values, organisationName, existing);
        const saved = document
          ? await replaceEntityFields(document, fields, LOCAL_AUTHOR)
          : await insertEntity(database.partnerships, fields, LOCAL_AUTHOR);
        navigate(`/${saved.id}`);
      }}
    />
  );
}
