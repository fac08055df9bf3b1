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
} as const;

/** The name of any Liaison IPC channel. */
export type IpcChannel = {
  [N in keyof typeof ipcChannels]: (typeof ipcChannels)[N][keyof (typeof ipcChannels)[N]];
}[keyof typeof ipcChannels];

/** True for a channel name that carries the Liaison prefix. */
export function isLiaisonChannel(channel: string): channel is IpcChannel {
  return channel.startsWith(IPC_PREFIX);
}
