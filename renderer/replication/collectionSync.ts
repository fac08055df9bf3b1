import { BehaviorSubject } from 'rxjs';
import type { RxCollection } from 'rxdb';
import type { SyncedCollectionName } from '../../shared/domain/collectionNames';
import {
  jsonEqual,
  mergeDocuments,
  replicatedData,
  type Json,
} from '../../shared/sync/mergeDocuments';
import type { PushRow, ReplicatedDocument } from '../../shared/sync/protocol';
import { PullPages } from './pullPages';
import {
  changesToPush,
  refusalsOf,
  SCAN_PAGE,
  sendInBatches,
  type PushOutcome,
} from './pushBatches';
import type { ServerClient } from './serverClient';
import { SYNC_WRITE_CONTEXTS } from './syncWriteContexts';
import { SyncError } from './syncError';
import type { SetAside, SyncMeta, UpCheckpoint } from './syncMeta';
import { changesSince } from '../data/changesSince';
import { carriedMaster } from '../data/pulledBase';
import {
  writeComputed,
  type Compute,
  type ConflictSink,
  type Data,
  type Stored,
  type WriteComputedOptions,
} from './writeComputed';

export interface CollectionSyncOptions {
  name: SyncedCollectionName;
  collection: RxCollection;
  meta: SyncMeta;
  client: ServerClient;
  workspaceId: string;
  /** The largest pull page asked for (pages start smaller and grow while they come full). */
  pullBatchSize: number;
  pushBatchSize: number;
  recordConflicts: ConflictSink;
  now: () => Date;
  /** Each page pulled: where it started and how many documents it brought. */
  onPage?: (page: { from: number; count: number; batchSize: number }) => void;
}

/**
 * The replication of one collection with the server, on RxDB's storage: pull
 * by sequence, push as compare-and-set against the server state last seen
 * (kept in SyncMeta), and a three-way merge where the two met. Pulls, pushes
 * and the bookkeeping of pending changes run one at a time, so no checkpoint
 * is ever stored past a document that was not handled; a local edit made
 * meanwhile has a later place in RxDB's change order and is sent next.
 */
export class CollectionSync {
  /** Documents changed here and not yet on the server (set-aside ones not counted). */
  readonly pending$ = new BehaviorSubject<number>(0);
  /** Documents the server refused, by id: they wait until edited or discarded. */
  readonly setAside$ = new BehaviorSubject<Readonly<Record<string, SetAside>>>({});
  private readonly pendingIds = new Set<string>();
  private readonly toReassess = new Set<string>();
  private lock: Promise<unknown> = Promise.resolve();
  private down = 0;
  private up?: UpCheckpoint;
  /**
   * Whether `up` is known to be at the end of RxDB's change order, with only
   * this replication's clean pull writes after it since. Then a pull may move
   * `up` past what it wrote, and the next push need not read those documents
   * back (after a first pull of 10,000 it read all of them, and their masters).
   */
  private upAtEnd = false;
  /** Write bulks of this collection seen, to tell whether one came during a read. */
  private bulksSeen = 0;
  /** Where the change order stood after this replication's latest pull write. */
  private lastPullCheckpoint?: UpCheckpoint;
  /**
   * States this device pushed and the server took, until the pull that
   * brings them back: that echo is already the recorded master, so the pull
   * passes over it without writing or reading anything.
   */
  private readonly pushed = new Map<string, Json>();

  private readonly pages: PullPages;

  constructor(private readonly options: CollectionSyncOptions) {
    const { client, workspaceId, name, pullBatchSize } = options;
    this.pages = new PullPages({ client, workspaceId, name, largest: pullBatchSize });
  }

  get name(): SyncedCollectionName {
    return this.options.name;
  }

  private get storage() {
    return this.options.collection.storageInstance;
  }

  /** Loads the checkpoints, and counts what is waiting to be sent (it survives a restart). */
  async init(): Promise<void> {
    const { meta, name } = this.options;
    const checkpoints = await meta.checkpoints(name);
    this.down = checkpoints.down;
    this.up = checkpoints.up;
    this.setAside$.next(await meta.setAside(name));
    await this.exclusive(async () => {
      let checkpoint = this.up;
      for (;;) {
        const page = await changesSince(this.storage, checkpoint, SCAN_PAGE);
        if (page.documents.length === 0) break;
        await this.reassess(page.documents.map((document) => String(document.id)));
        checkpoint = page.checkpoint as UpCheckpoint;
      }
    });
  }

  /** Local edits to these documents: counted at once, checked against the server state next. */
  noteLocalWrites(ids: readonly string[]): void {
    for (const id of ids) {
      this.pendingIds.add(id);
      this.toReassess.add(id);
    }
    this.pending$.next(this.pendingIds.size);
    void this.exclusive(async () => {
      const batch = [...this.toReassess];
      this.toReassess.clear();
      if (batch.length > 0) await this.reassess(batch);
    });
  }

  /**
   * Every write bulk to this collection, in the order written: this
   * replication's pull writes (`ownPull`) with the change order's checkpoint
   * after them; anything else (a local edit, a merge to be sent, another
   * window's write) means documents after `up` that a push must read.
   */
  noteWrite(ownPull: boolean, checkpoint: UpCheckpoint | undefined): void {
    this.bulksSeen++;
    if (ownPull && checkpoint) this.lastPullCheckpoint = checkpoint;
    else this.upAtEnd = false;
  }

  /**
   * Everything the server has after this device's checkpoint. The next page
   * is requested as soon as a full one arrives, so the network and the store
   * work at once; pages are still stored in order, and the checkpoint only
   * moves past a page once it is stored.
   *
   * Saving a page's bookkeeping while the next page was stored was tried: the
   * randomized convergence test then left a device with a change it could
   * never settle (seed 4, about one run in two), so each page's masters and
   * checkpoint are saved before the next page is taken in.
   */
  pull(): Promise<void> {
    return this.exclusive(async () => {
      const { name } = this.options;
      // A first pull finds (next to) nothing here: its pages are written unread.
      const readFirst = this.down > 0;
      let size = this.pages.first();
      let next = this.pages.request(this.down, size);
      for (;;) {
        const from = this.down;
        const { page, limit } = await next;
        const full = page.documents.length >= limit;
        size = this.pages.after(size);
        if (full) next = this.pages.request(page.checkpoint.seq, size);
        if (page.documents.length > 0) {
          await this.applyPulled(page.documents, page.checkpoint.seq, readFirst);
        } else if (page.checkpoint.seq !== this.down) {
          await this.options.meta.setDownCheckpoint(name, page.checkpoint.seq);
        }
        this.down = page.checkpoint.seq;
        this.options.onPage?.({ from, count: page.documents.length, batchSize: limit });
        if (!full) {
          // A push's echo has come by now: the push was answered before this pull began.
          this.pushed.clear();
          return;
        }
      }
    });
  }

  /**
   * The server states last seen of these stored documents: the bookkeeping's,
   * else the one a document carries itself (see pulledBase.ts: a first pull's
   * documents are their own masters until changed, then keep that state).
   */
  private async mastersOf(documents: readonly Stored[]): Promise<Map<string, Json>> {
    const ids = documents.map((document) => document.id);
    const found = await this.options.meta.masters(this.name, ids);
    for (const document of documents) {
      if (found.has(document.id)) continue;
      const carried = carriedMaster(document);
      if (carried !== undefined) found.set(document.id, carried);
    }
    return found;
  }

  /** Whether the server is known to be past this device's checkpoint. */
  behind(seq: number): boolean {
    return seq > this.down;
  }

  /**
   * Every local change not yet on the server. RxDB's change order is read a
   * page at a time (pulled documents are in it too, and are passed over as
   * the server's own); what differs from the server is sent in batches.
   */
  push(): Promise<void> {
    return this.exclusive(async () => {
      const { pushBatchSize } = this.options;
      for (;;) {
        const seenBefore = this.bulksSeen;
        const { ids, rows, checkpoint } = await changesToPush(
          this.storage,
          this.up,
          pushBatchSize,
          (documents) => this.rowsToPush(documents),
        );
        if (ids.length === 0) {
          // Nothing after `up`, unless a write landed while it was read.
          this.upAtEnd = this.bulksSeen === seenBefore;
          return;
        }
        const accepted = await sendInBatches(
          rows,
          pushBatchSize,
          (batch) => this.request(batch),
          (batch, answer) => this.takeAnswer(batch, answer),
        );
        this.up = checkpoint;
        await this.options.meta.setUpCheckpoint(this.name, checkpoint!);
        const aside = this.setAside$.value;
        if (accepted && this.bulksSeen === seenBefore && !ids.some((id) => id in aside)) {
          // Nothing written since the pages were read and all of it taken: every
          // document is now as the server has it, with no need to read it back.
          // (An edit whose event is still on its way is counted again when it comes.)
          for (const id of ids) this.pendingIds.delete(id);
          this.pending$.next(this.pendingIds.size);
        } else {
          await this.reassess(this.tracked(ids));
        }
      }
    });
  }

  /** What of these changed documents the server lacks, as push rows with the states they were based on. */
  private async rowsToPush(documents: readonly Stored[]): Promise<PushRow[]> {
    if (documents.length === 0) return [];
    const masters = await this.mastersOf(documents);
    const rows: PushRow[] = [];
    for (const document of documents) {
      const master = masters.get(document.id);
      if (!this.needsPush(document, master)) continue;
      rows.push({
        newDocumentState: replicatedData(document) as ReplicatedDocument,
        ...(master === undefined
          ? {}
          : { assumedMasterState: master as unknown as ReplicatedDocument }),
      });
    }
    return rows;
  }

  /** Gives up this device's refused change: the document goes back to the server's state. */
  discard(id: string): Promise<void> {
    return this.exclusive(async () => {
      const stored = (await this.storage.findDocumentsById([id], true)) as Stored[];
      const master = (await this.mastersOf(stored)).get(id) as Data | undefined;
      await this.writeLocal([id], SYNC_WRITE_CONTEXTS.discard, (current) => {
        if (master) return { state: master };
        // Never on the server: nothing to go back to, so it goes.
        return current ? { state: { ...(replicatedData(current) as Data), _deleted: true } } : {};
      });
      await this.reassess([id]);
    });
  }

  /** Resolves once the work under way has ended. */
  async settled(): Promise<void> {
    await this.lock;
  }

  private exclusive<T>(task: () => Promise<T>): Promise<T> {
    const run = this.lock.then(task);
    // The caller gets the task's failure from `run`; the lock only waits for it to end.
    this.lock = run.catch(() => undefined);
    return run;
  }

  /**
   * Whether the local document has something the server lacks. A document
   * made and deleted here never existed there; a set-aside state waits.
   */
  private needsPush(document: Stored | undefined, master: Json | undefined): boolean {
    if (!document) return false;
    const data = replicatedData(document);
    if (master === undefined) {
      if (document._deleted) return false;
    } else if (jsonEqual(data, master)) return false;
    const aside = this.setAside$.value[document.id];
    return !(aside && jsonEqual(aside.state, data));
  }

  /** Of these documents, those counted as pending or set aside: the only ones a recount can change. */
  private tracked(ids: readonly string[]): string[] {
    const aside = this.setAside$.value;
    return ids.filter((id) => this.pendingIds.has(id) || id in aside);
  }

  /** Recounts these documents as pending or not; a set-aside one edited since is tried again. */
  private async reassess(ids: readonly string[]): Promise<void> {
    if (ids.length === 0) return;
    const documents = await this.storage.findDocumentsById([...ids], true);
    const byId = new Map((documents as Stored[]).map((document) => [document.id, document]));
    const masters = await this.mastersOf(documents as Stored[]);
    const aside = { ...this.setAside$.value };
    let asideChanged = false;
    for (const id of ids) {
      const document = byId.get(id);
      const entry = aside[id];
      if (entry && (!document || !jsonEqual(entry.state, replicatedData(document)))) {
        delete aside[id];
        asideChanged = true;
      }
      if (this.needsPush(document, masters.get(id))) this.pendingIds.add(id);
      else this.pendingIds.delete(id);
    }
    if (asideChanged) await this.saveAside(aside);
    this.pending$.next(this.pendingIds.size);
  }

  private async saveAside(aside: Record<string, SetAside>): Promise<void> {
    await this.options.meta.saveSetAside(this.name, aside);
    this.setAside$.next(aside);
  }

  /**
   * Takes in a page of server states: clean documents become them, edited
   * ones merge. Masters are read only for documents stored here (a first
   * pull reads none). The masters and the pull checkpoint `down` are then
   * saved together, once the documents are stored.
   *
   * `readFirst` false (a first pull): every state is written as new, unread;
   * one stored here after all comes back from the store as a conflict with
   * its stored state and is computed again from that.
   */
  private async applyPulled(
    pulled: readonly ReplicatedDocument[],
    down: number,
    readFirst: boolean,
  ): Promise<void> {
    // The echo of this device's own push: stored here and recorded as the master already.
    // (Edited here since, it would merge with base = theirs = the master: the edit stands.)
    const documents = pulled.filter((document) => {
      const echo = this.pushed.get(document.id);
      if (echo === undefined) return true;
      this.pushed.delete(document.id);
      return !jsonEqual(echo, toData(document));
    });
    const ids = documents.map((document) => document.id);
    const theirsById = new Map(documents.map((document) => [document.id, toData(document)]));
    const masters = new Map<string, Json>();
    const merged = new Set<string>();
    /** Stored new as a first pull's: their own masters (pulledBase.ts). */
    const inserted = new Set<string>();
    const readMasters = async (stored: readonly Stored[]) => {
      for (const [id, master] of await this.mastersOf(stored)) masters.set(id, master);
    };
    await this.writeLocal(
      ids,
      readFirst ? SYNC_WRITE_CONTEXTS.pull : SYNC_WRITE_CONTEXTS.firstPull,
      (current, id) => {
        const theirs = theirsById.get(id) as Data;
        // (Computed again when a write came back as a conflict: then it is stored here.)
        inserted.delete(id);
        if (!current) {
          // New here: in a first pull it is its own master, with no bookkeeping written.
          if (!readFirst) inserted.add(id);
          return { state: theirs };
        }
        const mine = replicatedData(current) as Data;
        if (jsonEqual(mine, theirs)) return {};
        const base = masters.get(id) as Data | undefined;
        // Unchanged here since last seen (or made and deleted here only): the server's state stands.
        if ((base && jsonEqual(mine, base)) || (!base && mine._deleted)) return { state: theirs };
        merged.add(id);
        return this.merge(base, mine, theirs);
      },
      { onStored: readMasters, readFirst },
    );
    // Only what is new: the echo of this device's own push is already recorded,
    // and a first pull's new documents are their own masters.
    const seen = new Map(
      [...theirsById].filter(([id, theirs]) => {
        if (inserted.has(id)) return false;
        const known = masters.get(id);
        return known === undefined || !jsonEqual(known, theirs);
      }),
    );
    await this.options.meta.setMasters(this.name, seen, down);
    await this.reassess([...new Set([...merged, ...this.tracked(ids)])]);
    await this.skipOwnPullWrites(merged.size > 0);
  }

  /**
   * Moves `up` past this pull's writes when nothing else was written after
   * it: they hold the server's states, which a push would only read back and
   * pass over. Merged documents differ from the server's and must be sent,
   * so a pull that merged leaves `up` where it is.
   */
  private async skipOwnPullWrites(merged: boolean): Promise<void> {
    if (merged) this.upAtEnd = false;
    const next = this.lastPullCheckpoint;
    if (!this.upAtEnd || !next || (this.up && !isAfter(next, this.up))) return;
    this.up = next;
    await this.options.meta.setUpCheckpoint(this.name, next);
  }

  /**
   * Pushes rows; refused documents are set aside, conflicts merged. Whether
   * the server took every row as it was.
   */
  private async send(rows: PushRow[]): Promise<boolean> {
    return this.takeAnswer(rows, await this.request(rows));
  }

  /** A push's answer, or its failure, as a value (a request not yet awaited never rejects). */
  private request(rows: PushRow[]): Promise<PushOutcome> {
    const { client, workspaceId } = this.options;
    return client.push(workspaceId, this.name, rows).catch((error: unknown) => ({ error }));
  }

  private async takeAnswer(rows: PushRow[], answer: PushOutcome): Promise<boolean> {
    if ('error' in answer) {
      const { error } = answer;
      if (!(error instanceof SyncError) || error.code !== 'rejected') throw error;
      await this.refused(rows, error);
      return false;
    }
    const { conflicts, written } = answer;
    const refusedIds = new Set(conflicts.map((document) => document.id));
    const masters = new Map<string, Json>();
    for (const row of rows) {
      if (!refusedIds.has(row.newDocumentState.id)) {
        masters.set(row.newDocumentState.id, row.newDocumentState as unknown as Json);
      }
    }
    // What the server stored right after this device's checkpoint is this push's rows as
    // sent: the checkpoint moves past them (with their masters), and they are not pulled
    // back. Anything between means a colleague's change to pull: the checkpoint stays.
    const down = written && written.fromSeq === this.down + 1 ? written.toSeq : undefined;
    await this.options.meta.setMasters(this.name, masters, down);
    if (down !== undefined) this.down = down;
    for (const [id, state] of masters) this.pushed.set(id, state);
    if (conflicts.length > 0) await this.resolve(rows, conflicts);
    return conflicts.length === 0;
  }

  /**
   * The server refused the push. Where it named the documents and why, those
   * are set aside and the rest is sent again; otherwise the batch is halved
   * until the refused document is found, so one bad document never holds up
   * the others.
   */
  private async refused(rows: PushRow[], error: SyncError): Promise<void> {
    const named = refusalsOf(rows, error);
    if (named.size === 0) {
      const half = Math.ceil(rows.length / 2);
      await this.send(rows.slice(0, half));
      await this.send(rows.slice(half));
      return;
    }
    const aside = { ...this.setAside$.value };
    const at = this.options.now().toISOString();
    for (const row of rows) {
      const reasons = named.get(row.newDocumentState.id);
      if (reasons)
        aside[row.newDocumentState.id] = {
          state: row.newDocumentState as unknown as Json,
          reasons,
          at,
        };
    }
    await this.saveAside(aside);
    const rest = rows.filter((row) => !named.has(row.newDocumentState.id));
    if (rest.length > 0) await this.send(rest);
  }

  /** Merges each refused row with the server's state that beat it. */
  private async resolve(rows: PushRow[], serverStates: ReplicatedDocument[]): Promise<void> {
    const bases = new Map(rows.map((row) => [row.newDocumentState.id, row.assumedMasterState]));
    const theirsById = new Map(serverStates.map((document) => [document.id, toData(document)]));
    await this.writeLocal([...theirsById.keys()], SYNC_WRITE_CONTEXTS.merge, (current, id) => {
      const theirs = theirsById.get(id) as Data;
      if (!current) return { state: theirs };
      const mine = replicatedData(current) as Data;
      if (jsonEqual(mine, theirs)) return {};
      return this.merge(bases.get(id) as Data | undefined, mine, theirs);
    });
    await this.options.meta.setMasters(this.name, theirsById);
  }

  private merge(base: Data | undefined, mine: Data, theirs: Data) {
    const { merged, conflicts } = mergeDocuments(base, mine, theirs, this.name);
    const by = typeof theirs.updatedBy === 'string' ? theirs.updatedBy : undefined;
    return { state: merged, conflicts, by };
  }

  private writeLocal(
    ids: readonly string[],
    context: string,
    compute: Compute,
    options: Pick<WriteComputedOptions, 'onStored' | 'readFirst'> = {},
  ): Promise<void> {
    const { name, recordConflicts } = this.options;
    return writeComputed(ids, compute, {
      storage: this.storage,
      name,
      context,
      recordConflicts,
      ...options,
    });
  }
}

/** Whether checkpoint `a` comes after `b` in RxDB's change order (`_meta.lwt`, then id). */
function isAfter(a: UpCheckpoint, b: UpCheckpoint): boolean {
  return a.lwt > b.lwt || (a.lwt === b.lwt && a.id > b.id);
}

function toData(document: ReplicatedDocument): Data {
  return replicatedData(document) as Data;
}
