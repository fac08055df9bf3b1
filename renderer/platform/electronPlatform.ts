import type { LiaisonBridge } from '../../shared/ipc/contract';
import type { Platform } from './platform';
import { toPlatformError } from './platformError';

/** The desktop platform: every call goes through the preload bridge to the main process. */
export function createElectronPlatform(bridge: LiaisonBridge): Platform {
  return {
    kind: 'electron',
    getAppVersion: () =>
      bridge.app.getVersion().catch((error: unknown) => {
        throw toPlatformError(error);
      }),
    saveFile: (request) =>
      bridge.files.save(request).catch((error: unknown) => {
        throw toPlatformError(error);
      }),
  };
}
