import { BrowserWindow, screen, shell, type WebPreferences } from 'electron';
import { guardNavigation } from './navigation';
import {
  loadWindowState,
  MIN_SIZE,
  restoreBounds,
  saveWindowState,
  type WindowState,
} from './windowState';

/** The renderer gets no Node.js, runs sandboxed and talks to main only through the preload. */
export function secureWebPreferences(preloadPath: string): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    spellcheck: true,
  };
}

export interface MainWindowOptions {
  /** Absolute path of the bundled preload (dist/electron/preload.cjs). */
  preloadPath: string;
  /** `app://liaison/`, or the dev server in `npm run dev`. */
  url: string;
  /** Where the window's position and size are remembered (a JSON file in userData). */
  stateFile: string;
}

/** Opens the main window where it was last left, with the secure preferences and navigation guards. */
export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const saved = loadWindowState(options.stateFile);
  const workAreas = [screen.getPrimaryDisplay(), ...screen.getAllDisplays()].map(
    (display) => display.workArea,
  );
  const window = new BrowserWindow({
    ...restoreBounds(saved?.bounds, workAreas),
    minWidth: MIN_SIZE.width,
    minHeight: MIN_SIZE.height,
    title: 'Liaison',
    show: false,
    backgroundColor: '#f7f7f5',
    webPreferences: secureWebPreferences(options.preloadPath),
  });
  guardNavigation(window.webContents, (url) => shell.openExternal(url));
  window.once('ready-to-show', () => {
    if (saved?.isMaximized) window.maximize();
    window.show();
  });
  window.on('close', () => {
    const state: WindowState = {
      bounds: window.getNormalBounds(),
      isMaximized: window.isMaximized(),
    };
    try {
      saveWindowState(options.stateFile, state);
    } catch (error) {
      console.error('Could not remember the window position:', error);
    }
  });
  window.loadURL(options.url).catch((error: unknown) => {
    console.error(`Could not load ${options.url}:`, error);
  });
  return window;
}
