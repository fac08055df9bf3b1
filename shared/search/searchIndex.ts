import MiniSearch from 'minisearch';
import { foldForSearch } from '../text/searchFold';
import type { SearchEntry } from './searchEntries';

/** A search hit: the entry's display fields and how well it matched. */
export type SearchHit = Omit<SearchEntry, 'text'> & { score: number };

/**
 * Full-text search over the workspace, with the German folding of
 * docs/domain.md applied to both the documents and the query ("strasse" finds
 * "Straße", "Muller" and "Mueller" find "Müller"). MiniSearch does the
 * indexing, prefix matching (results while typing) and ranking.
 */
export class SearchIndex {
  private readonly index = new MiniSearch<SearchEntry>({
    idField: 'key',
    fields: ['title', 'text'],
    storeFields: ['collection', 'title', 'opens'],
    processTerm: (term) => foldForSearch(term) || null,
    searchOptions: {
      prefix: true,
      combineWith: 'AND',
      boost: { title: 3 },
      // Typos in longer words only: short prefixes would match far too much.
      fuzzy: (term) => (term.length >= 6 ? 0.15 : false),
    },
  });

  /** Adds or replaces entries. */
  upsert(entries: readonly SearchEntry[]): void {
    for (const entry of entries) {
      if (this.index.has(entry.key)) this.index.replace(entry);
      else this.index.add(entry);
    }
  }

  /**
   * Adds many new entries in chunks, yielding to the event loop between them
   * so that indexing a large workspace does not freeze the window.
   */
  async addAllInChunks(entries: readonly SearchEntry[], chunkSize = 1000): Promise<void> {
    await this.index.addAllAsync(
      entries.filter((entry) => !this.index.has(entry.key)),
      { chunkSize },
    );
  }

  /** Forgets an entry (a deleted document). */
  remove(key: string): void {
    if (this.index.has(key)) this.index.discard(key);
  }

  get size(): number {
    return this.index.documentCount;
  }

  /** The best matches for what the user has typed so far. */
  search(query: string, limit = 30): SearchHit[] {
    if (foldForSearch(query).trim() === '') return [];
    return this.index
      .search(query)
      .slice(0, limit)
      .map((result) => {
        const key = result.id as string;
        const hit: SearchHit = {
          key,
          collection: result.collection as SearchHit['collection'],
          id: key.slice(key.indexOf(':') + 1),
          title: result.title as string,
          opens: result.opens as SearchHit['opens'],
          score: result.score,
        };
        return hit;
      });
  }
}
