/**
 * Browser entry of the sync benchmark (bundled by syncBench.ts): the app's
 * own store and replication code (`createDatabase`, `WorkspaceReplication`,
 * `ServerClient`) against a real server, and beside it a raw IndexedDB write
 * of the same documents. One database per page (RxDB allows 13 open
 * collections per page; the app's database has eight), so each measurement
 * runs in a fresh browser context: a fresh, empty IndexedDB.
 */
import {
  createDatabase,
  databaseNameFor,
  type LiaisonDatabase,
} from '../../renderer/data/database';
import { ServerClient } from '../../renderer/replication/serverClient';
import { ManualConnectivity } from '../doubles/manualConnectivity';
import { WorkspaceReplication } from '../../renderer/replication/workspaceReplication';
import type { ReplicatedDocument } from '../../shared/sync/protocol';

export interface BenchSession {
  serverUrl: string;
  token: string;
  workspaceId: string;
  /** The signed-in user, whom edits are stamped with (the server takes no other). */
  userId: string;
}

export interface FirstPullReport {
  ms: number;
  /** Of `ms`, the time pull requests were under way (Resource Timing), summed. */
  pullRequestMs: number;
  pullRequests: number;
  /** Contacts in the local store afterwards. */
  stored: number;
  /** What the status said was coming, and what it counted in. */
  expected: number | null;
  received: number;
}

export interface PushReport {
  /** Writing the edits locally, offline (not part of the push time). */
  editMs: number;
  /** The status's count of local changes before going online, and after the push. */
  pendingBefore: number;
  pendingAfter: number;
  /** From back online to in sync, every edit on the server. */
  ms: number;
}

export interface RawWriteReport {
  ms: number;
  written: number;
}

/** The client opened by `firstPull`, kept for `pushOfflineEdits` on the same page. */
let device:
  | {
      database: LiaisonDatabase;
      replication: WorkspaceReplication;
      network: ManualConnectivity;
      userId: string;
    }
  | undefined;

async function until(condition: () => boolean, what: string, timeoutMs = 60_000): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  while (!condition()) {
    if (performance.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

/** A fresh device signs in and pulls the whole workspace, as the app's SyncProvider starts it. */
async function firstPull(session: BenchSession): Promise<FirstPullReport> {
  const network = new ManualConnectivity();
  // As the app opens a workspace (all its collections), production-like (no dev-mode).
  const database = await createDatabase(databaseNameFor(session.workspaceId), { devMode: false });
  const replication = new WorkspaceReplication(database, {
    client: new ServerClient({ serverUrl: session.serverUrl, token: session.token }),
    workspaceId: session.workspaceId,
    connectivity: network,
  });
  let expected: number | null = null;
  replication.status$.subscribe((status) => {
    if (status.expected !== undefined) expected = status.expected;
  });
  performance.setResourceTimingBufferSize(100_000);
  performance.clearResourceTimings();
  const started = performance.now();
  await replication.start();
  await replication.awaitInSync();
  const ms = performance.now() - started;
  device = { database, replication, network, userId: session.userId };
  const pulls = performance
    .getEntriesByType('resource')
    .filter((entry) => entry.name.includes('/pull?'));
  return {
    ms,
    pullRequestMs: pulls.reduce((sum, entry) => sum + entry.duration, 0),
    pullRequests: pulls.length,
    stored: await database.contacts.count().exec(),
    expected,
    received: replication.status$.value.received,
  };
}

/**
 * On the device of `firstPull`: offline, `count` contacts edited (a note
 * added); then back online, timed until every edit is on the server.
 */
async function pushOfflineEdits(count: number): Promise<PushReport> {
  if (!device) throw new Error('firstPull first');
  const { database, replication, network, userId } = device;
  network.set(false);
  await until(() => replication.status$.value.phase === 'paused', 'the replication to pause');

  const contacts = await database.contacts.find({ sort: [{ id: 'asc' }], limit: count }).exec();
  // One local write of every edit (not timed as the push): a form's save, a thousand times over.
  const editStarted = performance.now();
  const edited = contacts.map((contact, index) => ({
    ...contact.toMutableJSON(),
    notes: `Met again on the return visit (${index}).`,
    updatedAt: new Date().toISOString(),
    updatedBy: userId,
  }));
  const { error } = await database.contacts.bulkUpsert(edited);
  if (error.length > 0) throw new Error(`${error.length} edits refused`);
  const editMs = performance.now() - editStarted;
  await until(() => replication.status$.value.pending === count, `${count} pending changes`);
  // The edits counted and checked against the server states last seen, as long done when a
  // user made them one by one: what going online finds waiting.
  await replication.settled();
  const pendingBefore = replication.status$.value.pending;

  const started = performance.now();
  network.set(true);
  await replication.awaitInSync();
  await until(() => replication.status$.value.pending === 0, 'no pending changes');
  const ms = performance.now() - started;
  return { editMs, pendingBefore, pendingAfter: replication.status$.value.pending, ms };
}

/** When each latency marker was written here, and seen here, in ms since the epoch (comparable across pages). */
const seenAt = new Map<string, number>();
const wallClock = () => performance.timeOrigin + performance.now();

/**
 * On the device of `firstPull`: notes the moment each contact note starting
 * with "latency " arrives (from another device, through the live stream).
 */
function watchForLatency(): void {
  if (!device) throw new Error('firstPull first');
  device.database.contacts.$.subscribe((event) => {
    const notes = (event.documentData as { notes?: string } | undefined)?.notes;
    if (notes?.startsWith('latency ') && !seenAt.has(notes)) seenAt.set(notes, wallClock());
  });
}

/** On the device of `firstPull`: writes `marker` into a contact's notes, online; returns when. */
async function writeForLatency(marker: string): Promise<number> {
  if (!device) throw new Error('firstPull first');
  const [contact] = await device.database.contacts.find({ sort: [{ id: 'asc' }], limit: 1 }).exec();
  if (!contact) throw new Error('no contact to edit');
  const at = wallClock();
  await contact.incrementalPatch({
    notes: marker,
    updatedAt: new Date().toISOString(),
    updatedBy: device.userId,
  });
  return at;
}

/** When `marker` arrived here, or null. */
function latencySeen(marker: string): number | null {
  return seenAt.get(marker) ?? null;
}

/** The documents a pull from `since` brings, page by page (untimed: the raw write's input). */
async function fetchDocuments(
  session: BenchSession,
  since: number,
  limit: number,
): Promise<ReplicatedDocument[]> {
  const client = new ServerClient({ serverUrl: session.serverUrl, token: session.token });
  const documents: ReplicatedDocument[] = [];
  let checkpoint = since;
  while (documents.length < limit) {
    const page = await client.pull(session.workspaceId, 'contacts', checkpoint, 1000);
    if (page.documents.length === 0) break;
    documents.push(...page.documents);
    checkpoint = page.checkpoint.seq;
  }
  return documents.slice(0, limit);
}

/**
 * The floor under any local store: the same documents put with plain
 * IndexedDB into one object store, in one transaction.
 */
async function rawWrite(session: BenchSession, since: number, limit: number) {
  const documents = await fetchDocuments(session, since, limit);
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open(`raw-bench-${since}-${limit}`, 1);
    request.onupgradeneeded = () => request.result.createObjectStore('contacts', { keyPath: 'id' });
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  const started = performance.now();
  await new Promise<void>((resolve, reject) => {
    const transaction = db.transaction('contacts', 'readwrite');
    const store = transaction.objectStore('contacts');
    for (const document of documents) store.put(document);
    transaction.oncomplete = () => resolve();
    transaction.onerror = () => reject(transaction.error);
    transaction.onabort = () => reject(transaction.error);
  });
  const ms = performance.now() - started;
  const written = await new Promise<number>((resolve, reject) => {
    const request = db.transaction('contacts').objectStore('contacts').count();
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  db.close();
  return { ms, written } satisfies RawWriteReport;
}

declare global {
  interface Window {
    /** Set by this bundle; syncBench.ts calls these once the page has loaded. */
    liaisonSyncBench?: {
      firstPull: typeof firstPull;
      pushOfflineEdits: typeof pushOfflineEdits;
      rawWrite: typeof rawWrite;
      watchForLatency: typeof watchForLatency;
      writeForLatency: typeof writeForLatency;
      latencySeen: typeof latencySeen;
    };
  }
}

window.liaisonSyncBench = {
  firstPull,
  pushOfflineEdits,
  rawWrite,
  watchForLatency,
  writeForLatency,
  latencySeen,
};
