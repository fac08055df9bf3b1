import {
  SYNCED_COLLECTION_NAMES,
  type SyncedCollectionName,
} from '../../shared/domain/collectionNames';
import type { RefusedRow } from '../../shared/sync/documentIssue';
import type {
  PullResponse,
  PushRow,
  ReplicatedDocument,
  StatsResponse,
} from '../../shared/sync/protocol';
import type { SqlDatabase } from '../db/sql';

/** The NOTIFY channel a committed push announces itself on. */
export const CHANGES_CHANNEL = 'liaison_changes';

/** What a NOTIFY carries: which rows to read, never the documents (8 kB limit). */
export interface ChangeNotice {
  workspaceId: string;
  collection: SyncedCollectionName;
  fromSeq: number;
  toSeq: number;
}

export interface PushResult {
  /** The server's state of each row that conflicted. */
  conflicts: ReplicatedDocument[];
  /** The change written, if any. */
  written: ChangeNotice | null;
  /** Rows refused for their author; when any is, nothing was written. */
  refused: RefusedRow[];
}

/**
 * Whether a row's `updatedBy` may stand: the pushing user's own id, or the
 * stored document's, unchanged (a delete, or a change that keeps someone
 * else's stamp). Anything else would claim another person's edit.
 */
export function authorAllowed(
  pushed: ReplicatedDocument,
  author: string,
  stored: Readonly<Record<string, unknown>> | null | undefined,
): boolean {
  const claimed = pushed.updatedBy;
  return claimed === author || (stored != null && claimed === stored.updatedBy);
}

interface RowState {
  ord: number;
  exists: boolean;
  /** The stored document's `updatedBy`. */
  stored_by: string | null;
  matches_assumed: boolean | null;
  same_as_new: boolean | null;
  /** The stored document, where the row conflicts with it. */
  data: ReplicatedDocument | null;
}

/**
 * What the database holds for each row of a push (`$3`, the rows as JSON, in
 * order): one primary-key lookup per row, and the stored document only where
 * the row conflicts with it (else its author alone), so a clean push of 500
 * rows parses nothing the database sends. A plain join let the planner, when
 * its statistics were missing, compare every pushed row with every stored
 * document or scan the collection once per row (see pgliteDatabase.ts).
 */
export const PUSH_STATES_SQL = `select ord, exists, stored_by, matches_assumed, same_as_new,
          case when coalesce(same_as_new, false) or coalesce(matches_assumed, false)
               then null else data end as data
   from (
     select r.ord::int as ord, d.id is not null as exists,
            d.data ->> 'updatedBy' as stored_by, d.data,
            d.data = r.row -> 'assumedMasterState' as matches_assumed,
            d.data = r.row -> 'newDocumentState' as same_as_new
     from jsonb_array_elements($3::jsonb) with ordinality as r(row, ord)
     left join lateral (
       select data, id from documents
       where workspace_id = $1 and collection = $2
         and id = r.row -> 'newDocumentState' ->> 'id'
       offset 0 -- kept a lookup per row, never flattened into a join
     ) d on true
   ) states
   order by ord`;

/** Pull and push on the documents table: the heart of sync. */
export class Documents {
  constructor(private readonly db: SqlDatabase) {}

  /** Documents changed after `checkpoint`, in sequence order, at most `limit` of them. */
  async pull(
    workspaceId: string,
    collection: SyncedCollectionName,
    checkpoint: number,
    limit: number,
  ): Promise<PullResponse> {
    return JSON.parse(
      await this.pullJson(workspaceId, collection, checkpoint, limit),
    ) as PullResponse;
  }

  /**
   * `pull` as the JSON text of its `PullResponse`, what the pull route sends.
   * The documents are the text PostgreSQL prints of their jsonb, joined into
   * one value by the database and put into the body as they are: no parse
   * into objects and no serialising back, which took most of a pull's time.
   * PostgreSQL prints valid JSON (its own spacing, keys in jsonb's order),
   * the very text the database driver would otherwise have parsed.
   */
  async pullJson(
    workspaceId: string,
    collection: SyncedCollectionName,
    checkpoint: number,
    limit: number,
  ): Promise<string> {
    const [page] = await this.db.query<{ documents: string | null; seq: number | null }>(
      `select string_agg(data::text, ',' order by seq) as documents, max(seq) as seq
       from (select data, seq from documents
             where workspace_id = $1 and collection = $2 and seq > $3
             order by seq limit $4) page`,
      [workspaceId, collection, checkpoint, limit],
    );
    return `{"documents":[${page?.documents ?? ''}],"checkpoint":{"seq":${page?.seq ?? checkpoint}}}`;
  }

  /**
   * How many documents of each synced collection have a sequence number after
   * `since`, with the workspace's sequence, in one query (one snapshot). The
   * counts walk the `documents_pull` index (workspace, collection, seq).
   */
  async stats(workspaceId: string, since: number): Promise<StatsResponse> {
    const rows = await this.db.query<{ seq: number; collection: string | null; n: number }>(
      `select w.seq, d.collection, count(d.id)::int as n
       from workspaces w
       left join documents d
         on d.workspace_id = w.id and d.collection = any($3::text[]) and d.seq > $2
       where w.id = $1
       group by w.seq, d.collection`,
      [workspaceId, since, [...SYNCED_COLLECTION_NAMES]],
    );
    const collections = Object.fromEntries(
      SYNCED_COLLECTION_NAMES.map((name) => [name, 0]),
    ) as StatsResponse['collections'];
    for (const row of rows) {
      if (row.collection) collections[row.collection as SyncedCollectionName] = row.n;
    }
    return { seq: Number(rows[0]?.seq ?? 0), collections };
  }

  /**
   * The `ChangeEvent` of a notice as JSON text: the documents with sequence
   * numbers in `[fromSeq, toSeq]`, read as text as `pullJson` reads them.
   * Built once however many streams of the workspace are open.
   */
  async changeJson(notice: ChangeNotice): Promise<string> {
    const [change] = await this.db.query<{ documents: string | null }>(
      `select string_agg(data::text, ',' order by seq) as documents from documents
       where workspace_id = $1 and collection = $2 and seq between $3 and $4`,
      [notice.workspaceId, notice.collection, notice.fromSeq, notice.toSeq],
    );
    return `{"collection":${JSON.stringify(notice.collection)},"documents":[${change?.documents ?? ''}],"checkpoint":{"seq":${notice.toSeq}}}`;
  }

  /**
   * A compare-and-set of every row in one transaction. The workspace's counter
   * row is locked first, so pushes to one workspace run one after another and
   * commit in sequence order. A row is written when the stored document equals
   * its assumed master state (jsonb equality, `_deleted` included), or when
   * there is no stored document; otherwise the stored one is returned as a
   * conflict. A row whose new state is already stored is a no-op, so a
   * repeated push changes nothing.
   */
  async push(
    workspaceId: string,
    collection: SyncedCollectionName,
    rows: readonly PushRow[],
    author: string,
  ): Promise<PushResult> {
    const result = await this.db.transaction(async (tx): Promise<PushResult> => {
      await tx.query('select seq from workspaces where id = $1 for update', [workspaceId]);
      const states = await tx.query<RowState>(PUSH_STATES_SQL, [
        workspaceId,
        collection,
        JSON.stringify(rows),
      ]);
      const refused = states.flatMap((state) => {
        const row = rows[state.ord - 1];
        const stored = state.exists ? { updatedBy: state.stored_by } : null;
        return row && !authorAllowed(row.newDocumentState, author, stored)
          ? [{ id: row.newDocumentState.id, field: 'updatedBy', reason: 'author' as const }]
          : [];
      });
      if (refused.length > 0) return { conflicts: [], written: null, refused };
      const conflicts: ReplicatedDocument[] = [];
      const writes: ReplicatedDocument[] = [];
      for (const state of states) {
        const row = rows[state.ord - 1];
        if (!row) continue;
        if (!state.exists) writes.push(row.newDocumentState);
        else if (state.same_as_new) continue;
        else if (row.assumedMasterState && state.matches_assumed) writes.push(row.newDocumentState);
        else if (state.data) conflicts.push(state.data);
      }
      if (writes.length === 0) return { conflicts, written: null, refused };

      const [counter] = await tx.query<{ seq: number }>(
        'update workspaces set seq = seq + $2 where id = $1 returning seq',
        [workspaceId, writes.length],
      );
      const toSeq = counter?.seq ?? 0;
      const fromSeq = toSeq - writes.length + 1;
      await tx.query(
        `insert into documents (workspace_id, collection, id, data, deleted, seq, server_time, author)
         select $1, $2, w.doc ->> 'id', w.doc, coalesce((w.doc ->> '_deleted')::boolean, false),
                $4 + w.ord - 1, now(), $5
         from jsonb_array_elements($3::jsonb) with ordinality as w(doc, ord)
         on conflict (workspace_id, collection, id) do update
           set data = excluded.data, deleted = excluded.deleted, seq = excluded.seq,
               server_time = excluded.server_time, author = excluded.author`,
        [workspaceId, collection, JSON.stringify(writes), fromSeq, author],
      );
      const written: ChangeNotice = { workspaceId, collection, fromSeq, toSeq };
      // Delivered by PostgreSQL on commit only: listeners never hear of a rolled-back push.
      await tx.notify(CHANGES_CHANNEL, JSON.stringify(written));
      return { conflicts, written, refused };
    });
    const { written } = result;
    if (written) this.db.noteWritten('documents', written.toSeq - written.fromSeq + 1);
    return result;
  }

  /**
   * The rows of a push whose author is refused, judged against the documents
   * stored now. Only for the answer to a push already refused for other
   * reasons, so that it lists every refused row at once; `push` judges again
   * inside its transaction.
   */
  async refusedAuthors(
    workspaceId: string,
    collection: SyncedCollectionName,
    rows: readonly PushRow[],
    author: string,
  ): Promise<RefusedRow[]> {
    const ids = rows.map((row) => row.newDocumentState.id);
    const stored = await this.db.query<{ id: string; data: ReplicatedDocument }>(
      `select id, data from documents
       where workspace_id = $1 and collection = $2 and id = any($3::text[])`,
      [workspaceId, collection, ids],
    );
    const byId = new Map(stored.map((row) => [row.id, row.data]));
    return rows
      .filter(
        (row) => !authorAllowed(row.newDocumentState, author, byId.get(row.newDocumentState.id)),
      )
      .map((row) => ({ id: row.newDocumentState.id, field: 'updatedBy', reason: 'author' }));
  }
}
