// The operation layer: every change the convergence test makes goes through
// the app's own write functions, from here only, so that switching the test to
// new write paths (a three-way form save, say) is a change to this file alone.
import type { RxDocument } from 'rxdb';
import { deriveAgendaUtc } from '../../../shared/domain/agenda';
import type { AgendaItem } from '../../../shared/domain/agendaItem';
import { moveAgendaTimes } from '../../../shared/domain/agendaMove';
import type { BaseDocument } from '../../../shared/domain/common';
import type { LiaisonDatabase } from '../../../renderer/data/database';
import { eraseContact } from '../../../renderer/erasure/eraseContact';
import { removeWithUndo, type AnyDocument } from '../../../renderer/data/removeWithUndo';
import { editEntity, saveFormEdit } from '../../../renderer/data/editEntity';
import { insertEntity, patchEntity, withoutMetadata } from '../../../renderer/data/writes';
import { parseVCards } from '../../../renderer/formats/vcard/parseVCards';
import {
  defaultSelection,
  planContactImport,
} from '../../../renderer/features/exchange/contactImportPlan';
import { writeContactImport } from '../../../renderer/features/exchange/writeContactImport';
import { agendaItemFields, contactFields, visitFields } from '../fixtures';
import type { Collection, LinkField } from './operations';

/** A stored document of any of the test's collections. */
type Doc = AnyDocument;
type Fields = Record<string, unknown>;

/** A start time no other op uses: op `n` starts `n` minutes after 1 October 2025, 00:00. */
export function uniqueStart(n: number): string {
  return new Date(Date.UTC(2025, 9, 1, 0, n)).toISOString().slice(0, 16);
}

/** The device's live document, or undefined when it has none (yet, or any more). */
export async function findDocument(
  database: LiaisonDatabase,
  collection: Collection,
  id: string,
): Promise<Doc | undefined> {
  const found = await database[collection].findOne(id).exec();
  return (found ?? undefined) as Doc | undefined;
}

/** Creates a document as the app's forms do; returns its id and its initial field values. */
export async function create(
  database: LiaisonDatabase,
  collection: Collection,
  n: number,
  author: string,
  visitId?: string,
): Promise<{ id: string; fields: Fields }> {
  let fields: Fields;
  if (collection === 'contacts') {
    fields = contactFields({ givenNames: `given-${n}`, familyName: `family-${n}` });
  } else if (collection === 'visits') {
    fields = visitFields({ title: `title-${n}` });
  } else {
    const start = uniqueStart(n);
    const end = new Date(Date.parse(`${start}Z`) + 90 * 60_000).toISOString().slice(0, 16);
    const local = { start, end, timeZone: 'Europe/Berlin' };
    fields = agendaItemFields(visitId!, {
      title: `title-${n}`,
      ...local,
      ...deriveAgendaUtc(local),
    });
  }
  const document = await insertEntity(database[collection] as never, fields as never, author);
  return { id: (document as Doc).primary, fields };
}

/**
 * An edit of one field (as the record pages' inline actions do). Returns the
 * value it replaced, or `null` when nothing was written: the record had been
 * deleted on this device by the time the write landed (a deletion that synced
 * in between finding the record and writing to it), and the app's edit writes
 * nothing into a tombstone.
 */
export async function editField(
  document: Doc,
  field: string,
  value: string,
  author: string,
): Promise<{ predecessor: unknown } | null> {
  let before: unknown;
  const written = await patchEntity(
    document,
    (current) => {
      before = current[field];
      return { [field]: value };
    },
    author,
  );
  return written.deleted ? null : { predecessor: before };
}

/** What an editor captures when its form opens. */
export function openForm(document: Doc): Fields & BaseDocument {
  return document.toMutableJSON() as Fields & BaseDocument;
}

/**
 * Saves a form opened on `snapshot` with one field changed, through the
 * editors' save (three-way against what the form opened with). A record
 * deleted or erased meanwhile is not written; returns whether it was.
 */
export async function saveForm(
  database: LiaisonDatabase,
  collection: Collection,
  snapshot: Fields & BaseDocument,
  field: string,
  value: string,
  author: string,
): Promise<boolean> {
  const atOpen = withoutMetadata(snapshot);
  const outcome = await saveFormEdit(
    database[collection] as never,
    snapshot as never,
    { atOpen, submitted: { ...atOpen, [field]: value } } as never,
    { author, now: new Date() },
  );
  return outcome.status === 'saved';
}

/** Adds a contact to a visit's delegation or an agenda item's attendees; false if already there. */
export async function link(
  document: Doc,
  field: LinkField,
  contactId: string,
  author: string,
): Promise<boolean> {
  if (linkedIds(document.toJSON(), field).includes(contactId)) return false;
  await patchEntity(
    document,
    (current) =>
      field === 'members'
        ? { members: [...(current.members as Fields[]), { contactId, role: 'delegate' }] }
        : { attendeeIds: [...(current.attendeeIds as string[]), contactId] },
    author,
  );
  return true;
}

/** Takes a contact out of the array; false if it was not there. */
export async function unlink(
  document: Doc,
  field: LinkField,
  contactId: string,
  author: string,
): Promise<boolean> {
  if (!linkedIds(document.toJSON(), field).includes(contactId)) return false;
  await patchEntity(
    document,
    (current) =>
      field === 'members'
        ? { members: (current.members as Fields[]).filter((m) => m.contactId !== contactId) }
        : { attendeeIds: (current.attendeeIds as string[]).filter((id) => id !== contactId) },
    author,
  );
  return true;
}

/** The contact ids in an id-set array of a document's data. */
export function linkedIds(data: Fields, field: LinkField): string[] {
  const value = (data[field] ?? []) as (string | { contactId: string })[];
  return value.map((entry) => (typeof entry === 'string' ? entry : entry.contactId));
}

/**
 * Moves an agenda item as the Move dialog does: times from the item as the
 * dialog opened with it, saved three-way against it. Returns the start it
 * replaced, or undefined if the item was gone.
 */
export async function move(
  database: LiaisonDatabase,
  document: Doc,
  newStart: string,
  author: string,
): Promise<{ before: unknown } | undefined> {
  const shown = document.toMutableJSON() as unknown as AgendaItem;
  const preview = moveAgendaTimes(shown, newStart);
  const status = shown.status === 'confirmed' ? 'changed' : shown.status;
  const outcome = await editEntity(
    database.agendaItems as never,
    shown as never,
    { ...preview, status } as never,
    { author, now: new Date() },
  );
  return outcome.status === 'saved' ? { before: shown.start } : undefined;
}

/** The item's venue zone changes; its UTC instants follow from its local times, as the editor derives them. */
export async function retime(document: Doc, timeZone: string, author: string): Promise<void> {
  await patchEntity(
    document as unknown as RxDocument<AgendaItem>,
    (current) => ({ timeZone, ...deriveAgendaUtc({ ...current, timeZone }) }),
    author,
  );
}

/** Deletes with the app's undo; returns the undo. */
export function remove(document: Doc, author: string): Promise<() => Promise<void>> {
  return removeWithUndo([document], { author, now: new Date() });
}

export function erase(database: LiaisonDatabase, contactId: string, author: string) {
  return eraseContact(database, contactId, { author, now: new Date() });
}

/** Imports a vCard file of `cards` people through the import dialog's plan and write; returns their ids and names. */
export async function importCards(
  database: LiaisonDatabase,
  n: number,
  cards: number,
  author: string,
): Promise<{ id: string; fields: Fields }[]> {
  const text = Array.from(
    { length: cards },
    (_, card) =>
      `BEGIN:VCARD\r\nVERSION:4.0\r\nFN:given-${n}-${card} family-${n}-${card}\r\n` +
      `N:family-${n}-${card};given-${n}-${card};;;\r\nEND:VCARD\r\n`,
  ).join('');
  const contacts = (await database.contacts.find().exec()).map((document) => document.toJSON());
  const plan = planContactImport(parseVCards(text), {
    contacts: contacts as never,
    organisations: [],
    author,
    now: new Date(),
  });
  await writeContactImport(database, plan, defaultSelection(plan));
  return plan.entries.map(({ contact }) => ({
    id: contact.id,
    fields: { givenNames: contact.givenNames, familyName: contact.familyName },
  }));
}
