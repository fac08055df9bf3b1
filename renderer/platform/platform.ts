import type { SaveFileRequest, SaveFileResult } from '../../shared/ipc/contract';

export type { FileFilter, SaveFileRequest, SaveFileResult } from '../../shared/ipc/contract';

/**
 * What differs between the desktop app and the browser build. Views call
 * these through `getPlatform()` and never ask which one they run on.
 */
export interface Platform {
  kind: 'electron' | 'web';
  getAppVersion(): Promise<string>;
  /** Lets the user save a file: a native dialog in Electron, a download in the browser. */
  saveFile(request: SaveFileRequest): Promise<SaveFileResult>;
}
