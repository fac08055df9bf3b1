import { Dexie, type DexieOptions, type Table } from 'dexie';
import {
  fillWithDefaultSettings,
  getChangedDocumentsSince,
  type RxDocumentData,
  type RxJsonSchema,
} from 'rxdb';
import type { Json } from '../../shared/sync/mergeDocuments';
import { dexieOptionsOf, type LiaisonDatabase } from '../data/database';

/** Where this device's upload of local changes stands: RxDB's change order (`_meta.lwt`, then id). */
export interface UpCheckpoint {
  lwt: number;
  id: string;
}

/** Why the server refused a document, as it said (`reason` is a stable code). */
export interface RefusalReason {
  field: string;
  reason: string;
  message?: string;
}

/** A local state the server refused: it waits, set aside, until the user edits or discards it. */
export interface SetAside {
  /** The refused state (replicated data); a later local edit makes a new state, which is tried again. */
  state: Json;
  reasons: RefusalReason[];
  /** ISO instant. */
  at: string;
}

/** One collection's replication state. */
interface StateRow {
  /** Pull checkpoint: the workspace sequence seen. */
  down?: number;
  up?: UpCheckpoint;
  /** Documents set aside, by id. */
  aside?: Record<string, SetAside>;
}

/** A row of the bookkeeping kept in a storage instance of RxDB before (see `importLegacy`). */
export interface LegacyRow extends StateRow {
  key: string;
  master?: Json;
}

/** Bookkeeping tables: outbound string keys, values as they are. */
class MetaDexie extends Dexie {
  /** `collection|id` → the server state last seen of that document. */
  masters!: Table<Json, string>;
  /** Collection name → its checkpoints and set-aside documents. */
  state!: Table<StateRow, string>;

  constructor(name: string, options: DexieOptions) {
    super(name, options);
    this.version(1).stores({ masters: '', state: '' });
  }
}

/** The storage instance schema earlier versions kept the bookkeeping in. */
export const LEGACY_META_SCHEMA = fillWithDefaultSettings({
  version: 0,
  primaryKey: 'key',
  type: 'object',
  properties: {
    key: { type: 'string', maxLength: 300 },
    master: { type: 'object' },
    down: { type: 'number' },
    up: { type: 'object' },
    aside: { type: 'object' },
  },
  required: ['key'],
} as RxJsonSchema<LegacyRow>);

const documentKey = (collection: string, id: string) => `${collection}|${id}`;

/** A short, stable name part for a server address (storage names allow few characters). */
function nameHash(text: string): string {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    hash = Math.imul(hash ^ text.charCodeAt(index), 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

/** The storage instance name earlier versions kept the bookkeeping under. */
export const legacyMetaCollectionName = (serverUrl: string) =>
  `liaison-sync-${nameHash(serverUrl)}`;

/** The IndexedDB database holding a workspace's sync bookkeeping for one server. */
export const syncMetaDatabaseName = (databaseName: string, serverUrl: string) =>
  `liaison-sync-meta--${databaseName}--${nameHash(serverUrl)}`;

/**
 * The replication's own bookkeeping on this device: for every document the
 * server state last seen (the base of a three-way merge and the assumed state
 * of a push), each collection's pull and push checkpoints, and the documents
 * set aside because the server refused them. One per server address, so
 * signing in to another server starts afresh.
 *
 * It is an IndexedDB database of its own, written through Dexie, not an RxDB
 * storage instance: the replication is its only writer and nothing queries
 * or observes it, so a master is one `put` with no read before it, where
 * RxDB's storage read every row before writing it, gave it a revision and
 * announced it on a change stream. That bookkeeping was two thirds of a first
 * pull (10,000 contacts: 8.0 s with it, 2.7 s without any).
 */
export class SyncMeta {
  private constructor(private readonly db: MetaDexie) {}

  static async open(database: LiaisonDatabase, serverUrl: string): Promise<SyncMeta> {
    const options = dexieOptionsOf(database);
    const db = new MetaDexie(syncMetaDatabaseName(database.name, serverUrl), options);
    await db.open();
    const meta = new SyncMeta(db);
    await meta.importLegacy(database, serverUrl);
    return meta;
  }

  async close(): Promise<void> {
    this.db.close();
    return Promise.resolve();
  }

  /** The server states last seen of these documents (absent: never seen on the server). */
  async masters(collection: string, ids: readonly string[]): Promise<Map<string, Json>> {
    const found = new Map<string, Json>();
    if (ids.length === 0) return found;
    const rows = await this.db.masters.bulkGet(ids.map((id) => documentKey(collection, id)));
    rows.forEach((row, index) => {
      if (row !== undefined) found.set(ids[index]!, row);
    });
    return found;
  }

  /**
   * Records the server states now seen of these documents, and with them,
   * in the same transaction, the pull checkpoint `down` when given.
   */
  async setMasters(
    collection: string,
    states: ReadonlyMap<string, Json>,
    down?: number,
  ): Promise<void> {
    const keys = [...states.keys()].map((id) => documentKey(collection, id));
    if (down === undefined) {
      if (states.size > 0) await this.db.masters.bulkPut([...states.values()], keys);
      return;
    }
    await this.db.transaction('rw', this.db.masters, this.db.state, async () => {
      if (states.size > 0) await this.db.masters.bulkPut([...states.values()], keys);
      const row = await this.db.state.get(collection);
      await this.db.state.put({ ...row, down }, collection);
    });
  }

  async checkpoints(collection: string): Promise<{ down: number; up?: UpCheckpoint }> {
    const row = await this.db.state.get(collection);
    return { down: row?.down ?? 0, up: row?.up };
  }

  async setDownCheckpoint(collection: string, down: number): Promise<void> {
    await this.update(collection, { down });
  }

  async setUpCheckpoint(collection: string, up: UpCheckpoint): Promise<void> {
    await this.update(collection, { up });
  }

  async setAside(collection: string): Promise<Record<string, SetAside>> {
    return (await this.db.state.get(collection))?.aside ?? {};
  }

  async saveSetAside(collection: string, aside: Record<string, SetAside>): Promise<void> {
    await this.update(collection, { aside });
  }

  /** Changes part of a collection's state; read and written in one transaction. */
  private async update(collection: string, change: StateRow): Promise<void> {
    await this.db.transaction('rw', this.db.state, async () => {
      const row = await this.db.state.get(collection);
      await this.db.state.put({ ...row, ...change }, collection);
    });
  }

  /**
   * Earlier versions kept this bookkeeping in an RxDB storage instance of the
   * workspace database. Where one is left and nothing is here yet, its rows
   * are copied over (masters, checkpoints, set-aside documents) and it is
   * removed, so an upgrade neither pulls everything again nor takes every
   * local document for one never sent.
   */
  private async importLegacy(database: LiaisonDatabase, serverUrl: string): Promise<void> {
    const collectionName = legacyMetaCollectionName(serverUrl);
    const legacyName = `rxdb-dexie-${database.name}--0--${collectionName}`;
    const factory = (dexieOptionsOf(database).indexedDB ?? globalThis.indexedDB) as IDBFactory;
    const names = (await factory.databases?.())?.map((info) => info.name) ?? [];
    if (!names.includes(legacyName) || (await this.db.state.count()) > 0) return;
    const instance = await database.storage.createStorageInstance<LegacyRow>({
      databaseName: database.name,
      collectionName,
      databaseInstanceToken: database.token,
      multiInstance: false,
      options: {},
      schema: LEGACY_META_SCHEMA,
      devMode: false,
    });
    const rows: RxDocumentData<LegacyRow>[] = [];
    for (let checkpoint: unknown; ;) {
      const page = await getChangedDocumentsSince(instance, 1_000, checkpoint);
      if (page.documents.length === 0) break;
      rows.push(...page.documents);
      checkpoint = page.checkpoint;
    }
    const masters = new Map<string, Json>();
    const states = new Map<string, StateRow>();
    for (const row of rows) {
      if (row._deleted) continue;
      const [kind, name] = row.key.split('|', 2) as [string, string];
      if (kind === '~checkpoint')
        states.set(name, { ...states.get(name), down: row.down, up: row.up });
      else if (kind === '~aside') states.set(name, { ...states.get(name), aside: row.aside });
      else if (row.master !== undefined) masters.set(row.key, row.master);
    }
    await this.db.transaction('rw', this.db.masters, this.db.state, async () => {
      await this.db.masters.bulkPut([...masters.values()], [...masters.keys()]);
      await this.db.state.bulkPut([...states.values()], [...states.keys()]);
    });
    await instance.remove();
    // Not awaited: another window of an older version may hold it open, and
    // the deletion then waits for it to close.
    factory.deleteDatabase(legacyName);
  }
}
