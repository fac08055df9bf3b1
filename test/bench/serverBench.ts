// Sync server throughput, part of `npm run bench` (also `npx tsx test/bench/serverBench.ts`).
// For 10,000 contacts: push through the HTTP API of a listening server in
// batches of 100, the push of 1,000 edits (with their assumed master states),
// a full pull from checkpoint 0 with limit 1000 uncompressed and compressed as
// a browser asks for it, and beside them, in the same database in the same
// run, a raw INSERT of the same rows. Besides each wall time, the server's own
// time per request (from the request's arrival to the last byte of its
// answer handed to the socket), median and 95th percentile. On embedded PGlite
// (in a temporary data directory) always; on PostgreSQL too when
// TEST_DATABASE_URL or DATABASE_URL is set, in a schema of its own that is
// dropped afterwards.
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { Agent, request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { buildServer } from '../../server/app';
import { migrate } from '../../server/db/migrations';
import { openPgliteDatabase } from '../../server/db/pgliteDatabase';
import { openPostgresDatabase } from '../../server/db/postgresDatabase';
import type { SqlDatabase } from '../../server/db/sql';
import { MAX_PULL_LIMIT, MAX_PUSH_ROWS, type PullResponse } from '../../shared/sync/protocol';
import { median, printTable } from './benchKit.mjs';

const DOCUMENTS = 10_000;
const PUSH_BATCH = 100;
const PULL_LIMIT = MAX_PULL_LIMIT;
const EDITS = 1_000;
/** The app pushes as many rows at once as the server takes. */
const EDIT_BATCH = MAX_PUSH_ROWS;
/** What a browser's fetch asks for; `identity` is an uncompressed answer. */
const BROWSER_ENCODINGS = 'gzip, deflate, br, zstd';
/** A slow office or mobile link, to put the bytes on the wire into seconds. */
const SLOW_LINK_MBIT = 20;

interface EngineSetup {
  name: string;
  open(): Promise<{ db: SqlDatabase; dispose(): Promise<void> }>;
}

interface Measurement {
  engine: string;
  what: string;
  documents: number;
  ms: number;
  /** The server's time per request of this measurement (none for the raw INSERT). */
  server?: number[];
  detail: string;
}

interface Answer {
  status: number;
  headers: IncomingHttpHeaders;
  /** The body as it came over the wire. */
  wire: Buffer;
  /** The body decoded. */
  text: string;
}

/** A request on a keep-alive connection, as a browser holds one; the answer's bytes counted as sent. */
function send(
  agent: Agent,
  url: string,
  options: { method?: string; headers: Record<string, string>; body?: string },
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const outgoing = httpRequest(
      url,
      { agent, method: options.method ?? 'GET', headers: options.headers },
      (incoming) => {
        const chunks: Buffer[] = [];
        incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
        incoming.on('error', reject);
        incoming.on('end', () => {
          const wire = Buffer.concat(chunks);
          const encoding = incoming.headers['content-encoding'];
          const body =
            encoding === 'br'
              ? brotliDecompressSync(wire)
              : encoding === 'gzip'
                ? gunzipSync(wire)
                : wire;
          resolve({
            status: incoming.statusCode ?? 0,
            headers: incoming.headers,
            wire,
            text: body.toString('utf8'),
          });
        });
      },
    );
    outgoing.on('error', reject);
    outgoing.end(options.body);
  });
}

const engines: EngineSetup[] = [
  {
    name: 'PGlite',
    open: async () => {
      const dir = await mkdtemp(path.join(tmpdir(), 'liaison-bench-'));
      const db = await openPgliteDatabase(dir);
      return {
        db,
        dispose: async () => {
          await db.close();
          await rm(dir, { recursive: true, force: true });
        },
      };
    },
  },
];
const postgresUrl = process.env.TEST_DATABASE_URL || process.env.DATABASE_URL;
if (postgresUrl) {
  engines.push({
    name: 'PostgreSQL',
    open: async () => {
      const schema = `liaison_bench_${randomBytes(6).toString('hex')}`;
      const db = await openPostgresDatabase({ connectionString: postgresUrl, schema });
      return {
        db,
        dispose: async () => {
          await db.query(`drop schema if exists ${schema} cascade`);
          await db.close();
        },
      };
    },
  });
}

/** A realistic contact, about 600 bytes of JSON. */
function contact(index: number, author: string) {
  const stamp = new Date(Date.UTC(2025, 0, 1) + index * 60_000).toISOString();
  return {
    id: randomUUID(),
    createdAt: stamp,
    updatedAt: stamp,
    updatedBy: author,
    tags: index % 3 === 0 ? ['delegation'] : [],
    givenNames: `Given ${index}`,
    familyName: `Family ${index % 997}`,
    nameOrder: 'given-first',
    languages: ['de', 'en'],
    affiliations: [],
    emails: [{ address: `person${index}@leipzig.example`, label: 'work' }],
    phones: [{ number: `+49 341 123${String(index).padStart(5, '0')}`, label: 'work' }],
    lawfulBasis: 'public-task',
    notes: `Met at the partnership forum; follow up on the exchange programme (${index}).`,
    _deleted: false,
  };
}

const since = (start: number) => performance.now() - start;

async function benchEngine(engine: EngineSetup): Promise<Measurement[]> {
  const { db, dispose } = await engine.open();
  try {
    await migrate(db);
    const { app, accounts } = await buildServer({
      db,
      config: { corsOrigins: [], sessionTtlDays: 1, bodyLimit: 5 * 1024 * 1024 },
    });
    try {
      await app.listen({ port: 0, host: '127.0.0.1' });
      const base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
      // The server's time per request, by what the bench is measuring: from the
      // request's arrival to its answer's last byte handed to the socket.
      const serverMs = new Map<string, number[]>();
      let measuring = '';
      app.server.prependListener('request', (_incoming, outgoing) => {
        const start = performance.now();
        const samples = serverMs.get(measuring) ?? [];
        serverMs.set(measuring, samples);
        outgoing.once('finish', () => samples.push(since(start)));
      });
      const agent = new Agent({ keepAlive: true, maxSockets: 1 });
      const { user, workspace } = await accounts.createAdmin({
        email: 'bench@liaison.example',
        name: 'Bench',
        password: 'a bench password',
        workspace: 'Bench',
      });
      const { token } = await accounts.startSession(user);
      const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
      const url = `${base}/v1/workspaces/${workspace.id}/collections/contacts`;
      const documents = Array.from({ length: DOCUMENTS }, (_, index) => contact(index, user.id));
      const push = async (rows: unknown[]) => {
        const answer = await send(agent, `${url}/push`, {
          method: 'POST',
          headers,
          body: JSON.stringify(rows),
        });
        if (answer.status !== 200 || answer.text !== '[]') {
          throw new Error(`push failed: ${answer.status} ${answer.text.slice(0, 500)}`);
        }
      };

      // Push: 100 sequential pushes of 100 new documents each, as a laptop catching up would.
      measuring = 'push';
      let start = performance.now();
      for (let offset = 0; offset < DOCUMENTS; offset += PUSH_BATCH) {
        await push(
          documents
            .slice(offset, offset + PUSH_BATCH)
            .map((document) => ({ newDocumentState: document })),
        );
      }
      const pushMs = since(start);

      // Edits: 1,000 documents changed offline, pushed with the state each change was based on.
      measuring = 'edits';
      start = performance.now();
      for (let offset = 0; offset < EDITS; offset += EDIT_BATCH) {
        await push(
          documents.slice(offset, offset + EDIT_BATCH).map((document) => ({
            assumedMasterState: document,
            newDocumentState: {
              ...document,
              notes: `${document.notes} Edited offline.`,
              updatedAt: new Date(Date.UTC(2025, 5, 1)).toISOString(),
            },
          })),
        );
      }
      const editMs = since(start);

      // Pull: everything from checkpoint 0, a page of 1000 at a time, until an empty
      // page; uncompressed, then as a browser asks for it.
      const pull = async (encoding: string) => {
        measuring = `pull ${encoding}`;
        const begin = performance.now();
        let checkpoint = 0;
        let pulled = 0;
        let pages = 0;
        let wire = 0;
        let used = '';
        for (;;) {
          const answer = await send(
            agent,
            `${url}/pull?checkpoint=${checkpoint}&limit=${PULL_LIMIT}`,
            {
              headers: { authorization: headers.authorization, 'accept-encoding': encoding },
            },
          );
          if (answer.status !== 200)
            throw new Error(`pull failed: ${answer.status} ${answer.text}`);
          const page = JSON.parse(answer.text) as PullResponse;
          pages++;
          wire += answer.wire.length;
          used ||= String(answer.headers['content-encoding'] ?? 'identity');
          if (page.documents.length === 0) break;
          pulled += page.documents.length;
          checkpoint = page.checkpoint.seq;
        }
        const ms = since(begin);
        if (pulled !== DOCUMENTS) throw new Error(`pulled ${pulled} of ${DOCUMENTS} documents`);
        return { ms, pages, wire, used };
      };
      const plain = await pull('identity');
      const packed = await pull(BROWSER_ENCODINGS);
      agent.destroy();

      // Raw insert: the same rows, one multi-row INSERT through the same SqlDatabase,
      // into a workspace of their own (same table, same indexes).
      const raw = await accounts.createWorkspace('Raw insert');
      start = performance.now();
      await db.query(
        `insert into documents (workspace_id, collection, id, data, deleted, seq, server_time, author)
         select $1, 'contacts', d.doc ->> 'id', d.doc, false, d.ord, now(), $3
         from jsonb_array_elements($2::jsonb) with ordinality as d(doc, ord)`,
        [raw.id, JSON.stringify(documents), user.id],
      );
      const insertMs = since(start);
      const [count] = await db.query<{ n: number }>(
        'select count(*)::int as n from documents where workspace_id = $1',
        [raw.id],
      );
      if (count?.n !== DOCUMENTS) throw new Error(`raw insert stored ${count?.n} rows`);

      const onWire = (bytes: number) =>
        `${(bytes / 1e6).toFixed(1)} MB on the wire, ${((bytes * 8) / (SLOW_LINK_MBIT * 1e6)).toFixed(1)} s at ${SLOW_LINK_MBIT} Mbit/s`;
      return [
        {
          engine: engine.name,
          what: 'push (HTTP)',
          documents: DOCUMENTS,
          ms: pushMs,
          server: serverMs.get('push'),
          detail: `${DOCUMENTS / PUSH_BATCH} pushes of ${PUSH_BATCH} new, one after another`,
        },
        {
          engine: engine.name,
          what: 'push edits (HTTP)',
          documents: EDITS,
          ms: editMs,
          server: serverMs.get('edits'),
          detail: `${EDITS / EDIT_BATCH} pushes of ${EDIT_BATCH} with assumed master states, as the app sends them`,
        },
        {
          engine: engine.name,
          what: 'pull (HTTP)',
          documents: DOCUMENTS,
          ms: plain.ms,
          server: serverMs.get('pull identity'),
          detail: `${plain.pages} pages of up to ${PULL_LIMIT}, uncompressed: ${onWire(plain.wire)}`,
        },
        {
          engine: engine.name,
          what: 'pull (HTTP, browser)',
          documents: DOCUMENTS,
          ms: packed.ms,
          server: serverMs.get(`pull ${BROWSER_ENCODINGS}`),
          detail: `${packed.pages} pages, ${packed.used}: ${onWire(packed.wire)}`,
        },
        {
          engine: engine.name,
          what: 'raw INSERT',
          documents: DOCUMENTS,
          ms: insertMs,
          detail: 'one multi-row INSERT … SELECT from a jsonb array',
        },
      ];
    } finally {
      await app.close();
    }
  } finally {
    await dispose();
  }
}

/** The value below which `share` of the sorted samples lie (nearest rank). */
function percentile(values: number[], share: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(share * sorted.length) - 1)] ?? NaN;
}

function printResults(rows: Measurement[]): void {
  const header = [
    'engine',
    'measurement',
    'documents',
    'time',
    'documents/s',
    'server/request',
    'p95',
    'how',
  ];
  const ms = (value: number) => `${value.toFixed(1)} ms`;
  const cells = rows.map((row) => [
    row.engine,
    row.what,
    row.documents.toLocaleString('en-GB'),
    `${Math.round(row.ms).toLocaleString('en-GB')} ms`,
    Math.round((row.documents / row.ms) * 1000).toLocaleString('en-GB'),
    row.server?.length ? ms(median(row.server)) : '',
    row.server?.length ? ms(percentile(row.server, 0.95)) : '',
    row.detail,
  ]);
  printTable(header, cells, new Set([0, 1, header.length - 1]));
}

async function main(): Promise<void> {
  const started = performance.now();
  console.log(
    `\nsync server: ${DOCUMENTS.toLocaleString('en-GB')} contacts on ${engines
      .map((engine) => engine.name)
      .join(
        ' and ',
      )}${postgresUrl ? '' : ' (set TEST_DATABASE_URL or DATABASE_URL for PostgreSQL too)'}`,
  );
  const rows: Measurement[] = [];
  for (const engine of engines) rows.push(...(await benchEngine(engine)));
  console.log('');
  printResults(rows);
  console.log(
    `\npush and pull: wall time of the HTTP requests, one at a time on a keep-alive connection, to a listening server in this process (authentication, validation, compare-and-set, JSON, compression); server/request: the server's time per request, median and 95th percentile; raw INSERT: the database alone.`,
  );
  console.log(`server bench: done in ${Math.round(since(started) / 1000)} s`);
}

try {
  await main();
} catch (error) {
  console.error(`server bench failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
