import {
  getPrimaryFieldOfPrimaryKey,
  type RxDocumentData,
  type RxStorage,
  type RxStorageInstance,
  type RxStorageInstanceCreationParams,
} from 'rxdb';
import { replicatedData, type Json } from '../../shared/sync/mergeDocuments';
import { wrapBulkWrite } from './wrapBulkWrite';

/**
 * The sync keeps, for every document, the server state last seen (its
 * "master": the base of a three-way merge and the assumed state of a push).
 * A first pull stores thousands of documents exactly as the server has them,
 * and writing a master beside each one was a second write per document. So a
 * document a first pull inserts carries a mark in `_meta` instead, and is its
 * own master while unchanged (RxDB's revision is still the first). The first
 * write over it keeps the marked state in `_meta` (see `keepingPulledBase`),
 * in that same write, so the base of a later merge is never lost, whoever
 * made the change and through whichever RxDB call.
 *
 * The sync's bookkeeping comes first where it has a state (see
 * `CollectionSync.mastersOf`): a first pull starts from an empty one, and
 * every later server state seen of a document is recorded there.
 *
 * A schema migration copies `_meta` with the document, mark included: a
 * document unchanged since a first pull is then its own master in its
 * migrated form, so the migration is not pushed as a change of its own. A
 * migration that must reach the server has to be made there too (or clear
 * the mark in its strategy's collection).
 */
const PULLED = 'liaisonPulled';
const BASE = 'liaisonBase';

type Stored = RxDocumentData<Record<string, unknown>>;

/**
 * The write context of a first pull's pages: a document it inserts is the
 * server's state, and is marked so (RxDB gives an insert a `_meta` of its
 * own, so the mark is set here, below RxDB).
 */
export const FIRST_PULL_CONTEXT = 'liaison-sync-first-pull';

/** Whether the document is still as a first pull stored it. */
export function isPulledUnchanged(document: Stored): boolean {
  return document._meta?.[PULLED] === 1 && document._rev.startsWith('1-');
}

/**
 * The server state the document itself vouches for: its own data while
 * unchanged since a first pull stored it, else the state kept at its first
 * change since; undefined when it carries none (the sync's bookkeeping has it).
 */
export function carriedMaster(document: Stored): Json | undefined {
  if (isPulledUnchanged(document)) return replicatedData(document);
  return document._meta?.[BASE] as Json | undefined;
}

/**
 * A storage that marks a first pull's inserts, and whose writes over a
 * document a first pull stored keep the state it was stored with in the new
 * document's `_meta` (and drop the mark). RxDB's own copy of a document does
 * not see what is added here, so a second change made through RxDB names a
 * previous state without the kept one: it is then read from the store. The
 * write is checked against the previous revision as any other, so what is
 * kept is what the write overwrites, or the write fails.
 */
export function keepingPulledBase<Internals, Options>(
  storage: RxStorage<Internals, Options>,
): RxStorage<Internals, Options> {
  return wrapBulkWrite(
    storage,
    <T>(
      instance: RxStorageInstance<T, Internals, Options>,
      params: RxStorageInstanceCreationParams<T, Options>,
      bulkWrite: RxStorageInstance<T, Internals, Options>['bulkWrite'],
    ): RxStorageInstance<T, Internals, Options>['bulkWrite'] => {
      const primary = getPrimaryFieldOfPrimaryKey(params.schema.primaryKey) as string;
      return async (rows, context) => {
        const unknownBase = rows.flatMap(({ previous }) =>
          previous && wasPulled(previous as Stored) && !isPulledUnchanged(previous as Stored)
            ? [String((previous as Stored)[primary])]
            : [],
        );
        const storedBase = new Map<string, unknown>();
        if (unknownBase.length > 0) {
          for (const document of await instance.findDocumentsById(unknownBase, true)) {
            const stored = document as Stored;
            storedBase.set(String(stored[primary]), stored._meta[BASE]);
          }
        }
        return bulkWrite(
          rows.map((row) => {
            const previous = row.previous as Stored | undefined;
            if (!previous && context === FIRST_PULL_CONTEXT) {
              // A new object: RxDB shares one `_meta` between a batch's inserts.
              const _meta = { ...row.document._meta, [PULLED]: 1 };
              return { ...row, document: { ...row.document, _meta } };
            }
            if (!previous || !wasPulled(previous)) return row;
            const base = isPulledUnchanged(previous)
              ? replicatedData(previous)
              : (previous._meta[BASE] ?? storedBase.get(String(previous[primary])));
            const { [PULLED]: _mark, ...meta } = row.document._meta;
            const _meta = base === undefined ? meta : { ...meta, [BASE]: base };
            return { ...row, document: { ...row.document, _meta } } as typeof row;
          }),
          context,
        );
      };
    },
  );
}

/** Whether a first pull stored the document (changed since or not). */
function wasPulled(document: Stored): boolean {
  return document._meta?.[PULLED] === 1 || document._meta?.[BASE] !== undefined;
}
