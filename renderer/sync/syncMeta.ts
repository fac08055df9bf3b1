import {
  fillWithDefaultSettings,
  getWrappedStorageInstance,
  type RxDocumentData,
  type RxJsonSchema,
  type RxStorageInstance,
} from 'rxdb';
import type { Json } from '../../shared/sync/mergeDocuments';
import type { LiaisonDatabase } from '../data/database';

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

interface MetaRow {
  key: string;
  /** The server state this device last saw of a document (absent: never on the server). */
  master?: Json;
  /** Pull checkpoint: the workspace sequence seen. */
  down?: number;
  up?: UpCheckpoint;
  /** Documents of one collection set aside, by id. */
  aside?: Record<string, SetAside>;
}

const SCHEMA = fillWithDefaultSettings({
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
} as RxJsonSchema<MetaRow>);

const documentKey = (collection: string, id: string) => `${collection}|${id}`;
const checkpointKey = (collection: string) => `~checkpoint|${collection}`;
const asideKey = (collection: string) => `~aside|${collection}`;

/** A short, stable name part for a server address (storage names allow few characters). */
function nameHash(text: string): string {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    hash = Math.imul(hash ^ text.charCodeAt(index), 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

/**
 * The replication's own bookkeeping on this device, in a storage instance of
 * the workspace database beside its collections (not a collection: RxDB's
 * open-source edition allows 13 of those in all): for every document the
 * server state last seen (the base of a three-way merge and the assumed state
 * of a push), each collection's pull and push checkpoints, and the documents
 * set aside because the server refused them. One per server address, so
 * signing in to another server starts afresh.
 */
export class SyncMeta {
  private constructor(private readonly instance: RxStorageInstance<MetaRow, unknown, unknown>) {}

  static async open(database: LiaisonDatabase, serverUrl: string): Promise<SyncMeta> {
    const raw = await database.storage.createStorageInstance<MetaRow>({
      databaseName: database.name,
      collectionName: `liaison-sync-${nameHash(serverUrl)}`,
      databaseInstanceToken: database.token,
      multiInstance: database.multiInstance,
      options: {},
      schema: SCHEMA,
      devMode: false,
    });
    return new SyncMeta(
      getWrappedStorageInstance(database as never, raw, SCHEMA) as unknown as RxStorageInstance<
        MetaRow,
        unknown,
        unknown
      >,
    );
  }

  async close(): Promise<void> {
    await this.instance.close();
  }

  /** The server states last seen of these documents (absent: never seen on the server). */
  async masters(collection: string, ids: readonly string[]): Promise<Map<string, Json>> {
    const rows = await this.instance.findDocumentsById(
      ids.map((id) => documentKey(collection, id)),
      false,
    );
    const prefix = collection.length + 1;
    return new Map(
      rows
        .filter((row) => row.master !== undefined)
        .map((row) => [row.key.slice(prefix), row.master as Json]),
    );
  }

  /**
   * Records the server states now seen of these documents. `unseen` names
   * those that `masters()` just found no state for: their rows are written
   * without being read first (a row there after all is read and written on
   * the retry), which spares a first pull a read per document.
   */
  async setMasters(
    collection: string,
    states: ReadonlyMap<string, Json>,
    unseen: ReadonlySet<string> = new Set(),
  ): Promise<void> {
    const prefix = collection.length + 1;
    await this.update(
      [...states.keys()].map((id) => documentKey(collection, id)),
      (key) => ({ master: states.get(key.slice(prefix)) }),
      (key) => unseen.has(key.slice(prefix)),
    );
  }

  async checkpoints(collection: string): Promise<{ down: number; up?: UpCheckpoint }> {
    const [row] = await this.instance.findDocumentsById([checkpointKey(collection)], false);
    return { down: row?.down ?? 0, up: row?.up };
  }

  async setDownCheckpoint(collection: string, down: number): Promise<void> {
    await this.update([checkpointKey(collection)], () => ({ down }));
  }

  async setUpCheckpoint(collection: string, up: UpCheckpoint): Promise<void> {
    await this.update([checkpointKey(collection)], () => ({ up }));
  }

  async setAside(collection: string): Promise<Record<string, SetAside>> {
    const [row] = await this.instance.findDocumentsById([asideKey(collection)], false);
    return row?.aside ?? {};
  }

  async saveSetAside(collection: string, aside: Record<string, SetAside>): Promise<void> {
    await this.update([asideKey(collection)], () => ({ aside }));
  }

  /**
   * Read, change and write rows. The replication is their only writer; a
   * conflict (another window of the app on the same store) is retried on the
   * row as it is now.
   */
  private async update(
    keys: string[],
    change: (key: string) => Partial<MetaRow>,
    /** Rows believed absent: inserted unread on the first attempt. */
    absent: (key: string) => boolean = () => false,
  ): Promise<void> {
    let pending = keys;
    for (let attempt = 0; pending.length > 0; attempt++) {
      if (attempt > 5) throw new Error('The sync bookkeeping could not be saved.');
      const toRead = attempt === 0 ? pending.filter((key) => !absent(key)) : pending;
      const current = new Map(
        (toRead.length > 0 ? await this.instance.findDocumentsById(toRead, true) : []).map(
          (row) => [row.key, row],
        ),
      );
      const rows = pending.map((key) => {
        const previous = current.get(key);
        const document = {
          ...(previous ?? {}),
          ...change(key),
          key,
          _deleted: false,
          _attachments: {},
        } as RxDocumentData<MetaRow>;
        return previous ? { previous, document } : { document };
      });
      const result = await this.instance.bulkWrite(rows, 'liaison-sync-meta');
      const failed = result.error.filter((error) => error.status !== 409);
      if (failed.length > 0) throw new Error('The sync bookkeeping could not be saved.');
      pending = result.error.map((error) => String(error.documentId));
    }
  }
}
