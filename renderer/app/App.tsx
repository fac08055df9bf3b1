import type { i18n as I18n } from 'i18next';
import { I18nextProvider } from 'react-i18next';
import { Router } from 'wouter';
import { useHashLocation } from 'wouter/use-hash-location';
import { LOCAL_WORKSPACE_ID, type DatabaseOptions } from '../data/database';
import { AppFrame } from './AppFrame';
import { ClockProvider, type Clock } from './clock';
import { systemTimeZone, type Settings } from './settings/settings';
import { SettingsProvider } from './settings/SettingsProvider';
import { UndoProvider } from './undo/UndoProvider';
import { WorkspaceProvider } from './WorkspaceProvider';

export interface AppProps {
  i18n: I18n;
  /** This device's settings; tests may leave them out. */
  settings?: Settings;
  /** Where changed settings are kept (localStorage in the app). */
  settingsStorage?: Pick<Storage, 'setItem'>;
  workspaceId?: string;
  databaseOptions?: DatabaseOptions;
  /** Where "now" comes from; tests pin it. */
  clock?: Clock;
}

const systemClock: Clock = () => new Date();

/**
 * The whole renderer. Hash routing keeps every screen reloadable from the
 * `app://` protocol, a file and a static web server alike.
 */
export function App({
  i18n,
  settings,
  settingsStorage,
  workspaceId = LOCAL_WORKSPACE_ID,
  databaseOptions,
  clock = systemClock,
}: AppProps) {
  const initial = settings ?? {
    language: i18n.language === 'de' ? 'de' : 'en',
    homeTimeZone: systemTimeZone(),
  };
  return (
    <I18nextProvider i18n={i18n}>
      <ClockProvider value={clock}>
        <SettingsProvider initial={initial} storage={settingsStorage}>
          <WorkspaceProvider workspaceId={workspaceId} options={databaseOptions}>
            <UndoProvider>
              <Router hook={useHashLocation}>
                <AppFrame />
              </Router>
            </UndoProvider>
          </WorkspaceProvider>
        </SettingsProvider>
      </ClockProvider>
    </I18nextProvider>
  );
}
