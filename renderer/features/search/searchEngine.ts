import type { RxStorageInstance } from 'rxdb';
import {
  SEARCHED_COLLECTIONS,
  toSearchEntry,
  type SearchedCollection,
} from '../../../shared/search/searchEntries';
import { SearchIndex, type SearchHit } from '../../../shared/search/searchIndex';
import { changesSince, type ChangeCheckpoint } from '../../data/changesSince';
import type { SearchSnapshotStore, StoredSearchIndex } from './searchSnapshots';
import { CatchUpRunner } from '../../data/catchUpRunner';

/**
 * What a stored index holds, as a number: bump it when the entries
 * (toSearchEntry), the folding (foldForSearch) or the index's own format
 * change, and every device rebuilds its index once.
 */
export const SEARCH_ENGINE_FORMAT = 1;

/** Whether a stored index is of this engine's format and of these very collections. */
export function isUsableIndex(
  stored: StoredSearchIndex | undefined,
  expected: Pick<SearchEngineOptions, 'storageToken' | 'schemaVersions'>,
): stored is StoredSearchIndex {
  return (
    stored?.format === SEARCH_ENGINE_FORMAT &&
    stored.storageToken === expected.storageToken &&
    SEARCHED_COLLECTIONS.every(
      (name) => stored.schemaVersions[name] === expected.schemaVersions[name],
    )
  );
}

/** Documents read from a collection's change order at a time. */
const BATCH = 1000;

/** How long after the last change the index is stored (a deletion is stored at once). */
const STORE_DELAY_MS = 3000;

/** A storage instance of one searched collection (any document type: entries are built per name). */
export type SearchSource = RxStorageInstance<{ id: string }, unknown, unknown>;

export interface SearchEngineOptions {
  /** The workspace database's name: stored indexes are kept per database. */
  databaseName: string;
  /**
   * The database's storage token: a store deleted and made again under the
   * same name has a new one, and an index stored for the old one is not used.
   */
  storageToken: string;
  /** The storage of each searched collection, to read its changes from. */
  sources: Partial<Record<SearchedCollection, SearchSource>>;
  /** Each collection's schema version, stored with the index. */
  schemaVersions: Partial<Record<SearchedCollection, number>>;
  snapshots: SearchSnapshotStore;
  storeDelayMs?: number;
}

/** How the index came to be ready. */
export interface SearchReady {
  /** From a stored index (then caught up), or built from every document. */
  restored: boolean;
  entries: number;
  /** Milliseconds from the engine's start to ready. */
  ms: number;
}

/**
 * The search index of one workspace, kept up to date from its collections'
 * change order, and stored between sessions.
 *
 * It starts from the stored index when there is one (tens of milliseconds
 * for 30,000 entries), else from every document (seconds: the app's search
 * worker does that, see searchWorker.ts), and then reads only what changed
 * after its checkpoints: on every change notice (local edits, a pull from
 * another device, another window) and on the next start, so a change made
 * while it was not running is not missed either.
 */
export class SearchEngine {
  private index = new SearchIndex();
  private checkpoints: Partial<Record<SearchedCollection, ChangeCheckpoint>> = {};
  private readonly catchUps = new CatchUpRunner(
    () => this.followAll(),
    () => this.closed,
  );
  private closed = false;
  private unstored = false;
  private removedSinceStored = false;
  private storeTimer: ReturnType<typeof setTimeout> | undefined;
  private storing: Promise<void> = Promise.resolve();
  readonly ready: Promise<SearchReady>;

  constructor(private readonly options: SearchEngineOptions) {
    this.ready = this.start();
    this.ready.catch(() => undefined);
  }

  /** Something changed in the workspace: read it (after the read now running, if any). */
  changed(): void {
    void this.ready
      .then(() => this.catchUp())
      .then(() => this.storeSoon())
      .catch(() => undefined);
  }

  /** The best matches for `query`. Call once ready. */
  search(query: string, limit?: number): SearchHit[] {
    return this.index.search(query, limit);
  }

  get entries(): number {
    return this.index.size;
  }

  /** Stores the index and its checkpoints now (after any store under way). */
  store(): Promise<void> {
    clearTimeout(this.storeTimer);
    this.storing = this.storing.then(async () => {
      if (!this.unstored || this.closed) return;
      const stored = this.storedIndex();
      this.unstored = false;
      this.removedSinceStored = false;
      await this.options.snapshots.write(this.options.databaseName, stored).catch(() => {
        // Not stored: the next start rebuilds or catches up from the last one stored.
        this.unstored = true;
      });
    });
    return this.storing;
  }

  /** The index and its checkpoints as stored (compacted: nothing removed is in it). */
  storedIndex(): StoredSearchIndex {
    const { options } = this;
    return {
      format: SEARCH_ENGINE_FORMAT,
      storageToken: options.storageToken,
      schemaVersions: options.schemaVersions,
      checkpoints: { ...this.checkpoints },
      index: this.index.toSnapshot(),
      savedAt: new Date().toISOString(),
    };
  }

  close(): void {
    this.closed = true;
    clearTimeout(this.storeTimer);
  }

  private async start(): Promise<SearchReady> {
    const started = Date.now();
    const { options } = this;
    const stored = await options.snapshots.read(options.databaseName).catch(() => undefined);
    const restored = stored && this.usable(stored) ? SearchIndex.fromSnapshot(stored.index) : null;
    if (stored && restored) {
      this.index = restored;
      this.checkpoints = { ...stored.checkpoints };
    }
    await this.catchUp();
    // A new or caught-up index is stored at once: the next start is quick.
    if (this.unstored) void this.store();
    // One search before the first keystroke's, so that the engine's code is compiled by then.
    this.index.search('e');
    return { restored: restored !== null, entries: this.index.size, ms: Date.now() - started };
  }

  private usable(stored: StoredSearchIndex): boolean {
    return isUsableIndex(stored, this.options);
  }

  private storeSoon(): void {
    if (!this.unstored || this.closed) return;
    clearTimeout(this.storeTimer);
    // What a deleted or erased document said must not stay in the stored index.
    const delay = this.removedSinceStored ? 0 : (this.options.storeDelayMs ?? STORE_DELAY_MS);
    this.storeTimer = setTimeout(() => void this.store(), delay);
  }

  /** Reads every change after the checkpoints; one run at a time, none left behind. */
  private catchUp(): Promise<void> {
    return this.catchUps.run();
  }

  private async followAll(): Promise<void> {
    for (const name of SEARCHED_COLLECTIONS) await this.follow(name);
  }

  private async follow(name: SearchedCollection): Promise<void> {
    const source = this.options.sources[name];
    if (!source) return;
    for (;;) {
      if (this.closed) return;
      const batch = await changesSince(source, this.checkpoints[name], BATCH);
      if (!batch.checkpoint || batch.documents.length === 0) return;
      const live = [];
      for (const document of batch.documents) {
        if (document._deleted) {
          this.index.remove(`${name}:${document.id}`);
          this.removedSinceStored = true;
        } else {
          live.push(toSearchEntry(name, document as never));
        }
      }
      this.index.upsert(live);
      this.checkpoints[name] = batch.checkpoint;
      this.unstored = true;
      if (batch.documents.length < BATCH) return;
    }
  }
}
