import { useMemo } from 'react';
import type { MangoQuery, RxDocument } from 'rxdb';
import { useLiveRxQuery, useRxDatabase, useRxDocument } from 'rxdb/plugins/react';
import type { CollectionName, EntityByCollection } from '../../shared/domain/schemas';
import type { LiaisonCollections, LiaisonDatabase } from './database';

/** The workspace database given to `<RxDatabaseProvider>`. */
export function useDatabase(): LiaisonDatabase {
  return useRxDatabase<LiaisonCollections>();
}

export interface LiveQueryResult<T> {
  documents: RxDocument<T>[];
  loading: boolean;
  error: string | null;
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
  const database = useDatabase();
  const key = JSON.stringify(query);
  // eslint-disable-next-line react-hooks/exhaustive-deps -- compared by value through `key`
  const stableQuery = useMemo(() => query, [key]);
  const { results, loading, error } = useLiveRxQuery<EntityByCollection[Name]>({
    collection: database[name] as never,
    query: stableQuery,
  });
  return { documents: results, loading, error };
}

/** One live document by id, or null once it is gone. */
export function useLiveDocument<Name extends CollectionName>(
  name: Name,
  id: string | undefined,
): { document: RxDocument<EntityByCollection[Name]> | null; loading: boolean } {
  const database = useDatabase();
  const { result, loading } = useRxDocument<EntityByCollection[Name]>(database[name] as never, id);
  return { document: result, loading };
}
