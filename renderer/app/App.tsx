import type { i18n as I18n } from 'i18next';
import { I18nextProvider } from 'react-i18next';
import { Router } from 'wouter';
import { useHashLocation } from 'wouter/use-hash-location';
import type { ReactNode } from 'react';
import { LOCAL_WORKSPACE_ID, type DatabaseOptions } from '../data/database';
import { PlatformProvider, type Platform } from '../platform';
import { LocalUploadProvider, PendingUploadWriter } from '../replication/LocalUploadProvider';
import type { SessionStore } from '../platform/session';
import { SessionProvider, useSession } from '../replication/SessionProvider';
import { SyncProvider } from '../replication/SyncProvider';
import { ErasureProvider } from '../erasure/ErasureProvider';
import type { ForgetOnDevice } from '../erasure/eraseContact';
import { forgetPersonInBriefingSnapshots } from '../features/briefing';
import { AppFrame } from './AppFrame';
import { ClockProvider, type Clock } from '../services/clock';
import { systemTimeZone, type Settings } from '../services/settings/settings';
import { SettingsProvider } from '../services/settings/SettingsProvider';
import { UndoProvider } from '../services/undo/UndoProvider';
import { WorkspaceProvider } from './WorkspaceProvider';

export interface AppProps {
  /** Where the app runs (main.tsx detects it; tests pass their own). */
  platform: Platform;
  i18n: I18n;
  /** This device's settings; tests may leave them out. */
  settings?: Settings;
  /** Where changed settings are kept (localStorage in the app). */
  settingsStorage?: Pick<Storage, 'setItem'>;
  /**
   * Where the sync session is kept; the platform's store (the OS keychain in
   * Electron, localStorage in a browser) by default.
   */
  sessionStore?: SessionStore;
  databaseOptions?: DatabaseOptions;
  /** Where "now" comes from; tests pin it. */
  clock?: Clock;
}

const systemClock: Clock = () => new Date();

/** What the features keep on the device outside the store, forgotten when a person is erased. */
const FORGET_ON_DEVICE: readonly ForgetOnDevice[] = [forgetPersonInBriefingSnapshots];

/**
 * The workspace of the session, or the local-only one before sign-in. The
 * stored session is read first, so the app never opens the wrong store.
 */
function SignedInWorkspace({
  options,
  children,
}: {
  options?: DatabaseOptions;
  children: ReactNode;
}) {
  const { session } = useSession();
  if (session === undefined) return null;
  return (
    <WorkspaceProvider workspaceId={session?.workspace.id ?? LOCAL_WORKSPACE_ID} options={options}>
      {children}
    </WorkspaceProvider>
  );
}

/**
 * The whole renderer. Hash routing keeps every screen reloadable from the
 * `app://` protocol, a file and a static web server alike.
 */
export function App({
  platform,
  i18n,
  settings,
  settingsStorage,
  sessionStore,
  databaseOptions,
  clock = systemClock,
}: AppProps) {
  const initial = settings ?? {
    language: i18n.language === 'de' ? 'de' : 'en',
    homeTimeZone: systemTimeZone(),
  };
  return (
    <PlatformProvider platform={platform}>
      <I18nextProvider i18n={i18n}>
        <ClockProvider value={clock}>
          <SettingsProvider initial={initial} storage={settingsStorage}>
            <SessionProvider store={sessionStore ?? platform.sessionStore}>
              <LocalUploadProvider>
                <SignedInWorkspace options={databaseOptions}>
                  <ErasureProvider forgetOnDevice={FORGET_ON_DEVICE}>
                    <SyncProvider>
                      <PendingUploadWriter />
                      <UndoProvider>
                        <Router hook={useHashLocation}>
                          <AppFrame />
                        </Router>
                      </UndoProvider>
                    </SyncProvider>
                  </ErasureProvider>
                </SignedInWorkspace>
              </LocalUploadProvider>
            </SessionProvider>
          </SettingsProvider>
        </ClockProvider>
      </I18nextProvider>
    </PlatformProvider>
  );
}
