import { resetPlatformForTests, type SaveFileRequest } from '../../renderer/platform';
import type { LiaisonBridge } from '../../shared/ipc/contract';

/**
 * Runs the app on the desktop platform with a stand-in for the preload bridge
 * (the Electron binary cannot run here), so a test sees every file the app
 * asked to save. `answer` is what the native dialog "returns".
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
  window.liaison = bridge;
  resetPlatformForTests();
  return {
    saved,
    /** The text of a saved file, whether it was handed over as text or bytes. */
    text: (request: SaveFileRequest) =>
      typeof request.data === 'string' ? request.data : new TextDecoder().decode(request.data),
    restore() {
      delete window.liaison;
      resetPlatformForTests();
    },
  };
}
