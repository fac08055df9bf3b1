import type { FastifyInstance, FastifyRequest } from 'fastify';
import { ApiError } from './errors';

declare module 'fastify' {
  interface FastifyContextConfig {
    /**
     * The route checks its body's text itself and answers with details
     * (push: `invalid_document`, row by row), so the guard leaves the body alone.
     */
    checksOwnBody?: boolean;
  }
}

/** How deep a request body may nest; no route takes anything near this. */
export const MAX_BODY_DEPTH = 32;

// NUL, which PostgreSQL text and jsonb cannot hold, and half a surrogate pair,
// which is no character at all: neither has a use in any request.
// eslint-disable-next-line no-control-regex -- NUL is what it finds
const UNSTORABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

const unstorable = (where: string) =>
  new ApiError(
    400,
    'invalid_text',
    `The request's ${where} holds a NUL character or a broken (unpaired surrogate) character. Remove it and try again.`,
  );

/** The first problem in a parsed JSON value, walked without recursion, or undefined. */
function bodyProblem(body: unknown): 'text' | 'depth' | undefined {
  const stack: [unknown, number][] = [[body, 0]];
  while (stack.length > 0) {
    const [value, depth] = stack.pop() as [unknown, number];
    if (typeof value === 'string') {
      if (UNSTORABLE.test(value)) return 'text';
    } else if (typeof value === 'object' && value !== null) {
      if (depth >= MAX_BODY_DEPTH) return 'depth';
      for (const [key, child] of Object.entries(value)) {
        if (UNSTORABLE.test(key)) return 'text';
        stack.push([child, depth + 1]);
      }
    }
  }
  return undefined;
}

function checkStrings(values: unknown, where: string): void {
  if (typeof values !== 'object' || values === null) return;
  for (const [key, value] of Object.entries(values)) {
    const texts = Array.isArray(value) ? value : [value];
    if (
      UNSTORABLE.test(key) ||
      texts.some((text) => typeof text === 'string' && UNSTORABLE.test(text))
    ) {
      throw unstorable(where);
    }
  }
}

/**
 * Refuses, with 400 before any route runs, text no route can use and the
 * database cannot store: NUL and unpaired surrogates in the path, the query,
 * the headers or the body; and bodies nested deeper than any route takes.
 * Otherwise such input reaches a query and fails there as a 500.
 */
export function guardRequests(app: FastifyInstance): void {
  app.addHook('onRequest', async (request: FastifyRequest) => {
    checkStrings(request.headers, 'headers');
  });
  app.addHook('preValidation', async (request: FastifyRequest) => {
    checkStrings(request.params, 'address');
    checkStrings(request.query, 'query');
    if (request.routeOptions.config.checksOwnBody) return;
    const problem = bodyProblem(request.body);
    if (problem === 'text') throw unstorable('body');
    if (problem === 'depth') {
      throw new ApiError(
        400,
        'invalid_body',
        `The request body nests deeper than ${MAX_BODY_DEPTH} levels; no request needs that.`,
      );
    }
  });
}
