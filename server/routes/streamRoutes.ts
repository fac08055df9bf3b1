import type { FastifyInstance } from 'fastify';
import type { ServerResponse } from 'node:http';
import { authenticateMember, bearerToken } from '../http/authenticate';
import { ApiError } from '../http/errors';
import type { Accounts } from '../services/accounts';
import type { ChangeFeed } from '../services/changeFeed';

export interface StreamOptions {
  /** How often a heartbeat is sent and the session re-checked. */
  heartbeatMs: number;
}

/**
 * `GET /v1/workspaces/:ws/stream`: Server-Sent Events carrying every change to
 * the workspace. The client reads it with fetch (so the token travels in the
 * Authorization header, never in the URL). Heartbeats keep proxies from
 * closing the connection and re-check the session: a stream ends once its
 * token has expired or been signed out, or the membership is gone.
 */
export function streamRoutes(
  app: FastifyInstance,
  accounts: Accounts,
  feed: ChangeFeed,
  options: StreamOptions,
): void {
  const open = new Set<ServerResponse>();
  let closing = false;
  app.addHook('preClose', async () => {
    closing = true;
    for (const response of open) response.end();
  });

  app.get<{ Params: { ws: string } }>('/v1/workspaces/:ws/stream', async (request, reply) => {
    await authenticateMember(request, accounts, request.params.ws, 'viewer');
    const token = bearerToken(request) ?? '';
    const workspaceId = request.params.ws;
    // Authenticated while the server began shutting down: a stream opened now
    // would miss the ending above and hold the shutdown up.
    if (closing) {
      throw new ApiError(503, 'shutting_down', 'The server is restarting; try again shortly.');
    }

    reply.hijack();
    const response = reply.raw;
    // Hijacked replies skip Fastify's header handling: carry over what hooks set (CORS).
    response.writeHead(200, {
      ...(reply.getHeaders() as Record<string, string>),
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-cache, no-transform',
      connection: 'keep-alive',
      'x-accel-buffering': 'no',
    });
    // `json` is one line: JSON text never holds a raw line break (only escaped ones).
    const sendJson = (event: string, json: string) => {
      // A change (or a heartbeat) can come after the stream was ended, by a
      // session found ended or by shutdown, and before its 'close' has
      // unsubscribed it: written then, it would be an error event nobody
      // listens for, which ends the process.
      if (response.writableEnded || response.destroyed) return;
      response.write(`event: ${event}\ndata: ${json}\n\n`);
    };
    const send = (event: string, data: unknown) => sendJson(event, JSON.stringify(data));
    send('ready', { workspaceId });
    open.add(response);

    const unsubscribe = feed.subscribe(workspaceId, (change) => sendJson('change', change));
    const heartbeat = setInterval(() => {
      void (async () => {
        const current = await accounts.userForToken(token).catch(() => null);
        const role = current ? (await accounts.roleIn(workspaceId, current.id)).role : null;
        if (!current || !role) {
          send('error', { code: 'unauthorized', message: 'The session has ended; sign in again.' });
          response.end();
          return;
        }
        send('heartbeat', { at: new Date().toISOString() });
      })();
    }, options.heartbeatMs);

    response.on('close', () => {
      clearInterval(heartbeat);
      unsubscribe();
      open.delete(response);
    });
  });
}
