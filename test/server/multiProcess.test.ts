import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChangeEvent, PullResponse, SessionResponse } from '../../shared/sync/protocol';
import { MAX_PUSH_ROWS } from '../../shared/sync/protocol';
import { bearer, contactDocument } from './harness';
import { StreamClient } from './sseClient';

/**
 * Two real server processes (`node --import tsx server/main.ts`, as `npm run
 * server` runs it) on one PostgreSQL database of their own: a stream on one
 * sees a push made on the other (LISTEN/NOTIFY), and SIGTERM lets a push in
 * flight finish before the process exits.
 */
const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL;
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const PASSWORD = 'correct horse battery staple';

/** A port nobody listens on right now. */
async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as { port: number };
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

interface ServerProcess {
  child: ChildProcess;
  base: string;
  output: string[];
  exited: Promise<number | null>;
}

/** `npm run server [args]` with `env`, as a child process whose output is kept for failures. */
function runServer(args: string[], env: Record<string, string>): ServerProcess & { port?: number } {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts', ...args], {
    cwd: ROOT,
    env: { ...process.env, LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output: string[] = [];
  child.stdout?.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, base: `http://${env.HOST ?? ''}:${env.PORT ?? ''}`, output, exited };
}

async function waitForHealth(server: ServerProcess, timeoutMs = 25_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (server.child.exitCode !== null) {
      throw new Error(`server exited with ${server.child.exitCode}:\n${server.output.join('')}`);
    }
    try {
      if ((await fetch(`${server.base}/healthz`)).ok) return;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) throw new Error(`server not healthy:\n${server.output.join('')}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** True when the request is refused: connection refused or reset, or a 503 from a closing server. */
async function refused(url: string): Promise<boolean> {
  try {
    const response = await fetch(url, { headers: { connection: 'close' } });
    await response.body?.cancel();
    return response.status === 503;
  } catch {
    return true;
  }
}

describe.skipIf(!TEST_DATABASE_URL)('two server processes on one PostgreSQL', () => {
  const databaseName = `liaison_mp_${randomBytes(6).toString('hex')}`;
  let adminUrl: string;
  let databaseUrl: string;
  let workDir: string;
  const processes: ServerProcess[] = [];
  let a: ServerProcess;
  let b: ServerProcess;
  let workspaceId: string;
  let token: string;
  /** The signed-in user, who stamps the documents pushed. */
  let userId: string;

  const start = async () => {
    const server = runServer([], {
      DATABASE_URL: databaseUrl,
      HOST: '127.0.0.1',
      PORT: String(await freePort()),
    });
    processes.push(server);
    return server;
  };

  beforeAll(async () => {
    const url = new URL(TEST_DATABASE_URL as string);
    url.pathname = '/postgres';
    adminUrl = url.toString();
    url.pathname = `/${databaseName}`;
    databaseUrl = url.toString();
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`create database ${databaseName}`);
    await admin.end();

    // The first admin and workspace, made the documented way.
    workDir = await mkdtemp(path.join(tmpdir(), 'liaison-mp-'));
    const passwordFile = path.join(workDir, 'password');
    await writeFile(passwordFile, `${PASSWORD}\n`, { mode: 0o600 });
    const email = 'ann.admin@birmingham.example';
    const setup = runServer(
      [
        'create-admin',
        '--email',
        email,
        '--name',
        'Ann Admin',
        '--workspace',
        'Birmingham International',
        '--password-file',
        passwordFile,
      ],
      { DATABASE_URL: databaseUrl },
    );
    expect(await setup.exited, setup.output.join('')).toBe(0);
    expect(setup.output.join('')).toMatch(/Created Ann Admin <ann\.admin@birmingham\.example>/);

    [a, b] = await Promise.all([start(), start()]);
    await Promise.all([waitForHealth(a as ServerProcess), waitForHealth(b as ServerProcess)]);

    const login = await fetch(`${a.base}/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password: PASSWORD }),
    });
    expect(login.status).toBe(200);
    const session = (await login.json()) as SessionResponse;
    token = session.token;
    userId = session.user.id;
    expect(session.workspaces).toHaveLength(1);
    workspaceId = session.workspaces[0]?.id as string;
  }, 60_000);

  afterAll(async () => {
    for (const server of processes) {
      if (server.child.exitCode === null && server.child.signalCode === null) {
        server.child.kill('SIGKILL');
        await server.exited;
      }
    }
    if (workDir) await rm(workDir, { recursive: true, force: true });
    if (adminUrl) {
      const admin = new pg.Client({ connectionString: adminUrl });
      await admin.connect();
      await admin.query(`drop database if exists ${databaseName} with (force)`);
      await admin.end();
    }
  }, 30_000);

  const push = (server: ServerProcess, documents: object[]) =>
    fetch(`${server.base}/v1/workspaces/${workspaceId}/collections/contacts/push`, {
      method: 'POST',
      headers: { ...bearer(token), 'content-type': 'application/json' },
      body: JSON.stringify(documents.map((document) => ({ newDocumentState: document }))),
    });
  const pull = async (server: ServerProcess, checkpoint: number): Promise<PullResponse> => {
    const response = await fetch(
      `${server.base}/v1/workspaces/${workspaceId}/collections/contacts/pull?checkpoint=${checkpoint}&limit=1000`,
      { headers: bearer(token) },
    );
    expect(response.status).toBe(200);
    return (await response.json()) as PullResponse;
  };
  const stream = async (server: ServerProcess) => {
    const client = await StreamClient.connect(
      `${server.base}/v1/workspaces/${workspaceId}/stream`,
      bearer(token),
    );
    expect((await client.next()).event).toBe('ready');
    return client;
  };

  it('shows a stream on one process the pushes made on the other', async () => {
    const onA = await stream(a);
    const onB = await stream(b);
    try {
      const fromB = [contactDocument(randomUUID(), { updatedBy: userId, familyName: 'Über B' })];
      expect((await push(b, fromB)).status).toBe(200);
      const seenOnA = (await onA.nextOf('change')).data as ChangeEvent;
      expect(seenOnA.documents).toEqual(fromB);
      expect(((await onB.nextOf('change')).data as ChangeEvent).checkpoint).toEqual(
        seenOnA.checkpoint,
      );

      const fromA = [
        contactDocument(randomUUID(), { updatedBy: userId, familyName: 'Aus A' }),
        contactDocument(randomUUID(), { updatedBy: userId, familyName: 'Auch aus A' }),
      ];
      expect((await push(a, fromA)).status).toBe(200);
      expect((await onB.nextOf('change')).data).toEqual({
        collection: 'contacts',
        documents: fromA,
        checkpoint: { seq: seenOnA.checkpoint.seq + 2 },
      });
      expect(((await onA.nextOf('change')).data as ChangeEvent).documents).toEqual(fromA);
    } finally {
      onA.close();
      onB.close();
    }
  });

  it('finishes a push in flight on SIGTERM, refuses new requests, then exits 0', async () => {
    const watcher = await stream(a);
    const closing = await stream(b);
    const before = (await pull(a, 0)).checkpoint.seq;

    // Hold the workspace's counter row, so B's push stops inside its transaction.
    const holder = new pg.Client({ connectionString: databaseUrl });
    await holder.connect();
    try {
      await holder.query('begin');
      await holder.query('select seq from workspaces where id = $1 for update', [workspaceId]);

      const documents = Array.from({ length: MAX_PUSH_ROWS }, (_, index) =>
        contactDocument(randomUUID(), {
          updatedBy: userId,
          familyName: `Delegate ${index}`,
          notes: 'x'.repeat(500),
        }),
      );
      const inFlight = push(b, documents);
      await expect
        .poll(
          async () =>
            (
              await holder.query(
                "select 1 from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock'",
              )
            ).rowCount,
          { timeout: 10_000, interval: 25 },
        )
        .toBe(1);

      b.child.kill('SIGTERM');
      // Closing: its open stream ends, new requests are refused, the push still waits.
      await closing.ended;
      await expect.poll(() => refused(`${b.base}/healthz`), { timeout: 5_000 }).toBe(true);
      expect(b.child.exitCode).toBeNull();

      await holder.query('commit');
      const response = await inFlight;
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual([]);
      expect(await b.exited, b.output.join('')).toBe(0);
      expect(b.output.join('')).not.toMatch(/"level":50/);
      expect(await refused(`${b.base}/healthz`)).toBe(true);

      // Stored whole, and announced to the other process's streams before B went.
      const page = await pull(a, before);
      expect(page.documents).toEqual(documents);
      expect(page.checkpoint.seq).toBe(before + MAX_PUSH_ROWS);
      const change = (await watcher.nextOf('change')).data as ChangeEvent;
      expect(change.documents).toHaveLength(MAX_PUSH_ROWS);
      expect(change.checkpoint.seq).toBe(before + MAX_PUSH_ROWS);
    } finally {
      await holder.query('rollback').catch(() => undefined);
      await holder.end();
      watcher.close();
      closing.close();
    }
  });
});
