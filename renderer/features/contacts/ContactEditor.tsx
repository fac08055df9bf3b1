import { titledName } from '../../../shared/domain/formsOfAddress';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { useDatabase, useLiveDocument } from '../../data/useLiveQuery';
import { insertEntity, LOCAL_AUTHOR, replaceEntityFields } from '../../data/writes';
import { ContactForm } from './ContactForm';
import { contactToForm, emptyContactForm, formToContactFields } from './contactFormModel';

export interface ContactEditorProps {
  /** The contact to edit; without it a new contact is created. */
  contactId?: string;
}

/** Loads a contact (or starts a new one), saves the form to the local store. */
export function ContactEditor({ contactId }: ContactEditorProps) {
  const { t } = useTranslation();
  const database = useDatabase();
  const [, navigate] = useLocation();
  const { document, loading } = useLiveDocument('contacts', contactId);

  if (contactId !== undefined && loading) return null;
  if (contactId !== undefined && !document) {
    return <p className="empty-state">{t('contacts.notFound')}</p>;
  }
  const existing = document?.toMutableJSON();
  const title = existing
    ? t('contacts.formTitleEdit', { name: titledName(existing) || t('contacts.unnamed') })
    : t('contacts.formTitleNew');

  return (
    <ContactForm
      // A new form state for each contact, so switching contacts never mixes values.
      key={contactId ?? 'new'}
      title={title}
      initialValues={existing ? contactToForm(existing) : emptyContactForm()}
      onCancel={() => navigate(contactId ? `/${contactId}` : '/')}
      onSubmit={async (values) => {
        const fields = formToContactFields(values, existing);
        const saved = document
          ? await replaceEntityFields(document, fields, LOCAL_AUTHOR)
          : await insertEntity(database.contacts, fields, LOCAL_AUTHOR);
        navigate(`/${saved.id}`);
      }}
    />
  );
}
