// From errors.ts, not contract.ts, so that the contract's zod schemas stay out of the renderer:
// building them makes zod try `new Function`, which the CSP refuses and reports as a violation.
import { parseIpcError, type IpcErrorCode } from '../../shared/ipc/errors';
import { errorMessage } from '../../shared/text/errorMessage';

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
  const failure = parseIpcError(errorMessage(error));
  return new PlatformError(failure.code, failure.message);
}
