import type { SyncedCollectionName } from '../../shared/domain/collectionNames';
import type { Conflict } from '../../shared/domain/conflict';
import type { FieldConflict } from '../../shared/sync/mergeDocuments';
import type { LiaisonDatabase } from '../data/database';
import type { ConflictSink } from './writeComputed';

/**
 * A stable id for one lost value: the same conflict met again (a merge
 * repeated after a crash, or by a retried pull) is recorded once.
 */
async function conflictId(
  collection: string,
  documentId: string,
  conflict: FieldConflict,
): Promise<string> {
  const text = JSON.stringify([
    collection,
    documentId,
    conflict.fieldPath,
    conflict.localValue,
    conflict.serverValue,
  ]);
  const digest = new Uint8Array(
    await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)),
  );
  const hex = [...digest.slice(0, 16)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}

/** The conflict records of one merge: the server's value kept, the local one for review. */
export async function conflictRecords(
  collection: SyncedCollectionName,
  documentId: string,
  conflicts: readonly FieldConflict[],
  detectedAt: string,
  serverUpdatedBy?: string,
): Promise<Conflict[]> {
  return Promise.all(
    conflicts.map(async (conflict) => ({
      id: await conflictId(collection, documentId, conflict),
      collectionName: collection,
      documentId,
      fieldPath: conflict.fieldPath,
      ...(conflict.localValue === undefined ? {} : { localValue: conflict.localValue }),
      ...(conflict.serverValue === undefined ? {} : { serverValue: conflict.serverValue }),
      ...(serverUpdatedBy ? { serverUpdatedBy } : {}),
      detectedAt,
      status: 'open' as const,
    })),
  );
}

/**
 * Files the values that lost a sync merge in the local conflicts collection,
 * for the review screen; a conflict already there is not added twice.
 */
export function conflictRecorder(
  database: LiaisonDatabase,
  now: () => Date = () => new Date(),
): ConflictSink {
  return async (collection, documentId, conflicts) => {
    const records = await conflictRecords(collection, documentId, conflicts, now().toISOString());
    const result = await database.conflicts.bulkInsert(records);
    const failed = result.error.filter((error) => error.status !== 409);
    if (failed.length > 0) throw new Error(`Could not record ${failed.length} sync conflict(s).`);
  };
}
