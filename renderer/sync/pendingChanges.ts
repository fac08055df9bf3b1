import { BehaviorSubject } from 'rxjs';
import type { Subscription } from 'rxjs';
import {
  SYNCED_COLLECTION_NAMES,
  type SyncedCollectionName,
} from '../../shared/domain/collectionNames';
import { jsonEqual, type Json } from '../../shared/sync/mergeDocuments';
import type { LiaisonDatabase } from '../data/database';

const LOCAL_DOCUMENT_ID = 'sync-pending';

const keyOf = (collection: string, id: string) => `${collection}:${id}`;

/** Document data without RxDB's bookkeeping, `_deleted` kept. */
function dataOf(document: Record<string, unknown>): Json {
  return Object.fromEntries(
    Object.entries(document).filter(([key]) => key === '_deleted' || !key.startsWith('_')),
  ) as Json;
}

/**
 * Which documents were changed on this device and are not yet on the server,
 * for the status bar's "N changes not yet synced". Local writes add to it;
 * a successful push of exactly that state takes away. Kept in a local
 * document, so the count survives a restart while offline.
 */
export class PendingChanges {
  readonly count$ = new BehaviorSubject(0);
  private readonly keys = new Set<string>();
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
      if (!latest || jsonEqual(dataOf(latest), dataOf(state))) {
        this.keys.delete(key);
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
