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

/** One refused document of a push, as the server names it (`invalid_document`). */
export interface RefusedDocument {
  id: string;
  field: string;
  /** A stable code (shared with the server's validation), put in words by the app. */
  reason: string;
  message?: string;
}

export class SyncError extends Error {
  constructor(
    readonly code: SyncErrorCode,
    message: string,
    readonly status?: number,
    readonly extra: {
      /** The documents a refused push named. */
      details?: RefusedDocument[];
      /** How long the server asked to wait before trying again (429, 503). */
      retryAfterMs?: number;
    } = {},
  ) {
    super(message);
    this.name = 'SyncError';
  }

  get details(): RefusedDocument[] | undefined {
    return this.extra.details;
  }

  get retryAfterMs(): number | undefined {
    return this.extra.retryAfterMs;
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
  let details: RefusedDocument[] | undefined;
  try {
    const body = (await response.json()) as Partial<ErrorBody> & {
      error?: { details?: unknown };
    };
    if (body.error?.message) message = body.error.message;
    details = refusedDocuments(body.error?.details);
  } catch {
    // Not our JSON error body (a proxy's page, say): keep the status line.
  }
  const code = byStatus[response.status] ?? (response.status >= 500 ? 'server' : 'rejected');
  const retryAfterMs = retryAfter(response.headers.get('retry-after'));
  return new SyncError(code, message, response.status, { details, retryAfterMs });
}

function refusedDocuments(details: unknown): RefusedDocument[] | undefined {
  if (!Array.isArray(details)) return undefined;
  return details.flatMap((detail: unknown) => {
    const { id, field, reason, message } = (detail ?? {}) as Record<string, unknown>;
    if (typeof id !== 'string' || typeof reason !== 'string') return [];
    return [
      {
        id,
        field: typeof field === 'string' ? field : '',
        reason,
        ...(typeof message === 'string' ? { message } : {}),
      },
    ];
  });
}

/** `Retry-After` in seconds or as an HTTP date, in milliseconds from now (capped at 10 minutes). */
export function retryAfter(value: string | null, now: number = Date.now()): number | undefined {
  if (!value) return undefined;
  const seconds = /^\s*\d+\s*$/.test(value) ? Number(value) * 1_000 : Date.parse(value) - now;
  if (!Number.isFinite(seconds)) return undefined;
  return Math.min(Math.max(seconds, 0), 600_000);
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
