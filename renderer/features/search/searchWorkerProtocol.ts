import type { RxDocumentData, RxJsonSchema } from 'rxdb';
import type { SearchedCollection } from '../../../shared/search/searchEntries';
import type { StoredSearchIndex } from './searchSnapshots';

/** What the page asks of the search worker. */
export type SearchWorkerRequest =
  /** The workspace's stored index, or one built from its documents (and stored) when there is none. */
  | {
      type: 'load';
      databaseName: string;
      storageToken: string;
      /** Each searched collection's storage schema (RxDB's, with its own fields), to read it. */
      schemas: Partial<Record<SearchedCollection, RxJsonSchema<RxDocumentData<{ id: string }>>>>;
    }
  /** Store this index (the page's, kept up to date since). */
  | { type: 'store'; databaseName: string; stored: StoredSearchIndex };

/** What the search worker answers a `load`. */
export type SearchWorkerResponse =
  | { type: 'loaded'; stored: StoredSearchIndex; built: boolean; ms: number }
  | { type: 'failed'; message: string };

/** The buffers of a stored index, handed over rather than copied. */
export function transferablesOf(stored: StoredSearchIndex): ArrayBuffer[] {
  const { fieldLengths, postingStarts, docs, counts } = stored.index;
  return [fieldLengths.buffer, postingStarts.buffer, docs.buffer, counts.buffer];
}
