import type { SyncedCollectionName } from '../../shared/domain/collectionNames';
import type { StatsResponse } from '../../shared/sync/protocol';
import type { ServerClient } from './serverClient';
import type { SyncStatus } from './syncStatus';

/**
 * A device this many documents behind (or more) shows the progress of its
 * catching up ("12,400 of 31,000"), as a fresh one does; fewer come and go
 * too quickly to be worth a total.
 */
export const FAR_BEHIND_DOCUMENTS = 1_000;

interface FirstPage {
  /** The checkpoint it was pulled from. */
  from: number;
  count: number;
  batchSize: number;
}

/**
 * The first round of a replication's session, for "12,400 of 31,000". The
 * first page of each collection says where it stands: a short page means it
 * is (nearly) caught up, a full one that more is coming. Once every
 * collection has had its first page, the server is asked, once, how much is
 * coming from the oldest checkpoint of those still behind, and a fresh or
 * far-behind device gets a total. (Collections that are caught up are left
 * out of the question: a quiet one keeps an old checkpoint, and counting from
 * it would count others' documents twice.)
 */
export class FirstRound {
  private readonly pages = new Map<SyncedCollectionName, FirstPage>();
  private collections = Infinity;
  private settled = false;

  constructor(
    private readonly client: ServerClient,
    private readonly workspaceId: string,
    private readonly report: (change: Partial<SyncStatus>) => void,
  ) {}

  notePage(name: SyncedCollectionName, page: FirstPage, collections: number): void {
    this.collections = collections;
    if (this.pages.has(name)) return;
    this.pages.set(name, page);
    if (this.pages.size === collections) void this.askExpected();
  }

  /** Everything idle: once every collection has had its first page, the total is done with. */
  settle(): Partial<SyncStatus> {
    if (this.settled || this.pages.size < this.collections) return {};
    this.settled = true;
    return { expected: undefined };
  }

  private async askExpected(): Promise<void> {
    const pages = [...this.pages.entries()];
    const behind = pages.filter(([, page]) => page.count >= page.batchSize);
    if (behind.length === 0) return;
    const since = Math.min(...behind.map(([, page]) => page.from));
    const fresh = pages.every(([, page]) => page.from === 0);
    let stats: StatsResponse;
    try {
      stats = await this.client.stats(this.workspaceId, since);
    } catch {
      // Only the total is missing (an older server, a passing failure): the pull reports its own errors.
      return;
    }
    if (this.settled) return;
    const total = pages.reduce(
      (sum, [name, page]) =>
        sum + (page.count >= page.batchSize ? (stats.collections[name] ?? 0) : page.count),
      0,
    );
    if (fresh || total >= FAR_BEHIND_DOCUMENTS) this.report({ expected: total });
  }
}
