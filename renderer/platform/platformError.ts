import { parseIpcError, type IpcErrorCode } from '../../shared/ipc/contract';

/** A platform call that failed, with a code to branch on and a message to show. */
export class PlatformError extends Error {
  constructor(
    readonly code: IpcErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'PlatformError';
  }
}

/** Turns an IPC rejection (`[CODE] message`, as main sends it) into a PlatformError. */
export function toPlatformError(error: unknown): PlatformError {
  if (error instanceof PlatformError) return error;
  const failure = parseIpcError(error instanceof Error ? error.message : String(error));
  return new PlatformError(failure.code, failure.message);
}
