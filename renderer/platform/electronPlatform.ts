import type { LiaisonBridge } from '../../shared/ipc/contract';
import { parseSession, type SessionStore } from './session';
import type { Platform } from './platform';
import { toPlatformError } from './platformError';
import { noAppUpdates } from './appUpdates';

/** Rejections from the bridge become PlatformErrors with their code. */
function viaBridge<T>(call: () => Promise<T>): Promise<T> {
  return call().catch((error: unknown) => {
    throw toPlatformError(error);
  });
}

/** The session kept by the main process, encrypted with the OS keychain's key. */
function keychainSessionStore(bridge: LiaisonBridge): SessionStore {
  return {
    load: async () => parseSession(await viaBridge(() => bridge.session.load())),
    save: (session) => viaBridge(() => bridge.session.save(JSON.stringify(session))),
    clear: () => viaBridge(() => bridge.session.clear()),
  };
}

/** The desktop platform: every call goes through the preload bridge to the main process. */
export function createElectronPlatform(bridge: LiaisonBridge): Platform {
  return {
    kind: 'electron',
    getAppVersion: () => viaBridge(() => bridge.app.getVersion()),
    saveFile: (request) => viaBridge(() => bridge.files.save(request)),
    sessionStore: keychainSessionStore(bridge),
    // Files come from disk through app://, and the installer brings new versions.
    updates: noAppUpdates,
    onMenuCommand: (command, listener) =>
      bridge.onMenuCommand((chosen) => {
        if (chosen === command) listener();
      }),
  };
}
