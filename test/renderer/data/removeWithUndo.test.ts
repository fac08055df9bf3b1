import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDatabase, type LiaisonDatabase } from '../../../renderer/data/database';
import { removeWithUndo } from '../../../renderer/data/removeWithUndo';
import { insertEntity } from '../../../renderer/data/writes';
import { agendaItemFields, freshDatabaseOptions, visitFields } from '../appHarness';

let database: LiaisonDatabase;
beforeEach(async () => {
  database = await createDatabase('local', freshDatabaseOptions());
});
afterEach(async () => {
  await database.close();
});

const kim = { author: 'kim', now: new Date('2025-06-12T09:00:00.000Z') };

describe('removeWithUndo', () => {
  it('deletes as a tombstone stamped with who deleted it', async () => {
    const visit = await insertEntity(database.visits, visitFields(), 'anna');
    await removeWithUndo([visit], kim);
    const [tombstone] = await database.visits.storageInstance.findDocumentsById([visit.id], true);
    expect(tombstone).toMatchObject({ _deleted: true, updatedBy: 'kim' });
  });

  it('retries a delete on the latest revision when sync writes between reading and deleting', async () => {
    const visit = await insertEntity(database.visits, visitFields(), 'anna');
    const item = await insertEntity(database.agendaItems, agendaItemFields(visit.id), 'anna');
    // A pulled change written straight to storage, as replication writes it,
    // queued before the delete's own write.
    const stored = item.toMutableJSON(true);
    const pulled = database.agendaItems.storageInstance.bulkWrite(
      [{ previous: stored, document: { ...stored, title: 'Moved by sync' } }],
      'replication-test',
    );
    const deleting = removeWithUndo([item, visit], kim);
    await pulled;
    await deleting;

    expect(await database.visits.findOne(visit.id).exec()).toBeNull();
    expect(await database.agendaItems.findOne(item.id).exec()).toBeNull();
  });

  it("undoes without reverting a colleague's change that arrived after the delete", async () => {
    const visit = await insertEntity(database.visits, visitFields({ title: 'Old title' }), 'anna');
    const undo = await removeWithUndo([visit], kim);
    // Sync brings anna's edit, which beats the delete: the visit lives again with it.
    const [tombstone] = await database.visits.storageInstance.findDocumentsById([visit.id], true);
    const { _deleted, _meta, _rev, _attachments, ...fields } = tombstone!;
    await database.visits.bulkUpsert([{ ...fields, title: 'New title', updatedBy: 'anna' }]);
    await undo();

    expect((await database.visits.findOne(visit.id).exec())?.title).toBe('New title');
  });

  it("brings a deleted visit back with a change made to its tombstone, not the snapshot's", async () => {
    const visit = await insertEntity(database.visits, visitFields({ title: 'Old title' }), 'anna');
    const undo = await removeWithUndo([visit], kim);
    const [tombstone] = await database.visits.storageInstance.findDocumentsById([visit.id], true);
    await database.visits.storageInstance.bulkWrite(
      [{ previous: tombstone!, document: { ...tombstone!, title: 'Renamed elsewhere' } }],
      'replication-test',
    );
    await undo();

    expect((await database.visits.findOne(visit.id).exec())?.toJSON()).toMatchObject({
      title: 'Renamed elsewhere',
      updatedBy: 'kim',
    });
  });
});
