import type { RxCollection } from 'rxdb';
import {
  SYNCED_COLLECTION_NAMES,
  type SyncedCollectionName,
} from '../../shared/domain/collectionNames';
import type { WorkspaceDocuments } from '../../shared/domain/schemas';
import type { LiaisonDatabase } from '../data/database';

/** What an upload did: new documents, and documents whose id was already there (kept as they were). */
export interface UploadCounts {
  inserted: number;
  alreadyThere: number;
  /** Documents the store refused (validation, storage): they are still in memory to try again. */
  failed: number;
}

type AnyCollection = RxCollection<Record<string, unknown> & { id: string }>;

/** The collection, or undefined when this database was opened without it (tests open a few). */
function collection(database: LiaisonDatabase, name: SyncedCollectionName) {
  return database.collections[name] as unknown as AnyCollection | undefined;
}

/** How many live documents the workspace holds across its synced collections. */
export async function countDocuments(database: LiaisonDatabase): Promise<number> {
  let total = 0;
  for (const name of SYNCED_COLLECTION_NAMES) {
    total += (await collection(database, name)?.count().exec()) ?? 0;
  }
  return total;
}

/** How many documents `documents` holds. */
export function documentTotal(documents: WorkspaceDocuments): number {
  return SYNCED_COLLECTION_NAMES.reduce((sum, name) => sum + documents[name].length, 0);
}

/**
 * Reads every live document of every synced collection into memory, as plain
 * objects (no RxDB metadata): what the local-only workspace hands to a server
 * workspace on first sign-in. Deleted documents are left out: nothing has
 * ever seen them, so there is nothing to tell. Read while the database is
 * open (the app can hold only one workspace's database open: RxDB's
 * open-source edition allows 13 collections in all).
 */
export async function readWorkspace(database: LiaisonDatabase): Promise<WorkspaceDocuments> {
  const entries = await Promise.all(
    SYNCED_COLLECTION_NAMES.map(async (name) => {
      const found = (await collection(database, name)?.find().exec()) ?? [];
      return [name, found.map((document) => document.toMutableJSON())] as const;
    }),
  );
  return Object.fromEntries(entries) as unknown as WorkspaceDocuments;
}

/**
 * Inserts uploaded documents into a workspace's database, keeping the ids
 * (client-made UUIDs). A document whose id the workspace already has, even
 * as a deletion (say from an earlier upload), keeps the workspace's version:
 * nothing is duplicated and nothing deleted there comes back. Replication
 * then pushes the new ones to the server. They are stamped with the
 * uploading user (`author`): the server takes a change only from the user it
 * names, and before sign-in the local workspace names nobody.
 */
export async function writeUploaded(
  database: LiaisonDatabase,
  documents: WorkspaceDocuments,
  author: string,
): Promise<UploadCounts> {
  const counts: UploadCounts = { inserted: 0, alreadyThere: 0, failed: 0 };
  for (const name of SYNCED_COLLECTION_NAMES) {
    const wanted = documents[name] as unknown as (Record<string, unknown> & { id: string })[];
    if (wanted.length === 0) continue;
    const target = collection(database, name);
    if (!target) {
      counts.failed += wanted.length;
      continue;
    }
    // Deleted documents too: RxDB would let an insert overwrite a tombstone.
    const existing = await target.storageInstance.findDocumentsById(
      wanted.map((document) => document.id),
      true,
    );
    const known = new Set(existing.map((document) => document.id));
    const fresh = wanted
      .filter((document) => !known.has(document.id))
      .map((document) => ({ ...document, updatedBy: author }));
    counts.alreadyThere += wanted.length - fresh.length;
    if (fresh.length === 0) continue;
    const result = await target.bulkInsert(fresh);
    counts.inserted += result.success.length;
    for (const error of result.error) {
      // Written meanwhile (replication pulled it): the workspace's version stands.
      if (error.status === 409) counts.alreadyThere += 1;
      else counts.failed += 1;
    }
  }
  return counts;
}
