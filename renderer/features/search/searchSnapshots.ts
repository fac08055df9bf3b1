import type { SearchIndexSnapshot } from '../../../shared/search/searchIndex';
import type { SearchedCollection } from '../../../shared/search/searchEntries';
import type { ChangeCheckpoint } from '../../data/changesSince';

/**
 * A workspace's search index as stored between sessions, with where it
 * stands in each collection's change order. Index and checkpoints are
 * written together, so a stored index is never ahead of or behind its
 * checkpoints: the next session catches up from exactly there.
 */
export interface StoredSearchIndex {
  /** The engine's format (what entries hold, how words fold); another one is rebuilt. */
  format: number;
  /** The workspace store's storage token: a store made afresh under the same name is another one. */
  storageToken: string;
  /** Each collection's schema version: a migrated collection is a new store, read afresh. */
  schemaVersions: Partial<Record<SearchedCollection, number>>;
  checkpoints: Partial<Record<SearchedCollection, ChangeCheckpoint>>;
  index: SearchIndexSnapshot;
  savedAt: string;
}

/** Where stored search indexes are read from and written to, one per workspace database. */
export interface SearchSnapshotStore {
  read(databaseName: string): Promise<StoredSearchIndex | undefined>;
  write(databaseName: string, stored: StoredSearchIndex): Promise<void>;
  remove(databaseName: string): Promise<void>;
}

/** The IndexedDB database that holds every workspace's stored search index. */
export const SEARCH_SNAPSHOT_DATABASE = 'liaison-search';
const STORE = 'indexes';

function request<T>(run: () => IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    const pending = run();
    pending.onsuccess = () => resolve(pending.result);
    pending.onerror = () => reject(pending.error ?? new Error('IndexedDB request failed'));
  });
}

/**
 * Stored search indexes in IndexedDB, beside (not inside) the workspace's
 * RxDB store: a derived copy of its text that can always be rebuilt, so it
 * needs no schema, migration or sync of its own.
 */
export function indexedDbSnapshotStore(factory: IDBFactory): SearchSnapshotStore {
  let opening: Promise<IDBDatabase> | undefined;
  const open = () =>
    (opening ??= new Promise<IDBDatabase>((resolve, reject) => {
      const pending = factory.open(SEARCH_SNAPSHOT_DATABASE, 1);
      pending.onupgradeneeded = () => pending.result.createObjectStore(STORE);
      pending.onsuccess = () => {
        const database = pending.result;
        // Another window deleting or upgrading it: let go, and open afresh next time.
        database.onversionchange = () => {
          database.close();
          opening = undefined;
        };
        resolve(database);
      };
      pending.onerror = () => {
        opening = undefined;
        reject(pending.error ?? new Error('The search index store could not be opened'));
      };
    }));
  const inStore = async <T>(
    mode: IDBTransactionMode,
    run: (store: IDBObjectStore) => IDBRequest<T>,
  ) => {
    const database = await open();
    const transaction = database.transaction(STORE, mode);
    const result = await request(() => run(transaction.objectStore(STORE)));
    if (mode === 'readwrite') {
      await new Promise<void>((resolve, reject) => {
        transaction.oncomplete = () => resolve();
        transaction.onerror = () => reject(transaction.error ?? new Error('write failed'));
        transaction.onabort = () => reject(transaction.error ?? new Error('write aborted'));
      });
    }
    return result;
  };
  return {
    read: (name) =>
      inStore('readonly', (store) => store.get(name)) as Promise<StoredSearchIndex | undefined>,
    write: async (name, stored) => {
      await inStore('readwrite', (store) => store.put(stored, name));
    },
    remove: async (name) => {
      await inStore('readwrite', (store) => store.delete(name));
    },
  };
}

/** Keeps nothing between sessions: where there is no IndexedDB to spare (tests in jsdom). */
export function memorySnapshotStore(): SearchSnapshotStore {
  const stored = new Map<string, StoredSearchIndex>();
  return {
    read: async (name) => stored.get(name),
    write: async (name, value) => void stored.set(name, value),
    remove: async (name) => void stored.delete(name),
  };
}
