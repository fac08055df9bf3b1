import type { FastifyBaseLogger } from 'fastify';
import type { SqlDatabase } from '../db/sql';
import { CHANGES_CHANNEL, type ChangeNotice, type Documents } from './documents';

/** Called with each change as the JSON text of a `ChangeEvent`. */
type Listener = (eventJson: string) => void;

/**
 * Fans committed changes out to the live streams of this process. Every push,
 * made on this server or another one on the same database, ends with a NOTIFY;
 * each server LISTENs, reads the announced rows once and hands them to its
 * streams of that workspace, in commit order.
 */
export class ChangeFeed {
  private readonly listeners = new Map<string, Set<Listener>>();
  /** Per workspace, the dispatch in progress: the next waits for it, keeping order. */
  private readonly queues = new Map<string, Promise<void>>();
  private unlisten?: () => Promise<void>;

  constructor(
    private readonly db: SqlDatabase,
    private readonly documents: Documents,
    private readonly log: FastifyBaseLogger,
  ) {}

  async start(): Promise<void> {
    this.unlisten = await this.db.listen(CHANGES_CHANNEL, (payload) => this.onNotice(payload));
  }

  async stop(): Promise<void> {
    await this.unlisten?.();
    this.unlisten = undefined;
  }

  /**
   * Calls `listener` with each change to the workspace, as the JSON text of a
   * `ChangeEvent` (read and built once for all listeners), until the
   * returned function is called.
   */
  subscribe(workspaceId: string, listener: Listener): () => void {
    let set = this.listeners.get(workspaceId);
    if (!set) this.listeners.set(workspaceId, (set = new Set()));
    set.add(listener);
    return () => {
      set.delete(listener);
      if (set.size === 0) this.listeners.delete(workspaceId);
    };
  }

  get subscriberCount(): number {
    let count = 0;
    for (const set of this.listeners.values()) count += set.size;
    return count;
  }

  private onNotice(payload: string): void {
    let notice: ChangeNotice;
    try {
      notice = JSON.parse(payload) as ChangeNotice;
    } catch {
      this.log.warn({ payload }, 'ignored a malformed change notice');
      return;
    }
    if (!this.listeners.has(notice.workspaceId)) return;
    const previous = this.queues.get(notice.workspaceId) ?? Promise.resolve();
    const next = previous.then(() => this.dispatch(notice));
    this.queues.set(notice.workspaceId, next);
    void next.finally(() => {
      if (this.queues.get(notice.workspaceId) === next) this.queues.delete(notice.workspaceId);
    });
  }

  private async dispatch(notice: ChangeNotice): Promise<void> {
    const listeners = this.listeners.get(notice.workspaceId);
    if (!listeners || listeners.size === 0) return;
    try {
      const event = await this.documents.changeJson(notice);
      for (const listener of listeners) listener(event);
    } catch (error) {
      // The streams miss this change; clients catch up by pulling on their next RESYNC.
      this.log.error({ err: error, notice }, 'could not read announced changes');
    }
  }
}
