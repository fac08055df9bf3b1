import type { RxCollection, RxDocument } from 'rxdb';
import type { SyncedCollectionName } from '../../shared/domain/collectionNames';
import { newId, type BaseDocument } from '../../shared/domain/common';
import { cleanDocumentText } from '../../shared/sync/documentRules';

/** Who is editing: the signed-in user's id, or this value before sign-in. */
export const LOCAL_AUTHOR = 'local-user';

/** The stored fields of an entity, without the metadata every document carries. */
export type EntityFields<T extends BaseDocument> = Omit<
  T,
  'id' | 'createdAt' | 'updatedAt' | 'updatedBy'
>;

/** Who wrote a change and when: what every write stamps. */
export interface Stamp {
  author: string;
  now: Date;
}

/** A document's stored fields without the metadata every document carries, for a change to some of them. */
export function withoutMetadata<T extends BaseDocument>(document: T): EntityFields<T> {
  const copy: Partial<T> = { ...document };
  for (const key of ['id', 'createdAt', 'updatedAt', 'updatedBy'] as const) delete copy[key];
  return copy as EntityFields<T>;
}

/**
 * The one stamping helper: every write to a synced record names its author
 * and time, so a merge elsewhere can say who changed what.
 */
export function stamped<T extends object>(
  data: T,
  { author, now }: Stamp,
): T & { updatedAt: string; updatedBy: string } {
  return { ...data, updatedAt: now.toISOString(), updatedBy: author };
}

/**
 * Adds a new entity with a client-made UUID and its metadata stamped, its
 * text made storable as the sync server checks it (as `editEntity` does).
 */
export async function insertEntity<T extends BaseDocument>(
  collection: RxCollection<T>,
  fields: EntityFields<T>,
  author: string,
  now: Date = new Date(),
): Promise<RxDocument<T>> {
  const storable = cleanDocumentText(collection.name as SyncedCollectionName, fields);
  return collection.insert(newEntity(storable, { author, now }));
}

/** A new entity's document: its fields, a client-made UUID and its metadata stamped. */
export function newEntity<T extends BaseDocument>(fields: EntityFields<T>, stamp: Stamp): T {
  const document = stamped({ ...fields, id: newId(), createdAt: stamp.now.toISOString() }, stamp);
  return document as unknown as T;
}

/**
 * Changes some fields of a stored entity and stamps the edit. The change is
 * computed from the latest revision (`incrementalModify`), so it suits only a
 * change that reads what it changes from `current` (add a member, set a
 * status); an edit prepared from an older copy goes through `editEntity`.
 */
export function patchEntity<T extends BaseDocument>(
  document: RxDocument<T>,
  change: (current: T) => Partial<T>,
  author: string,
  now: Date = new Date(),
): Promise<RxDocument<T>> {
  return document.incrementalModify((current) =>
    // Deleted or erased meanwhile (sync landed): nothing to change, nothing written into a tombstone.
    (current as { _deleted?: boolean })._deleted
      ? current
      : stamped({ ...current, ...change(current as T) }, { author, now }),
  );
}

/**
 * Deletes a record as a stamped tombstone (so the deletion syncs and says who
 * made it). `incrementalModify` retries on the latest revision, so a change
 * that lands between reading and deleting (sync) cannot fail it with CONFLICT.
 */
export function removeEntity<T extends BaseDocument>(
  document: RxDocument<T>,
  stamp: Stamp,
): Promise<RxDocument<T>> {
  return document.incrementalModify((current) => ({ ...stamped(current, stamp), _deleted: true }));
}
