import { BehaviorSubject, combineLatest, filter, firstValueFrom, type Subscription } from 'rxjs';
import type { RxCollection } from 'rxdb';
import {
  SYNCED_COLLECTION_NAMES,
  type SyncedCollectionName,
} from '../../shared/domain/collectionNames';
import { MAX_PULL_LIMIT, MAX_PUSH_ROWS } from '../../shared/sync/protocol';
import { errorMessage } from '../../shared/text/errorMessage';
import type { LiaisonDatabase } from '../data/database';
import { CollectionSync } from './collectionSync';
import { isPullWrite, isSyncWrite } from './syncWriteContexts';
import { conflictRecorder } from './conflictRecorder';
import { browserConnectivity, type Connectivity } from './connectivity';
import { FirstRound } from './firstRound';
import type { ServerClient } from './serverClient';
import { SyncError, codeNeedsUser, needsUser } from './syncError';
import { SyncMeta, type SetAside, type UpCheckpoint } from './syncMeta';
import { initialSyncStatus, type SyncStatus } from './syncStatus';
import { WorkspaceStream } from './workspaceStream';

export { FAR_BEHIND_DOCUMENTS } from './firstRound';

export interface ReplicationOptions {
  client: ServerClient;
  workspaceId: string;
  connectivity?: Connectivity;
  /** Documents per pull request; the most the server sends at once by default (fewer round trips). */
  pullBatchSize?: number;
  /** Documents per push request; the most the server takes at once by default. */
  pushBatchSize?: number;
  /** First wait after a failed request; it doubles up to `maxRetryTime`. */
  retryTime?: number;
  maxRetryTime?: number;
  now?: () => Date;
}

/** A document the server refused, waiting on this device. */
export interface SyncProblem extends SetAside {
  collection: SyncedCollectionName;
  documentId: string;
}

interface Loop {
  sync: CollectionSync;
  pull: boolean;
  push: boolean;
  running: boolean;
  failures: number;
  retry?: ReturnType<typeof setTimeout>;
}

/**
 * Replicates every synced collection of a workspace database with the
 * server: one loop per collection (CollectionSync does the work), woken by
 * local edits, by the live stream's notices and by the network coming back;
 * a failed request is retried with backoff (as long as the server asks, on
 * 429); only a failure the user must act on (signed out, no access) stops
 * it. The status says at all times where it stands.
 */
export class WorkspaceReplication {
  readonly status$ = new BehaviorSubject<SyncStatus>(initialSyncStatus);
  /** Documents set aside because the server refused them. */
  readonly problems$ = new BehaviorSubject<SyncProblem[]>([]);
  private readonly idle$ = new BehaviorSubject(false);
  private readonly stream: WorkspaceStream;
  private readonly loops = new Map<SyncedCollectionName, Loop>();
  private readonly subscriptions: Subscription[] = [];
  private readonly abort = new AbortController();
  private readonly firstRound: FirstRound;
  private meta?: SyncMeta;
  private unsubscribeConnectivity?: () => void;
  private readonly now: () => Date;
  private online = false;
  private stopped = false;
  /** A failure the user must act on: nothing runs until a new replication starts. */
  private halted = false;

  constructor(
    private readonly database: LiaisonDatabase,
    private readonly options: ReplicationOptions,
  ) {
    this.stream = new WorkspaceStream(options.client, options.workspaceId);
    this.now = options.now ?? (() => new Date());
    this.firstRound = new FirstRound(options.client, options.workspaceId, (change) =>
      this.update(change),
    );
  }

  async start(): Promise<void> {
    try {
      await this.open();
    } catch (error) {
      // Stopped (signed out, workspace closed) while starting: the store went away under it.
      if (this.stopped) return;
      throw error;
    }
  }

  private async open(): Promise<void> {
    const { client, workspaceId } = this.options;
    const meta = await SyncMeta.open(this.database, `${client.serverUrl}|${workspaceId}`);
    this.meta = meta;
    if (this.stopped) return void (await meta.close());
    const recordConflicts = conflictRecorder(this.database, this.now);
    const names = SYNCED_COLLECTION_NAMES.filter((name) => this.database.collections[name]);
    for (const name of names) {
      const sync = new CollectionSync({
        name,
        // Tests open only some collections (RxDB allows 13 open per JavaScript context).
        collection: this.database[name] as unknown as RxCollection,
        meta,
        client: client.withSignal(this.abort.signal),
        workspaceId,
        pullBatchSize: this.options.pullBatchSize ?? MAX_PULL_LIMIT,
        pushBatchSize: this.options.pushBatchSize ?? MAX_PUSH_ROWS,
        recordConflicts,
        now: this.now,
        onPage: (page) => {
          this.update({ received: this.status$.value.received + page.count });
          this.firstRound.notePage(name, page, names.length);
        },
      });
      await sync.init();
      if (this.stopped) return;
      this.loops.set(name, { sync, pull: true, push: true, running: false, failures: 0 });
    }
    const syncs = [...this.loops.values()].map((loop) => loop.sync);
    this.subscriptions.push(
      combineLatest(syncs.map((sync) => sync.pending$)).subscribe((counts) =>
        this.update({ pending: counts.reduce((sum, count) => sum + count, 0) }),
      ),
      combineLatest(syncs.map((sync) => sync.setAside$)).subscribe((asides) => {
        const problems = asides.flatMap((aside, index) =>
          Object.entries(aside).map(([documentId, entry]) => ({
            ...entry,
            collection: syncs[index]!.name,
            documentId,
          })),
        );
        this.problems$.next(problems);
        this.update({ setAside: problems.length });
      }),
      // Local edits: counted as pending at once, and sent.
      this.database.eventBulks$.subscribe((bulk) => {
        const loop = this.loops.get(bulk.collectionName as SyncedCollectionName);
        if (!loop || bulk.isLocal) return;
        loop.sync.noteWrite(
          isPullWrite(bulk.context) && bulk.databaseToken === this.database.token,
          bulk.checkpoint as UpCheckpoint | undefined,
        );
        if (isSyncWrite(bulk.context)) return;
        loop.sync.noteLocalWrites(bulk.events.map((event) => event.documentId));
        this.request(loop, { push: true });
      }),
      this.stream.connected$.subscribe(() => this.refresh()),
      this.stream.fatal$.subscribe((error) => this.halt(error)),
    );
    for (const loop of this.loops.values()) {
      this.subscriptions.push(
        this.stream.events(loop.sync.name).subscribe((item) => {
          if (item === 'RESYNC' || loop.sync.behind(item.checkpoint.seq)) {
            this.request(loop, { pull: true });
          }
        }),
      );
    }
    this.unsubscribeConnectivity = this.connectivity().subscribe((online) =>
      this.setOnline(online),
    );
    this.setOnline(this.connectivity().isOnline());
  }

  /** Pull and push everything now (the "Sync now" action). */
  async syncNow(): Promise<void> {
    if (this.halted || this.stopped) return;
    this.setOnline(this.connectivity().isOnline());
    for (const loop of this.loops.values()) {
      clearTimeout(loop.retry);
      loop.retry = undefined;
      this.request(loop, { pull: true, push: true });
    }
  }

  /** Resolves once every collection has nothing left to send or fetch. */
  async awaitInSync(): Promise<void> {
    await firstValueFrom(this.idle$.pipe(filter(Boolean)));
  }

  /** Resolves once the work under way in every collection has ended (counting local edits too). */
  async settled(): Promise<void> {
    await Promise.all([...this.loops.values()].map((loop) => loop.sync.settled()));
  }

  /** Gives up this device's refused change to a document: it goes back to the server's state. */
  async discard(collection: SyncedCollectionName, documentId: string): Promise<void> {
    await this.loops.get(collection)?.sync.discard(documentId);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.unsubscribeConnectivity?.();
    this.stream.stop();
    this.abort.abort();
    for (const subscription of this.subscriptions) subscription.unsubscribe();
    for (const loop of this.loops.values()) clearTimeout(loop.retry);
    await this.settled();
    await this.meta?.close().catch(() => undefined);
  }

  private connectivity(): Connectivity {
    return this.options.connectivity ?? browserConnectivity;
  }

  private setOnline(online: boolean): void {
    if (this.stopped) return;
    this.online = online;
    if (online && !this.halted) {
      this.stream.start();
      for (const loop of this.loops.values()) {
        clearTimeout(loop.retry);
        loop.retry = undefined;
        this.request(loop, { pull: true, push: true });
      }
    } else {
      this.stream.stop();
      for (const loop of this.loops.values()) {
        clearTimeout(loop.retry);
        loop.retry = undefined;
      }
    }
    this.refresh();
  }

  private request(loop: Loop, work: { pull?: boolean; push?: boolean }): void {
    if (work.pull) loop.pull = true;
    if (work.push) loop.push = true;
    void this.drive(loop);
    this.refresh();
  }

  private canRun(): boolean {
    return this.online && !this.halted && !this.stopped;
  }

  /** Runs a collection's wanted work until none is left. */
  private async drive(loop: Loop): Promise<void> {
    if (loop.running || loop.retry || !this.canRun() || !(loop.pull || loop.push)) return;
    loop.running = true;
    this.refresh();
    try {
      while ((loop.pull || loop.push) && this.canRun()) {
        // Local changes go first: on a flaky network, what was typed here
        // reaches the server before anything else is fetched. A failed push
        // does not hold up the pull: colleagues' changes still arrive.
        let failure: unknown;
        if (loop.push) {
          loop.push = false;
          try {
            await loop.sync.push();
            this.recovered();
          } catch (error) {
            failure = error;
          }
        }
        if (loop.pull && this.canRun() && !needsUser(failure)) {
          loop.pull = false;
          await loop.sync.pull();
          // A pulled document merged with a local edit is sent next.
          loop.push = loop.sync.pending$.value > 0;
          this.recovered();
        }
        if (failure) throw failure;
      }
      loop.failures = 0;
    } catch (error) {
      loop.pull = true;
      loop.push = true;
      this.failed(loop, error);
    } finally {
      loop.running = false;
      this.refresh();
    }
  }

  private failed(loop: Loop, error: unknown): void {
    if (this.stopped || this.abort.signal.aborted) return;
    const cause = error instanceof SyncError ? error : undefined;
    if (needsUser(cause)) return this.halt(cause as SyncError);
    if (!this.online || this.halted) return;
    const code = cause?.code ?? 'unreachable';
    const message = errorMessage(error);
    if (!cause) console.error(`Sync of ${loop.sync.name} failed`, error);
    this.update({ phase: 'error', error: { code, message } });
    loop.failures++;
    const base = this.options.retryTime ?? 5_000;
    const backoff = Math.min(base * 2 ** (loop.failures - 1), this.options.maxRetryTime ?? 60_000);
    const wait = Math.max(backoff, cause?.retryAfterMs ?? 0);
    loop.retry = setTimeout(() => {
      loop.retry = undefined;
      void this.drive(loop);
    }, wait);
  }

  /** Signed out, no access, too old: sync stops until the user acts; edits stay on the device. */
  private halt(error: SyncError): void {
    if (this.halted || this.stopped) return;
    this.halted = true;
    this.stream.stop();
    for (const loop of this.loops.values()) clearTimeout(loop.retry);
    this.update({
      phase: error.code === 'unauthorized' ? 'signedOut' : 'error',
      connection: 'offline',
      error: { code: error.code, message: error.message },
    });
  }

  /** A request went through: a passing problem (server unreachable) is over. */
  private recovered(): void {
    const { error } = this.status$.value;
    if (error && !codeNeedsUser(error.code) && !this.halted) {
      this.update({ phase: 'syncing', error: undefined });
    }
  }

  /** Works out the phase and connection from the loops, the network and the stream. */
  private refresh(): void {
    if (this.halted || this.stopped) return this.idle$.next(false);
    const loops = [...this.loops.values()];
    const busy = loops.some((loop) => loop.running || loop.pull || loop.push);
    const connection = !this.online
      ? 'offline'
      : this.stream.connected$.value
        ? 'online'
        : 'connecting';
    const status = this.status$.value;
    if (!this.online) {
      this.idle$.next(false);
      return this.update({ phase: 'paused', connection });
    }
    if (busy || status.error) {
      this.idle$.next(false);
      return this.update({ phase: status.error ? 'error' : 'syncing', connection });
    }
    const wasIdle = status.phase === 'idle';
    this.update({
      phase: 'idle',
      connection,
      error: undefined,
      ...(wasIdle ? {} : { lastSyncedAt: this.now().toISOString() }),
      ...this.firstRound.settle(),
    });
    this.idle$.next(true);
  }

  private update(change: Partial<SyncStatus>): void {
    this.status$.next({ ...this.status$.value, ...change });
  }
}
