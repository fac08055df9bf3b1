/**
 * What a converged run must show, and the model behind "no lost writes".
 *
 * Every value the test writes to a text field (or an agenda item's `start`,
 * by Move) is unique ("title-412" is op 412's), and with each write the
 * runner records its causal predecessor: the value the writer's device held
 * for that field just before (for a form save, the value the form opened
 * with). Values and predecessors form a tree per document and field. At the
 * end each written value must be
 *   - the final value (the server's, which every device must equal), or
 *   - an ancestor of the final value through predecessor links (superseded by
 *     a write that had seen it), or
 *   - a lost value recorded in some device's `conflicts` for that document and
 *     field (as `localValue`, or `serverValue` for a save that kept the user's
 *     value over one that arrived underneath), or
 *   - in a document deleted by a delete that had seen it, or in an erased
 *     person's record.
 * Id-set arrays (visit members, agenda attendees): each contact joins an
 * array at most once per run; it must still be there at the end unless a
 * device that held it removed it (then it must be gone), its document is
 * deleted, or the contact is erased. A document alive at the end after a
 * delete needs a later write or undo, or a write the delete had not seen
 * (an edit beats a concurrent delete); in a deleted one every value written
 * must have been seen by some delete.
 * Besides: every device holds exactly the server's live documents; an erased
 * person is a bare tombstone on the server, on no device, in no conflict, and
 * no document anywhere (tombstones included) links to them; agenda items'
 * UTC instants follow from their local times and zone, end not before start;
 * nothing pending or set aside; no 5xx or error in the server log.
 */
import { localToUtc } from '../../../shared/time/zonedTime';
import { jsonEqual, type Json } from '../../../shared/sync/mergeDocuments';
import { docKey, type CausalModel, type FieldWrite } from './model';
import type { LINK_FIELD } from './operations';
import { type Collection } from './operations';
import { linkedIds } from './appWrites';
import type { World } from './world';

export interface Failure {
  kind: string;
  detail: string;
}

type Data = Record<string, unknown>;
const COLLECTIONS: Collection[] = ['contacts', 'visits', 'agendaItems'];

/** A document's fields as replicated, without `_deleted` and storage bookkeeping. */
const fieldsOf = (document: Data): Data =>
  Object.fromEntries(Object.entries(document).filter(([key]) => !key.startsWith('_')));

/** Every contact id a document links to, by the fields erasure unlinks. */
function linkedContacts(data: Data): string[] {
  const ids = [...linkedIds(data, 'members'), ...linkedIds(data, 'attendeeIds')];
  for (const field of ['leadContactId', 'chairContactId', 'contactId'] as const) {
    if (typeof data[field] === 'string') ids.push(data[field]);
  }
  const links = data.links as { contactIds?: string[] } | undefined;
  return [...ids, ...(links?.contactIds ?? [])];
}

export async function checkWorld(world: World, model: CausalModel): Promise<Failure[]> {
  const failures: Failure[] = [];
  const fail = (kind: string, detail: string) => failures.push({ kind, detail });
  const rows = await world.lab.rows(world.workspace.workspaceId);
  const server = new Map(rows.map((row) => [docKey(row.collection as Collection, row.id), row]));
  const conflicts = (
    await Promise.all(world.devices.map((device) => device.client.database.conflicts.find().exec()))
  ).flatMap((found) => found.map((conflict) => conflict.toJSON() as Data));
  // A value is kept for review when it, or a later value written over it by a
  // writer that had seen it, sits in some device's Conflicts.
  const recordedAsLost = (collection: Collection, id: string, field: string, value: unknown) =>
    conflicts.some(
      (c) =>
        c.documentId === id &&
        c.fieldPath === field &&
        [c.localValue, c.serverValue].some(
          (kept) =>
            jsonEqual(kept as Json, value as Json) ||
            (typeof kept === 'string' && model.lineage(collection, id, field, kept).has(value)),
        ),
    );

  // Every device holds exactly the server's live documents.
  for (const device of world.devices) {
    for (const collection of COLLECTIONS) {
      const held = new Map(
        (await device.client.database[collection].find().exec()).map((document) => [
          document.primary,
          fieldsOf(document.toJSON() as Data),
        ]),
      );
      const live = rows.filter((row) => row.collection === collection && !row.deleted);
      for (const row of live) {
        const mine = held.get(row.id);
        if (!mine) fail('diverged', `d${device.index} lacks ${collection}/${row.id}`);
        else if (!jsonEqual(mine as Json, fieldsOf(row.data) as Json)) {
          const fields = Object.keys({ ...mine, ...row.data }).filter(
            (key) => !key.startsWith('_') && !jsonEqual(mine[key] as Json, row.data[key] as Json),
          );
          fail(
            'diverged',
            `d${device.index} ${collection}/${row.id} differs in ${fields.join(', ')}`,
          );
        }
        held.delete(row.id);
      }
      for (const id of held.keys()) {
        fail(
          'diverged',
          `d${device.index} holds ${collection}/${id}, which the server does not (live)`,
        );
      }
    }
    const status = device.client.replication.status$.value;
    const { pending, phase } = status;
    if (pending !== 0) fail('pending', `d${device.index} shows ${pending} pending (${phase})`);
    // Every document the test writes is valid: none may be set aside as refused.
    const setAside = (status as { setAside?: number }).setAside ?? 0;
    if (setAside !== 0) fail('set aside', `d${device.index} has ${setAside} set aside`);
  }

  for (const problem of world.problems) fail('server error', problem.message);

  for (const [key, { collection, id }] of model.created) {
    const row = server.get(key);
    if (collection === 'contacts' && model.erased.has(id)) continue;
    const fields = model.writes.get(key) ?? new Map<string, FieldWrite[]>();
    const final = row?.data ?? {};
    const lineageOf = (field: string, value: unknown) =>
      model.lineage(collection, id, field, value);
    const events = model.life.get(key) ?? [];
    const deletes = events.flatMap((event) => (event.kind === 'delete' ? [event] : []));
    const sawAll = (seen: Data) =>
      [...fields].every(([field, writes]) =>
        writes.every((write) => lineageOf(field, seen[field]).has(write.value)),
      );
    // Never on the server is fine for a document deleted before its first push, as for a deleted one.
    if (!row || row.deleted) {
      // Each value must have been seen by some delete (several may have deleted it, each
      // seeing part), or have lost a merge before and sit in Conflicts.
      const unseen = [...fields].flatMap(([field, writes]) =>
        writes
          .filter(
            (write) =>
              !deletes.some((event) => lineageOf(field, event.seen[field]).has(write.value)) &&
              !recordedAsLost(collection, id, field, write.value),
          )
          .map(
            (write) => `${field} = ${JSON.stringify(write.value)} (#${write.op} d${write.device})`,
          ),
      );
      if (deletes.length === 0) {
        fail(
          row ? 'phantom delete' : 'never synced',
          `${key} is ${row ? 'deleted' : 'not on the server'} but nobody deleted it`,
        );
      } else if (unseen.length > 0) {
        fail(
          'lost to delete',
          `${key} is deleted by deletes (#${deletes.map((d) => d.op).join(', #')}) that had not seen ${unseen.join('; ')}`,
        );
      }
      continue;
    }
    const last = deletes[deletes.length - 1];
    if (last) {
      const later = events.some((event) => event.op > last.op);
      // A link or time-zone change made elsewhere before the delete may not have been seen by it.
      const unseen =
        !sawAll(last.seen) ||
        events.some(
          (event) =>
            event.kind === 'write' &&
            !event.scalar &&
            event.op < last.op &&
            event.device !== last.device,
        );
      if (!later && !unseen) fail('lost delete', `${key} deleted at #${last.op} is alive`);
    }
    for (const [field, writes] of fields) {
      const lineage = lineageOf(field, final[field]);
      for (const write of writes) {
        if (lineage.has(write.value) || recordedAsLost(collection, id, field, write.value))
          continue;
        fail(
          'lost write',
          `${key}.${field} = ${JSON.stringify(write.value)} (#${write.op} d${write.device}, over ${JSON.stringify(write.predecessor)}) is gone: final ${JSON.stringify(final[field])}, no conflict recorded`,
        );
      }
    }
  }

  for (const [linkKey, add] of model.links) {
    const [key, field, contactId] = linkKey.split('|') as [string, keyof typeof LINK_FIELD, string];
    const row = server.get(key);
    if (!row || row.deleted || model.erased.has(contactId)) continue;
    const present = linkedIds(row.data, field as never).includes(contactId);
    if (add.removedBy === undefined && !present) {
      fail('lost link', `${key}.${field} lost ${contactId}, added at #${add.op}`);
    } else if (add.removedBy !== undefined && present) {
      fail('lost unlink', `${key}.${field} still has ${contactId}, removed at #${add.removedBy}`);
    }
  }

  for (const id of model.erased) {
    const row = server.get(docKey('contacts', id));
    const data = row?.data ?? {};
    const personal = ['givenNames', 'familyName', 'notes', 'salutation'].filter((f) => data[f]);
    // Erased before it ever reached the server (made offline, or while the server
    // was down): there is nothing there to erase, and no tombstone is owed.
    const neverOnServer = row === undefined;
    if (
      !neverOnServer &&
      (!row.deleted || typeof data.erasedAt !== 'string' || personal.length > 0)
    ) {
      fail(
        'erasure',
        `contacts/${id} on the server is not an erasure tombstone (${personal.join(', ')})`,
      );
    }
    for (const device of world.devices) {
      if (await device.client.database.contacts.findOne(id).exec()) {
        fail('erasure', `d${device.index} still holds erased contacts/${id}`);
      }
    }
    if (conflicts.some((c) => c.documentId === id))
      fail('erasure', `a conflict about ${id} is kept`);
    for (const other of rows) {
      if (linkedContacts(other.data).includes(id)) {
        fail(
          'erasure',
          `${other.collection}/${other.id}${other.deleted ? ' (deleted)' : ''} links erased ${id}`,
        );
      }
    }
  }

  for (const row of rows) {
    if (row.collection !== 'agendaItems' || row.deleted) continue;
    const { start, end, timeZone, startUtc, endUtc } = row.data as Record<
      'start' | 'end' | 'timeZone' | 'startUtc' | 'endUtc',
      string
    >;
    const off = (local: string, utc: string) =>
      Date.parse(localToUtc(local, timeZone)) !== Date.parse(utc);
    if (off(start, startUtc) || off(end, endUtc) || Date.parse(endUtc) < Date.parse(startUtc)) {
      fail(
        'derived fields',
        `agendaItems/${row.id}: ${start}–${end} ${timeZone} vs ${startUtc}–${endUtc}`,
      );
    }
  }
  return failures;
}
