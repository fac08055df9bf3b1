import { useTranslation } from 'react-i18next';
import { partnershipTitle } from '../../../shared/domain/partnershipValidation';
import { useEntityEditor } from '../../data/useEntityEditor';
import { useAuthor } from '../../data/author';
import { ChangedMeanwhileNotice } from '../sync';
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
  const author = useAuthor();
  const { state, existing, latest, save, cancel } = useEntityEditor('partnerships', partnershipId);

  if (state === 'loading') return null;
  if (state === 'missing') return <p className="empty-state">{t('partnerships.notFound')}</p>;

  const initialValues = existing ? partnershipToForm(existing) : emptyPartnershipForm();

  return (
    <>
      <ChangedMeanwhileNotice opened={existing} latest={latest} author={author} />
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
        initialValues={initialValues}
        onCancel={cancel}
        onSubmit={(values, organisationName) =>
          save(
            formToPartnershipFields(values, organisationName, existing),
            formToPartnershipFields(initialValues, organisationName, existing),
          )
        }
      />
    </>
  );
}
