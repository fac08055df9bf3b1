// The main process only wires things together: windows, the app:// protocol,
// IPC, menus and dialogs. No domain logic lives here.
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, Menu, session } from 'electron';
import { registerAppScheme, serveAppProtocol } from './appProtocol';
import { registerIpcHandlers } from './ipcHandlers';
import { createMainWindow } from './mainWindow';
import { buildMenuTemplate, sendMenuCommand } from './menu';
import { saveFileWithDialog } from './saveFile';
import {
  APP_ORIGIN,
  APP_START_URL,
  isPermissionAllowed,
  originOf,
  parseDevServerUrl,
} from './security';
import { createSessionVault, sessionHandlers } from './sessionVault';
import { claimSingleInstance } from './singleInstance';

const devUrl = parseDevServerUrl(process.env.LIAISON_DEV_URL, app.isPackaged);
const startUrl = devUrl ?? APP_START_URL;
const trustedOrigins = [devUrl ? (originOf(devUrl) ?? APP_ORIGIN) : APP_ORIGIN];
let mainWindow: BrowserWindow | undefined;

function openMainWindow(): void {
  mainWindow = createMainWindow({
    preloadPath: path.join(__dirname, 'preload.cjs'),
    url: startUrl,
    stateFile: path.join(app.getPath('userData'), 'window-state.json'),
  });
  mainWindow.on('closed', () => (mainWindow = undefined));
}

function showAbout(): void {
  const options = {
    type: 'info' as const,
    title: `About ${app.name}`,
    message: `${app.name} ${app.getVersion()}`,
    detail: `Electron ${process.versions.electron} · Chromium ${process.versions.chrome} · Node.js ${process.versions.node}`,
  };
  const shown = mainWindow
    ? dialog.showMessageBox(mainWindow, options)
    : dialog.showMessageBox(options);
  shown.catch((error: unknown) => console.error('Could not show About:', error));
}

async function start(): Promise<void> {
  // safeStorage works only once the app is ready, so the vault is made here.
  const sessionVault = createSessionVault({
    filePath: path.join(app.getPath('userData'), 'session.bin'),
  });
  if (!devUrl) serveAppProtocol(path.join(app.getAppPath(), 'dist', 'renderer'));
  session.defaultSession.setPermissionRequestHandler((_contents, permission, grant, details) =>
    grant(isPermissionAllowed(permission, details.requestingUrl, trustedOrigins)),
  );
  session.defaultSession.setPermissionCheckHandler((_contents, permission, requestingOrigin) =>
    isPermissionAllowed(permission, requestingOrigin, trustedOrigins),
  );
  registerIpcHandlers(
    ipcMain,
    {
      'liaison:app.getVersion': () => app.getVersion(),
      'liaison:files.save': ([request], event) => {
        const owner = BrowserWindow.fromWebContents(event.sender);
        return saveFileWithDialog(request, {
          showSaveDialog: (options) =>
            owner ? dialog.showSaveDialog(owner, options) : dialog.showSaveDialog(options),
          writeFile: (filePath, data) => writeFile(filePath, data),
          defaultDirectory: app.getPath('documents'),
        });
      },
      ...sessionHandlers(sessionVault),
    },
    trustedOrigins,
  );
  const template = buildMenuTemplate({
    appName: app.name,
    isMac: process.platform === 'darwin',
    isDev: !app.isPackaged,
    onAbout: showAbout,
    onCommand: (command) => {
      sendMenuCommand(BrowserWindow.getFocusedWindow() ?? mainWindow, command);
    },
  });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
  openMainWindow();
}

registerAppScheme();
if (claimSingleInstance(app, () => mainWindow)) {
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) openMainWindow();
  });
  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => {
      console.error('Liaison could not start:', error);
      app.exit(1);
    });
}
