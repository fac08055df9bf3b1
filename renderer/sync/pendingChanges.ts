import { BehaviorSubject } from 'rxjs';
import type { Subscription } from 'rxjs';
import {
  SYNCED_COLLECTION_NAMES,
  type SyncedCollectionName,
} from '../../shared/domain/collectionNames';
import { jsonEqual, replicatedData, type Json } from '../../shared/sync/mergeDocuments';
import type { LiaisonDatabase } from '../data/database';

const LOCAL_DOCUMENT_ID = 'sync-pending';

/** RxDB's context for writing the merge of a refused push to the local store. */
const CONFLICT_WRITE = 'replication-up-write-conflict';

const keyOf = (collection: string, id: string) => `${collection}:${id}`;

/**
 * Which documents were changed on this device and are not yet on the server,
 * for the status bar's "N changes not yet synced". Local writes add to it;
 * a successful push of exactly that state takes away. Kept in a local
 * document, so the count survives a restart while offline.
 */
export class PendingChanges {
  readonly count$ = new BehaviorSubject(0);
  private readonly keys = new Set<string>();
  /** Server states of refused pushes, until RxDB has written their merge. */
  private readonly refusedStates = new Map<string, Json>();
  private subscription?: Subscription;
  private saving: Promise<unknown> = Promise.resolve();

  constructor(private readonly database: LiaisonDatabase) {}

  async start(): Promise<void> {
    const saved = await this.database.getLocal<{ keys: string[] }>(LOCAL_DOCUMENT_ID);
    for (const key of saved?.get('keys') ?? []) this.keys.add(key);
    this.publish(false);
    const synced = new Set<string>(SYNCED_COLLECTION_NAMES);
    this.subscription = this.database.eventBulks$.subscribe((bulk) => {
      // Writes made by replication (pulled changes, checkpoints) are not local edits.
      if (bulk.isLocal || !bulk.collectionName || !synced.has(bulk.collectionName)) return;
      if (bulk.context === CONFLICT_WRITE) return this.resolved(bulk.collectionName, bulk.events);
      if (bulk.context.startsWith('replication-')) return;
      for (const event of bulk.events) this.keys.add(keyOf(bulk.collectionName, event.documentId));
      this.publish(true);
    });
  }

  stop(): void {
    this.subscription?.unsubscribe();
  }

  /**
   * After a push: the rows the server took are no longer pending, unless the
   * document changed again locally while the push was under way.
   */
  async pushed(
    collection: SyncedCollectionName,
    accepted: Record<string, unknown>[],
  ): Promise<void> {
    let changed = false;
    for (const state of accepted) {
      const id = String(state.id);
      const key = keyOf(collection, id);
      if (!this.keys.has(key)) continue;
      const current = await this.database[collection].storageInstance.findDocumentsById([id], true);
      const latest = current[0] as Record<string, unknown> | undefined;
      if (!latest || jsonEqual(replicatedData(latest), replicatedData(state))) {
        this.keys.delete(key);
        changed = true;
      }
    }
    if (changed) this.publish(true);
  }

  /**
   * The server refused these documents (their server states): RxDB merges
   * each with the local one next, and where the merge ends as the server's
   * state (the server's value stood in every conflicting field), nothing is
   * left to send. Without this a settled conflict counted as pending forever.
   */
  refused(collection: SyncedCollectionName, serverStates: Record<string, unknown>[]): void {
    for (const state of serverStates) {
      this.refusedStates.set(keyOf(collection, String(state.id)), replicatedData(state));
    }
  }

  private resolved(
    collection: string,
    events: readonly { documentId: string; documentData?: unknown }[],
  ): void {
    let changed = false;
    for (const event of events) {
      const key = keyOf(collection, event.documentId);
      const serverState = this.refusedStates.get(key);
      this.refusedStates.delete(key);
      const merged = event.documentData as Record<string, unknown> | undefined;
      if (
        serverState &&
        merged &&
        jsonEqual(replicatedData(merged), serverState) &&
        this.keys.delete(key)
      ) {
        changed = true;
      }
    }
    if (changed) this.publish(true);
  }

  get count(): number {
    return this.keys.size;
  }

  private publish(save: boolean): void {
    this.count$.next(this.keys.size);
    if (!save) return;
    const keys = [...this.keys];
    this.saving = this.saving
      .then(() => this.database.upsertLocal(LOCAL_DOCUMENT_ID, { keys }))
      .catch(() => undefined);
  }
}
