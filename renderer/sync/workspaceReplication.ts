import { BehaviorSubject, combineLatest, type Subscription } from 'rxjs';
import type { RxCollection } from 'rxdb';
import { replicateRxCollection, type RxReplicationState } from 'rxdb/plugins/replication';
import {
  SYNCED_COLLECTION_NAMES,
  type SyncedCollectionName,
} from '../../shared/domain/collectionNames';
import type { PushRow, StatsResponse, SyncCheckpoint } from '../../shared/sync/protocol';
import type { LiaisonDatabase } from '../data/database';
import { followErasures } from '../data/eraseContact';
import { PendingChanges } from './pendingChanges';
import type { ServerClient } from './serverClient';
import { SyncError, codeNeedsUser, needsUser } from './syncError';
import { initialSyncStatus, type SyncStatus } from './syncStatus';
import { browserConnectivity, type Connectivity } from './connectivity';
import { WorkspaceStream } from './workspaceStream';

export interface ReplicationOptions {
  client: ServerClient;
  workspaceId: string;
  connectivity?: Connectivity;
  pullBatchSize?: number;
  pushBatchSize?: number;
  retryTime?: number;
  now?: () => Date;
}

type Doc = Record<string, unknown> & { id: string; _deleted: boolean };

interface FirstPage {
  /** The checkpoint it was pulled from. */
  from: number;
  count: number;
  batchSize: number;
}

/**
 * A device this many documents behind (or more) shows the progress of its
 * catching up ("12,400 of 31,000"), as a fresh one does; fewer come and go
 * too quickly to be worth a total.
 */
export const FAR_BEHIND_DOCUMENTS = 1_000;

/**
 * Replicates every synced collection of a workspace database with the server
 * (RxDB's replication protocol over the HTTP API), with one live stream for
 * all, pausing while offline and resuming when back, and a status that the
 * UI shows at all times.
 */
export class WorkspaceReplication {
  readonly status$ = new BehaviorSubject<SyncStatus>(initialSyncStatus);
  readonly states = new Map<SyncedCollectionName, RxReplicationState<Doc, SyncCheckpoint>>();
  private readonly stream: WorkspaceStream;
  private readonly pending: PendingChanges;
  private readonly subscriptions: Subscription[] = [];
  private unsubscribeConnectivity?: () => void;
  private readonly now: () => Date;
  /** Counts pauses and resumes: a pause that ends after a later resume has no say. */
  private transitions = 0;
  /** Each collection's first page of this session: where it started, and whether it was full. */
  private readonly firstPages = new Map<SyncedCollectionName, FirstPage>();
  /** Once every collection has had its first page, the next moment all are idle ends the first round. */
  private firstRoundSettled = false;

  constructor(
    private readonly database: LiaisonDatabase,
    private readonly options: ReplicationOptions,
  ) {
    this.stream = new WorkspaceStream(options.client, options.workspaceId);
    this.pending = new PendingChanges(database);
    this.now = options.now ?? (() => new Date());
  }

  async start(): Promise<void> {
    await this.pending.start();
    const { client, workspaceId } = this.options;
    for (const name of SYNCED_COLLECTION_NAMES) {
      // Tests open only some collections (RxDB allows 13 open per JavaScript context).
      if (!this.database.collections[name]) continue;
      const state = replicateRxCollection<Doc, SyncCheckpoint>({
        collection: this.database[name] as unknown as RxCollection<Doc>,
        // One replication per server, workspace and collection: signing in elsewhere starts afresh.
        replicationIdentifier: `liaison|${client.serverUrl}|${workspaceId}|${name}`,
        live: true,
        retryTime: this.options.retryTime ?? 5_000,
        autoStart: false,
        pull: {
          batchSize: this.options.pullBatchSize ?? 500,
          handler: async (checkpoint, batchSize) => {
            const from = checkpoint?.seq ?? 0;
            const page = await client.pull(workspaceId, name, from, batchSize);
            this.recovered();
            this.noteFirstPage(name, { from, count: page.documents.length, batchSize });
            return { documents: page.documents as Doc[], checkpoint: page.checkpoint };
          },
          stream$: this.stream.events(name) as never,
        },
        push: {
          batchSize: this.options.pushBatchSize ?? 100,
          handler: async (rows) => {
            const conflicts = (await client.push(workspaceId, name, rows as PushRow[])) as Doc[];
            this.recovered();
            this.pending.refused(name, conflicts);
            const refused = new Set(conflicts.map((document) => document.id));
            await this.pending.pushed(
              name,
              rows.map((row) => row.newDocumentState).filter((state) => !refused.has(state.id)),
            );
            return conflicts;
          },
        },
      });
      this.states.set(name, state);
      this.subscriptions.push(
        state.error$.subscribe((error) => this.onError(error)),
        state.received$.subscribe(() => this.update({ received: this.status$.value.received + 1 })),
      );
    }
    // An erasure made on another device also takes the person out of this device's records.
    if (this.database.collections.contacts) this.subscriptions.push(followErasures(this.database));
    this.subscriptions.push(
      this.pending.count$.subscribe((pending) => this.update({ pending })),
      this.stream.connected$.subscribe((connected) =>
        this.update({
          connection: connected
            ? 'online'
            : this.connectivity().isOnline()
              ? 'connecting'
              : 'offline',
        }),
      ),
      this.stream.fatal$.subscribe((error) => this.onError(error)),
      combineLatest([...this.states.values()].map((state) => state.active$)).subscribe((active) => {
        // A pause (offline, signed out) stands until resume(): the last round
        // RxDB finishes while pausing must not report syncing, or synced.
        const { phase } = this.status$.value;
        if (phase === 'signedOut' || phase === 'paused') return;
        if (active.some(Boolean)) this.update({ phase: 'syncing' });
        else void this.settle();
      }),
    );
    this.unsubscribeConnectivity = this.connectivity().subscribe((online) =>
      online ? void this.resume() : void this.pause('offline'),
    );
    if (this.connectivity().isOnline()) await this.resume();
    else await this.pause('offline');
  }

  /** Pull and push everything now (the "Sync now" action). */
  async syncNow(): Promise<void> {
    if (this.status$.value.phase === 'signedOut') return;
    await this.resume();
    for (const state of this.states.values()) state.reSync();
  }

  /** Resolves once every collection has nothing left to send or fetch. */
  async awaitInSync(): Promise<void> {
    await Promise.all([...this.states.values()].map((state) => state.awaitInSync()));
  }

  async stop(): Promise<void> {
    this.unsubscribeConnectivity?.();
    this.stream.stop();
    this.pending.stop();
    for (const subscription of this.subscriptions) subscription.unsubscribe();
    await Promise.all([...this.states.values()].map((state) => state.cancel()));
  }

  private connectivity(): Connectivity {
    return this.options.connectivity ?? browserConnectivity;
  }

  private async resume(): Promise<void> {
    this.transitions++;
    // "Sync now" while the stream is open: it stays open (start() below keeps
    // it) and says nothing new, so the bar must not fall back to "Connecting…".
    const connection = this.stream.connected$.value ? 'online' : 'connecting';
    this.update({ phase: 'syncing', connection, error: undefined });
    this.stream.start();
    await Promise.all([...this.states.values()].map((state) => state.start()));
  }

  private async pause(reason: 'offline' | 'signedOut'): Promise<void> {
    const transition = ++this.transitions;
    this.stream.stop();
    await Promise.all([...this.states.values()].map((state) => state.pause()));
    // Back online before the pause finished (a flapping network): sync runs, it is not paused.
    if (transition !== this.transitions) return;
    this.update(
      reason === 'offline'
        ? { phase: 'paused', connection: 'offline' }
        : { phase: 'signedOut', connection: 'offline' },
    );
  }

  /**
   * The first page of each collection says where it stands: a short page
   * means it is (nearly) caught up, a full one that more is coming. Once every
   * collection has had its first page, the server is asked, once, how much is
   * coming from the oldest checkpoint of those still behind, and a fresh or
   * far-behind device gets a total to show ("12,400 of 31,000"). (Collections
   * that are caught up are left out of the question: a quiet one keeps an old
   * checkpoint, and counting from it would count others' documents twice.)
   */
  private noteFirstPage(name: SyncedCollectionName, page: FirstPage): void {
    if (this.firstPages.has(name)) return;
    this.firstPages.set(name, page);
    if (this.firstPages.size === this.states.size) void this.askExpected();
  }

  private async askExpected(): Promise<void> {
    const pages = [...this.firstPages.entries()];
    const behind = pages.filter(([, page]) => page.count >= page.batchSize);
    if (behind.length === 0) return;
    const since = Math.min(...behind.map(([, page]) => page.from));
    const fresh = pages.every(([, page]) => page.from === 0);
    let stats: StatsResponse;
    try {
      stats = await this.options.client.stats(this.options.workspaceId, since);
    } catch {
      // Only the total is missing (an older server, a passing failure): the pull reports its own errors.
      return;
    }
    if (this.firstRoundSettled) return;
    const total = pages.reduce(
      (sum, [name, page]) =>
        sum + (page.count >= page.batchSize ? (stats.collections[name] ?? 0) : page.count),
      0,
    );
    if (fresh || total >= FAR_BEHIND_DOCUMENTS) this.update({ expected: total });
  }

  /** Every collection idle: synced, unless a failure is still unanswered. */
  private async settle(): Promise<void> {
    const status = this.status$.value;
    if (status.phase === 'error' || status.phase === 'signedOut' || status.phase === 'paused')
      return;
    const firstRoundStarted = this.firstPages.size === this.states.size;
    if (firstRoundStarted && !this.firstRoundSettled) {
      this.firstRoundSettled = true;
      this.update({ phase: 'idle', lastSyncedAt: this.now().toISOString(), expected: undefined });
      return;
    }
    this.update({ phase: 'idle', lastSyncedAt: this.now().toISOString() });
  }

  /** A request went through: a passing problem (server unreachable) is over. */
  private recovered(): void {
    const status = this.status$.value;
    if (status.phase === 'error' && status.error && !codeNeedsUser(status.error.code)) {
      this.update({ phase: 'syncing', error: undefined });
    }
  }

  private onError(error: unknown): void {
    const cause = unwrap(error);
    if (needsUser(cause)) {
      const syncError = cause as SyncError;
      // Signed out at once: pausing takes a while, and nothing may say "synced" meanwhile.
      this.update({
        phase: 'signedOut',
        connection: 'offline',
        error: { code: syncError.code, message: syncError.message },
      });
      void this.pause('signedOut').then(() => {
        if (syncError.code !== 'unauthorized') this.update({ phase: 'error' });
      });
      return;
    }
    const code = cause instanceof SyncError ? cause.code : 'unreachable';
    const message = cause instanceof Error ? cause.message : String(cause);
    this.update({ phase: 'error', error: { code, message } });
  }

  private update(change: Partial<SyncStatus>): void {
    this.status$.next({ ...this.status$.value, ...change });
  }
}

/** RxDB wraps handler errors; the SyncError thrown by the client sits inside. */
function unwrap(error: unknown): unknown {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current; depth++) {
    if (current instanceof SyncError) return current;
    const next =
      (current as { parameters?: { errors?: unknown[]; error?: unknown } }).parameters
        ?.errors?.[0] ??
      (current as { parameters?: { error?: unknown } }).parameters?.error ??
      (current as { cause?: unknown }).cause;
    if (!next) break;
    current = next;
  }
  return current;
}
