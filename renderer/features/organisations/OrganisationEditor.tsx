import { useTranslation } from 'react-i18next';
import { useEntityEditor } from '../../data/useEntityEditor';
import { useAuthor } from '../../data/author';
import { ChangedMeanwhileNotice } from '../sync';
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
  const author = useAuthor();
  const { state, existing, latest, save, cancel } = useEntityEditor(
    'organisations',
    organisationId,
  );

  if (state === 'loading') return null;
  if (state === 'missing') return <p className="empty-state">{t('organisations.notFound')}</p>;

  const initialValues = existing ? organisationToForm(existing) : emptyOrganisationForm();

  return (
    <>
      <ChangedMeanwhileNotice opened={existing} latest={latest} author={author} />
      <OrganisationForm
        // A new form state for each organisation, so switching never mixes values.
        key={organisationId ?? 'new'}
        title={
          existing
            ? t('organisations.formTitleEdit', { name: existing.name })
            : t('organisations.formTitleNew')
        }
        organisationId={organisationId}
        initialValues={initialValues}
        onCancel={cancel}
        onSubmit={(values) =>
          save(
            formToOrganisationFields(values, existing),
            formToOrganisationFields(initialValues, existing),
          )
        }
      />
    </>
  );
}
