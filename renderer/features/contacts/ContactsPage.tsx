import { useTranslation } from 'react-i18next';
import { Link, Route, Switch } from 'wouter';
import { ContactDetail } from './ContactDetail';
import { ContactEditor } from './ContactEditor';
import { ContactList } from './ContactList';

/** Contacts: the list beside the selected contact, its editor or a new one. */
export function ContactsPage() {
  const { t } = useTranslation();
  return (
    <section className="page split-page" aria-labelledby="page-title">
      <div className="split-list">
        <div className="page-heading">
          <h1 id="page-title">{t('contacts.title')}</h1>
          <Link href="/new" className="button primary">
            {t('contacts.new')}
          </Link>
        </div>
        <ContactList />
      </div>
      <div className="split-detail">
        <Switch>
          <Route path="/new">
            <ContactEditor />
          </Route>
          <Route path="/:id/edit">{(params) => <ContactEditor contactId={params.id} />}</Route>
          <Route path="/:id">{(params) => <ContactDetail contactId={params.id} />}</Route>
          <Route>
            <p className="empty-state">{t('contacts.select')}</p>
          </Route>
        </Switch>
      </div>
    </section>
  );
}
