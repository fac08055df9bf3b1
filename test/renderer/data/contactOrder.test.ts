import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { firstValueFrom, take, toArray } from 'rxjs';
import { afterEach, describe, expect, it } from 'vitest';
import { changesSince, type ChangeCheckpoint } from '../../../renderer/data/changesSince';
import {
  CONTACT_ORDER_STORAGE_NAME,
  CONTACT_ORDER_STORAGE_SCHEMA,
  contactOrderOf,
} from '../../../renderer/data/contactOrder';
import {
  createDatabase,
  type DatabaseOptions,
  type LiaisonDatabase,
} from '../../../renderer/data/database';
import { insertEntity } from '../../../renderer/data/writes';
import { replaceEntityFields } from '../otherDeviceWrites';
import { contactFields } from '../entityFields';

const open: LiaisonDatabase[] = [];
async function openStore(options: DatabaseOptions) {
  const database = await createDatabase('local', options);
  open.push(database);
  return database;
}
const freshOptions = (): DatabaseOptions => ({
  dexie: { indexedDB: new IDBFactory(), IDBKeyRange },
  devMode: true,
});

afterEach(async () => {
  await Promise.all(open.splice(0).map((database) => database.close()));
});

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const now = '2025-06-01T09:00:00.000Z';
const person = (n: number, givenNames: string, familyName: string) => ({
  id: id(n),
  createdAt: now,
  updatedAt: now,
  updatedBy: 'test',
  ...contactFields({ givenNames, familyName }),
});

async function names(database: LiaisonDatabase, skip = 0, limit?: number) {
  return (await contactOrderOf(database).page(skip, limit)).map((row) => row.name);
}

/** The row of a contact as stored, tombstones included. */
async function storedRow(database: LiaisonDatabase, contactId: string) {
  const instance = await database.storage.createStorageInstance({
    databaseName: database.name,
    collectionName: CONTACT_ORDER_STORAGE_NAME,
    databaseInstanceToken: database.token,
    multiInstance: false,
    options: {},
    schema: CONTACT_ORDER_STORAGE_SCHEMA,
    devMode: false,
  });
  try {
    const [row] = await instance.findDocumentsById([contactId], true);
    return row;
  } finally {
    await instance.close();
  }
}

describe('changesSince', () => {
  it('reads a bulk write (one lwt for all) page by page, each document once', async () => {
    const database = await openStore(freshOptions());
    await database.contacts.bulkInsert(Array.from({ length: 25 }, (_, n) => person(n, 'P', 'Q')));
    await database.contacts
      .findOne(id(3))
      .exec()
      .then((doc) => doc?.remove());
    const seen: string[] = [];
    let checkpoint: ChangeCheckpoint | undefined;
    for (;;) {
      const batch = await changesSince(database.contacts.storageInstance as never, checkpoint, 10);
      seen.push(...batch.documents.map((document) => (document as unknown as { id: string }).id));
      checkpoint = batch.checkpoint;
      if (batch.documents.length < 10) break;
    }
    // Every contact once; the deleted one (a later write) last, as its tombstone.
    expect(seen).toHaveLength(25);
    expect(new Set(seen).size).toBe(25);
    expect(seen[24]).toBe(id(3));
    const after = await changesSince(database.contacts.storageInstance as never, checkpoint, 10);
    expect(after.documents).toEqual([]);
    expect(after.checkpoint).toEqual(checkpoint);
  });
});

describe('the Contacts list order', () => {
  it('is built from the stored contacts and reads pages in German collation order', async () => {
    const database = await openStore(freshOptions());
    await database.contacts.bulkInsert([
      person(1, 'Peter', 'Zimmermann'),
      person(2, 'Ayşe', 'Özdemir'),
      person(3, 'Olga', 'Oberndorf'),
      person(4, 'Anja', 'Müller'),
      person(5, 'Jan', 'Muller'),
      person(6, 'Li', '王'),
      person(7, 'Omar', 'علي'),
    ]);
    const order = contactOrderOf(database);
    expect(await order.count()).toBe(7);
    expect(await names(database)).toEqual([
      'Jan Muller',
      'Anja Müller',
      'Olga Oberndorf',
      'Ayşe Özdemir',
      'Peter Zimmermann',
      'Omar علي',
      'Li 王',
    ]);
    expect(await names(database, 2, 2)).toEqual(['Olga Oberndorf', 'Ayşe Özdemir']);
  });

  it('follows edits and deletes, and keeps no name in a deleted row', async () => {
    const database = await openStore(freshOptions());
    const order = contactOrderOf(database);
    await order.ready;
    const anja = await insertEntity(
      database.contacts,
      contactFields({ givenNames: 'Anja', familyName: 'Muller' }),
      'test',
    );
    await insertEntity(
      database.contacts,
      contactFields({ givenNames: 'Bernd', familyName: 'Meier' }),
      'test',
    );
    await order.caughtUp();
    expect(await names(database)).toEqual(['Bernd Meier', 'Anja Muller']);

    await replaceEntityFields(
      anja,
      { ...contactFields({ givenNames: 'Anja', familyName: 'Adler' }) },
      'test',
    );
    await order.caughtUp();
    expect(await names(database)).toEqual(['Anja Adler', 'Bernd Meier']);

    await (await database.contacts.findOne(anja.id).exec())?.remove();
    await order.caughtUp();
    expect(await names(database)).toEqual(['Bernd Meier']);
    expect(await order.count()).toBe(1);
    const row = await storedRow(database, anja.id);
    expect(row).toMatchObject({ _deleted: true, name: '', key: '' });
  });

  it('tells the list when rows change, as when sync writes a contact from another device', async () => {
    const database = await openStore(freshOptions());
    const order = contactOrderOf(database);
    await order.ready;
    const changed = firstValueFrom(order.changed$.pipe(take(1), toArray()));
    // What the replication does: a plain bulk write into the collection.
    await database.contacts.bulkUpsert([person(9, 'Burkhard', 'Jung')]);
    await changed;
    expect(await names(database)).toEqual(['Burkhard Jung']);
  });

  it('catches up on contacts written while it was closed, in an earlier session', async () => {
    const options = freshOptions();
    const first = await openStore(options);
    await first.contacts.bulkInsert([person(1, 'Anja', 'Müller')]);
    expect(await names(first)).toEqual(['Anja Müller']);
    await first.close();

    // Another session, another window, an import: the list was not open.
    const second = await openStore(options);
    const order = contactOrderOf(second);
    await second.contacts.bulkInsert([person(2, 'Zoltán', 'Nagy'), person(3, 'Ines', 'Dietrich')]);
    await (await second.contacts.findOne(id(1)).exec())?.remove();
    await second.close();

    const third = await openStore(options);
    await contactOrderOf(third).caughtUp();
    expect(await names(third)).toEqual(['Ines Dietrich', 'Zoltán Nagy']);
    expect(order).not.toBe(contactOrderOf(third));
  });
});
