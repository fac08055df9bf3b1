import {
  categorizeBulkWriteRows,
  type BulkWriteRow,
  type RxDocumentData,
  type RxStorage,
  type RxStorageBulkWriteResponse,
  type RxStorageInstance,
  type RxStorageInstanceCreationParams,
  type RxStorageWriteErrorConflict,
} from 'rxdb';
import {
  fromStorageToDexie,
  getDocsInDb,
  type RxStorageInstanceDexie,
} from 'rxdb/plugins/storage-dexie';
import type { Subject } from 'rxjs';
import { FIRST_PULL_CONTEXT } from './pulledBase';
import { wrapBulkWrite } from './wrapBulkWrite';

/**
 * A first pull's pages, inserted without reading first.
 *
 * RxDB's Dexie storage reads every document of a write before writing it
 * (`bulkGet`, to find conflicts): for a first pull, 10,000 reads of documents
 * that are not there, about a fifth of the pull's time in the browser. Here a
 * write of the first pull's context whose rows are all new (no `previous`) is
 * an IndexedDB `add` of each document instead: the store itself refuses one
 * whose id is taken, in the same transaction, and only those are read, to be
 * answered as conflicts with their stored state (what RxDB's own write
 * answers), so the sync computes them again as it does a racing edit.
 * Everything else about the write is RxDB's: the rows are categorized and
 * the change event built by its own helper, and emitted on the instance's
 * change stream (which other windows hear through RxDB's multi-instance
 * channel). Any other write goes to RxDB's own `bulkWrite` unchanged.
 */
export function insertingFirstPullUnread<Internals, Options>(
  storage: RxStorage<Internals, Options>,
): RxStorage<Internals, Options> {
  return wrapBulkWrite(
    storage,
    <T>(
      instance: RxStorageInstance<T, Internals, Options>,
      params: RxStorageInstanceCreationParams<T, Options>,
      bulkWrite: RxStorageInstance<T, Internals, Options>['bulkWrite'],
    ): RxStorageInstance<T, Internals, Options>['bulkWrite'] =>
      (rows, context) =>
        context === FIRST_PULL_CONTEXT &&
        !params.schema.attachments &&
        rows.every((row) => row.previous === undefined)
          ? insertUnread(instance as unknown as RxStorageInstanceDexie<T>, rows, context)
          : bulkWrite(rows, context),
  );
}

type Stored<T> = RxDocumentData<T>;

async function insertUnread<T>(
  instance: RxStorageInstanceDexie<T>,
  rows: BulkWriteRow<T>[],
  context: string,
): Promise<RxStorageBulkWriteResponse<T>> {
  if (instance.closed) {
    throw new Error(
      `RxStorageInstanceDexie is closed ${instance.databaseName}-${instance.collectionName}`,
    );
  }
  const primaryPath = instance.primaryPath;
  const idOf = (document: Stored<T>) => String((document as Record<string, unknown>)[primaryPath]);
  const state = await instance.internals;
  // Nothing is known stored: RxDB's helper makes every row an insert, with its event.
  const categorized = categorizeBulkWriteRows<T>(
    instance as unknown as RxStorageInstance<T, unknown, unknown>,
    primaryPath as Extract<keyof T, string>,
    new Map(),
    rows,
    context,
  );
  const inserts = categorized.bulkInsertDocs;
  /** The rows the store refused (their id taken), with the document stored under it. */
  const refused = new Map<(typeof inserts)[number], Stored<T>>();
  await state.dexieDb.transaction('rw', state.dexieTable, async () => {
    try {
      await state.dexieTable.bulkAdd(
        inserts.map((row) => fromStorageToDexie(state.booleanIndexes, row.document)),
      );
    } catch (error) {
      // Caught inside the transaction: the adds that succeeded stand.
      if (!isBulkError(error)) throw error;
      const positions = Object.keys(error.failuresByPos).map(Number);
      const failures = positions.map((position) => error.failuresByPos[position]);
      if (failures.some((failure) => failure?.name !== 'ConstraintError')) throw error;
      const rowsRefused = positions.map((position) => inserts[position]!);
      const stored = await getDocsInDb(
        instance.internals,
        rowsRefused.map((row) => idOf(row.document)),
      );
      rowsRefused.forEach((row, index) => refused.set(row, stored[index] as Stored<T>));
    }
  });
  const errors: RxStorageWriteErrorConflict<T>[] = [...refused].map(([row, documentInDb]) => ({
    status: 409,
    isError: true,
    documentId: idOf(row.document),
    writeRow: row,
    documentInDb,
    context,
  }));
  const eventBulk = categorized.eventBulk;
  if (refused.size > 0) {
    const refusedDocuments = new Set([...refused.keys()].map((row) => row.document));
    eventBulk.events = eventBulk.events.filter(
      (event) => !refusedDocuments.has(event.documentData as Stored<T>),
    );
  }
  // As RxDB's own write: the checkpoint is the last document stored (a tombstone has no event).
  const newest = inserts.findLast((row) => !refused.has(row));
  if (eventBulk.events.length > 0 && newest) {
    eventBulk.checkpoint = { id: idOf(newest.document), lwt: newest.document._meta.lwt };
    // RxDB's own write emits here too (the field is private in its types only).
    (instance as unknown as { changes$: Subject<typeof eventBulk> }).changes$.next(eventBulk);
  }
  return { error: [...categorized.errors, ...errors] };
}

interface BulkErrorLike {
  name: 'BulkError';
  failuresByPos: Record<number, Error | undefined>;
}

function isBulkError(error: unknown): error is BulkErrorLike {
  return (
    typeof error === 'object' &&
    error !== null &&
    (error as { name?: unknown }).name === 'BulkError' &&
    typeof (error as { failuresByPos?: unknown }).failuresByPos === 'object'
  );
}
