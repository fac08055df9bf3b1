import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDatabase, type LiaisonDatabase } from '../../../renderer/data/database';
import { editEntity, saveFormEdit } from '../../../renderer/data/editEntity';
import { patchEntity, withoutMetadata } from '../../../renderer/data/writes';
import { moveAgendaTimes } from '../../../shared/domain/agendaMove';
import { eraseContact } from '../../../renderer/erasure/eraseContact';
import {
  agendaItemFields,
  contactFields,
  freshDatabaseOptions,
  insertEntity,
  visitFields,
} from '../appHarness';

let database: LiaisonDatabase;
beforeEach(async () => {
  database = await createDatabase('local', freshDatabaseOptions());
});
afterEach(async () => {
  await database.close();
});

const kim = { author: 'kim', now: new Date('2025-06-12T09:00:00.000Z') };

describe('editEntity', () => {
  it("moves an item computed from a stale copy without reverting a colleague's title", async () => {
    const visit = await insertEntity(database.visits, visitFields(), 'kim');
    const item = await insertEntity(
      database.agendaItems,
      agendaItemFields(visit.id, {
        title: 'Lunch',
        start: '2025-06-11T12:00',
        end: '2025-06-11T13:00',
      }),
      'kim',
    );
    const shown = item.toMutableJSON();
    await patchEntity(item, () => ({ title: 'Working lunch' }), 'anna');

    const outcome = await editEntity(
      database.agendaItems,
      shown,
      moveAgendaTimes(shown, '2025-06-11T13:00'),
      kim,
    );

    expect(outcome.status).toBe('saved');
    expect((await database.agendaItems.findOne(item.id).exec())?.toJSON()).toMatchObject({
      title: 'Working lunch',
      start: '2025-06-11T13:00',
      end: '2025-06-11T14:00',
      updatedBy: 'kim',
    });
  });

  it('keeps a delegation member added underneath when the form did not touch members', async () => {
    const visit = await insertEntity(database.visits, visitFields({ title: 'Visit' }), 'kim');
    const opened = visit.toMutableJSON();
    const member = { contactId: '00000000-0000-4000-8000-0000000000a1', role: 'delegate' as const };
    await patchEntity(visit, (current) => ({ members: [...current.members, member] }), 'anna');

    const atOpen = withoutMetadata(opened);
    await saveFormEdit(
      database.visits,
      opened,
      { atOpen, submitted: { ...atOpen, title: 'Leipzig delegation' } },
      kim,
    );

    expect((await database.visits.findOne(visit.id).exec())?.toJSON()).toMatchObject({
      title: 'Leipzig delegation',
      members: [member],
    });
    expect(await database.conflicts.count().exec()).toBe(0);
  });
});

describe('an erasure that lands while an edit is being written', () => {
  async function erasedUnderneath() {
    const person = await insertEntity(
      database.contacts,
      contactFields({ givenNames: 'Hans-Jürgen', familyName: 'Weiß', dietaryNeeds: 'No pork' }),
      'kim',
    );
    const opened = person.toMutableJSON();
    // Sync brings the erasure after the form looked the record up, before it writes.
    await eraseContact(database, person.id, { author: 'anna', now: new Date() });
    return { person, opened };
  }

  /** What the erasure's tombstone holds that could identify the person. */
  const personal = async (id: string) => {
    const [stored] = await database.contacts.storageInstance.findDocumentsById([id], true);
    const { givenNames, familyName, notes, dietaryNeeds } = stored as unknown as Record<
      string,
      unknown
    >;
    return { deleted: stored?._deleted, givenNames, familyName, notes, dietaryNeeds };
  };
  const nothing = {
    deleted: true,
    givenNames: '',
    familyName: '',
    notes: undefined,
    dietaryNeeds: undefined,
  };

  it('a patch writes nothing into the erasure tombstone', async () => {
    const { person } = await erasedUnderneath();
    await patchEntity(person, () => ({ notes: 'Prefers German' }), 'kim');
    expect(await personal(person.id)).toEqual(nothing);
  });

  it('a form save says the person was erased and writes nothing', async () => {
    const { person, opened } = await erasedUnderneath();
    // The form found the record alive a moment ago: its lookup answers with that copy.
    const stale = new Proxy(database.contacts, {
      get: (target, key) =>
        key === 'findOne' ? () => ({ exec: async () => person }) : Reflect.get(target, key),
    });
    const outcome = await editEntity(stale, opened, { familyName: 'Weiss' }, kim);
    expect(outcome.status).toBe('erased');
    expect(await personal(person.id)).toEqual(nothing);
  });
});
