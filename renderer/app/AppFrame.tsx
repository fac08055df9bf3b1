import { useTranslation } from 'react-i18next';
import { Link, Redirect, Route, Switch } from 'wouter';
import { ContactsPage } from '../features/contacts/ContactsPage';
import { EmptyPage } from '../features/placeholders/EmptyPage';
import { LanguageSelect } from './LanguageSelect';

const sections = [
  { path: '/visits', label: 'nav.visits' },
  { path: '/contacts', label: 'nav.contacts' },
  { path: '/organisations', label: 'nav.organisations' },
  { path: '/partnerships', label: 'nav.partnerships' },
  { path: '/follow-ups', label: 'nav.followUps' },
] as const;

/** Header, main navigation and the current screen. */
export function AppFrame() {
  const { t } = useTranslation();
  return (
    <div className="app-frame">
      <header className="app-header">
        <span className="app-name">{t('app.name')}</span>
        <span className="workspace-badge">{t('app.localWorkspace')}</span>
        <LanguageSelect />
      </header>
      <nav className="app-nav" aria-label={t('app.mainNavigation')}>
        <ul>
          {sections.map((section) => (
            <li key={section.path}>
              <Link
                href={section.path}
                className={(active: boolean) => (active ? 'nav-link active' : 'nav-link')}
              >
                {t(section.label)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <main className="app-main">
        <Switch>
          <Route path="/visits">
            <EmptyPage title={t('nav.visits')} message={t('empty.visits')} />
          </Route>
          <Route path="/contacts" nest>
            <ContactsPage />
          </Route>
          <Route path="/organisations">
            <EmptyPage title={t('nav.organisations')} message={t('empty.organisations')} />
          </Route>
          <Route path="/partnerships">
            <EmptyPage title={t('nav.partnerships')} message={t('empty.partnerships')} />
          </Route>
          <Route path="/follow-ups">
            <EmptyPage title={t('nav.followUps')} message={t('empty.followUps')} />
          </Route>
          <Route>
            <Redirect to="/contacts" replace />
          </Route>
        </Switch>
      </main>
    </div>
  );
}
