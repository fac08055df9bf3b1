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
    // A failed build (say, the workspace closed meanwhile) is not kept: the next call retries.
    index.catch(() => indexes.delete(database));
    indexes.set(database, index);
  }
  return index;
}

type Change = { name: SearchedCollection; event: RxChangeEvent<{ id: string }> };

function apply(index: SearchIndex, { name, event }: Change): void {
  if (event.operation === 'DELETE') index.remove(`${name}:${event.documentId}`);
  else index.upsert([toSearchEntry(name, event.documentData as never)]);
}

async function buildIndex(database: LiaisonDatabase): Promise<SearchIndex> {
  const index = new SearchIndex();
  // Changes arriving while the initial documents are indexed wait here and are
  // applied afterwards, so that none is missed and none is overwritten by an
  // older copy from the initial read.
  let pending: Change[] | null = [];
  const subscriptions: Subscription[] = SEARCHED_COLLECTIONS.map((name) => {
    // Each collection's own document type does not matter here: entries are built per name.
    const collection = database[name] as unknown as RxCollection<{ id: string }>;
    return collection.$.subscribe((event: RxChangeEvent<{ id: string }>) => {
      if (pending) pending.push({ name, event });
      else apply(index, { name, event });
    });
  });
  database.onClose.push(() => subscriptions.forEach((subscription) => subscription.unsubscribe()));

  for (const name of SEARCHED_COLLECTIONS) {
    const documents = await database[name].find().exec();
    await index.addAllInChunks(
      documents.map((document) => toSearchEntry(name, document.toJSON() as never)),
    );
  }
  for (const change of pending) apply(index, change);
  pending = null;
  return index;
}

/**
 * Starts building the index when the window is idle, so that it is ready by
 * the time someone presses Ctrl+K in a large workspace.
 */
export function warmUpSearchIndex(database: LiaisonDatabase): () => void {
  const start = () => void workspaceSearchIndex(database).catch(() => undefined);
  if ('requestIdleCallback' in window) {
    const handle = window.requestIdleCallback(start, { timeout: 3000 });
    return () => window.cancelIdleCallback(handle);
  }
  const timer = setTimeout(start, 500);
  return () => clearTimeout(timer);
}
