import type { RxStorageInstance } from 'rxdb';
import type { PushRow } from '../../shared/sync/protocol';
import { changesSince } from '../data/changesSince';
import type { PushAnswer } from './serverClient';
import type { SyncError } from './syncError';
import type { RefusalReason, UpCheckpoint } from './syncMeta';
import type { Stored } from './writeComputed';

/** How many changed documents one look at RxDB's change order takes in (at least a batch). */
export const SCAN_PAGE = 1_000;
/** How many changed documents one push reads at most before it sends what it has. */
const MAX_PUSH_SCAN = 5_000;

/**
 * The changes after `from` in RxDB's change order, read a page at a time
 * (`rowsOf` turns a page into what is to be sent; pulled documents among
 * them are passed over) until the rows fill whole batches of `batchSize`, or
 * a few pages were read: 863 edits and then 137 go as two batches of 500, not
 * three. The ids read, their rows, and the checkpoint after the last page.
 */
export async function changesToPush(
  storage: RxStorageInstance<{ id: string }, unknown, unknown>,
  from: UpCheckpoint | undefined,
  batchSize: number,
  rowsOf: (documents: readonly Stored[]) => Promise<PushRow[]>,
): Promise<{ ids: string[]; rows: PushRow[]; checkpoint: UpCheckpoint | undefined }> {
  const scan = Math.max(batchSize, SCAN_PAGE);
  const ids: string[] = [];
  const rows: PushRow[] = [];
  let checkpoint = from;
  for (let read = 0; ids.length === 0 || rows.length % batchSize !== 0;) {
    const page = await changesSince(storage, checkpoint, scan);
    for (const document of page.documents) ids.push(String(document.id));
    rows.push(...(await rowsOf(page.documents as Stored[])));
    if (page.documents.length > 0) checkpoint = page.checkpoint as UpCheckpoint;
    read += page.documents.length;
    if (page.documents.length < scan || read >= MAX_PUSH_SCAN) break;
  }
  return { ids, rows, checkpoint };
}

/**
 * The rows a refused push names, with why (several reasons per row may come).
 * A refusal naming none of them: for a single row, that row (too large, or
 * refused as a whole); for more, nothing, and the batch is to be halved.
 */
export function refusalsOf(
  rows: readonly PushRow[],
  error: SyncError,
): Map<string, RefusalReason[]> {
  const named = new Map<string, RefusalReason[]>();
  for (const detail of error.details ?? []) {
    if (!rows.some((row) => row.newDocumentState.id === detail.id)) continue;
    const reasons = named.get(detail.id) ?? [];
    reasons.push({ field: detail.field, reason: detail.reason, message: detail.message });
    named.set(detail.id, reasons);
  }
  if (named.size === 0 && rows.length === 1) {
    const reason = error.status === 413 ? 'too_large' : 'refused';
    named.set(rows[0]!.newDocumentState.id, [{ field: '', reason, message: error.message }]);
  }
  return named;
}

/** What the server answered to a push, or why it failed. */
export type PushOutcome = PushAnswer | { error: unknown };

/**
 * Sends rows in batches of `size`, each asked for (`request`, which never
 * rejects) as soon as the one before it is answered, so that the next batch
 * travels and waits on the server while this one's answer is taken in
 * (`take`: its masters stored, its conflicts merged). Answers are taken in in
 * order. After a failure (the server gone, a refusal) the next batch waits
 * until it is handled; a batch already on its way is left to the server: a
 * row it took is stored as sent, and sending it again with the next push
 * changes nothing there. Whether every batch was taken as it was.
 */
export async function sendInBatches(
  rows: readonly PushRow[],
  size: number,
  request: (batch: PushRow[]) => Promise<PushOutcome>,
  take: (batch: PushRow[], answer: PushOutcome) => Promise<boolean>,
): Promise<boolean> {
  const batches: PushRow[][] = [];
  for (let start = 0; start < rows.length; start += size) {
    batches.push(rows.slice(start, start + size));
  }
  let accepted = true;
  let next: Promise<PushOutcome> | undefined;
  for (const [index, batch] of batches.entries()) {
    const answer = await (next ?? request(batch));
    const following = batches[index + 1];
    next = following && !('error' in answer) ? request(following) : undefined;
    accepted = (await take(batch, answer)) && accepted;
  }
  return accepted;
}
