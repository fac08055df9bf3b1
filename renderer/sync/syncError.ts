import type { ErrorBody } from '../../shared/sync/protocol';

/**
 * What went wrong talking to the server, in terms the status bar can put in
 * plain words. `unreachable` covers no network, a wrong address and a server
 * that is down.
 */
export type SyncErrorCode =
  | 'unreachable'
  | 'unauthorized'
  | 'forbidden'
  | 'notFound'
  | 'tooOld'
  | 'rejected'
  | 'rateLimited'
  | 'server';

export class SyncError extends Error {
  constructor(
    readonly code: SyncErrorCode,
    message: string,
    readonly status?: number,
  ) {
    super(message);
    this.name = 'SyncError';
  }
}

const byStatus: Record<number, SyncErrorCode> = {
  400: 'rejected',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'notFound',
  409: 'rejected',
  413: 'rejected',
  426: 'tooOld',
  429: 'rateLimited',
};

/** The SyncError for a failed response, with the server's own message when it sent one. */
export async function syncErrorFromResponse(response: Response): Promise<SyncError> {
  let message = `The server answered ${response.status}.`;
  try {
    const body = (await response.json()) as Partial<ErrorBody>;
    if (body.error?.message) message = body.error.message;
  } catch {
    // Not our JSON error body (a proxy's page, say): keep the status line.
  }
  const code = byStatus[response.status] ?? (response.status >= 500 ? 'server' : 'rejected');
  return new SyncError(code, message, response.status);
}

/** Failures that retrying does not heal: sync stops until the user acts (sign in, update). */
const NEEDS_USER_CODES: ReadonlySet<SyncErrorCode> = new Set([
  'unauthorized',
  'forbidden',
  'tooOld',
  'notFound',
]);

/** Whether a failure of this code is one the user must act on, not one that heals by retrying. */
export function codeNeedsUser(code: SyncErrorCode): boolean {
  return NEEDS_USER_CODES.has(code);
}

/** Whether the error is one the user must act on (sign in, update), not one that heals by retrying. */
export function needsUser(error: unknown): boolean {
  return error instanceof SyncError && codeNeedsUser(error.code);
}
