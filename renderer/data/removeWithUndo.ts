import type { RxDocument } from 'rxdb';
import { isErasure } from '../../shared/sync/mergeDocuments';
import { errorMessage } from '../../shared/text/errorMessage';
import { latestStored } from './editEntity';
import { LOCAL_AUTHOR, removeEntity, stamped, type Stamp } from './writes';

/**
 * A document of any collection. RxDocument is invariant in its data type, so
 * a contact is not an `RxDocument<object>`; deleting does not care which it is.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyDocument = RxDocument<any>;

/** A delete (or its undo) that did not complete; what was done is taken back. */
export class RemoveError extends Error {
  constructor(
    readonly code: 'delete_failed' | 'restore_failed',
    readonly reason: string,
  ) {
    super(reason);
    this.name = 'RemoveError';
  }
}

/**
 * Brings a deleted document back as it is stored now, not as it was when
 * deleted: a change that arrived since (a colleague's edit to the tombstone's
 * record, an edit that beat the delete) stays. An erased person stays erased,
 * and a document that already lives again is left alone.
 */
async function restore(document: AnyDocument, stamp: Stamp): Promise<void> {
  const latest = await latestStored(document.collection, document.primary);
  if (!latest || !latest._deleted || isErasure(latest)) return;
  const fields = Object.fromEntries(Object.entries(latest).filter(([key]) => !key.startsWith('_')));
  // An upsert over a tombstone writes a new revision: it syncs as an edit that beats the delete.
  const { error } = await document.collection.bulkUpsert([stamped(fields, stamp)]);
  if (error.length > 0) throw new Error(`${document.collection.name}: ${error[0]?.status}`);
}

/**
 * Deletes documents (as stamped tombstones, so the deletion syncs) and returns
 * a function that brings them back. Each delete retries on the latest revision
 * (a change by sync between reading and deleting cannot fail it); if one still
 * fails, those already deleted come back and the error says so: a cascade
 * (a visit and its agenda) is never left half done.
 */
export async function removeWithUndo(
  documents: readonly AnyDocument[],
  stamp: Stamp = { author: LOCAL_AUTHOR, now: new Date() },
): Promise<() => Promise<void>> {
  const removed: AnyDocument[] = [];
  try {
    for (const document of documents) {
      await removeEntity(document, stamp);
      removed.push(document);
    }
  } catch (error) {
    await Promise.allSettled(removed.map((document) => restore(document, stamp)));
    throw new RemoveError('delete_failed', errorMessage(error));
  }
  return async () => {
    const undoStamp = { author: stamp.author, now: new Date() };
    for (const document of documents) {
      try {
        await restore(document, undoStamp);
      } catch (error) {
        throw new RemoveError('restore_failed', errorMessage(error));
      }
    }
  };
}
