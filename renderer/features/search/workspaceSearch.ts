import type { RxCollection } from 'rxdb';
import { merge, type Subscription } from 'rxjs';
import {
  SEARCHED_COLLECTIONS,
  type SearchedCollection,
} from '../../../shared/search/searchEntries';
import type { SearchHit } from '../../../shared/search/searchIndex';
import type { LiaisonDatabase } from '../../data/database';
import { afterFirstScreen } from '../../services/startup';
import { SearchEngine, type SearchReady, type SearchSource } from './searchEngine';
import {
  memorySnapshotStore,
  type SearchSnapshotStore,
  type StoredSearchIndex,
} from './searchSnapshots';
import {
  transferablesOf,
  type SearchWorkerRequest,
  type SearchWorkerResponse,
} from './searchWorkerProtocol';

/** Search over an open workspace, wherever its index lives. */
export interface WorkspaceSearch {
  /** Resolves once queries are answered from a complete index. */
  readonly ready: Promise<SearchReady>;
  /** The best matches for `query` (after `ready`). */
  search(query: string, limit?: number): Promise<SearchHit[]>;
}

interface Backend extends WorkspaceSearch {
  changed(): void;
  close(): void;
}

function collectionOf(database: LiaisonDatabase, name: SearchedCollection) {
  // Each collection's own document type does not matter here: entries are built per name.
  return database[name] as unknown as RxCollection<{ id: string }> | undefined;
}

/**
 * A search engine on this thread over an open workspace's collections,
 * starting from what `snapshots` holds (the app: the search worker, which
 * loads or builds the stored index off this thread; the benchmark's seed
 * page: IndexedDB) and keeping it up to date from the collections.
 */
export function searchEngineOnPage(
  database: LiaisonDatabase,
  snapshots: SearchSnapshotStore,
  storageToken: string,
): SearchEngine {
  const sources: Partial<Record<SearchedCollection, SearchSource>> = {};
  const schemaVersions: Partial<Record<SearchedCollection, number>> = {};
  for (const name of SEARCHED_COLLECTIONS) {
    const collection = collectionOf(database, name);
    if (!collection) continue;
    sources[name] = collection.storageInstance as unknown as SearchSource;
    schemaVersions[name] = collection.schema.version;
  }
  return new SearchEngine({
    databaseName: database.name,
    storageToken,
    sources,
    schemaVersions,
    snapshots,
  });
}

/** Answers from an engine once it is made and ready. */
function backendOf(engine: Promise<SearchEngine>): Backend {
  const ready = engine.then((made) => made.ready);
  return {
    ready,
    search: async (query, limit) => {
      const made = await engine;
      await made.ready;
      return made.search(query, limit);
    },
    changed: () => void engine.then((made) => made.changed()),
    close: () => void engine.then((made) => made.close()),
  };
}

/**
 * Stored indexes through the search worker: it reads the stored index (or
 * builds one, off this thread, when there is none) and writes what it is
 * handed. A worker that cannot start fails the read, and the engine then
 * builds the index here.
 */
function workerSnapshots(database: LiaisonDatabase, storageToken: string): SearchSnapshotStore {
  let worker: Worker | undefined;
  const start = () =>
    (worker ??= new Worker(new URL('./searchWorker.ts', import.meta.url), {
      type: 'module',
      name: 'liaison-search',
    }));
  database.onClose.push(() => worker?.terminate());
  return {
    read: (databaseName) =>
      new Promise<StoredSearchIndex | undefined>((resolve, reject) => {
        const target = start();
        const schemas: Extract<SearchWorkerRequest, { type: 'load' }>['schemas'] = {};
        for (const name of SEARCHED_COLLECTIONS) {
          const collection = collectionOf(database, name);
          if (collection) schemas[name] = collection.schema.jsonSchema;
        }
        target.addEventListener('message', (event: MessageEvent<SearchWorkerResponse>) => {
          if (event.data.type === 'loaded') resolve(event.data.stored);
          else reject(new Error(event.data.message));
        });
        // A worker whose script could not load fails with a bare error event.
        target.addEventListener('error', (event) =>
          reject(new Error(event.message || 'the search worker could not start')),
        );
        const request: SearchWorkerRequest = { type: 'load', databaseName, storageToken, schemas };
        target.postMessage(request);
      }),
    write: async (databaseName, stored) => {
      const request: SearchWorkerRequest = { type: 'store', databaseName, stored };
      start().postMessage(request, transferablesOf(stored));
    },
    remove: async () => undefined,
  };
}

/**
 * The engine: on this thread, answering each keystroke without a round trip,
 * with its stored index loaded (or built) by the search worker, or, where
 * there are no Web Workers (tests in jsdom), built here and not stored.
 */
function backendFor(database: LiaisonDatabase): Backend {
  if (typeof Worker !== 'function') {
    return backendOf(Promise.resolve(searchEngineOnPage(database, memorySnapshotStore(), '')));
  }
  return backendOf(
    database.storageToken.then((token) =>
      searchEngineOnPage(database, workerSnapshots(database, token), token),
    ),
  );
}

const searches = new WeakMap<LiaisonDatabase, Backend>();

/**
 * Search over an open workspace: its index is loaded (or built) on first
 * use and kept up to date from the collections' change events (local edits,
 * pulls from other devices, other windows alike) until the database closes.
 */
export function workspaceSearch(database: LiaisonDatabase): WorkspaceSearch {
  let search = searches.get(database);
  if (!search) {
    const backend = backendFor(database);
    searches.set(database, backend);
    // Many events (an import, a pull) make one notice: the engine reads them all at once.
    let notified = false;
    const subscriptions: Subscription[] = [
      merge(
        ...SEARCHED_COLLECTIONS.flatMap((name) => collectionOf(database, name)?.$ ?? []),
      ).subscribe(() => {
        if (notified) return;
        notified = true;
        queueMicrotask(() => {
          notified = false;
          backend.changed();
        });
      }),
    ];
    database.onClose.push(() => {
      subscriptions.forEach((subscription) => subscription.unsubscribe());
      backend.close();
    });
    search = backend;
  }
  return search;
}

/**
 * Starts loading the index once the app's first screen is up and the window
 * is idle, so that it is ready by the time someone presses Ctrl+K (which
 * loads it at once if it is not).
 */
export function warmUpSearchIndex(database: LiaisonDatabase): () => void {
  return afterFirstScreen(() => void workspaceSearch(database).ready.catch(() => undefined));
}
