import type { i18n as I18n } from 'i18next';
import { I18nextProvider } from 'react-i18next';
import { Router } from 'wouter';
import { useHashLocation } from 'wouter/use-hash-location';
import { LOCAL_WORKSPACE_ID, type DatabaseOptions } from '../data/database';
import { AppFrame } from './AppFrame';
import { WorkspaceProvider } from './WorkspaceProvider';

export interface AppProps {
  i18n: I18n;
  workspaceId?: string;
  databaseOptions?: DatabaseOptions;
}

/**
 * The whole renderer. Hash routing keeps every screen reloadable from the
 * `app://` protocol, a file and a static web server alike.
 */
export function App({ i18n, workspaceId = LOCAL_WORKSPACE_ID, databaseOptions }: AppProps) {
  return (
    <I18nextProvider i18n={i18n}>
      <WorkspaceProvider workspaceId={workspaceId} options={databaseOptions}>
        <Router hook={useHashLocation}>
          <AppFrame />
        </Router>
      </WorkspaceProvider>
    </I18nextProvider>
  );
}
