import compress from '@fastify/compress';
import cors from '@fastify/cors';
import rateLimit from '@fastify/rate-limit';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import {
  MIN_PROTOCOL_VERSION,
  PROTOCOL_HEADER,
  PROTOCOL_VERSION,
  WRITTEN_HEADER,
} from '../shared/sync/protocol';
import { APP_ORIGIN, type ServerConfig } from './config';
import type { SqlDatabase } from './db/sql';
import { ApiError, errorBody, handleError } from './http/errors';
import { guardRequests } from './http/requestGuard';
import { authRoutes } from './routes/authRoutes';
import { streamRoutes } from './routes/streamRoutes';
import { syncRoutes } from './routes/syncRoutes';
import { LoginThrottle } from './security/loginThrottle';
import { Accounts } from './services/accounts';
import { ChangeFeed } from './services/changeFeed';
import { DocumentValidator } from './services/documentValidator';
import { Documents } from './services/documents';

/** The shutdown grace when the configuration names none (see `ServerConfig.shutdownGraceMs`). */
const DEFAULT_SHUTDOWN_GRACE_MS = 8000;

export interface AppOptions {
  db: SqlDatabase;
  config: Pick<ServerConfig, 'corsOrigins' | 'sessionTtlDays' | 'bodyLimit'> &
    Partial<Pick<ServerConfig, 'trustProxy' | 'passwordCost' | 'shutdownGraceMs'>>;
  logger?: FastifyServerOptions['logger'];
  /** The clock for sessions and invites (tests move it). */
  now?: () => Date;
  heartbeatMs?: number;
}

export interface LiaisonServer {
  app: FastifyInstance;
  accounts: Accounts;
  documents: Documents;
  feed: ChangeFeed;
}

/**
 * The sync server as a Fastify instance, on a migrated database. It holds no
 * state of its own beyond the live streams: several can run on one database.
 */
export async function buildServer(options: AppOptions): Promise<LiaisonServer> {
  // Behind a TLS proxy the client's address is in X-Forwarded-For; rate limits need it.
  // (Trusting the first N hops, which Fastify's types spell as a function.)
  const hops = options.config.trustProxy ?? 0;
  const trustProxy = hops > 0 ? (_address: string, hop: number) => hop < hops : false;
  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit: options.config.bodyLimit,
    // JSON with __proto__ or constructor keys is refused, not cleaned.
    onProtoPoisoning: 'error',
    onConstructorPoisoning: 'error',
    // Wrong types are errors, not quietly converted; unknown keys are errors, not dropped.
    ajv: { customOptions: { coerceTypes: false, removeAdditional: false, allErrors: false } },
    return503OnClosing: true,
    trustProxy,
  });
  // Every body is JSON. Fastify would read text/plain as a string and answer
  // "body must be object" to JSON sent with the wrong type: 415 says what to fix.
  app.removeContentTypeParser('text/plain');
  const accounts = new Accounts(options.db, {
    sessionTtlDays: options.config.sessionTtlDays,
    now: options.now,
    passwordCost: options.config.passwordCost,
  });
  const documents = new Documents(options.db);
  const validator = new DocumentValidator();
  const feed = new ChangeFeed(options.db, documents, app.log);
  await feed.start();
  app.addHook('onClose', async () => feed.stop());

  // Once closing, a request still in flight is answered with `Connection: close`:
  // server.close() only ends idle keep-alive connections, and one busy when it
  // was called would otherwise hold shutdown up for the keep-alive timeout (72 s).
  // Connections with nothing in flight are not ended by server.close() either
  // when they never sent a request (a preconnect, a health check, a client that
  // opened one and went quiet): after the grace period every connection left is
  // closed, so a shutdown ends in bounded time.
  let closing = false;
  let forceClose: NodeJS.Timeout | undefined;
  app.addHook('preClose', async () => {
    closing = true;
    forceClose = setTimeout(
      () => app.server.closeAllConnections(),
      options.config.shutdownGraceMs ?? DEFAULT_SHUTDOWN_GRACE_MS,
    );
    forceClose.unref();
  });
  app.addHook('onClose', async () => clearTimeout(forceClose));
  app.addHook('onSend', async (_request, reply, payload) => {
    if (closing) reply.header('connection', 'close');
    return payload;
  });

  app.setErrorHandler(handleError);
  app.setNotFoundHandler((request, reply) =>
    reply
      .status(404)
      .send(errorBody('not_found', `There is no ${request.method} ${request.url.split('?')[0]}.`)),
  );

  const allowed = new Set([APP_ORIGIN, ...options.config.corsOrigins]);
  await app.register(cors, {
    // Requests without an Origin (the desktop app's main process, curl) are not cross-origin.
    origin: (origin, callback) => callback(null, origin === undefined || allowed.has(origin)),
    methods: ['GET', 'POST', 'OPTIONS'],
    allowedHeaders: ['authorization', 'content-type', PROTOCOL_HEADER],
    exposedHeaders: [WRITTEN_HEADER],
    maxAge: 600,
  });
  // Answers compressed as the client accepts (browsers: Brotli): a page of
  // 1,000 contacts is about 620 kB as JSON and 66 kB as Brotli at quality 4,
  // which costs some 3 ms, off the event loop for pages this large. The live
  // stream is never compressed: it is hijacked (no onSend hooks) and
  // text/event-stream is not a compressible type, so events are not held in a
  // compressor's buffer. Request bodies are taken only as sent: a compressed
  // one would be inflated before authentication, work anyone could ask for.
  await app.register(compress, {
    encodings: ['br', 'gzip'],
    globalDecompression: false,
  });
  await app.register(rateLimit, {
    global: false,
    errorResponseBuilder: (_request, context) =>
      new ApiError(
        429,
        'too_many_requests',
        `Too many requests; try again in ${Math.ceil(context.ttl / 1000)} seconds.`,
      ),
  });

  app.addHook('onRequest', async (request) => {
    const sent = request.headers[PROTOCOL_HEADER];
    // A version that is not a whole number is treated as too old: it is no client of ours.
    if (typeof sent === 'string' && !(/^\d+$/.test(sent) && Number(sent) >= MIN_PROTOCOL_VERSION)) {
      throw new ApiError(
        426,
        'client_too_old',
        `This version of Liaison is too old for the server (protocol ${sent}; the server needs ${MIN_PROTOCOL_VERSION} or later). Update the app.`,
      );
    }
  });

  guardRequests(app);

  app.get('/healthz', async () => {
    await options.db.query('select 1');
    return { status: 'ok', protocol: PROTOCOL_VERSION };
  });
  authRoutes(app, accounts, new LoginThrottle());
  syncRoutes(app, accounts, documents, validator);
  streamRoutes(app, accounts, feed, { heartbeatMs: options.heartbeatMs ?? 15_000 });
  await app.ready();
  return { app, accounts, documents, feed };
}
