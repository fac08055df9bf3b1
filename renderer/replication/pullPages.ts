import type { SyncedCollectionName } from '../../shared/domain/collectionNames';
import type { PullResponse } from '../../shared/sync/protocol';
import type { ServerClient } from './serverClient';
import { SyncError } from './syncError';

/** The first page of a pull (later ones grow while they come full). */
const FIRST_PULL_PAGE = 1_000;
/** The largest pull page servers before protocol 2's larger pages allowed. */
const LEGACY_MAX_PULL_LIMIT = 1_000;

/** A page as asked for: the server's answer and the limit it was asked with. */
export interface AskedPage {
  page: PullResponse;
  limit: number;
}

/**
 * The pull pages of one collection: their sizes and their requests. Pages
 * grow while they come full (fewer round trips and store transactions for a
 * first pull or a long absence; the first one stays small, so the first
 * screen fills soon), up to `largest`, or to what a server older than pages
 * of 5,000 allows: it refuses a larger limit with 400, which is learnt once
 * and kept.
 */
export class PullPages {
  /** Whether the server refused a page larger than older servers allow. */
  private olderServer = false;

  constructor(
    private readonly options: {
      client: ServerClient;
      workspaceId: string;
      name: SyncedCollectionName;
      largest: number;
    },
  ) {}

  private get largest(): number {
    const { largest } = this.options;
    return this.olderServer ? Math.min(largest, LEGACY_MAX_PULL_LIMIT) : largest;
  }

  /** The size of a pull's first page. */
  first(): number {
    return Math.min(FIRST_PULL_PAGE, this.largest);
  }

  /** The size of the page after a full one of `size`. */
  after(size: number): number {
    return Math.min(size * 2, this.largest);
  }

  /** A page from `from`, asked at once (awaited later; if storing the page before fails, nobody will). */
  request(from: number, size: number): Promise<AskedPage> {
    const { client, workspaceId, name } = this.options;
    const ask = async (limit: number) => ({
      page: await client.pull(workspaceId, name, from, limit),
      limit,
    });
    const answer = ask(size).catch((error: unknown) => {
      if (!(error instanceof SyncError && error.status === 400 && size > LEGACY_MAX_PULL_LIMIT)) {
        throw error;
      }
      this.olderServer = true;
      return ask(LEGACY_MAX_PULL_LIMIT);
    });
    answer.catch(() => undefined);
    return answer;
  }
}
