import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import type { RefusedRow } from '../../shared/sync/documentIssue';
import type { ErrorBody } from '../../shared/sync/protocol';

/** An error the client should see as it is: a status, a stable code, a message and details. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: RefusedRow[],
  ) {
    super(message);
  }
}

export const badRequest = (code: string, message: string) => new ApiError(400, code, message);
export const unauthorized = (
  message = 'Sign in to continue: the session is missing or has expired.',
) => new ApiError(401, 'unauthorized', message);
export const forbidden = (message: string) => new ApiError(403, 'forbidden', message);
export const notFound = (code: string, message: string) => new ApiError(404, code, message);

export function errorBody(code: string, message: string, details?: RefusedRow[]): ErrorBody {
  return { error: details ? { code, message, details } : { code, message } };
}

/**
 * A push refused whole because of `rows` (every refused row, each problem
 * once): 400 `invalid_document`, the details naming id, field and reason.
 */
export function invalidDocuments(rows: RefusedRow[]): ApiError {
  const ids = [...new Set(rows.map((row) => row.id))];
  const named = ids
    .slice(0, 3)
    .map((id) => {
      const problems = rows.filter((row) => row.id === id);
      return `${id || '(no id)'} (${problems.map((row) => `${row.field}: ${row.reason}`).join(', ')})`;
    })
    .join('; ');
  const more = ids.length > 3 ? ` and ${ids.length - 3} more` : '';
  return new ApiError(
    400,
    'invalid_document',
    `Nothing was saved: ${ids.length === 1 ? 'a document is' : `${ids.length} documents are`} not valid: ${named}${more}. Fix or set aside those documents and push the rest again.`,
    rows,
  );
}

/** Fastify's own errors, mapped onto our codes and plain messages. */
const FASTIFY_ERRORS: Record<string, [status: number, code: string, message: string]> = {
  FST_ERR_CTP_BODY_TOO_LARGE: [413, 'body_too_large', 'The request body is too large.'],
  FST_ERR_CTP_INVALID_MEDIA_TYPE: [
    415,
    'unsupported_media_type',
    'Send JSON (Content-Type: application/json).',
  ],
  FST_ERR_CTP_EMPTY_JSON_BODY: [400, 'invalid_json', 'The request body is empty; send JSON.'],
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: [
    400,
    'invalid_body',
    'The Content-Length does not match the body.',
  ],
};

/**
 * Every error leaves as `{ error: { code, message } }`. Unexpected ones are
 * logged in full and reported without internals.
 */
export function handleError(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  if (error instanceof ApiError) {
    return reply.status(error.status).send(errorBody(error.code, error.message, error.details));
  }
  const known = error.code ? FASTIFY_ERRORS[error.code] : undefined;
  if (known) return reply.status(known[0]).send(errorBody(known[1], known[2]));
  if (error.validation) {
    return reply
      .status(400)
      .send(errorBody('invalid_body', `The request is not valid: ${error.message}.`));
  }
  if (error.statusCode === 400) {
    // JSON syntax errors and prototype-poisoning keys (__proto__, constructor).
    return reply
      .status(400)
      .send(errorBody('invalid_json', `The request body is not acceptable JSON: ${error.message}`));
  }
  if (error.statusCode === 429) {
    return reply.status(429).send(errorBody('too_many_requests', error.message));
  }
  request.log.error({ err: error }, 'request failed');
  return reply
    .status(500)
    .send(errorBody('internal', 'Something went wrong on the server. Try again shortly.'));
}
