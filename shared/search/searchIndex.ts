import { foldForSearch } from '../text/searchFold';
import type { OpenableCollection, SearchEntry, SearchedCollection } from './searchEntries';

/** A search hit: the entry's display fields and how well it matched. */
export type SearchHit = Omit<SearchEntry, 'text'> & { score: number };

/**
 * A search index as stored between sessions (structured-clone friendly:
 * IndexedDB keeps the typed arrays as they are). Only live entries: an index
 * is compacted before it is stored, so a deleted or erased document's words
 * are not kept.
 */
export interface SearchIndexSnapshot {
  format: typeof SNAPSHOT_FORMAT;
  keys: string[];
  collections: SearchedCollection[];
  titles: string[];
  /** `collection:id` of the page a hit opens, or ''. */
  opens: string[];
  /** Unique words of each entry's title and text (two per entry). */
  fieldLengths: Uint16Array<ArrayBuffer>;
  /** Every term, in code-unit order. */
  terms: string[];
  /** Where each term's postings start in `docs`/`counts`: title then text, two per term, and the end. */
  postingStarts: Uint32Array<ArrayBuffer>;
  docs: Uint32Array<ArrayBuffer>;
  counts: Uint16Array<ArrayBuffer>;
}

const SNAPSHOT_FORMAT = 1;

/** How a query's words are split, as MiniSearch (which this replaces) split them. */
const SPACE_OR_PUNCTUATION = /[\n\r\p{Z}\p{P}]+/u;
const TITLE = 0;
const TEXT = 1;
const FIELDS = [TITLE, TEXT] as const;
/** A word in the title counts three times a word elsewhere. */
const FIELD_BOOST = [3, 1] as const;
/** Okapi BM25+ (MiniSearch's defaults). */
const BM25 = { k: 1.2, b: 0.7, d: 0.5 };
/** A term that only starts with the query's word, or is a typo away from it, counts less. */
const PREFIX_WEIGHT = 0.375;
const FUZZY_WEIGHT = 0.45;
/** Typos in longer words only: short prefixes would match far too much. */
const FUZZY_MIN_LENGTH = 6;
const FUZZY_RATIO = 0.15;

/** A term's entries in one field, and how often it occurs in each (typed arrays as restored). */
interface Postings {
  docs: number[] | Uint32Array;
  counts: number[] | Uint16Array;
}

interface TermData {
  /** Postings per field; a removed entry's stay until the index is compacted. */
  postings: [Postings | null, Postings | null];
  /** Live entries holding the term, per field. */
  live: [number, number];
}

/**
 * Resolves in a later task, after what waits in the event loop. Every runtime
 * shared/ runs in has setTimeout; shared/ compiles without their type libraries.
 */
function nextTask(): Promise<void> {
  const timers = globalThis as unknown as { setTimeout(callback: () => void): unknown };
  return new Promise((resolve) => timers.setTimeout(resolve));
}

/** A term's postings in a field as arrays that can grow (a restored index holds typed arrays). */
function writable(data: TermData, field: number): { docs: number[]; counts: number[] } {
  const postings = data.postings[field];
  if (postings && Array.isArray(postings.docs) && Array.isArray(postings.counts)) {
    return postings as { docs: number[]; counts: number[] };
  }
  const grown = {
    docs: postings ? Array.from(postings.docs) : [],
    counts: postings ? Array.from(postings.counts) : [],
  };
  data.postings[field] = grown;
  return grown;
}

function tokenize(text: string): string[] {
  return text.split(SPACE_OR_PUNCTUATION);
}

/** The query's words, folded as the entries' words are. */
function queryTerms(query: string): string[] {
  return tokenize(query)
    .map((word) => foldForSearch(word))
    .filter((term) => term !== '');
}

/** Levenshtein distance of `a` and `b` if at most `max`, else `max + 1`. */
function boundedDistance(a: string, b: string, max: number, row: Int32Array): number {
  const n = b.length;
  for (let j = 0; j <= n; j++) row[j] = j;
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0]!;
    row[0] = i;
    let rowMin = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= n; j++) {
      const above = row[j]!;
      const cost = ca === b.charCodeAt(j - 1) ? 0 : 1;
      const value = Math.min(above + 1, row[j - 1]! + 1, diagonal + cost);
      row[j] = value;
      diagonal = above;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > max) return max + 1;
  }
  return row[n]!;
}

/** Grows a typed array to at least `size`, keeping its contents. */
function grown<T extends Float64Array | Int32Array | Uint16Array | Uint8Array>(
  array: T,
  size: number,
  make: (size: number) => T,
): T {
  if (array.length >= size) return array;
  const bigger = make(Math.max(size, array.length * 2, 64));
  bigger.set(array);
  return bigger;
}

/**
 * Full-text search over the workspace, with the German folding of
 * docs/domain.md applied to both the documents and the query ("strasse" finds
 * "Straße", "Muller" and "Mueller" find "Müller"): every word of the query
 * must match, the last ones as they are being typed (prefixes), longer words
 * also with a typo; hits rank by BM25+ with title words counting three times.
 *
 * Built for answering every keystroke at 30,000+ entries: the postings of the
 * matched terms are scored into typed arrays, so a one-letter prefix that
 * matches most of the workspace takes a millisecond or two, where MiniSearch
 * (whose scoring this keeps) took 40-70 ms. A removed entry is dropped from
 * the counts at once and from the postings when the index is compacted
 * (before it is stored, or when a quarter is dead).
 */
export class SearchIndex {
  private keys: string[] = [];
  private collections: SearchedCollection[] = [];
  private titles: string[] = [];
  private opensOf: (SearchEntry['opens'] | null)[] = [];
  private alive = new Uint8Array(64);
  private fieldLengths = new Uint16Array(128);
  /**
   * The distinct terms of each entry, per field (to take them out of the
   * counts); worked out from the postings on the first removal after a restore.
   */
  private entryTerms: [string[], string[]][] | null = [];
  private readonly idOf = new Map<string, number>();
  private readonly terms = new Map<string, TermData>();
  /** The terms in code-unit order, for prefixes. */
  private sortedTerms: string[] = [];
  /** The terms by length, for typos. */
  private readonly termsByLength = new Map<number, Set<string>>();
  private liveCount = 0;
  private readonly totalFieldLength = [0, 0];
  // Scratch space for searching, kept between searches.
  private stamp = new Int32Array(64);
  private level = new Uint8Array(64);
  private score = new Float64Array(64);
  private candidates = new Int32Array(64);
  private generation = 0;
  private readonly distanceRow = new Int32Array(256);

  /** Adds or replaces entries. */
  upsert(entries: readonly SearchEntry[]): void {
    for (const entry of entries) {
      this.remove(entry.key);
      this.add(entry);
    }
    this.compactIfWorthIt();
  }

  /**
   * Adds many entries in chunks, yielding to the event loop between them
   * so that indexing a large workspace does not freeze the thread.
   */
  async addAllInChunks(entries: readonly SearchEntry[], chunkSize = 1000): Promise<void> {
    for (let from = 0; from < entries.length; from += chunkSize) {
      this.upsert(entries.slice(from, from + chunkSize));
      if (from + chunkSize < entries.length) await nextTask();
    }
  }

  /** Forgets an entry (a deleted document). */
  remove(key: string): void {
    const id = this.idOf.get(key);
    if (id === undefined) return;
    this.idOf.delete(key);
    this.alive[id] = 0;
    this.liveCount -= 1;
    const entryTerms = this.termsOfEntries();
    const terms = entryTerms[id]!;
    for (const field of FIELDS) {
      this.totalFieldLength[field]! -= this.fieldLengths[id * 2 + field]!;
      for (const term of terms[field]) {
        const data = this.terms.get(term)!;
        data.live[field] -= 1;
        if (data.live[TITLE] === 0 && data.live[TEXT] === 0) this.forgetTerm(term);
      }
    }
    entryTerms[id] = [[], []];
    this.titles[id] = '';
  }

  /** Each entry's terms, worked out from the postings when not known yet. */
  private termsOfEntries(): [string[], string[]][] {
    if (this.entryTerms) return this.entryTerms;
    const entryTerms = Array.from(
      { length: this.keys.length },
      () => [[], []] as [string[], string[]],
    );
    for (const [term, data] of this.terms) {
      for (const field of FIELDS) {
        const postings = data.postings[field];
        if (!postings) continue;
        for (let at = 0; at < postings.docs.length; at++) {
          entryTerms[postings.docs[at]!]![field].push(term);
        }
      }
    }
    this.entryTerms = entryTerms;
    return entryTerms;
  }

  get size(): number {
    return this.liveCount;
  }

  /** The best matches for what the user has typed so far. */
  search(query: string, limit = 30): SearchHit[] {
    const words = queryTerms(query);
    if (words.length === 0 || this.liveCount === 0) return [];
    const count = this.keys.length;
    this.stamp = grown(this.stamp, count, (size) => new Int32Array(size));
    this.level = grown(this.level, count, (size) => new Uint8Array(size));
    this.score = grown(this.score, count, (size) => new Float64Array(size));
    this.candidates = grown(this.candidates, count, (size) => new Int32Array(size));
    const { stamp, level, score, alive, fieldLengths, candidates } = this;
    const generation = ++this.generation;
    let found = 0;
    const averages = FIELDS.map((field) => this.totalFieldLength[field]! / this.liveCount);

    words.forEach((word, position) => {
      for (const [data, weight] of this.derivedTerms(word)) {
        for (const field of FIELDS) {
          const postings = data.postings[field];
          const matching = data.live[field];
          if (!postings || matching === 0) continue;
          const idf = Math.log(1 + (this.liveCount - matching + 0.5) / (matching + 0.5));
          const factor = weight * FIELD_BOOST[field] * idf;
          const average = averages[field]!;
          const { docs, counts } = postings;
          for (let at = 0; at < docs.length; at++) {
            const doc = docs[at]!;
            if (!alive[doc]) continue;
            // Every word must match: a document counts only if it matched the words before.
            if (stamp[doc] !== generation) {
              if (position !== 0) continue;
              stamp[doc] = generation;
              level[doc] = 0;
              score[doc] = 0;
              candidates[found++] = doc;
            }
            if (level[doc] === position) level[doc] = position + 1;
            else if (level[doc] !== position + 1) continue;
            const tf = counts[at]!;
            const length = fieldLengths[doc * 2 + field]!;
            score[doc]! +=
              factor *
              (BM25.d +
                (tf * (BM25.k + 1)) / (tf + BM25.k * (1 - BM25.b + (BM25.b * length) / average)));
          }
        }
      }
    });

    // The best `limit`, by score, then by the order they were added.
    const quality = new Set(words).size;
    const best: number[] = [];
    const better = (a: number, b: number) =>
      score[a]! > score[b]! || (score[a] === score[b] && a < b);
    for (let at = 0; at < found; at++) {
      const doc = candidates[at]!;
      if (level[doc] !== words.length) continue;
      if (best.length === limit && !better(doc, best[limit - 1]!)) continue;
      let low = 0;
      let high = best.length;
      while (low < high) {
        const middle = (low + high) >> 1;
        if (better(best[middle]!, doc)) low = middle + 1;
        else high = middle;
      }
      best.splice(low, 0, doc);
      if (best.length > limit) best.pop();
    }
    return best.map((doc) => {
      const key = this.keys[doc]!;
      return {
        key,
        collection: this.collections[doc]!,
        id: key.slice(key.indexOf(':') + 1),
        title: this.titles[doc]!,
        opens: this.opensOf[doc] ?? null,
        score: score[doc]! * quality,
      };
    });
  }

  /**
   * The index as stored between sessions, compacted first: what a removed or
   * replaced entry said is not in it.
   */
  toSnapshot(): SearchIndexSnapshot {
    this.compact();
    const count = this.keys.length;
    const starts = new Uint32Array(this.sortedTerms.length * 2 + 1);
    let total = 0;
    for (const term of this.sortedTerms) {
      const data = this.terms.get(term)!;
      total += (data.postings[TITLE]?.docs.length ?? 0) + (data.postings[TEXT]?.docs.length ?? 0);
    }
    const docs = new Uint32Array(total);
    const counts = new Uint16Array(total);
    let at = 0;
    this.sortedTerms.forEach((term, index) => {
      const data = this.terms.get(term)!;
      for (const field of FIELDS) {
        starts[index * 2 + field] = at;
        const postings = data.postings[field];
        if (!postings) continue;
        docs.set(postings.docs, at);
        counts.set(postings.counts, at);
        at += postings.docs.length;
      }
    });
    starts[this.sortedTerms.length * 2] = at;
    return {
      format: SNAPSHOT_FORMAT,
      keys: [...this.keys],
      collections: [...this.collections],
      titles: [...this.titles],
      opens: this.opensOf.map((opens) => (opens ? `${opens.collection}:${opens.id}` : '')),
      fieldLengths: this.fieldLengths.slice(0, count * 2),
      terms: [...this.sortedTerms],
      postingStarts: starts,
      docs,
      counts,
    };
  }

  /**
   * An index from a stored snapshot, or null when it is of another format.
   * It takes the snapshot over (its arrays become the index's): restoring
   * 30,000 entries is a few tens of milliseconds, so a page can do it.
   */
  static fromSnapshot(snapshot: SearchIndexSnapshot): SearchIndex | null {
    if (snapshot?.format !== SNAPSHOT_FORMAT) return null;
    const index = new SearchIndex();
    const count = snapshot.keys.length;
    index.keys = snapshot.keys;
    index.collections = snapshot.collections;
    index.titles = snapshot.titles;
    index.opensOf = snapshot.opens.map((opens) => {
      if (!opens) return null;
      const colon = opens.indexOf(':');
      return {
        collection: opens.slice(0, colon) as OpenableCollection,
        id: opens.slice(colon + 1),
      };
    });
    index.alive = new Uint8Array(Math.max(count, 64)).fill(1, 0, count);
    index.fieldLengths = grown(snapshot.fieldLengths, count * 2, (size) => new Uint16Array(size));
    index.entryTerms = null;
    for (let id = 0; id < count; id++) index.idOf.set(index.keys[id]!, id);
    index.liveCount = count;
    for (let id = 0; id < count; id++) {
      index.totalFieldLength[TITLE]! += index.fieldLengths[id * 2]!;
      index.totalFieldLength[TEXT]! += index.fieldLengths[id * 2 + 1]!;
    }
    const { postingStarts: starts, docs, counts, terms } = snapshot;
    for (let position = 0; position < terms.length; position++) {
      const term = terms[position]!;
      const data: TermData = { postings: [null, null], live: [0, 0] };
      for (const field of FIELDS) {
        const from = starts[position * 2 + field]!;
        const to = starts[position * 2 + field + 1]!;
        if (to === from) continue;
        // Views of the stored arrays: copied only if the term gains an entry.
        data.postings[field] = { docs: docs.subarray(from, to), counts: counts.subarray(from, to) };
        data.live[field] = to - from;
      }
      index.terms.set(term, data);
      index.byLength(term.length).add(term);
    }
    index.sortedTerms = terms;
    return index;
  }

  private add(entry: SearchEntry): void {
    const id = this.keys.length;
    this.keys.push(entry.key);
    this.collections.push(entry.collection);
    this.titles.push(entry.title);
    this.opensOf.push(entry.opens);
    this.alive = grown(this.alive, id + 1, (size) => new Uint8Array(size));
    this.fieldLengths = grown(this.fieldLengths, (id + 1) * 2, (size) => new Uint16Array(size));
    this.alive[id] = 1;
    this.idOf.set(entry.key, id);
    this.liveCount += 1;
    const terms: [string[], string[]] = [[], []];
    for (const field of FIELDS) {
      const words = tokenize(field === TITLE ? entry.title : entry.text);
      // As MiniSearch counted a field's length: its distinct words as written.
      const length = Math.min(new Set(words).size, 0xffff);
      this.fieldLengths[id * 2 + field] = length;
      this.totalFieldLength[field]! += length;
      const frequencies = new Map<string, number>();
      for (const word of words) {
        const term = foldForSearch(word);
        if (term) frequencies.set(term, (frequencies.get(term) ?? 0) + 1);
      }
      for (const [term, count] of frequencies) {
        const data = this.termData(term);
        const postings = writable(data, field);
        postings.docs.push(id);
        postings.counts.push(Math.min(count, 0xffff));
        data.live[field] += 1;
        terms[field].push(term);
      }
    }
    this.entryTerms?.push(terms);
  }

  private termData(term: string): TermData {
    let data = this.terms.get(term);
    if (!data) {
      data = { postings: [null, null], live: [0, 0] };
      this.terms.set(term, data);
      this.sortedTerms.splice(this.lowerBound(term), 0, term);
      this.byLength(term.length).add(term);
    }
    return data;
  }

  private forgetTerm(term: string): void {
    this.terms.delete(term);
    const at = this.lowerBound(term);
    if (this.sortedTerms[at] === term) this.sortedTerms.splice(at, 1);
    this.termsByLength.get(term.length)?.delete(term);
  }

  private byLength(length: number): Set<string> {
    let terms = this.termsByLength.get(length);
    if (!terms) {
      terms = new Set();
      this.termsByLength.set(length, terms);
    }
    return terms;
  }

  /** The position of the first term not before `text`. */
  private lowerBound(text: string): number {
    let low = 0;
    let high = this.sortedTerms.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (this.sortedTerms[middle]! < text) low = middle + 1;
      else high = middle;
    }
    return low;
  }

  /**
   * The terms a query word matches, with their weight: itself, the terms it
   * starts, and (for a longer word) those a typo or two away, as MiniSearch
   * weighed them.
   */
  private derivedTerms(word: string): [TermData, number][] {
    const found: [TermData, number][] = [];
    const exact = this.terms.get(word);
    if (exact) found.push([exact, 1]);
    for (let at = this.lowerBound(word); at < this.sortedTerms.length; at++) {
      const term = this.sortedTerms[at]!;
      if (!term.startsWith(word)) break;
      const distance = term.length - word.length;
      if (distance === 0) continue;
      const weight = (PREFIX_WEIGHT * term.length) / (term.length + 0.3 * distance);
      found.push([this.terms.get(term)!, weight]);
    }
    if (word.length >= FUZZY_MIN_LENGTH) {
      const max = Math.min(6, Math.round(word.length * FUZZY_RATIO));
      if (max > 0 && word.length < this.distanceRow.length) {
        for (let length = word.length - max; length <= word.length + max; length++) {
          for (const term of this.termsByLength.get(length) ?? []) {
            // Prefixes and the word itself are scored above.
            if (term.startsWith(word) || length >= this.distanceRow.length) continue;
            const distance = boundedDistance(term, word, max, this.distanceRow);
            if (distance === 0 || distance > max) continue;
            found.push([
              this.terms.get(term)!,
              (FUZZY_WEIGHT * term.length) / (term.length + distance),
            ]);
          }
        }
      }
    }
    return found;
  }

  /** Compacts when a quarter of the entries (and at least 100) are removed ones. */
  private compactIfWorthIt(): void {
    const dead = this.keys.length - this.liveCount;
    if (dead >= 100 && dead * 4 >= this.keys.length) this.compact();
  }

  /** Drops removed entries from the postings and numbers the live ones afresh. */
  private compact(): void {
    const count = this.keys.length;
    if (count === this.liveCount) return;
    const renumbered = new Int32Array(count).fill(-1);
    let next = 0;
    for (let id = 0; id < count; id++) if (this.alive[id]) renumbered[id] = next++;
    const keep = <T>(values: T[]) => values.filter((_, id) => this.alive[id]);
    const fieldLengths = new Uint16Array(Math.max(next * 2, 128));
    for (let id = 0; id < count; id++) {
      const to = renumbered[id]!;
      if (to < 0) continue;
      fieldLengths[to * 2] = this.fieldLengths[id * 2]!;
      fieldLengths[to * 2 + 1] = this.fieldLengths[id * 2 + 1]!;
    }
    for (const data of this.terms.values()) {
      for (const field of FIELDS) {
        const postings = data.postings[field];
        if (!postings) continue;
        const docs: number[] = [];
        const counts: number[] = [];
        postings.docs.forEach((doc, at) => {
          const to = renumbered[doc]!;
          if (to < 0) return;
          docs.push(to);
          counts.push(postings.counts[at]!);
        });
        data.postings[field] = docs.length > 0 ? { docs, counts } : null;
      }
    }
    this.keys = keep(this.keys);
    this.collections = keep(this.collections);
    this.titles = keep(this.titles);
    this.opensOf = keep(this.opensOf);
    this.entryTerms = this.entryTerms && keep(this.entryTerms);
    this.fieldLengths = fieldLengths;
    this.alive = new Uint8Array(Math.max(next, 64)).fill(1, 0, next);
    this.idOf.clear();
    this.keys.forEach((key, id) => this.idOf.set(key, id));
  }
}
