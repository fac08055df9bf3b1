import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import type { RxDocumentData, RxStorageInstance } from 'rxdb';
import { afterEach } from 'vitest';
import { createDatabase, type LiaisonDatabase } from '../../../renderer/data/database';

/** A contact as the store holds it. */
export type Stored = RxDocumentData<Record<string, unknown> & { id: string }>;

/** A document as a write row gives it to the storage: RxDB's wrapper fills in `_meta` and `_rev`. */
export const asStored = (data: Record<string, unknown>) =>
  ({ ...data, _attachments: {}, _meta: { lwt: 0 }, _rev: '' }) as unknown as Stored;

/**
 * The app's database in fake-indexeddb and its contacts' storage instance
 * (the one the sync writes to, below RxDB's documents), closed after each test.
 */
export function contactStorage(name: string) {
  const open: LiaisonDatabase[] = [];
  afterEach(async () => {
    await Promise.all(open.splice(0).map((database) => database.close()));
  });
  return async () => {
    const database = await createDatabase(name, {
      dexie: { indexedDB: new IDBFactory(), IDBKeyRange },
      devMode: false,
    });
    open.push(database);
    const storage = database.contacts.storageInstance as unknown as RxStorageInstance<
      Stored,
      unknown,
      unknown
    >;
    return { database, storage };
  };
}
