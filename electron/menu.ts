import type { MenuItemConstructorOptions, WebContents } from 'electron';
import { ipcEvents, type MenuCommand } from '../shared/ipc/channels';

export interface MenuOptions {
  appName: string;
  isMac: boolean;
  /** Unpackaged runs get Reload and the developer tools. */
  isDev: boolean;
  /** Shows the About box with the version. */
  onAbout: () => void;
  /** Hands a command (e.g. "Sync now") to the focused window's renderer. */
  onCommand: (command: MenuCommand) => void;
}

/** Keyboard shortcut of File → Sync now. */
export const SYNC_NOW_ACCELERATOR = 'CmdOrCtrl+Shift+S';

/** A window whose renderer can be told of a menu command. */
export interface CommandTarget {
  webContents: Pick<WebContents, 'send' | 'isDestroyed'>;
}

/**
 * Sends `command` to the window's renderer as a one-way event on the
 * `liaison:menu.command` channel. False when there is no live window to tell.
 */
export function sendMenuCommand(
  target: CommandTarget | null | undefined,
  command: MenuCommand,
): boolean {
  if (!target || target.webContents.isDestroyed()) return false;
  target.webContents.send(ipcEvents.menuCommand, command);
  return true;
}

/** The application menu; pure, so that each platform's menu can be tested. */
export function buildMenuTemplate(options: MenuOptions): MenuItemConstructorOptions[] {
  const { appName, isMac, isDev, onAbout, onCommand } = options;
  const about: MenuItemConstructorOptions = { label: `About ${appName}`, click: onAbout };
  const syncNow: MenuItemConstructorOptions = {
    label: 'Sync &Now',
    accelerator: SYNC_NOW_ACCELERATOR,
    click: () => onCommand('syncNow'),
  };
  const macAppMenu: MenuItemConstructorOptions = {
    label: appName,
    submenu: [
      about,
      { type: 'separator' },
      { role: 'services' },
      { type: 'separator' },
      { role: 'hide' },
      { role: 'hideOthers' },
      { role: 'unhide' },
      { type: 'separator' },
      { role: 'quit' },
    ],
  };
  const devItems: MenuItemConstructorOptions[] = isDev
    ? [
        { role: 'reload' },
        { role: 'forceReload' },
        { role: 'toggleDevTools' },
        { type: 'separator' },
      ]
    : [];

  return [
    ...(isMac ? [macAppMenu] : []),
    {
      label: '&File',
      submenu: [syncNow, { type: 'separator' }, isMac ? { role: 'close' } : { role: 'quit' }],
    },
    {
      label: '&Edit',
      submenu: [
        { role: 'undo' },
        { role: 'redo' },
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'pasteAndMatchStyle' },
        { role: 'delete' },
        { type: 'separator' },
        { role: 'selectAll' },
      ],
    },
    {
      label: '&View',
      submenu: [
        ...devItems,
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
      ],
    },
    {
      label: '&Window',
      role: 'windowMenu',
      submenu: isMac
        ? [{ role: 'minimize' }, { role: 'zoom' }, { type: 'separator' }, { role: 'front' }]
        : [{ role: 'minimize' }, { role: 'close' }],
    },
    { label: '&Help', role: 'help', submenu: [about] },
  ];
}
