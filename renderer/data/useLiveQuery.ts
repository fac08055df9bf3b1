import { useEffect, useState } from 'react';
import type { MangoQuery, RxCollection, RxDocument } from 'rxdb';
import { useRxDatabase } from 'rxdb/plugins/react';
import type { CollectionName, EntityByCollection } from '../../shared/domain/schemas';
import type { LiaisonCollections, LiaisonDatabase } from './database';

/**
 * One collection with its own document type. Indexing the database with a
 * generic name gives a union of collections, whose methods TypeScript cannot call.
 */
export function collectionOf<Name extends CollectionName>(
  database: LiaisonDatabase,
  name: Name,
): RxCollection<EntityByCollection[Name]> {
  return database[name] as unknown as RxCollection<EntityByCollection[Name]>;
}

/** The workspace database given to `<RxDatabaseProvider>`. */
export function useDatabase(): LiaisonDatabase {
  return useRxDatabase<LiaisonCollections>();
}

export interface LiveQueryResult<T> {
  documents: RxDocument<T>[];
  /** True until the first results of the current query have arrived. */
  loading: boolean;
  error: string | null;
}

interface Emitted<T> {
  /** Which query (and database) these results belong to. */
  key: string;
  database: LiaisonDatabase;
  value: T;
  error: string | null;
}

/**
 * Subscribes to an RxDB observable for as long as the component shows it.
 * Results are tagged with the query they answer, so a changed query reads as
 * loading until its own first results arrive, never showing the old ones.
 * (RxDB's own React hooks keep `loading` stuck at true after a query changes.)
 */
function useLive<T>(
  key: string,
  subscribe: (
    database: LiaisonDatabase,
    next: (value: T) => void,
    fail: (error: Error) => void,
  ) => () => void,
): { value: T | undefined; loading: boolean; error: string | null } {
  const database = useDatabase();
  const [emitted, setEmitted] = useState<Emitted<T> | null>(null);
  useEffect(
    () =>
      subscribe(
        database,
        (value) => setEmitted({ key, database, value, error: null }),
        (error) => setEmitted({ key, database, value: undefined as T, error: error.message }),
      ),
    // `subscribe` is rebuilt on every render; `key` says everything it depends on.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [database, key],
  );
  const current = emitted?.key === key && emitted.database === database ? emitted : null;
  return { value: current?.value, loading: current === null, error: current?.error ?? null };
}

/**
 * Live results of a Mango query: re-renders whenever matching documents change,
 * whether the change came from this window, another tab or replication.
 * The query may be a fresh object on every render; it is compared by value.
 */
export function useLiveQuery<Name extends CollectionName>(
  name: Name,
  query: MangoQuery<EntityByCollection[Name]>,
): LiveQueryResult<EntityByCollection[Name]> {
  const { value, loading, error } = useLive<RxDocument<EntityByCollection[Name]>[]>(
    `${name}:${JSON.stringify(query)}`,
    (database, next, fail) => {
      const subscription = collectionOf(database, name)
        .find(query)
        .$.subscribe({ next, error: fail });
      return () => subscription.unsubscribe();
    },
  );
  return { documents: value ?? [], loading, error };
}

/** One live document by id, or null once it is gone. */
export function useLiveDocument<Name extends CollectionName>(
  name: Name,
  id: string | undefined,
): { document: RxDocument<EntityByCollection[Name]> | null; loading: boolean } {
  const { value, loading } = useLive<RxDocument<EntityByCollection[Name]> | null>(
    `${name}#${id ?? ''}`,
    (database, next, fail) => {
      if (id === undefined) {
        next(null);
        return () => undefined;
      }
      const subscription = collectionOf(database, name)
        .findOne(id)
        .$.subscribe({ next, error: fail });
      return () => subscription.unsubscribe();
    },
  );
  return { document: value ?? null, loading: id !== undefined && loading };
}
