import { afterEach, describe, expect, it } from 'vitest';
import { createDatabase, type LiaisonDatabase } from '../../../renderer/data/database';
import { eraseContact, ErasureError } from '../../../renderer/erasure/eraseContact';
import { forgetPersonInBriefingSnapshots } from '../../../renderer/features/briefing';
import { briefingSnapshotStore } from '../../../renderer/formats/briefing/briefingSnapshot';
import {
  agendaItemFields,
  contactFields,
  followUpFields,
  freshDatabaseOptions,
  insertEntity,
  noteFields,
  visitFields,
} from '../appHarness';

const open: LiaisonDatabase[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((database) => database.close()));
});

const stamp = { author: 'dpo', now: new Date('2025-07-01T10:00:00.000Z') };

/** A store where Dr. Müller is linked from every kind of record, beside a colleague who stays. */
async function storeWithMueller() {
  const database = await createDatabase('local', freshDatabaseOptions());
  open.push(database);
  const mueller = await insertEntity(
    database.contacts,
    contactFields({
      givenNames: 'Anna',
      familyName: 'Müller',
      titlesBefore: 'Dr.',
      emails: [{ label: 'work', address: 'anna.mueller@leipzig.example' }],
      dietaryNeeds: 'Vegetarian',
      photo: 'data:image/png;base64,AAAA',
    }),
    'ann',
  );
  const jung = await insertEntity(
    database.contacts,
    contactFields({ givenNames: 'Burkhard', familyName: 'Jung' }),
    'ann',
  );
  const visit = await insertEntity(
    database.visits,
    visitFields({
      leadContactId: mueller.id,
      members: [
        { contactId: mueller.id, role: 'lead' },
        { contactId: jung.id, role: 'delegate' },
      ],
    }),
    'ann',
  );
  const item = await insertEntity(
    database.agendaItems,
    agendaItemFields(visit.id, { chairContactId: mueller.id, attendeeIds: [mueller.id, jung.id] }),
    'ann',
  );
  const followUp = await insertEntity(
    database.followUps,
    followUpFields({ contactId: mueller.id, visitId: visit.id }),
    'ann',
  );
  const note = await insertEntity(
    database.notes,
    noteFields('Dr. Müller asked about Horizon Europe funding.', {
      contactIds: [mueller.id, jung.id],
      visitIds: [visit.id],
    }),
    'ann',
  );
  await database.conflicts.insert({
    id: '00000000-0000-4000-8000-000000000001',
    collectionName: 'contacts',
    documentId: mueller.id,
    fieldPath: 'dietaryNeeds',
    localValue: 'Vegan',
    serverValue: 'Vegetarian',
    detectedAt: '2025-06-30T10:00:00.000Z',
    status: 'open',
  });
  return { database, mueller, jung, visit, item, followUp, note };
}

describe('eraseContact', () => {
  it('removes the person and every link to them, and keeps the others', async () => {
    const { database, mueller, jung, visit, item, followUp, note } = await storeWithMueller();

    const summary = await eraseContact(database, mueller.id, stamp);

    expect(summary).toEqual({ visits: 1, agendaItems: 1, followUps: 1, notes: 1, conflicts: 1 });
    expect(await database.contacts.findOne(mueller.id).exec()).toBeNull();
    expect(await database.contacts.findOne(jung.id).exec()).not.toBeNull();

    const visitAfter = (await database.visits.findOne(visit.id).exec())!.toJSON();
    expect(visitAfter.leadContactId).toBeUndefined();
    expect(visitAfter.members).toEqual([{ contactId: jung.id, role: 'delegate' }]);
    expect(visitAfter.updatedBy).toBe('dpo');

    const itemAfter = (await database.agendaItems.findOne(item.id).exec())!.toJSON();
    expect(itemAfter.chairContactId).toBeUndefined();
    expect(itemAfter.attendeeIds).toEqual([jung.id]);

    const followUpAfter = (await database.followUps.findOne(followUp.id).exec())!.toJSON();
    expect(followUpAfter.contactId).toBeUndefined();
    expect(followUpAfter.visitId).toBe(visit.id);

    const noteAfter = (await database.notes.findOne(note.id).exec())!.toJSON();
    expect(noteAfter.body).toBe('Dr. Müller asked about Horizon Europe funding.');
    expect(noteAfter.links.contactIds).toEqual([jung.id]);
    expect(noteAfter.links.visitIds).toEqual([visit.id]);

    expect(await database.conflicts.count().exec()).toBe(0);
  });

  it('takes the person out of deleted visits and agenda items too, which could be undeleted', async () => {
    const { database, mueller, jung, visit, item } = await storeWithMueller();
    await (await database.agendaItems.findOne(item.id).exec())!.remove();
    await (await database.visits.findOne(visit.id).exec())!.remove();

    const summary = await eraseContact(database, mueller.id, stamp);

    // The summary counts what the user sees; the tombstones are unlinked all the same.
    expect(summary).toMatchObject({ visits: 0, agendaItems: 0 });
    const [visitTombstone] = await database.visits.storageInstance.findDocumentsById(
      [visit.id],
      true,
    );
    expect(visitTombstone).toMatchObject({
      _deleted: true,
      members: [{ contactId: jung.id, role: 'delegate' }],
      updatedBy: 'dpo',
    });
    expect(visitTombstone).not.toHaveProperty('leadContactId');
    const [itemTombstone] = await database.agendaItems.storageInstance.findDocumentsById(
      [item.id],
      true,
    );
    expect(itemTombstone).toMatchObject({ _deleted: true, attendeeIds: [jung.id] });
    expect(itemTombstone).not.toHaveProperty('chairContactId');
  });

  it('leaves a tombstone that syncs the erasure and holds nothing about the person', async () => {
    const { database, mueller } = await storeWithMueller();
    await eraseContact(database, mueller.id, stamp);

    const [tombstone] = await database.contacts.storageInstance.findDocumentsById(
      [mueller.id],
      true,
    );
    expect(tombstone).toMatchObject({
      id: mueller.id,
      _deleted: true,
      erasedAt: '2025-07-01T10:00:00.000Z',
      updatedBy: 'dpo',
    });
    const stored = JSON.stringify(tombstone);
    for (const trace of ['Müller', 'Anna', 'anna.mueller', 'Vegetarian', 'base64', 'Dr.']) {
      expect(stored).not.toContain(trace);
    }
  });

  it('empties the lost values of purged conflicts before their tombstones are kept', async () => {
    const { database, mueller } = await storeWithMueller();
    await eraseContact(database, mueller.id, stamp);
    const [conflict] = await database.conflicts.storageInstance.findDocumentsById(
      ['00000000-0000-4000-8000-000000000001'],
      true,
    );
    expect(conflict?._deleted).toBe(true);
    expect(JSON.stringify(conflict)).not.toMatch(/Vegan|Vegetarian/);
  });

  it('forgets the person in the briefing-pack snapshots kept on this device (the hook the app hands over)', async () => {
    const { database, mueller, jung, visit } = await storeWithMueller();
    const snapshots = briefingSnapshotStore(localStorage);
    snapshots.save({
      visitId: visit.id,
      madeAt: '2025-06-01T08:00:00.000Z',
      items: [],
      people: [
        { id: mueller.id, name: 'Anna Müller' },
        { id: jung.id, name: 'Burkhard Jung' },
      ],
    });

    await eraseContact(database, mueller.id, stamp, [forgetPersonInBriefingSnapshots]);

    expect(snapshots.load(visit.id)?.people).toEqual([{ id: jung.id, name: 'Burkhard Jung' }]);
    expect(JSON.stringify({ ...localStorage })).not.toContain('Müller');
  });

  it('says so when the person is gone already', async () => {
    const { database, mueller } = await storeWithMueller();
    await eraseContact(database, mueller.id, stamp);
    const again = eraseContact(database, mueller.id, stamp);
    await expect(again).rejects.toBeInstanceOf(ErasureError);
    await expect(again).rejects.toMatchObject({ code: 'not_found' });
  });
});
