import type { RxDocument } from 'rxdb';

/**
 * A document of any collection. RxDocument is invariant in its data type, so
 * a contact is not an `RxDocument<object>`; deleting does not care which it is.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyDocument = RxDocument<any>;

/**
 * Deletes documents (as tombstones, so the deletion syncs) and returns a
 * function that brings them back exactly as they were. Restoring writes a new
 * revision over the tombstone, so it syncs as an edit that beats the delete.
 */
export async function removeWithUndo(
  documents: readonly AnyDocument[],
): Promise<() => Promise<void>> {
  const snapshots = documents.map((document) => ({
    collection: document.collection,
    data: document.toMutableJSON(),
  }));
  for (const document of documents) await document.getLatest().remove();
  return async () => {
    for (const { collection, data } of snapshots) {
      const { error } = await collection.bulkUpsert([data]);
      if (error.length > 0)
        throw new Error(`Could not restore ${collection.name}: ${error[0]?.status}`);
    }
  };
}
