import {
  addRxPlugin,
  createRxDatabase,
  INTERNAL_STORAGE_NAME,
  type RxCollection,
  type RxDatabase,
  type RxStorage,
} from 'rxdb';
import { RxDBMigrationSchemaPlugin } from 'rxdb/plugins/migration-schema';
import { getRxStorageDexie } from 'rxdb/plugins/storage-dexie';
import type { SyncedCollectionName } from '../../shared/domain/collectionNames';
import {
  collectionSchemas,
  type CollectionName,
  type EntityByCollection,
} from '../../shared/domain/schemas';
import { insertingFirstPullUnread } from './firstPullInserts';
import { keepingPulledBase } from './pulledBase';
import { loadSchemaValidation, wrappedSchemaValidatorStorage } from './schemaValidator';

/** The typed collections of one workspace's database. */
export type LiaisonCollections = {
  [Name in CollectionName]: RxCollection<EntityByCollection[Name]>;
};
export type LiaisonDatabase = RxDatabase<LiaisonCollections>;

/** The workspace a user works in before signing in to a server. */
export const LOCAL_WORKSPACE_ID = 'local';

export interface DatabaseOptions {
  /**
   * Dexie options: tests pass fake-indexeddb here; the app uses the
   * browser's (or Electron's profile's) IndexedDB.
   */
  dexie?: Parameters<typeof getRxStorageDexie>[0];
  /**
   * Only these collections (the conflicts collection always comes too). For
   * tests that run several clients in one JavaScript context, where RxDB's
   * open-source edition allows 13 open collections in all; the app opens all.
   */
  collections?: readonly SyncedCollectionName[];
  /**
   * Dev-mode checks (schemas, queries, frozen documents). On by default in
   * development and tests; never available in a production build.
   */
  devMode?: boolean;
}

/** The Dexie options each open database was made with, for stores kept beside it. */
const dexieOptions = new WeakMap<object, NonNullable<DatabaseOptions['dexie']>>();

/** The Dexie options (the IndexedDB factory, in tests fake-indexeddb's) this database was opened with. */
export function dexieOptionsOf(database: LiaisonDatabase): NonNullable<DatabaseOptions['dexie']> {
  return dexieOptions.get(database) ?? {};
}

let pluginsAdded = false;
let devModeAdded = false;

async function addPlugins(devMode: boolean): Promise<void> {
  if (!pluginsAdded) {
    addRxPlugin(RxDBMigrationSchemaPlugin);
    pluginsAdded = true;
  }
  // The literal `import.meta.env.DEV` test lets the bundler drop this branch,
  // and so dev-mode, from production builds.
  if (import.meta.env.DEV && devMode && !devModeAdded) {
    // Loaded on demand so that the production bundle never contains dev-mode
    // (it adds a tracking iframe; the CSP blocks frames anyway).
    const { RxDBDevModePlugin, disableWarnings } = await import('rxdb/plugins/dev-mode');
    disableWarnings();
    addRxPlugin(RxDBDevModePlugin);
    devModeAdded = true;
  }
}

/**
 * The database name carries the workspace id, so two accounts never share a
 * store. RxDB allows lowercase letters, digits, `_`, `$`, `-` only.
 */
export function databaseNameFor(workspaceId: string): string {
  const safe = workspaceId.toLowerCase().replace(/[^a-z0-9_-]/g, '-');
  if (safe.length === 0) throw new Error('A workspace id is needed to open its database.');
  return `liaison-${safe}`;
}

function storage(options: DatabaseOptions): RxStorage<unknown, unknown> {
  // The validators' chunk loads while RxDB sets up (its collections' instances wait for it).
  loadSchemaValidation().catch(() => undefined);
  const dexie = getRxStorageDexie(options.dexie);
  // Validators generated at build time, or z-schema: neither evals, so both work under the CSP.
  // A first pull's pages are validated, then added without reading first (firstPullInserts.ts).
  // Documents a first pull stored keep their state on their first change (see pulledBase.ts).
  const validated = keepingPulledBase(
    wrappedSchemaValidatorStorage({
      storage: insertingFirstPullUnread(dexie),
    }) as RxStorage<unknown, unknown>,
  );
  return {
    ...validated,
    createStorageInstance: (params) =>
      // RxDB's own bookkeeping (collection metadata, the storage token) is
      // written by RxDB alone: validating it only compiled a validator while
      // the app starts (50 ms before the first screen).
      params.collectionName === INTERNAL_STORAGE_NAME
        ? dexie.createStorageInstance(params as never)
        : validated.createStorageInstance(params),
  };
}

/** Opens (creating or migrating as needed) the local store of one workspace. */
export async function createDatabase(
  workspaceId: string,
  options: DatabaseOptions = {},
): Promise<LiaisonDatabase> {
  await addPlugins(options.devMode ?? true);
  const database = await createRxDatabase<LiaisonCollections>({
    name: databaseNameFor(workspaceId),
    storage: storage(options),
    multiInstance: true,
    eventReduce: true,
    // Per-device sync bookkeeping (changes not yet pushed) lives in local documents.
    localDocuments: true,
    closeDuplicates: true,
  });
  const wanted = new Set<string>(options.collections ?? Object.keys(collectionSchemas));
  wanted.add('conflicts');
  // Sync conflicts are merged by the replication (renderer/replication), not by RxDB.
  const collections = Object.fromEntries(
    Object.entries(collectionSchemas).filter(([name]) => wanted.has(name)),
  ) as typeof collectionSchemas;
  dexieOptions.set(database, options.dexie ?? {});
  try {
    await database.addCollections(collections);
  } catch (error) {
    await database.close();
    throw error;
  }
  return database;
}
