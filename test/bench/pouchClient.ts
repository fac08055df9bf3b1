/**
 * Browser entry of the PouchDB comparison (bundled by pouchBench.ts): the
 * classic offline-first client, `pouchdb-browser` on its default IndexedDB
 * adapter, pulls a CouchDB-protocol database with a one-shot replication.
 * Each pull runs in a fresh browser context: a fresh, empty IndexedDB.
 */
import PouchDB from 'pouchdb-browser';

export interface PouchPullReport {
  /** From `PouchDB.replicate` called until it completed. */
  ms: number;
  /** Documents in the local database afterwards. */
  stored: number;
  /** What the replication said it read and wrote. */
  read: number;
  written: number;
  status: string;
  /** The local database's adapter (`idb`: IndexedDB). */
  adapter: string;
  /** Requests to the server, and the time they were under way (Resource Timing), summed. */
  requests: number;
  requestMs: number;
}

/** A fresh local database pulls everything from `remoteUrl`; PouchDB's default batch size without `batchSize`. */
async function firstPull(remoteUrl: string, batchSize: number | null): Promise<PouchPullReport> {
  const local = new PouchDB('contacts');
  const remote = new PouchDB(remoteUrl);
  performance.setResourceTimingBufferSize(100_000);
  performance.clearResourceTimings();
  const started = performance.now();
  const result = await PouchDB.replicate(
    remote,
    local,
    batchSize === null ? {} : { batch_size: batchSize },
  );
  const ms = performance.now() - started;
  const requests = performance
    .getEntriesByType('resource')
    .filter((entry) => entry.name.startsWith(remoteUrl));
  const { doc_count: stored } = await local.info();
  await local.close();
  await remote.close();
  return {
    ms,
    stored,
    read: result.docs_read,
    written: result.docs_written,
    status: result.status,
    adapter: local.adapter,
    requests: requests.length,
    requestMs: requests.reduce((sum, entry) => sum + entry.duration, 0),
  };
}

declare global {
  interface Window {
    /** Set by this bundle; pouchBench.ts calls it once the page has loaded. */
    pouchBench?: { firstPull: typeof firstPull };
  }
}

window.pouchBench = { firstPull };
