import type { RxConflictHandler } from 'rxdb';
import type { SyncedCollectionName } from '../../shared/domain/collectionNames';
import type { Conflict } from '../../shared/domain/conflict';
import {
  jsonEqual,
  mergeDocuments,
  replicatedData,
  type FieldConflict,
} from '../../shared/sync/mergeDocuments';

/** Where the handler files the values that lost a merge. */
export type RecordConflicts = (conflicts: Conflict[]) => Promise<void>;

type Replicated = { _deleted: boolean } & Record<string, unknown>;

/**
 * A stable id for one lost value: the same conflict seen again (RxDB may
 * resolve a conflict more than once while retrying) is recorded once.
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

/**
 * The conflict handler of a synced collection: RxDB calls it when the server
 * refused a push because its document had moved on. It merges field by field
 * (shared/sync/mergeDocuments.ts), keeps the server's value where both sides
 * changed a field, and records the losing local values for the review screen.
 */
export function createConflictHandler(
  collection: SyncedCollectionName,
  record: RecordConflicts,
  now: () => Date = () => new Date(),
): RxConflictHandler<Replicated> {
  return {
    isEqual: (a, b) => jsonEqual(replicatedData(a), replicatedData(b)),
    resolve: async (input) => {
      const { merged, conflicts } = mergeDocuments(
        input.assumedMasterState
          ? (replicatedData(input.assumedMasterState) as Replicated)
          : undefined,
        replicatedData(input.newDocumentState) as Replicated,
        replicatedData(input.realMasterState) as Replicated,
      );
      if (conflicts.length > 0) {
        const documentId = String(input.realMasterState.id);
        const detectedAt = now().toISOString();
        await record(
          await Promise.all(
            conflicts.map(async (conflict) => ({
              id: await conflictId(collection, documentId, conflict),
              collectionName: collection,
              documentId,
              fieldPath: conflict.fieldPath,
              ...(conflict.localValue === undefined ? {} : { localValue: conflict.localValue }),
              ...(conflict.serverValue === undefined ? {} : { serverValue: conflict.serverValue }),
              detectedAt,
              status: 'open' as const,
            })),
          ),
        );
      }
      return merged;
    },
  };
}
