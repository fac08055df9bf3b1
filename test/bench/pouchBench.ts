// The peer figure for the sync bench (syncBench.ts calls it after its first
// pull of 10,000): the classic offline-first stack on the same documents, in
// the same Chromium, in the same run. The server is pouchdb-server's own
// CouchDB HTTP API (express-pouchdb) over PouchDB on its in-memory adapter,
// in this process; the client is pouchdb-browser (IndexedDB) in a fresh
// browser context, replicating once from the server, with PouchDB's default
// batch size and with batches of 1,000. The best of the two is the figure.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import type { Browser } from 'playwright-core';
import expressPouchDB from 'express-pouchdb';
import memoryAdapter from 'pouchdb-adapter-memory';
import PouchDB from 'pouchdb-core';
import { bundleForBrowser } from './benchKit.mjs';
import type { PouchPullReport } from './pouchClient';

/** PouchDB's own default (`batch_size` unset) is 100 documents a batch. */
const BATCH_SIZES: (number | null)[] = [null, 1_000];
const PAGE_TIMEOUT = 120_000;

export interface PouchPull extends PouchPullReport {
  batchSize: number | null;
}

export interface PouchComparison {
  /** The fastest of `pulls`. */
  best: PouchPull;
  pulls: PouchPull[];
  /** Documents stored on the server before the pulls (untimed). */
  documents: number;
  seedMs: number;
}

async function listen(
  handler: (request: IncomingMessage, response: ServerResponse) => void,
): Promise<{ server: Server; origin: string }> {
  const server = createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

const close = (server: Server) =>
  new Promise<void>((resolve) => {
    server.closeAllConnections();
    server.close(() => resolve());
  });

/** The bench page and the PouchDB bundle, on an origin of their own (so through CORS, as Liaison's). */
function pageHandler(script: string) {
  const page =
    '<!doctype html><meta charset="utf-8"><title>PouchDB sync bench</title>' +
    '<script type="module" src="/pouch.js"></script>';
  return (request: IncomingMessage, response: ServerResponse) => {
    const isScript = request.url?.startsWith('/pouch.js');
    response.setHeader('content-type', isScript ? 'text/javascript' : 'text/html');
    response.end(isScript ? script : page);
  };
}

/**
 * The CouchDB API for `pageOrigin`: CORS as pouchdb-server configures it
 * (credentials allowed; PouchDB's fetches include them), preflights cached
 * for 600 s as Liaison's server does; everything else to express-pouchdb.
 */
function withCors(
  pageOrigin: string,
  couch: (request: IncomingMessage, response: ServerResponse) => void,
) {
  return (request: IncomingMessage, response: ServerResponse) => {
    if (request.headers.origin === pageOrigin) {
      response.setHeader('access-control-allow-origin', pageOrigin);
      response.setHeader('access-control-allow-credentials', 'true');
      response.setHeader('vary', 'Origin');
    }
    if (request.method === 'OPTIONS') {
      response.setHeader('access-control-allow-methods', 'GET, HEAD, POST, PUT, DELETE');
      response.setHeader(
        'access-control-allow-headers',
        request.headers['access-control-request-headers'] ?? '',
      );
      response.setHeader('access-control-max-age', '600');
      response.statusCode = 204;
      response.end();
      return;
    }
    couch(request, response);
  };
}

/**
 * `contacts` (the sync bench's own, `id` as `_id`) stored in a server-side
 * PouchDB, then pulled by a fresh pouchdb-browser client once per batch size.
 */
export async function pouchFirstPull(
  browser: Browser,
  contacts: Record<string, unknown>[],
  errors: string[],
): Promise<PouchComparison> {
  const ServerPouchDB = PouchDB.plugin(memoryAdapter).defaults({ adapter: 'memory' });
  // A name of its own per run: MemDOWN keeps its stores for the life of the process.
  const name = `contacts-${Date.now()}`;
  const db = new ServerPouchDB(name);
  const pageServer = await listen(pageHandler(await bundleForBrowser('test/bench/pouchClient.ts')));
  let couchServer: Server | undefined;
  try {
    const seedStarted = performance.now();
    const results = await db.bulkDocs(
      contacts.map(({ _deleted: _, ...contact }) => ({ ...contact, _id: contact.id })),
    );
    const refused = results.filter((result) => result.error);
    if (refused.length > 0) {
      throw new Error(
        `the CouchDB side refused ${refused.length} contacts (${refused[0]?.reason})`,
      );
    }
    const { doc_count: seeded } = await db.info();
    if (seeded !== contacts.length) {
      throw new Error(`the CouchDB side holds ${seeded} of ${contacts.length} contacts`);
    }
    const seedMs = performance.now() - seedStarted;

    const couch = await listen(
      withCors(pageServer.origin, expressPouchDB(ServerPouchDB, { mode: 'minimumForPouchDB' })),
    );
    couchServer = couch.server;
    const remoteUrl = `${couch.origin}/${name}`;

    const pulls: PouchPull[] = [];
    for (const batchSize of BATCH_SIZES) {
      const context = await browser.newContext();
      try {
        const page = await context.newPage();
        page.setDefaultTimeout(PAGE_TIMEOUT);
        page.on('pageerror', (error) => errors.push(`PouchDB page: ${error.message}`));
        await page.goto(pageServer.origin);
        await page.waitForFunction(() => window.pouchBench !== undefined);
        // page.evaluate has no timeout of its own: a replication that never ends fails here.
        let timer: NodeJS.Timeout | undefined;
        const report = (await Promise.race([
          page.evaluate(([url, size]) => window.pouchBench!.firstPull(url, size), [
            remoteUrl,
            batchSize,
          ] as const),
          new Promise<never>((_, reject) => {
            timer = setTimeout(
              () => reject(new Error(`PouchDB's pull did not end in ${PAGE_TIMEOUT / 1000} s`)),
              PAGE_TIMEOUT,
            );
          }),
        ]).finally(() => clearTimeout(timer))) as PouchPullReport;
        if (report.status !== 'complete' || report.stored !== contacts.length) {
          throw new Error(
            `PouchDB's pull (batch_size ${batchSize ?? 'default'}) ended ${report.status} with ${report.stored} of ${contacts.length} stored`,
          );
        }
        pulls.push({ ...report, batchSize });
      } finally {
        await context.close();
      }
    }
    const best = pulls.reduce((fastest, pull) => (pull.ms < fastest.ms ? pull : fastest));
    return { best, pulls, documents: contacts.length, seedMs };
  } finally {
    if (couchServer) await close(couchServer);
    await close(pageServer.server);
    await db.destroy();
  }
}
