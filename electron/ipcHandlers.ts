import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import {
  formatIpcError,
  ipcArgsSchemas,
  ipcChannels,
  type IpcArgs,
  type IpcChannel,
  type IpcErrorCode,
  type IpcResult,
} from '../shared/ipc/contract';
import { isTrustedSender, validatePayload } from './security';

/** An IPC failure; its message carries the code across the process boundary. */
export class IpcError extends Error {
  constructor(
    readonly code: IpcErrorCode,
    detail: string,
  ) {
    super(formatIpcError({ code, message: detail }));
    this.name = 'IpcError';
  }
}

/** What a handler needs of the invoke event (the sender's frame and its web contents). */
export type InvokeEvent = Pick<IpcMainInvokeEvent, 'senderFrame' | 'sender'>;

/** The work behind one channel, given arguments that have already been validated. */
export type ChannelHandler<C extends IpcChannel> = (
  args: IpcArgs<C>,
  event: InvokeEvent,
) => Promise<IpcResult<C>> | IpcResult<C>;

/** One handler per channel of the contract: the compiler rejects a missing one. */
export type ChannelHandlers = { [C in IpcChannel]: ChannelHandler<C> };

/**
 * Wraps a handler so that it runs only for a trusted sender frame and only
 * with arguments that match the channel's schema.
 */
export function guardHandler<C extends IpcChannel>(
  channel: C,
  handler: ChannelHandler<C>,
  trustedOrigins: readonly string[],
): (event: InvokeEvent, ...args: unknown[]) => Promise<IpcResult<C>> {
  return async (event, ...args) => {
    // senderFrame is null when the frame navigated away or was destroyed.
    const frameUrl = event.senderFrame?.url;
    if (!isTrustedSender(frameUrl, trustedOrigins)) {
      throw new IpcError(
        'IPC_UNTRUSTED_SENDER',
        `${channel} refused for ${frameUrl ?? 'a gone frame'}`,
      );
    }
    const parsed = validatePayload(ipcArgsSchemas[channel], args);
    if (!parsed.ok) throw new IpcError('IPC_INVALID_PAYLOAD', `${channel}: ${parsed.message}`);
    return handler(parsed.value as IpcArgs<C>, event);
  };
}

/** Registers a guarded handler for every channel of the contract. */
export function registerIpcHandlers(
  ipcMain: Pick<IpcMain, 'handle'>,
  handlers: ChannelHandlers,
  trustedOrigins: readonly string[],
): void {
  const register = <C extends IpcChannel>(channel: C) =>
    ipcMain.handle(channel, guardHandler(channel, handlers[channel], trustedOrigins));
  register(ipcChannels.app.getVersion);
  register(ipcChannels.files.save);
  register(ipcChannels.session.load);
  register(ipcChannels.session.save);
  register(ipcChannels.session.clear);
}
