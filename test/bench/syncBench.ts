// Sync throughput, part of `npm run bench` (also `npx tsx test/bench/syncBench.ts`).
// A real sync server (Fastify on PGlite in a temporary directory) and, in
// Debian's Chromium, the app's own replication code (test/bench/syncClient.ts,
// bundled with esbuild) on a fresh device: the first pull of 10,000 and of
// 50,000 contacts, and the push of 1,000 contacts edited offline; beside each,
// in the same run and the same browser, a raw IndexedDB write of the same
// documents. Never downloads a browser: CHROMIUM_PATH or /usr/bin/chromium.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { chromium, type Browser, type Page } from 'playwright-core';
import { buildServer } from '../../server/app';
import { migrate } from '../../server/db/migrations';
import { openPgliteDatabase } from '../../server/db/pgliteDatabase';
import type { SqlDatabase } from '../../server/db/sql';
import type { Documents } from '../../server/services/documents';
import { chromiumLaunchOptions } from '../e2e/chromium.mjs';
import { bundleForBrowser, printTable } from './benchKit.mjs';
import { generateBenchData } from './generate';
import type { PouchComparison } from './pouchBench';
import type { BenchSession, FirstPullReport, PushReport, RawWriteReport } from './syncClient';

const PULL_SIZES = (process.env.SYNC_BENCH_SIZES ?? '10000,50000').split(',').map(Number);
const EDITS = 1_000;
/** Seeding goes through the server's own push, this many rows at a time. */
const SEED_BATCH = 1_000;
const PAGE_TIMEOUT = 120_000;
/** The first pull that PouchDB's (pouchBench.ts) is measured beside. */
const PEER_SIZE = 10_000;

interface Row {
  what: string;
  documents: number;
  syncMs: number;
  /** Absent for the peer's row: its raw write is Liaison's, the row above. */
  rawMs?: number;
  note: string;
}

const since = (start: number) => performance.now() - start;
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const perSecond = (documents: number, ms: number) =>
  Math.round((documents / ms) * 1000).toLocaleString('en-GB');

/** The browser entry, built as the app's code is for production. */
const bundleClient = () => bundleForBrowser('test/bench/syncClient.ts');

/** The bench page and its script, on an origin of their own (so through CORS, as the web build). */
async function servePage(script: string): Promise<{ server: Server; origin: string }> {
  const page =
    '<!doctype html><meta charset="utf-8"><title>Liaison sync bench</title>' +
    '<script type="module" src="/sync.js"></script>';
  const server = createServer((request, response) => {
    const isScript = request.url?.startsWith('/sync.js');
    response.setHeader('content-type', isScript ? 'text/javascript' : 'text/html');
    response.end(isScript ? script : page);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

/** `total` valid contacts: the renderer bench's generator, one seed per 10,000 it makes. */
function contacts(total: number) {
  const documents: Record<string, unknown>[] = [];
  for (let seed = 1; documents.length < total; seed++) {
    for (const contact of generateBenchData(seed).contacts) {
      documents.push({ ...contact, _deleted: false });
    }
  }
  return documents.slice(0, total);
}

async function seed(
  documents: Documents,
  db: SqlDatabase,
  workspaceId: string,
  author: string,
  rows: Record<string, unknown>[],
) {
  for (let from = 0; from < rows.length; from += SEED_BATCH) {
    await documents.push(
      workspaceId,
      'contacts',
      // Stamped with the user pushing them, as the server requires.
      rows.slice(from, from + SEED_BATCH).map((row) => ({
        newDocumentState: { ...row, updatedBy: author } as unknown as Record<string, unknown> & {
          id: string;
          _deleted: boolean;
        },
      })),
      author,
    );
  }
  const [count] = await db.query<{ n: number }>(
    'select count(*)::int as n from documents where workspace_id = $1',
    [workspaceId],
  );
  if (count?.n !== rows.length) throw new Error(`seeded ${count?.n} of ${rows.length} contacts`);
}

/** A fresh browser context (its own, empty IndexedDB) with the bench page loaded. */
async function freshPage(browser: Browser, origin: string, errors: string[]) {
  const context = await browser.newContext();
  const page = await context.newPage();
  page.setDefaultTimeout(PAGE_TIMEOUT);
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(origin);
  await page.waitForFunction(() => window.liaisonSyncBench !== undefined);
  return { page, close: () => context.close() };
}

const firstPull = (page: Page, session: BenchSession) =>
  page.evaluate((s) => window.liaisonSyncBench!.firstPull(s), session) as Promise<FirstPullReport>;

/**
 * The highest JS heap the page used while `work` ran, sampled every 100 ms
 * through DevTools (Runtime.getHeapUsage), in MB.
 */
async function peakHeap<T>(
  page: Page,
  work: () => Promise<T>,
): Promise<{ result: T; peakMb: number }> {
  const cdp = await page.context().newCDPSession(page);
  let peak = 0;
  let sampling = true;
  const sampler = (async () => {
    while (sampling) {
      const { usedSize } = await cdp.send('Runtime.getHeapUsage');
      peak = Math.max(peak, usedSize);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  })();
  try {
    return { result: await work(), peakMb: peak / 1024 / 1024 };
  } finally {
    sampling = false;
    await sampler;
    await cdp.detach();
  }
}

/** Nearest-rank percentile of `values`. */
function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

const LATENCY_EDITS = Number(process.env.SYNC_BENCH_LATENCY_EDITS ?? 40);

/**
 * Live-change latency: an edit on device A, until device B has it (through
 * the server's stream and B's pull), one edit at a time; both devices online
 * and synced on a small workspace.
 */
async function liveLatency(
  browser: Browser,
  origin: string,
  errors: string[],
  session: BenchSession,
) {
  const a = await freshPage(browser, origin, errors);
  const b = await freshPage(browser, origin, errors);
  try {
    await firstPull(a.page, session);
    await firstPull(b.page, session);
    await b.page.evaluate(() => window.liaisonSyncBench!.watchForLatency());
    const latencies: number[] = [];
    for (let edit = 0; edit < LATENCY_EDITS; edit++) {
      const marker = `latency ${edit} ${Date.now()}`;
      const writtenAt = (await a.page.evaluate(
        (m) => window.liaisonSyncBench!.writeForLatency(m),
        marker,
      )) as number;
      const seen = await b.page.waitForFunction(
        (m) => window.liaisonSyncBench!.latencySeen(m),
        marker,
        { polling: 5, timeout: 30_000 },
      );
      latencies.push(((await seen.jsonValue()) as number) - writtenAt);
      // Edits a moment apart, as people make them.
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    return latencies;
  } finally {
    await a.close();
    await b.close();
  }
}

/** Where SYNC_BENCH_PROFILE asks the Chromium profiles to go (a directory), if anywhere. */
const PROFILE_DIR = process.env.SYNC_BENCH_PROFILE;

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

/**
 * Runs `work` under Chromium's sampling profiler (through the page's DevTools
 * session) when SYNC_BENCH_PROFILE is set: writes the .cpuprofile (open it in
 * DevTools' Performance panel) and prints the functions with the most self time.
 */
async function profiled<T>(page: Page, name: string, work: () => Promise<T>): Promise<T> {
  if (!PROFILE_DIR) return work();
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  const result = await work();
  const { profile } = await cdp.send('Profiler.stop');
  await mkdir(PROFILE_DIR, { recursive: true });
  const file = path.join(PROFILE_DIR, `${name}.cpuprofile`);
  await writeFile(file, JSON.stringify(profile));
  const nodes = new Map((profile.nodes as ProfileNode[]).map((node) => [node.id, node]));
  const self = new Map<string, number>();
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  for (const [index, id] of samples.entries()) {
    const frame = nodes.get(id)?.callFrame;
    if (!frame) continue;
    const key = `${frame.functionName || '(anonymous)'} ${frame.url.split('/').pop() ?? ''}:${frame.lineNumber + 1}`;
    self.set(key, (self.get(key) ?? 0) + (deltas[index] ?? 0) / 1000);
  }
  const total = [...self.values()].reduce((sum, ms) => sum + ms, 0);
  console.log(`\nprofile ${file}: ${Math.round(total)} ms sampled; most self time:`);
  for (const [key, ms] of [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, 25)) {
    console.log(
      `  ${Math.round(ms).toString().padStart(6)} ms  ${((ms / total) * 100).toFixed(1).padStart(5)}%  ${key}`,
    );
  }
  return result;
}

async function rawWrite(
  browser: Browser,
  origin: string,
  errors: string[],
  session: BenchSession,
  from: number,
  count: number,
): Promise<RawWriteReport> {
  const { page, close } = await freshPage(browser, origin, errors);
  try {
    const report = (await page.evaluate(([s, f, c]) => window.liaisonSyncBench!.rawWrite(s, f, c), [
      session,
      from,
      count,
    ] as const)) as RawWriteReport;
    if (report.written !== count) throw new Error(`raw write stored ${report.written} of ${count}`);
    return report;
  } finally {
    await close();
  }
}

/**
 * The peer's first pull of `documents` (pouchBench.ts, loaded only here, so
 * that a missing package costs the comparison, not the bench), or why not.
 */
async function pouchComparison(
  browser: Browser,
  documents: Record<string, unknown>[],
  errors: string[],
): Promise<PouchComparison | string> {
  try {
    const { pouchFirstPull } = await import('./pouchBench');
    return await pouchFirstPull(browser, documents, errors);
  } catch (error) {
    return (error instanceof Error ? error.message : String(error)).split('\n')[0]!;
  }
}

/** The line comparing Liaison's first pull with PouchDB's, from the same run. */
function peerLine(liaisonMs: number | undefined, peer: PouchComparison | string): string {
  if (liaisonMs === undefined || typeof peer === 'string') {
    const why =
      typeof peer === 'string'
        ? peer
        : `no first pull of ${PEER_SIZE.toLocaleString('en-GB')} in this run`;
    return `Liaison vs PouchDB: comparison unavailable (${why})`;
  }
  const ratio = peer.best.ms / liaisonMs;
  const verdict = ratio >= 1 ? `${ratio.toFixed(1)}× faster` : `${(1 / ratio).toFixed(1)}× slower`;
  return `Liaison vs PouchDB: ${verdict} (first pull of ${peer.documents.toLocaleString('en-GB')} in the same run: Liaison ${perSecond(peer.documents, liaisonMs)} docs/s, PouchDB ${perSecond(peer.documents, peer.best.ms)} docs/s)`;
}

function printResults(rows: Row[]): void {
  const header = [
    'measurement',
    'documents',
    'sync',
    'sync docs/s',
    'raw IndexedDB',
    'raw docs/s',
    'sync vs raw',
    'checks',
  ];
  const cells = rows.map((row) => [
    row.what,
    row.documents.toLocaleString('en-GB'),
    seconds(row.syncMs),
    perSecond(row.documents, row.syncMs),
    row.rawMs === undefined ? '—' : seconds(row.rawMs),
    row.rawMs === undefined ? '—' : perSecond(row.documents, row.rawMs),
    row.rawMs === undefined ? '—' : `${(row.syncMs / row.rawMs).toFixed(0)}× slower`,
    row.note,
  ]);
  printTable(header, cells, new Set([0, header.length - 1]));
}

async function main(): Promise<void> {
  const started = performance.now();
  let step = performance.now();
  const { server: pageServer, origin } = await servePage(await bundleClient());

  const dir = await mkdtemp(path.join(tmpdir(), 'liaison-sync-bench-'));
  const db = await openPgliteDatabase(dir);
  const errors: string[] = [];
  let browser: Browser | undefined;
  try {
    await migrate(db);
    const { app, accounts, documents } = await buildServer({
      db,
      config: { corsOrigins: [origin], sessionTtlDays: 1, bodyLimit: 5 * 1024 * 1024 },
    });
    try {
      const serverUrl = await app.listen({ port: 0, host: '127.0.0.1' });
      const { user } = await accounts.createAdmin({
        email: 'sync-bench@liaison.example',
        name: 'Sync Bench',
        password: 'a bench password',
        workspace: 'Unused',
      });
      const { token } = await accounts.startSession(user);
      // One workspace per size (the smaller holds the first documents of the larger).
      const all = contacts(Math.max(...PULL_SIZES));
      const sessions: BenchSession[] = [];
      for (const size of PULL_SIZES) {
        const workspace = await accounts.createWorkspace(`Bench ${size}`);
        await accounts.addMember(workspace.id, user.id, 'admin');
        await seed(documents, db, workspace.id, user.id, all.slice(0, size));
        sessions.push({ serverUrl, token, workspaceId: workspace.id, userId: user.id });
      }
      const latencyWorkspace = await accounts.createWorkspace('Bench latency');
      await accounts.addMember(latencyWorkspace.id, user.id, 'admin');
      await seed(documents, db, latencyWorkspace.id, user.id, all.slice(0, 200));
      const latencySession = {
        serverUrl,
        token,
        workspaceId: latencyWorkspace.id,
        userId: user.id,
      };
      console.log(
        `\nsync: client bundle, server on PGlite (${dir}), ${PULL_SIZES.map((size) => size.toLocaleString('en-GB')).join(' and ')} contacts seeded through Documents.push in ${Math.round(since(step))} ms`,
      );

      browser = await chromium.launch(chromiumLaunchOptions);
      console.log(
        `browser: Chromium ${browser.version()}, headless; page ${origin}, server ${serverUrl}`,
      );

      const rows: Row[] = [];
      const pushRows: Row[] = [];
      const heaps: { size: number; peakMb: number }[] = [];
      let liaisonPeerMs: number | undefined;
      let peer: PouchComparison | string =
        `SYNC_BENCH_SIZES has no ${PEER_SIZE.toLocaleString('en-GB')}`;
      for (const [index, size] of PULL_SIZES.entries()) {
        const session = sessions[index]!;
        step = performance.now();
        const device = await freshPage(browser, origin, errors);
        try {
          const { result: pull, peakMb } = await peakHeap(device.page, () =>
            profiled(device.page, `first-pull-${size}`, () => firstPull(device.page, session)),
          );
          heaps.push({ size, peakMb });
          if (pull.stored !== size) throw new Error(`first pull stored ${pull.stored} of ${size}`);
          if (size === PEER_SIZE) liaisonPeerMs = pull.ms;
          const raw = await rawWrite(browser, origin, errors, session, 0, size);
          rows.push({
            what: `first pull into a fresh client`,
            documents: size,
            syncMs: pull.ms,
            rawMs: raw.ms,
            note: `status said ${pull.expected?.toLocaleString('en-GB') ?? 'no total'}, counted ${pull.received.toLocaleString('en-GB')}; ${pull.pullRequests} pull requests took ${seconds(pull.pullRequestMs)} of it`,
          });
          console.log(
            `first pull of ${size.toLocaleString('en-GB')}: ${Math.round(pull.ms)} ms (${pull.pullRequests} pull requests, ${Math.round(pull.pullRequestMs)} ms); raw write ${Math.round(raw.ms)} ms (${Math.round(since(step))} ms with setup)`,
          );

          if (index === 0) {
            // The same device, now holding the 10,000: edits made offline, then pushed.
            step = performance.now();
            const [{ seq: before } = { seq: 0 }] = await db.query<{ seq: number }>(
              'select seq from workspaces where id = $1',
              [session.workspaceId],
            );
            const push = await profiled(
              device.page,
              `push-${EDITS}`,
              () =>
                device.page.evaluate(
                  (count) => window.liaisonSyncBench!.pushOfflineEdits(count),
                  EDITS,
                ) as Promise<PushReport>,
            );
            const [changed] = await db.query<{ n: number }>(
              `select count(*)::int as n from documents
               where workspace_id = $1 and seq > $2 and data ->> 'notes' like 'Met again%'`,
              [session.workspaceId, before],
            );
            if (changed?.n !== EDITS) throw new Error(`${changed?.n} of ${EDITS} edits arrived`);
            const raw = await rawWrite(browser, origin, errors, session, Number(before), EDITS);
            pushRows.push({
              what: 'push of offline edits',
              documents: EDITS,
              syncMs: push.ms,
              rawMs: raw.ms,
              note: `${push.pendingBefore.toLocaleString('en-GB')} pending → ${push.pendingAfter}; writing the edits offline took ${seconds(push.editMs)}`,
            });
            console.log(
              `push of ${EDITS.toLocaleString('en-GB')} edits: ${Math.round(push.ms)} ms; raw write ${Math.round(raw.ms)} ms (${Math.round(since(step))} ms with setup)`,
            );
          }
        } finally {
          await device.close();
        }
        if (size === PEER_SIZE) {
          step = performance.now();
          peer = await pouchComparison(browser, all.slice(0, size), errors);
          if (typeof peer !== 'string') {
            const { best, pulls } = peer;
            rows.push({
              what: 'PouchDB first pull (CouchDB protocol)',
              documents: size,
              syncMs: best.ms,
              note: `pouchdb-browser (${best.adapter}) from express-pouchdb on in-memory PouchDB; batch_size ${pulls.map((p) => `${p.batchSize?.toLocaleString('en-GB') ?? 'default (100)'} ${seconds(p.ms)}`).join(', ')}: the best shown, whose ${best.requests} requests took ${seconds(best.requestMs)} of it`,
            });
          }
          console.log(
            typeof peer === 'string'
              ? `PouchDB first pull of ${size.toLocaleString('en-GB')}: unavailable (${peer})`
              : `PouchDB first pull of ${size.toLocaleString('en-GB')}: ${peer.pulls.map((p) => `${Math.round(p.ms)} ms (batch_size ${p.batchSize ?? 'default'})`).join(', ')}; ${Math.round(peer.seedMs)} ms to store them server-side (${Math.round(since(step))} ms with setup)`,
          );
        }
      }

      step = performance.now();
      const latencies = await liveLatency(browser, origin, errors, latencySession);
      console.log(
        `live-change latency: ${latencies.length} edits in ${Math.round(since(step))} ms with setup`,
      );

      console.log('');
      printResults([...rows, ...pushRows]);
      console.log(peerLine(liaisonPeerMs, peer));
      console.log('');
      printTable(
        ['measurement', 'figure', 'target'],
        [
          ...heaps.map(({ size, peakMb }) => [
            `peak JS heap, first pull of ${size.toLocaleString('en-GB')}`,
            `${Math.round(peakMb)} MB`,
            size >= 50_000 ? '< 300 MB' : '',
          ]),
          [
            `live-change latency, edit on A to B (${latencies.length} edits), p50`,
            `${Math.round(percentile(latencies, 50))} ms`,
            '',
          ],
          [
            `live-change latency, edit on A to B (${latencies.length} edits), p95`,
            `${Math.round(percentile(latencies, 95))} ms`,
            '< 250 ms',
          ],
        ],
        new Set([0, 2]),
      );
      console.log(
        `\nsync: the app's createDatabase + WorkspaceReplication in the page (Dexie/IndexedDB, schema validation on, pull pages of 1,000 growing to 5,000, the next requested while one is stored, push batches of 500), over HTTP with CORS to a server in this process; timed from start() to awaitInSync() (push: from back online to no pending change). raw IndexedDB: the same documents put into one object store in one transaction. PouchDB: pouchdb-browser (IndexedDB) in a fresh context, PouchDB.replicate once from express-pouchdb (pouchdb-server's CouchDB API) on PouchDB's in-memory adapter in this process, over HTTP with CORS; timed from replicate() to complete.`,
      );
      if (errors.length > 0) {
        console.log(
          `page errors (${errors.length}): ${[...new Set(errors)].slice(0, 5).join(' | ')}`,
        );
      }
    } finally {
      await app.close();
    }
  } finally {
    await browser?.close();
    pageServer.close();
    await db.close();
    await rm(dir, { recursive: true, force: true });
  }
  console.log(`sync bench: done in ${Math.round(since(started) / 1000)} s`);
}

try {
  await main();
} catch (error) {
  console.error(`sync bench failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
