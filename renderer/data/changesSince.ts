import { INDEX_MAX, normalizeMangoQuery, type RxDocumentData, type RxStorageInstance } from 'rxdb';

/** A place in a storage instance's change order: `_meta.lwt`, then the primary key. */
export interface ChangeCheckpoint {
  lwt: number;
  id: string;
}

/**
 * The next `limit` documents (tombstones included) written after
 * `checkpoint`, in change order, and the checkpoint after them.
 *
 * RxDB's `getChangedDocumentsSince` asks the storage for "lwt above, or lwt
 * equal and id above", which the Dexie storage answers by reading from the
 * checkpoint's lwt on: every document of a bulk write shares one lwt, so
 * after a first pull or an import each call read the whole batch again (a
 * full pass over 2,000 contacts read them 2,000 × 4 times). This asks for
 * the same documents as one range of the `[_meta.lwt, id]` index that every
 * RxDB schema has, starting just after the checkpoint, so each document is
 * read once.
 */
export async function changesSince<T>(
  instance: RxStorageInstance<T, unknown, unknown>,
  checkpoint: ChangeCheckpoint | undefined,
  limit: number,
): Promise<{ documents: RxDocumentData<T>[]; checkpoint: ChangeCheckpoint | undefined }> {
  const primary = instance.schema.primaryKey as string;
  const since = checkpoint ?? { lwt: 0, id: '' };
  // Every document in the range matches this selector: a storage that checks
  // the selector beside the plan still returns them all.
  const query = normalizeMangoQuery<T>(instance.schema, {
    selector: { '_meta.lwt': { $gte: since.lwt } } as never,
    sort: [{ '_meta.lwt': 'asc' }, { [primary]: 'asc' }] as never,
    skip: 0,
    limit,
  });
  const result = await instance.query({
    query: query as never,
    queryPlan: {
      index: ['_meta.lwt', primary],
      startKeys: [since.lwt, since.id],
      endKeys: [INDEX_MAX, INDEX_MAX],
      inclusiveStart: false,
      inclusiveEnd: true,
      sortSatisfiedByIndex: true,
      selectorSatisfiedByIndex: true,
    },
  });
  const last = result.documents[result.documents.length - 1];
  return {
    documents: result.documents,
    checkpoint: last
      ? { lwt: last._meta.lwt, id: String((last as Record<string, unknown>)[primary]) }
      : checkpoint,
  };
}
