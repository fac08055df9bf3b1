import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { readSettings } from './services/settings/settings';
import { openWorkspaceEarly } from './app/WorkspaceProvider';
import { LOCAL_WORKSPACE_ID } from './data/database';
import { createI18n, systemLanguage } from './i18n/i18n';
import { resources } from './app/i18nResources';
import { detectPlatform } from './platform';
import { afterFirstScreen } from './services/startup';
import './styles/app.css';

const container = document.getElementById('root');
if (!container) throw new Error('The page has no #root element to render Liaison into.');

const platform = detectPlatform();
// The browser build keeps itself on the device for offline use (a service
// worker), registered once the first screen is up.
afterFirstScreen(() => platform.updates.start());

// The signed-in workspace's store starts opening now, beside the first render.
platform.sessionStore.load().then(
  (session) => openWorkspaceEarly(session?.workspace.id ?? LOCAL_WORKSPACE_ID),
  () => undefined,
);

const settings = readSettings(window.localStorage, systemLanguage(navigator.languages));
const i18n = await createI18n(resources, settings.language);
document.documentElement.lang = settings.language;

createRoot(container).render(
  <StrictMode>
    <App
      platform={platform}
      i18n={i18n}
      settings={settings}
      settingsStorage={window.localStorage}
    />
  </StrictMode>,
);
