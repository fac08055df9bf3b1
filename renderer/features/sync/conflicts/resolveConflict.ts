import type { RxCollection, RxDocument } from 'rxdb';
import type { Conflict, ConflictResolution } from '../../../../shared/domain/conflict';
import { putAtFieldPath } from '../../../../shared/sync/mergePath';
import { stamped } from '../../../data/writes';
import type { LiaisonDatabase } from '../../../data/database';
import { DELETED_PATH } from './conflictValues';

/**
 * The user's choice on a conflict, written to the local store. The record
 * already holds one of the two values (`kept`: the server's after a sync
 * merge, the user's after a form save): choosing that one only closes the
 * conflict, while choosing the other writes it back as a new edit, which then
 * syncs like any other edit and wins everywhere.
 */

/** What every synced record has; enough to stamp an edit. */
type Stamped = { id: string; updatedAt: string; updatedBy: string };

export interface ResolveOptions {
  /** Who decides: the signed-in user's id, or LOCAL_AUTHOR. */
  author: string;
  now?: Date;
}

/** The conflicting record, or null once it is gone (deleted records are not found). */
async function findConflictDocument(
  database: LiaisonDatabase,
  conflict: Pick<Conflict, 'collectionName' | 'documentId'>,
): Promise<RxDocument<Stamped> | null> {
  // Each collection has its own document type; only the stamped fields matter here.
  const collection = database[conflict.collectionName] as unknown as RxCollection<Stamped>;
  return collection.findOne(conflict.documentId).exec();
}

/** Deletes the record (a tombstone, so the deletion syncs) and stamps who did it. */
async function removeStamped(document: RxDocument<Stamped>, author: string, now: Date) {
  // `incrementalRemove` with the stamp of an edit, in one write.
  await document.incrementalModify((current) => ({
    ...stamped(current, { author, now }),
    _deleted: true,
  }));
}

/** Writes one side's value back at the field's path (removing the field where that side had). */
async function writeBack(
  document: RxDocument<Stamped> | null,
  fieldPath: string,
  value: unknown,
  stamp: { author: string; now: Date },
): Promise<void> {
  if (!document) throw new Error('The record no longer exists.');
  await document.incrementalModify((current) =>
    stamped(putAtFieldPath(current, fieldPath, value), stamp),
  );
}

async function close(
  database: LiaisonDatabase,
  conflictId: string,
  now: Date,
  resolution?: ConflictResolution,
): Promise<void> {
  const record = await database.conflicts.findOne(conflictId).exec();
  if (!record) throw new Error('This conflict is no longer recorded.');
  await record.incrementalPatch({
    status: 'resolved',
    resolvedAt: now.toISOString(),
    ...(resolution ? { resolution } : {}),
  });
}

/**
 * Keep mine: writes the local value back at the field's path (removing the
 * field when the local side had removed it), unless a form save kept it. For an edit-versus-delete
 * conflict where this device deleted the record, deletes it again; where
 * this device edited it, the record already lives on with those edits.
 */
export async function keepMine(
  database: LiaisonDatabase,
  conflict: Conflict,
  { author, now = new Date() }: ResolveOptions,
): Promise<void> {
  const document = await findConflictDocument(database, conflict);
  if (conflict.fieldPath === DELETED_PATH) {
    if (conflict.localValue === true && document) await removeStamped(document, author, now);
  } else if (conflict.kept !== 'local') {
    await writeBack(document, conflict.fieldPath, conflict.localValue, { author, now });
  }
  await close(database, conflict.id, now, 'kept-local');
}

/**
 * Keep theirs: after a sync merge the server's value is already in the
 * record, so this closes the conflict; after a form save it writes the
 * colleague's value back. For an edit-versus-delete conflict where the server's side
 * deleted the record (and the local edit brought it back), deletes it.
 */
export async function keepTheirs(
  database: LiaisonDatabase,
  conflict: Conflict,
  { author, now = new Date() }: ResolveOptions,
): Promise<void> {
  if (conflict.fieldPath === DELETED_PATH) {
    if (conflict.serverValue === true) {
      const document = await findConflictDocument(database, conflict);
      if (document) await removeStamped(document, author, now);
    }
  } else if (conflict.kept === 'local') {
    // A form save kept the user's value: the colleague's goes back in.
    const document = await findConflictDocument(database, conflict);
    await writeBack(document, conflict.fieldPath, conflict.serverValue, { author, now });
  }
  await close(database, conflict.id, now, 'kept-server');
}

/** Closes a conflict whose record is gone, choosing neither side. */
export async function dismissConflict(
  database: LiaisonDatabase,
  conflict: Pick<Conflict, 'id'>,
  now: Date = new Date(),
): Promise<void> {
  await close(database, conflict.id, now);
}
