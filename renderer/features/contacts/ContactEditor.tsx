import { titledName } from '../../../shared/domain/formsOfAddress';
import { useTranslation } from 'react-i18next';
import { useEntityEditor } from '../../data/useEntityEditor';
import { useAuthor } from '../../data/author';
import { ChangedMeanwhileNotice } from '../sync';
import { ContactForm } from './ContactForm';
import { contactToForm, emptyContactForm, formToContactFields } from './contactFormModel';

export interface ContactEditorProps {
  /** The contact to edit; without it a new contact is created. */
  contactId?: string;
}

/** Loads a contact (or starts a new one), saves the form to the local store. */
export function ContactEditor({ contactId }: ContactEditorProps) {
  const { t } = useTranslation();
  const author = useAuthor();
  const { state, existing, latest, save, cancel } = useEntityEditor('contacts', contactId);

  if (state === 'loading') return null;
  if (state === 'missing') return <p className="empty-state">{t('contacts.notFound')}</p>;
  const title = existing
    ? t('contacts.formTitleEdit', { name: titledName(existing) || t('contacts.unnamed') })
    : t('contacts.formTitleNew');
  const initialValues = existing ? contactToForm(existing) : emptyContactForm();

  return (
    <>
      <ChangedMeanwhileNotice opened={existing} latest={latest} author={author} />
      <ContactForm
        // A new form state for each contact, so switching contacts never mixes values.
        key={contactId ?? 'new'}
        title={title}
        initialValues={initialValues}
        onCancel={cancel}
        onSubmit={(values) =>
          save(formToContactFields(values, existing), formToContactFields(initialValues, existing))
        }
      />
    </>
  );
}
