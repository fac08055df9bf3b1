import type { RxCollection, RxDocument } from 'rxdb';
import type { Conflict, ConflictResolution } from '../../../../shared/domain/conflict';
import { putAtPath } from '../../../../shared/sync/documentPath';
import type { LiaisonDatabase } from '../../../data/database';
import { DELETED_PATH } from './conflictValues';

/**
 * The user's choice on a conflict, written to the local store. The merge has
 * already put the server's value into the record, so "keep theirs" only closes
 * the conflict, while "keep mine" writes the local value back as a new edit:
 * it then syncs like any other edit and wins everywhere.
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
    ...current,
    updatedAt: now.toISOString(),
    updatedBy: author,
    _deleted: true,
  }));
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
 * field when the local side had removed it). For an edit-versus-delete
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
  } else {
    if (!document) throw new Error('The record no longer exists.');
    await document.incrementalModify((current) => ({
      ...putAtPath(current, conflict.fieldPath, conflict.localValue),
      updatedAt: now.toISOString(),
      updatedBy: author,
    }));
  }
  await close(database, conflict.id, now, 'kept-local');
}

/**
 * Keep theirs: the server's value is already in the record, so this closes
 * the conflict. For an edit-versus-delete conflict where the server's side
 * deleted the record (and the local edit brought it back), deletes it.
 */
export async function keepTheirs(
  database: LiaisonDatabase,
  conflict: Conflict,
  { author, now = new Date() }: ResolveOptions,
): Promise<void> {
  if (conflict.fieldPath === DELETED_PATH && conflict.serverValue === true) {
    const document = await findConflictDocument(database, conflict);
    if (document) await removeStamped(document, author, now);
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
