import type { SaveFileRequest } from '../../renderer/platform';
import { createElectronPlatform } from '../../renderer/platform/electronPlatform';
import type { LiaisonBridge } from '../../shared/ipc/contract';

/**
 * The desktop platform with a stand-in for the preload bridge (the Electron
 * binary cannot run here), so a test that renders the app on it sees every
 * file the app asked to save. `answer` is what the native dialog "returns".
 */
export function captureSavedFiles(
  answer: (
    request: SaveFileRequest,
  ) => { status: 'saved'; path: string } | { status: 'cancelled' } = (request) => ({
    status: 'saved',
    path: `/home/sarah/${request.suggestedName}`,
  }),
) {
  const saved: SaveFileRequest[] = [];
  const bridge: LiaisonBridge = {
    app: { getVersion: () => Promise.resolve('0.1.0') },
    files: {
      save: (request) => {
        saved.push(request);
        return Promise.resolve(answer(request));
      },
    },
    session: {
      load: () => Promise.resolve(null),
      save: () => Promise.resolve(),
      clear: () => Promise.resolve(),
    },
    onMenuCommand: () => () => undefined,
  };
  return {
    /** Hand it to the app (renderApp's `platform`) or a PlatformProvider. */
    platform: createElectronPlatform(bridge),
    saved,
    /** The text of a saved file, whether it was handed over as text or bytes. */
    text: (request: SaveFileRequest) =>
      typeof request.data === 'string' ? request.data : new TextDecoder().decode(request.data),
  };
}
