import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Redirect, Route, Switch } from 'wouter';
import { ContactsPage } from '../features/contacts';
import { FollowUpsPage } from '../features/followUps';
import { OrganisationsPage } from '../features/organisations';
import { PartnershipsPage } from '../features/partnerships';
import { SearchDialog } from '../features/search';
import { warmUpSearchIndex } from '../features/search';
import { useDatabase } from '../data/useLiveQuery';
import { usePlatform } from '../platform';
import { SettingsPage } from '../features/settings';
import { ConflictsPage } from '../features/sync';
import { OpenConflictCount } from '../features/sync';
import { SyncStatusBar } from '../features/sync';
import { TodayPage } from '../features/today';
import { VisitsPage } from '../features/visits';
import { LanguageSelect } from '../components/LanguageSelect';
import { frameShown } from '../services/startup';
import { UpdatePrompt } from './UpdatePrompt';

const sections = [
  { path: '/today', label: 'nav.today', Page: TodayPage },
  { path: '/visits', label: 'nav.visits', Page: VisitsPage },
  { path: '/contacts', label: 'nav.contacts', Page: ContactsPage },
  { path: '/organisations', label: 'nav.organisations', Page: OrganisationsPage },
  { path: '/partnerships', label: 'nav.partnerships', Page: PartnershipsPage },
  { path: '/follow-ups', label: 'nav.followUps', Page: FollowUpsPage },
  { path: '/conflicts', label: 'conflicts.nav', Page: ConflictsPage, Count: OpenConflictCount },
  { path: '/settings', label: 'nav.settings', Page: SettingsPage },
] as const;

/** Header, main navigation and the current screen. */
export function AppFrame() {
  const { t } = useTranslation();
  const [searching, setSearching] = useState(false);
  const database = useDatabase();
  const platform = usePlatform();

  // Work the first screen does not need waits for this (services/startup.ts).
  useEffect(() => frameShown(), []);

  useEffect(() => warmUpSearchIndex(database), [database]);

  useEffect(() => {
    // Ctrl+K, or Cmd+K on macOS, from anywhere in the app.
    const onKeyDown = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k') {
        event.preventDefault();
        setSearching(true);
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);

  return (
    <div className="app-frame">
      <header className="app-header">
        <span className="app-name">{t('app.name')}</span>
        <SyncStatusBar />
        <UpdatePrompt updates={platform.updates} />
        <button
          type="button"
          className="button search-button"
          aria-keyshortcuts="Control+K Meta+K"
          onClick={() => setSearching(true)}
        >
          {t('search.open')} <kbd>{t('search.shortcut')}</kbd>
        </button>
        <LanguageSelect />
      </header>
      <SearchDialog open={searching} onOpenChange={setSearching} />
      <nav className="app-nav" aria-label={t('app.mainNavigation')}>
        <ul>
          {sections.map((section) => (
            <li key={section.path}>
              <Link
                href={section.path}
                className={(active: boolean) => (active ? 'nav-link active' : 'nav-link')}
              >
                {t(section.label)}
                {'Count' in section ? <section.Count /> : null}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <main className="app-main">
        <Switch>
          {sections.map(({ path, Page }) => (
            <Route key={path} path={path} nest>
              <Page />
            </Route>
          ))}
          <Route>
            <Redirect to="/today" replace />
          </Route>
        </Switch>
      </main>
    </div>
  );
}
