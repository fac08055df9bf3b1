import type { RxStorageInstance } from 'rxdb';
import { getRxStorageDexie } from 'rxdb/plugins/storage-dexie';
import type { SearchedCollection } from '../../../shared/search/searchEntries';
import { errorMessage } from '../../../shared/text/errorMessage';
import { SearchEngine, isUsableIndex, type SearchSource } from './searchEngine';
import { indexedDbSnapshotStore, memorySnapshotStore } from './searchSnapshots';
import {
  transferablesOf,
  type SearchWorkerRequest,
  type SearchWorkerResponse,
} from './searchWorkerProtocol';

/*
 * Loads the workspace's stored search index, or builds one from its
 * documents when there is none (a new device, a new index format: seconds
 * of work at 30,000 documents), and stores what the page hands it, all off
 * the main thread. To build, it reads the collections itself through RxDB's
 * Dexie storage on the same IndexedDB, only reading: every write is the
 * page's. The page restores the index it is given (tens of milliseconds),
 * keeps it up to date from then on and answers each keystroke from it.
 */
// The renderer compiles against the DOM library, which has no worker scope type.
interface WorkerScope {
  addEventListener(
    type: 'message',
    listener: (event: MessageEvent<SearchWorkerRequest>) => void,
  ): void;
  postMessage(message: SearchWorkerResponse, transfer?: Transferable[]): void;
  indexedDB: IDBFactory;
}
const scope = self as unknown as WorkerScope;
const snapshots = indexedDbSnapshotStore(scope.indexedDB);

type LoadRequest = Extract<SearchWorkerRequest, { type: 'load' }>;

async function build(
  request: LoadRequest,
  schemaVersions: Partial<Record<SearchedCollection, number>>,
) {
  const storage = getRxStorageDexie();
  const sources: Partial<Record<SearchedCollection, SearchSource>> = {};
  const opened: RxStorageInstance<{ id: string }, unknown, unknown>[] = [];
  try {
    for (const [name, schema] of Object.entries(request.schemas) as [
      SearchedCollection,
      NonNullable<LoadRequest['schemas'][SearchedCollection]>,
    ][]) {
      const instance: RxStorageInstance<{ id: string }, unknown, unknown> =
        await storage.createStorageInstance({
          databaseInstanceToken: `liaison-search-${request.storageToken}`,
          databaseName: request.databaseName,
          collectionName: name,
          schema: schema as never,
          options: {},
          multiInstance: false,
          devMode: false,
        });
      opened.push(instance);
      sources[name] = instance;
    }
    const engine = new SearchEngine({
      databaseName: request.databaseName,
      storageToken: request.storageToken,
      sources,
      schemaVersions,
      snapshots: memorySnapshotStore(),
    });
    await engine.ready;
    engine.close();
    return engine.storedIndex();
  } finally {
    await Promise.all(opened.map((instance) => instance.close().catch(() => undefined)));
  }
}

async function load(request: LoadRequest): Promise<void> {
  const started = Date.now();
  const schemaVersions = Object.fromEntries(
    Object.entries(request.schemas).map(([name, schema]) => [name, schema.version]),
  );
  const expected = { storageToken: request.storageToken, schemaVersions };
  const stored = await snapshots.read(request.databaseName).catch(() => undefined);
  if (isUsableIndex(stored, expected)) {
    const response: SearchWorkerResponse = {
      type: 'loaded',
      stored,
      built: false,
      ms: Date.now() - started,
    };
    scope.postMessage(response, transferablesOf(stored));
    return;
  }
  const built = await build(request, schemaVersions);
  await snapshots.write(request.databaseName, built).catch(() => undefined);
  const response: SearchWorkerResponse = {
    type: 'loaded',
    stored: built,
    built: true,
    ms: Date.now() - started,
  };
  scope.postMessage(response, transferablesOf(built));
}

scope.addEventListener('message', (event) => {
  const request = event.data;
  if (request.type === 'load') {
    load(request).catch((error: unknown) =>
      scope.postMessage({
        type: 'failed',
        message: errorMessage(error),
      }),
    );
  } else {
    // Not stored: the next start catches up from the index stored before, or rebuilds.
    void snapshots.write(request.databaseName, request.stored).catch(() => undefined);
  }
});
