import type { RxCollection, RxDocument } from 'rxdb';
import { filter, type Subscription } from 'rxjs';
import { erasedContact } from '../../shared/domain/contact';
import { isErasure } from '../../shared/sync/mergeDocuments';
import { forgetPersonInSnapshots } from '../export/briefing/briefingSnapshot';
import type { LiaisonDatabase } from './database';

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

interface Stamp {
  author: string;
  now: Date;
}

type Doc = { id: string; updatedAt: string; updatedBy: string };

/**
 * Applies `unlink` to every document of the collection that `mentions` the
 * person, stamping each change. Every document is read: erasure is rare, and
 * a full read cannot miss a reference that a selector on a nested array might.
 */
async function unlinkIn<T extends Doc>(
  collection: RxCollection<T> | undefined,
  mentions: (document: T) => boolean,
  unlink: (document: T) => T,
  { author, now }: Stamp,
): Promise<number> {
  if (!collection) return 0;
  const documents = (await collection.find().exec()) as RxDocument<T>[];
  const affected = documents.filter((document) => mentions(document.toJSON() as T));
  for (const document of affected) {
    await document.incrementalModify((current) => {
      if (!mentions(current as T)) return current;
      return { ...unlink(current as T), updatedAt: now.toISOString(), updatedBy: author };
    });
  }
  return affected.length;
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
    const emptied = await conflict.incrementalModify((current) => {
      const copy = { ...current };
      delete copy.localValue;
      delete copy.serverValue;
      return copy;
    });
    await emptied.remove();
  }
  return found.length;
}

/**
 * Forgets the person in what this device keeps outside the store: the
 * briefing-pack snapshots in localStorage (absent in Node).
 */
function forgetOnThisDevice(contactId: string): void {
  if (typeof localStorage !== 'undefined') forgetPersonInSnapshots(localStorage, contactId);
}

/**
 * Erases a person everywhere (GDPR Art. 17): links to them are taken out of
 * other records, conflicts and briefing snapshots about them are purged, and their record becomes a
 * tombstone holding only its id and `erasedAt`. The tombstone syncs like any
 * delete, so the server's copy is overwritten too, and in a merge an erasure
 * beats every concurrent edit (see `mergeDocuments`). There is no undo.
 */
export async function eraseContact(
  database: LiaisonDatabase,
  contactId: string,
  stamp: Stamp,
): Promise<ErasureSummary> {
  const document = await database.contacts.findOne(contactId).exec();
  if (!document) {
    throw new ErasureError('not_found', 'This person is no longer in the workspace.');
  }
  try {
    const unlinked = await unlinkContact(database, contactId, stamp);
    const conflicts = await purgeConflictsOf(database, contactId);
    forgetOnThisDevice(contactId);
    const emptied = await document.incrementalModify((current) =>
      erasedContact(current, stamp.now.toISOString(), stamp.author),
    );
    await emptied.remove();
    return { ...unlinked, conflicts };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
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
 * The changes are stamped with the eraser's id.
 */
export function followErasures(database: LiaisonDatabase): Subscription {
  return database.contacts.$.pipe(
    filter((event) => event.operation === 'DELETE' && isErasure(event.documentData)),
  ).subscribe((event) => {
    const { updatedBy } = event.documentData;
    void (async () => {
      await unlinkContact(database, event.documentId, { author: updatedBy, now: new Date() });
      await purgeConflictsOf(database, event.documentId);
      forgetOnThisDevice(event.documentId);
    })().catch((error: unknown) => {
      // Nothing is lost: the next erasure event or a repeat erasure finishes it.
      console.error('Completing an erasure from sync failed', error);
    });
  });
}
