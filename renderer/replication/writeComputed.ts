import type { RxDocumentData, RxStorageInstance } from 'rxdb';
import type { SyncedCollectionName } from '../../shared/domain/collectionNames';
import type { FieldConflict, Json } from '../../shared/sync/mergeDocuments';

/** A document as the store holds it. */
export type Stored = RxDocumentData<Record<string, unknown> & { id: string }>;
/** A document's replicated data. */
export type Data = { [key: string]: Json } & { id: string; _deleted: boolean };

/** Lost values of a merge, for the conflicts collection. */
export type ConflictSink = (
  collection: SyncedCollectionName,
  documentId: string,
  conflicts: FieldConflict[],
  /** Who wrote the server's side (its `updatedBy`), when known. */
  by: string | undefined,
) => Promise<void>;

/** What a new state of a document is made from: its stored state now (absent: not stored). */
export type Compute = (
  current: Stored | undefined,
  id: string,
) => { state?: Data; conflicts?: FieldConflict[]; by?: string };

export interface WriteComputedOptions {
  storage: RxStorageInstance<unknown, unknown, unknown>;
  name: SyncedCollectionName;
  /** The write's context (one of the replication's own). */
  context: string;
  recordConflicts: ConflictSink;
  /** Called with the documents found stored, before they are computed from their state. */
  onStored?: (documents: readonly Stored[]) => Promise<void>;
  /**
   * false: every document is written as new, unread (for documents most
   * likely not stored here, as in a first pull). One stored after all comes
   * back from the store as a conflict with its stored state, deleted or
   * not, and is computed again from that, as a racing edit is.
   */
  readFirst?: boolean;
}

/**
 * Writes new states computed from each document as stored now. A document
 * changed meanwhile (a local edit racing the write) is computed again from
 * its newer state, so the edit is merged, never overwritten. Lost values
 * are recorded once the write stands.
 */
export async function writeComputed(
  ids: readonly string[],
  compute: Compute,
  { storage, name, context, recordConflicts, onStored, readFirst = true }: WriteComputedOptions,
): Promise<void> {
  const found = readFirst ? ((await storage.findDocumentsById([...ids], true)) as Stored[]) : [];
  const current = new Map(found.map((document) => [document.id, document]));
  if (onStored && current.size > 0) await onStored([...current.values()]);
  let todo = [...ids];
  const lost = new Map<string, { conflicts: FieldConflict[]; by?: string }>();
  for (let attempt = 0; todo.length > 0; attempt++) {
    if (attempt > 10) throw new Error(`Documents of ${name} kept changing while syncing.`);
    const rows = [];
    for (const id of todo) {
      const previous = current.get(id);
      const { state, conflicts, by } = compute(previous, id);
      if (!state) continue;
      if (conflicts && conflicts.length > 0) lost.set(id, { conflicts, by });
      else lost.delete(id);
      rows.push({ previous, document: toStored(state, previous) });
    }
    if (rows.length === 0) break;
    const result = await storage.bulkWrite(rows as never, context);
    todo = [];
    for (const error of result.error) {
      const id = String(error.documentId);
      if (error.status === 409 && 'documentInDb' in error && error.documentInDb) {
        current.set(id, error.documentInDb as Stored);
        todo.push(id);
      } else {
        // The store refused a state (a schema this version does not know): keep the rest going.
        console.error(`Sync could not store ${name} ${id} (${error.status}).`);
        lost.delete(id);
      }
    }
    if (onStored && todo.length > 0) {
      await onStored(todo.flatMap((id) => current.get(id) ?? []));
    }
  }
  for (const [id, { conflicts, by }] of lost) {
    await recordConflicts(name, id, conflicts, by);
  }
}

function toStored(state: Data, previous: Stored | undefined): Stored {
  return {
    ...state,
    _attachments: {},
    _meta: previous?._meta ?? { lwt: 0 },
    _rev: previous?._rev ?? '',
  } as unknown as Stored;
}
