/**
 * Errors cross the IPC boundary as plain messages (Electron keeps only
 * `message`), so the code travels inside it as `[CODE] message`.
 */

const codes = [
  'IPC_UNTRUSTED_SENDER',
  'IPC_INVALID_PAYLOAD',
  'SAVE_WRITE_FAILED',
  'SESSION_NOT_ENCRYPTED',
  'SESSION_STORE_FAILED',
  'IPC_FAILED',
] as const;

/** The codes a Liaison IPC call can fail with. */
export type IpcErrorCode = (typeof codes)[number];

/** A failure of an IPC call, with a code the renderer can act on. */
export interface IpcFailure {
  code: IpcErrorCode;
  message: string;
}

/** The message main throws for `failure`. */
export function formatIpcError(failure: IpcFailure): string {
  return `[${failure.code}] ${failure.message}`;
}

/**
 * Reads a failure back from an error message, which Electron may have
 * prefixed with "Error invoking remote method '…': Error: ".
 */
export function parseIpcError(message: string): IpcFailure {
  const match = /\[([A-Z_]+)\] ([\s\S]*)$/.exec(message);
  const code = match?.[1] as IpcErrorCode | undefined;
  if (match && code && codes.includes(code)) return { code, message: match[2] ?? '' };
  return { code: 'IPC_FAILED', message };
}
