// Sync server throughput, part of `npm run bench` (also `npx tsx test/bench/serverBench.ts`).
// For 10,000 contacts: push through the HTTP API of a listening server in
// batches of 100, a full pull from checkpoint 0 with limit 1000, and beside
// them, in the same database in the same run, a raw INSERT of the same rows.
// On embedded PGlite (in a temporary data directory) always; on PostgreSQL too
// when TEST_DATABASE_URL or DATABASE_URL is set, in a schema of its own that
// is dropped afterwards.
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { buildServer } from '../../server/app';
import { migrate } from '../../server/db/migrations';
import { openPgliteDatabase } from '../../server/db/pgliteDatabase';
import { openPostgresDatabase } from '../../server/db/postgresDatabase';
import type { SqlDatabase } from '../../server/db/sql';
import type { PullResponse, PushResponse } from '../../shared/sync/protocol';
import { printTable } from './benchKit.mjs';

const DOCUMENTS = 10_000;
const PUSH_BATCH = 100;
const PULL_LIMIT = 1000;

interface EngineSetup {
  name: string;
  open(): Promise<{ db: SqlDatabase; dispose(): Promise<void> }>;
}

interface Measurement {
  engine: string;
  what: string;
  documents: number;
  ms: number;
  detail: string;
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

      // Push: 100 sequential pushes of 100 new documents each, as a laptop catching up would.
      let start = performance.now();
      for (let offset = 0; offset < DOCUMENTS; offset += PUSH_BATCH) {
        const rows = documents
          .slice(offset, offset + PUSH_BATCH)
          .map((document) => ({ newDocumentState: document }));
        const response = await fetch(`${url}/push`, {
          method: 'POST',
          headers,
          body: JSON.stringify(rows),
        });
        const conflicts = (await response.json()) as PushResponse;
        if (response.status !== 200 || conflicts.length > 0) {
          throw new Error(`push failed: ${response.status} ${JSON.stringify(conflicts)}`);
        }
      }
      const pushMs = since(start);

      // Pull: everything from checkpoint 0, a page of 1000 at a time, until an empty page.
      start = performance.now();
      let checkpoint = 0;
      let pulled = 0;
      let pages = 0;
      for (;;) {
        const response = await fetch(`${url}/pull?checkpoint=${checkpoint}&limit=${PULL_LIMIT}`, {
          headers,
        });
        const page = (await response.json()) as PullResponse;
        pages++;
        if (page.documents.length === 0) break;
        pulled += page.documents.length;
        checkpoint = page.checkpoint.seq;
      }
      const pullMs = since(start);
      if (pulled !== DOCUMENTS) throw new Error(`pulled ${pulled} of ${DOCUMENTS} documents`);

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

      return [
        {
          engine: engine.name,
          what: 'push (HTTP)',
          documents: DOCUMENTS,
          ms: pushMs,
          detail: `${DOCUMENTS / PUSH_BATCH} pushes of ${PUSH_BATCH}, one after another`,
        },
        {
          engine: engine.name,
          what: 'pull (HTTP)',
          documents: pulled,
          ms: pullMs,
          detail: `${pages} pages of up to ${PULL_LIMIT} from checkpoint 0`,
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

function printResults(rows: Measurement[]): void {
  const header = ['engine', 'measurement', 'documents', 'time', 'documents/s', 'how'];
  const cells = rows.map((row) => [
    row.engine,
    row.what,
    row.documents.toLocaleString('en-GB'),
    `${Math.round(row.ms).toLocaleString('en-GB')} ms`,
    Math.round((row.documents / row.ms) * 1000).toLocaleString('en-GB'),
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
    `\npush and pull: wall time of the HTTP requests to a listening server in this process (authentication, validation, compare-and-set, JSON); raw INSERT: the database alone.`,
  );
  console.log(`server bench: done in ${Math.round(since(started) / 1000)} s`);
}

try {
  await main();
} catch (error) {
  console.error(`server bench failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
