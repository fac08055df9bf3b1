import { BehaviorSubject, Subject, type Observable } from 'rxjs';
import type { RxReplicationPullStreamItem } from 'rxdb';
import {
  SYNCED_COLLECTION_NAMES,
  type SyncedCollectionName,
} from '../../shared/domain/collectionNames';
import type { ChangeEvent, SyncCheckpoint } from '../../shared/sync/protocol';
import { SseParser } from '../../shared/sync/sseParser';
import type { ServerClient } from './serverClient';
import { SyncError, needsUser } from './syncError';

type StreamItem = RxReplicationPullStreamItem<Record<string, unknown>, SyncCheckpoint>;

export interface WorkspaceStreamOptions {
  /** Wait before reconnecting: doubles from `minRetryMs` up to `maxRetryMs`. */
  minRetryMs?: number;
  maxRetryMs?: number;
}

/**
 * The workspace's live stream, read with fetch so the token goes in a header.
 * One connection feeds every collection's `stream$`. Each (re)connection
 * starts with `RESYNC` for all of them, so whatever happened while the
 * connection was down is pulled; a dropped connection is retried with backoff.
 */
export class WorkspaceStream {
  readonly connected$ = new BehaviorSubject(false);
  /**
   * Problems the user must act on (signed out, no access); the stream stops
   * on these. Anything else (unreachable, 5xx, 429) is retried with backoff.
   */
  readonly fatal$ = new Subject<SyncError>();
  private readonly subjects = new Map<SyncedCollectionName, Subject<StreamItem>>(
    SYNCED_COLLECTION_NAMES.map((name) => [name, new Subject<StreamItem>()]),
  );
  private controller?: AbortController;
  private running = false;

  constructor(
    private readonly client: ServerClient,
    private readonly workspaceId: string,
    private readonly options: WorkspaceStreamOptions = {},
  ) {}

  /** The `pull.stream$` of one collection's replication. */
  events(collection: SyncedCollectionName): Observable<StreamItem> {
    return this.subjects.get(collection) as Subject<StreamItem>;
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    void this.loop();
  }

  stop(): void {
    this.running = false;
    this.controller?.abort();
    this.connected$.next(false);
  }

  private async loop(): Promise<void> {
    let wait = this.options.minRetryMs ?? 1_000;
    while (this.running) {
      this.controller = new AbortController();
      let asked = 0;
      try {
        await this.readOnce(this.controller.signal, () => {
          wait = this.options.minRetryMs ?? 1_000;
        });
      } catch (error) {
        if (needsUser(error)) {
          this.running = false;
          this.fatal$.next(error as SyncError);
        } else if (error instanceof SyncError) {
          asked = error.retryAfterMs ?? 0;
        } else if (error instanceof SyntaxError) {
          // Not a dropped connection (those are retried quietly): a stream this client cannot read.
          console.error('The live stream sent something unreadable', error);
        }
      }
      this.connected$.next(false);
      if (!this.running) return;
      await delay(Math.max(wait, asked), this.controller.signal);
      wait = Math.min(wait * 2, this.options.maxRetryMs ?? 30_000);
    }
  }

  private async readOnce(signal: AbortSignal, onConnected: () => void): Promise<void> {
    const response = await this.client.openStream(this.workspaceId, signal);
    if (!response.body) return;
    const parser = new SseParser();
    const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
    try {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) return;
        for (const event of parser.push(value)) {
          if (event.event === 'ready') {
            onConnected();
            this.connected$.next(true);
            for (const subject of this.subjects.values()) subject.next('RESYNC');
          } else if (event.event === 'change') {
            const change = JSON.parse(event.data) as ChangeEvent;
            this.subjects.get(change.collection)?.next({
              documents: change.documents as never,
              checkpoint: change.checkpoint,
            });
          } else if (event.event === 'error') {
            const { message } = JSON.parse(event.data) as { message: string };
            throw new SyncError('unauthorized', message);
          }
        }
      }
    } catch (error) {
      if (signal.aborted) return;
      throw error;
    } finally {
      reader.releaseLock();
    }
  }
}

function delay(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => {
      clearTimeout(timer);
      resolve();
    });
  });
}
