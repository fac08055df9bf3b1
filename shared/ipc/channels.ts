/**
 * IPC channel names, kept apart from the zod schemas so that the sandboxed
 * preload can import them without bundling a validation library.
 */

/** Every Liaison IPC channel starts with this prefix; the preload refuses any other. */
export const IPC_PREFIX = 'liaison:';

/**
 * One channel per bridge method, named `liaison:<namespace>.<method>`.
 * `contract.ts` checks at compile time that this table and `LiaisonBridge`
 * list exactly the same methods.
 */
export const ipcChannels = {
  app: { getVersion: 'liaison:app.getVersion' },
  files: { save: 'liaison:files.save' },
  session: {
    load: 'liaison:session.load',
    save: 'liaison:session.save',
    clear: 'liaison:session.clear',
  },
} as const;

/** The name of any Liaison IPC channel. */
export type IpcChannel = {
  [N in keyof typeof ipcChannels]: (typeof ipcChannels)[N][keyof (typeof ipcChannels)[N]];
}[keyof typeof ipcChannels];

/** True for a channel name that carries the Liaison prefix. */
export function isLiaisonChannel(channel: string): channel is IpcChannel {
  return channel.startsWith(IPC_PREFIX);
}

/**
 * One-way messages from main to the renderer (`webContents.send`), apart from
 * the invoke channels above: nothing answers them and main registers no
 * handler for them.
 */
export const ipcEvents = {
  /** An application-menu command for the focused window, e.g. "Sync now". */
  menuCommand: 'liaison:menu.command',
} as const;

/** The menu commands the renderer may hear of; the preload drops any other. */
export const MENU_COMMANDS = ['syncNow'] as const;

/** A command chosen in the application menu. */
export type MenuCommand = (typeof MENU_COMMANDS)[number];

/** True for a command the renderer knows. */
export function isMenuCommand(value: unknown): value is MenuCommand {
  return typeof value === 'string' && (MENU_COMMANDS as readonly string[]).includes(value);
}
