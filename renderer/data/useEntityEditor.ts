import { useLocation } from 'wouter';
import type { BaseDocument } from '../../shared/domain/common';
import type { SyncedCollectionName } from '../../shared/domain/collectionNames';
import type { EntityByCollection } from '../../shared/domain/schemas';
import { collectionOf, useDatabase, useLiveDocument } from './useLiveQuery';
import { insertEntity, replaceEntityFields, type EntityFields } from './writes';
import { useAuthor } from '../sync/useAuthor';

/** An editor screen's record and the two ways out of its form. */
export interface EntityEditor<T extends BaseDocument> {
  /** `loading` while the record to edit loads, `missing` once it is known to be gone. */
  state: 'loading' | 'missing' | 'ready';
  /** The record being edited, as plain data; undefined for a new one. */
  existing: T | undefined;
  /** Saves the form's fields (a new record, or over the existing one) and opens the record. */
  save: (fields: EntityFields<T>) => Promise<void>;
  /** Back to the record, or to the list for a new one. */
  cancel: () => void;
}

/**
 * The load-and-save cycle the editor screens share, routed relative to their
 * section (`/<id>`, `/`): without an id the form creates a record.
 */
export function useEntityEditor<Name extends SyncedCollectionName>(
  name: Name,
  id: string | undefined,
): EntityEditor<EntityByCollection[Name]> {
  const database = useDatabase();
  const author = useAuthor();
  const [, navigate] = useLocation();
  const { document, loading } = useLiveDocument(name, id);
  const state = id === undefined ? 'ready' : loading ? 'loading' : document ? 'ready' : 'missing';
  return {
    state,
    existing: document?.toMutableJSON() as EntityByCollection[Name] | undefined,
    save: async (fields) => {
      type T = EntityByCollection[Name];
      const saved = document
        ? await replaceEntityFields<T>(document, fields, author)
        : await insertEntity<T>(collectionOf(database, name), fields, author);
      navigate(`/${saved.id}`);
    },
    cancel: () => navigate(id ? `/${id}` : '/'),
  };
}
