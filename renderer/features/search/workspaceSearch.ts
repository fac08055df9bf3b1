import type { RxChangeEvent, RxCollection } from 'rxdb';
import type { Subscription } from 'rxjs';
import {
  SEARCHED_COLLECTIONS,
  toSearchEntry,
  type SearchedCollection,
} from '../../../shared/search/searchEntries';
import { SearchIndex } from '../../../shared/search/searchIndex';
import type { LiaisonDatabase } from '../../data/database';

const indexes = new WeakMap<LiaisonDatabase, Promise<SearchIndex>>();

/**
 * The search index of an open workspace, built on first use and then kept up
 * to date from the collections' change streams (local edits and, later,
 * replicated ones alike). One index per database, shared by every caller.
 */
export function workspaceSearchIndex(database: LiaisonDatabase): Promise<SearchIndex> {
  let index = indexes.get(database);
  if (!index) {
    index = buildIndex(database);
    indexes.set(database, index);
  }
  return index;
}

async function buildIndex(database: LiaisonDatabase): Promise<SearchIndex> {
  const index = new SearchIndex();
  const subscriptions: Subscription[] = [];
  for (const name of SEARCHED_COLLECTIONS) {
    // Each collection's own document type does not matter here: entries are built per name.
    const collection = database[name] as unknown as RxCollection<{ id: string }>;
    // Subscribe before reading so that no change between the two is missed;
    // applying one twice is harmless (upsert).
    subscriptions.push(
      collection.$.subscribe((event: RxChangeEvent<{ id: string }>) => {
        if (event.operation === 'DELETE') index.remove(`${name}:${event.documentId}`);
        else index.upsert([entryOf(name, event.documentData)]);
      }),
    );
    const documents = await collection.find().exec();
    index.upsert(documents.map((document) => entryOf(name, document.toJSON() as never)));
  }
  database.onClose.push(() => subscriptions.forEach((subscription) => subscription.unsubscribe()));
  return index;
}

function entryOf(name: SearchedCollection, data: unknown) {
  return toSearchEntry(name, data as never);
}
