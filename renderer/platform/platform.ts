import type { MenuCommand, SaveFileRequest, SaveFileResult } from '../../shared/ipc/contract';
import type { SessionStore } from './session';
import type { AppUpdates } from './appUpdates';

export type {
  FileFilter,
  MenuCommand,
  SaveFileRequest,
  SaveFileResult,
} from '../../shared/ipc/contract';

/**
 * What differs between the desktop app and the browser build. Views call
 * these through `usePlatform()` (the App provides the one main.tsx detected)
 * and never ask which one they run on.
 */
export interface Platform {
  kind: 'electron' | 'web';
  getAppVersion(): Promise<string>;
  /** Lets the user save a file: a native dialog in Electron, a download in the browser. */
  saveFile(request: SaveFileRequest): Promise<SaveFileResult>;
  /**
   * Where the sync session (with its bearer token) is kept between runs: the
   * OS keychain in Electron (saving fails with a PlatformError,
   * SESSION_NOT_ENCRYPTED, where there is none); the browser's localStorage on
   * the web, readable by anything running on the page.
   */
  sessionStore: SessionStore;
  /**
   * Calls `listener` whenever the application menu's `command` is chosen
   * (Electron; a browser has no application menu, so it never fires there).
   * Returns the unsubscribe function.
   */
  onMenuCommand(command: MenuCommand, listener: () => void): () => void;
  /** New versions of the app: the browser build's service worker; nothing in Electron. */
  updates: AppUpdates;
}
