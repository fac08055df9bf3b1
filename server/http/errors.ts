import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import type { ErrorBody } from '../../shared/sync/protocol';

/** An error the client should see as it is: a status, a stable code and a message. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
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

export function errorBody(code: string, message: string): ErrorBody {
  return { error: { code, message } };
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
    return reply.status(error.status).send(errorBody(error.code, error.message));
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
