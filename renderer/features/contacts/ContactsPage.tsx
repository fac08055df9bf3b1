import { useTranslation } from 'react-i18next';
import { SplitPage } from '../../components/SplitPage';
import { ContactDetail } from './ContactDetail';
import { ContactEditor } from './ContactEditor';
import { ContactList } from './ContactList';
import { ContactsExchangeActions } from '../exchange';

/** Contacts: the list beside the selected contact, its editor or a new one. */
export function ContactsPage() {
  const { t } = useTranslation();
  return (
    <SplitPage
      title={t('contacts.title')}
      newLabel={t('contacts.new')}
      list={
        <>
          <ContactsExchangeActions />
          <ContactList />
        </>
      }
      editor={(id) => <ContactEditor contactId={id} />}
      detail={(id) => <ContactDetail contactId={id} />}
      selectText={t('contacts.select')}
    />
  );
}
