import { getChangedDocumentsSince, type RxCollection, type RxDocument } from 'rxdb';
import { filter, type Subscription } from 'rxjs';
import { erasedContact } from '../../shared/domain/contact';
import { isErasure } from '../../shared/sync/mergeDocuments';
import { errorMessage } from '../../shared/text/errorMessage';
import type { LiaisonDatabase } from '../data/database';
import { stamped, type Stamp } from '../data/writes';

/**
 * Forgets a person in something this device keeps outside the store (the
 * briefing feature's pack snapshots, say). The app's root hands the features'
 * forgetters to the erasure (ErasureProvider); this module knows none of them.
 */
export type ForgetOnDevice = (contactId: string) => void;

/**
 * The people this device is erasing itself (eraseContact), by database: their
 * tombstone's event needs no completing by `followErasures`, which would read
 * every visit, agenda item, follow-up and note again to find nothing left.
 */
const erasedHere = new WeakMap<LiaisonDatabase, Set<string>>();

/** How many documents an erasure changed, by what they are. */
export interface ErasureSummary {
  visits: number;
  agendaItems: number;
  followUps: number;
  notes: number;
  /** Recorded sync conflicts about the person, whose lost values went too. */
  conflicts: number;
}

/** An erasure that could not finish; running it again completes it. */
export class ErasureError extends Error {
  constructor(
    readonly code: 'not_found' | 'write_failed',
    message: string,
  ) {
    super(message);
    this.name = 'ErasureError';
  }
}

type Doc = { id: string; updatedAt: string; updatedBy: string };

/** Every document of the collection, tombstones included (RxDB's queries skip them). */
async function everyStored<T>(collection: RxCollection<T>) {
  const all: (T & { _deleted: boolean })[] = [];
  let checkpoint: unknown;
  for (;;) {
    const batch = await getChangedDocumentsSince(collection.storageInstance, 500, checkpoint);
    all.push(...(batch.documents as unknown as (T & { _deleted: boolean })[]));
    if (batch.documents.length < 500) return all;
    checkpoint = batch.checkpoint;
  }
}

/**
 * Unlinks the person in a tombstone. A deleted record syncs and can be
 * undeleted (Undo, an edit that beats the delete), so it must not keep the
 * erased person's id. Written straight to storage, as RxDB's document API
 * cannot change a deleted document; retried on a newer revision.
 */
async function unlinkInTombstone<T extends Doc>(
  collection: RxCollection<T>,
  tombstone: T & { _deleted: boolean },
  mentions: (document: T) => boolean,
  unlink: (document: T) => T,
  stamp: Stamp,
): Promise<void> {
  let previous = tombstone;
  for (let attempt = 0; attempt < 5; attempt += 1) {
    if (!previous._deleted || !mentions(previous)) return;
    // Storage bookkeeping (`_meta`, `_rev`, `_attachments`) from the revision written over; the wrapped storage renews it.
    const bookkeeping = Object.fromEntries(
      Object.entries(previous).filter(([key]) => key.startsWith('_')),
    );
    const document = { ...bookkeeping, ...stamped(unlink(previous), stamp), _deleted: true };
    const result = await collection.storageInstance.bulkWrite(
      [{ previous: previous as never, document: document as never }],
      'liaison-erasure-tombstone',
    );
    const conflict = result.error[0];
    if (!conflict) return;
    if (conflict.status !== 409 || !conflict.documentInDb) throw new Error(String(conflict.status));
    previous = conflict.documentInDb as unknown as T & { _deleted: boolean };
  }
  throw new Error(`Could not unlink a deleted ${collection.name} record: it kept changing.`);
}

/**
 * Applies `unlink` to every document of the collection that `mentions` the
 * person, deleted ones too, stamping each change, and counts the live ones
 * changed. Every document is read: erasure is rare, and a full read cannot
 * miss a reference that a selector on a nested array might.
 */
async function unlinkIn<T extends Doc>(
  collection: RxCollection<T> | undefined,
  mentions: (document: T) => boolean,
  unlink: (document: T) => T,
  stamp: Stamp,
): Promise<number> {
  if (!collection) return 0;
  const affected = (await everyStored(collection)).filter((document) => mentions(document));
  let live = 0;
  for (const stored of affected) {
    if (stored._deleted) {
      await unlinkInTombstone(collection, stored, mentions, unlink, stamp);
      continue;
    }
    const document = (await collection.findOne(stored.id).exec()) as RxDocument<T> | null;
    if (!document) {
      // Deleted since it was read: unlink the tombstone instead.
      const [latest] = await collection.storageInstance.findDocumentsById([stored.id], true);
      if (latest) await unlinkInTombstone(collection, latest as never, mentions, unlink, stamp);
      continue;
    }
    await document.incrementalModify((current) =>
      mentions(current as T) ? stamped(unlink(current as T), stamp) : current,
    );
    live += 1;
  }
  return live;
}

/**
 * Takes every link to the person out of visits, agenda items, follow-ups and
 * notes. Notes keep their text (it may name the person: the note is still a
 * record of the meeting) without the link. Safe to run again.
 */
export async function unlinkContact(
  database: LiaisonDatabase,
  contactId: string,
  stamp: Stamp,
): Promise<Omit<ErasureSummary, 'conflicts'>> {
  const collections = database.collections as Partial<LiaisonDatabase['collections']>;
  const visits = await unlinkIn(
    collections.visits,
    (visit) =>
      visit.leadContactId === contactId ||
      visit.members.some((member) => member.contactId === contactId),
    ({ leadContactId, ...visit }) => ({
      ...visit,
      ...(leadContactId === contactId ? {} : leadContactId ? { leadContactId } : {}),
      members: visit.members.filter((member) => member.contactId !== contactId),
    }),
    stamp,
  );
  const agendaItems = await unlinkIn(
    collections.agendaItems,
    (item) => item.chairContactId === contactId || item.attendeeIds.includes(contactId),
    ({ chairContactId, ...item }) => ({
      ...item,
      ...(chairContactId === contactId ? {} : chairContactId ? { chairContactId } : {}),
      attendeeIds: item.attendeeIds.filter((id) => id !== contactId),
    }),
    stamp,
  );
  const followUps = await unlinkIn(
    collections.followUps,
    (followUp) => followUp.contactId === contactId,
    ({ contactId: _linked, ...followUp }) => followUp,
    stamp,
  );
  const notes = await unlinkIn(
    collections.notes,
    (note) => note.links.contactIds.includes(contactId),
    (note) => ({
      ...note,
      links: { ...note.links, contactIds: note.links.contactIds.filter((id) => id !== contactId) },
    }),
    stamp,
  );
  return { visits, agendaItems, followUps, notes };
}

/**
 * Removes the recorded conflicts about the person's record. Their lost values
 * are the person's data, so each is emptied before its tombstone is written.
 */
export async function purgeConflictsOf(
  database: LiaisonDatabase,
  contactId: string,
): Promise<number> {
  const conflicts = database.collections.conflicts;
  if (!conflicts) return 0;
  const found = await conflicts
    .find({ selector: { collectionName: 'contacts', documentId: contactId } })
    .exec();
  for (const conflict of found) {
    // One write, retried on the latest revision: emptied and deleted together.
    await conflict.incrementalModify((current) => {
      const copy = { ...current, _deleted: true };
      delete copy.localValue;
      delete copy.serverValue;
      return copy;
    });
  }
  return found.length;
}

/**
 * Erases a person everywhere (GDPR Art. 17): links to them are taken out of
 * other records, conflicts about them are purged, what the device keeps
 * elsewhere is forgotten (`forgetOnDevice`), and their record becomes a
 * tombstone holding only its id and `erasedAt`. The tombstone syncs like any
 * delete, so the server's copy is overwritten too, and in a merge an erasure
 * beats every concurrent edit (see `mergeDocuments`). There is no undo.
 */
export async function eraseContact(
  database: LiaisonDatabase,
  contactId: string,
  stamp: Stamp,
  forgetOnDevice: readonly ForgetOnDevice[] = [],
): Promise<ErasureSummary> {
  const document = await database.contacts.findOne(contactId).exec();
  if (!document) {
    throw new ErasureError('not_found', 'This person is no longer in the workspace.');
  }
  try {
    const unlinked = await unlinkContact(database, contactId, stamp);
    const conflicts = await purgeConflictsOf(database, contactId);
    for (const forget of forgetOnDevice) forget(contactId);
    // One write, retried on the latest revision (a sync write in between
    // cannot fail it half-way): emptied and deleted together.
    const ownErasures = erasedHere.get(database) ?? new Set<string>();
    erasedHere.set(database, ownErasures.add(contactId));
    await document.incrementalModify((current) => ({
      ...erasedContact(current, stamp.now.toISOString(), stamp.author),
      _deleted: true,
    }));
    return { ...unlinked, conflicts };
  } catch (error) {
    erasedHere.get(database)?.delete(contactId);
    const reason = errorMessage(error);
    throw new ErasureError(
      'write_failed',
      `The erasure did not finish (${reason}). Run it again to complete it.`,
    );
  }
}

/**
 * Completes, on this device, an erasure made on another: when a person's
 * erasure arrives by sync, links to them in local records (perhaps added
 * offline since) are taken out, and local conflicts about them are purged.
 * The changes are stamped with `author`, this device's signed-in user: the
 * server refuses a change stamped with anyone else's id (the eraser's
 * included) unless the stored document already carries it. Without `author`
 * they carry the eraser's id. Wired where the workspace is assembled
 * (ErasureProvider), not in the replication: it follows every erasure stored
 * here, whichever way it came.
 */
export function followErasures(
  database: LiaisonDatabase,
  {
    author,
    forgetOnDevice = [],
  }: { author?: string; forgetOnDevice?: readonly ForgetOnDevice[] } = {},
): Subscription {
  return database.contacts.$.pipe(
    filter((event) => event.operation === 'DELETE' && isErasure(event.documentData)),
  ).subscribe((event) => {
    // Made here: eraseContact has done all this already.
    if (erasedHere.get(database)?.delete(event.documentId)) return;
    const { updatedBy } = event.documentData;
    void (async () => {
      const stamp = { author: author ?? updatedBy, now: new Date() };
      await unlinkContact(database, event.documentId, stamp);
      await purgeConflictsOf(database, event.documentId);
      for (const forget of forgetOnDevice) forget(event.documentId);
    })().catch((error: unknown) => {
      // Nothing is lost: the next erasure event or a repeat erasure finishes it.
      console.error('Completing an erasure from sync failed', error);
    });
  });
}
