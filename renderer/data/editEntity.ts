import type { RxCollection, RxDocument } from 'rxdb';
import type { BaseDocument } from '../../shared/domain/common';
import type { Conflict } from '../../shared/domain/conflict';
import type { SyncedCollectionName } from '../../shared/domain/collectionNames';
import { newId } from '../../shared/domain/common';
import { cleanDocumentText } from '../../shared/sync/documentRules';
import { jsonEqual, type Json } from '../../shared/sync/json';
import {
  isErasure,
  mergeDocuments,
  replicatedData,
  type FieldConflict,
} from '../../shared/sync/mergeDocuments';
import { getAtFieldPath } from '../../shared/sync/mergePath';
import type { LiaisonDatabase } from './database';
import { stamped, withoutMetadata, type EntityFields, type Stamp } from './writes';

/**
 * The one path for an edit prepared from an older copy of a record (a form
 * opened a while ago, a Move computed from the item shown, an undo): a
 * three-way change against the copy it was prepared from, applied to the
 * latest revision. Fields the edit did not change keep the latest value (a
 * colleague's change that synced in meanwhile stays); a field both changed
 * keeps the user's value and files the other one in Conflicts.
 */

/** How an edit ended: saved (with any values it set aside), or the record is gone. */
export type EditOutcome<T> =
  | { status: 'saved'; document: RxDocument<T>; conflicts: Conflict[] }
  | { status: 'deleted' }
  | { status: 'erased' };

/** Changes by field: a value to set, or `undefined` to remove the field. */
export type FieldChanges<T extends BaseDocument> = { [K in keyof EntityFields<T>]?: unknown };

/** The fields whose value differs between two versions of a record's fields. */
export function changedFields<T extends BaseDocument>(
  before: EntityFields<T>,
  after: EntityFields<T>,
): FieldChanges<T> {
  const changes: Record<string, unknown> = {};
  const a = before as Record<string, unknown>;
  const b = after as Record<string, unknown>;
  for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
    if (!jsonEqual(a[key] as Json | undefined, b[key] as Json | undefined)) changes[key] = b[key];
  }
  return changes as FieldChanges<T>;
}

/** A document's replicated data, with no `_deleted` nor metadata. */
type Plain = { _deleted: boolean } & Record<string, Json>;

function withChanges(fields: object, changes: object): Plain {
  const result: Record<string, unknown> = { ...fields };
  for (const [key, value] of Object.entries(changes)) {
    if (value === undefined) delete result[key];
    else result[key] = value;
  }
  return { ...(replicatedData(result) as Record<string, Json>), _deleted: false };
}

/**
 * The record as stored, tombstones included (RxDB's queries skip them): an
 * edit must know whether its record was deleted or erased meanwhile.
 */
export async function latestStored<T extends BaseDocument>(
  collection: RxCollection<T>,
  id: string,
): Promise<(T & { _deleted: boolean }) | undefined> {
  const [found] = await collection.storageInstance.findDocumentsById([id], true);
  return found as (T & { _deleted: boolean }) | undefined;
}

/** A value set aside by a form save, as the Conflicts screen lists it. */
function formConflict(
  collectionName: string,
  documentId: string,
  conflict: FieldConflict,
  merged: object,
  other: { updatedBy: string; updatedAt: string },
  detectedAt: string,
): Conflict {
  // mergeDocuments(base, stored, form) reports the stored value as `localValue`
  // and the form's as `serverValue`; a Conflict names them from this user's
  // side: `localValue` is theirs, `serverValue` the colleague's. Which one the
  // record holds is read from the merged record, not assumed: the merge keeps
  // the form's value, except where an edited element beats its removal.
  const inRecord = getAtFieldPath(merged, conflict.fieldPath) as Json | undefined;
  return {
    id: newId(),
    collectionName: collectionName as SyncedCollectionName,
    documentId,
    fieldPath: conflict.fieldPath,
    ...(conflict.serverValue === undefined ? {} : { localValue: conflict.serverValue }),
    ...(conflict.localValue === undefined ? {} : { serverValue: conflict.localValue }),
    kept: jsonEqual(inRecord, conflict.serverValue) ? 'local' : 'server',
    serverUpdatedBy: other.updatedBy,
    serverUpdatedAt: other.updatedAt,
    detectedAt,
    status: 'open',
  };
}

/**
 * Applies `changes`, prepared from `opened`, to the latest revision of the
 * record. Writes nothing when the record was deleted or erased meanwhile: a
 * save must not bring a deleted record, or an erased person's data, back.
 */
export async function editEntity<T extends BaseDocument>(
  collection: RxCollection<T>,
  opened: T,
  changes: FieldChanges<T>,
  stamp: Stamp,
): Promise<EditOutcome<T>> {
  const document = await collection.findOne(opened.id).exec();
  if (!document) {
    const gone = await latestStored(collection, opened.id);
    return { status: gone && isErasure(gone) ? 'erased' : 'deleted' };
  }
  const base = withChanges(withoutMetadata(opened), {});
  // Text is made storable as the sync server checks it (a pasted line break in
  // a name, a stray control character), so the device never holds what it refuses.
  const storable = cleanDocumentText(collection.name as SyncedCollectionName, changes);
  const proposed = withChanges(withoutMetadata(opened), storable);
  let lost: FieldConflict[] = [];
  let result: object = {};
  let other = { updatedBy: opened.updatedBy, updatedAt: opened.updatedAt };
  // The modifier runs again on a newer revision if one lands while writing,
  // so what it reports is always about the revision it wrote over.
  let gone: 'deleted' | 'erased' | undefined;
  const saved = await document.incrementalModify((current) => {
    // Deleted or erased between the look above and this write (sync landed):
    // write nothing, above all no personal data into an erasure's tombstone.
    if ((current as { _deleted?: boolean })._deleted) {
      gone = isErasure(current as unknown as { _deleted: boolean }) ? 'erased' : 'deleted';
      return current;
    }
    gone = undefined;
    const latest = current as unknown as T;
    const stored = withChanges(withoutMetadata(latest), {});
    const { merged, conflicts } = mergeDocuments(
      base,
      stored,
      proposed,
      collection.name as SyncedCollectionName,
    );
    lost = conflicts;
    result = merged;
    other = { updatedBy: latest.updatedBy, updatedAt: latest.updatedAt };
    // Nothing to change (the user changed nothing, or only to what is stored): no new revision.
    if (jsonEqual(merged, stored)) return current;
    const { _deleted: _ignored, ...fields } = merged;
    return stamped(
      { ...fields, id: latest.id, createdAt: latest.createdAt },
      stamp,
    ) as unknown as typeof current;
  });
  if (gone) return { status: gone };
  const recorded = lost.map((conflict) =>
    formConflict(collection.name, opened.id, conflict, result, other, stamp.now.toISOString()),
  );
  if (recorded.length > 0) {
    const conflicts = (collection.database as unknown as LiaisonDatabase).conflicts;
    await conflicts.bulkInsert(recorded);
  }
  return { status: 'saved', document: saved, conflicts: recorded };
}

/**
 * Saves a form: the fields the user changed (the form's fields now against
 * the form's fields as it opened, so a value the form only normalises is not
 * a change) are applied to the latest revision, three-way against `opened`.
 */
export function saveFormEdit<T extends BaseDocument>(
  collection: RxCollection<T>,
  opened: T,
  fields: { atOpen: EntityFields<T>; submitted: EntityFields<T> },
  stamp: Stamp,
): Promise<EditOutcome<T>> {
  return editEntity(collection, opened, changedFields(fields.atOpen, fields.submitted), stamp);
}
