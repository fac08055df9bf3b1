import { createRxDatabase, type RxCollection } from 'rxdb';
import { getRxStorageDexie } from 'rxdb/plugins/storage-dexie';
import { wrappedValidateZSchemaStorage } from 'rxdb/plugins/validate-z-schema';
import { afterEach, describe, expect, it } from 'vitest';
import { contactSchemaV0, type ContactV0 } from '../../../shared/domain/contactSchema';
import type { Contact } from '../../../shared/domain/contact';
import {
  createDatabase,
  databaseNameFor,
  type LiaisonDatabase,
} from '../../../renderer/data/database';
import { insertEntity } from '../../../renderer/data/writes';
import { replaceEntityFields } from '../otherDeviceWrites';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';

/** Each test gets its own IndexedDB, as a fresh profile would. */
function freshIndexedDb() {
  return { indexedDB: new IDBFactory(), IDBKeyRange };
}

function contactFields(overrides: Partial<Contact> = {}) {
  return {
    tags: [],
    givenNames: 'Burkhard',
    familyName: 'Jung',
    nameOrder: 'given-first' as const,
    honorific: 'Herr',
    languages: ['de', 'en'],
    affiliations: [],
    emails: [{ label: 'work', address: 'oberbuergermeister@leipzig.de' }],
    phones: [],
    lawfulBasis: 'public-task' as const,
    ...overrides,
  };
}

const open: LiaisonDatabase[] = [];
async function openWorkspace(workspaceId: string, dexie = freshIndexedDb()) {
  const database = await createDatabase(workspaceId, { dexie, devMode: true });
  open.push(database);
  return database;
}

afterEach(async () => {
  await Promise.all(open.splice(0).map((database) => database.close()));
});

describe('createDatabase', () => {
  it('opens the seven synced collections and the local conflicts collection', async () => {
    const database = await openWorkspace('local');
    expect(Object.keys(database.collections).sort()).toEqual([
      'agendaItems',
      'conflicts',
      'contacts',
      'followUps',
      'notes',
      'organisations',
      'partnerships',
      'visits',
    ]);
    expect(database.name).toBe('liaison-local');
  });

  it('keeps a contact after the database is closed and opened again', async () => {
    const dexie = freshIndexedDb();
    const first = await openWorkspace('local', dexie);
    const saved = await insertEntity(
      first.contacts,
      contactFields(),
      'user-1',
      new Date('2025-06-01T09:00:00Z'),
    );
    await first.close();

    const second = await openWorkspace('local', dexie);
    const found = await second.contacts.findOne(saved.id).exec();
    expect(found?.toJSON()).toMatchObject({
      id: saved.id,
      familyName: 'Jung',
      createdAt: '2025-06-01T09:00:00.000Z',
      updatedBy: 'user-1',
    });
  });

  it('keeps the workspaces of two accounts apart', async () => {
    // One workspace open at a time: RxDB's open-source edition allows 13
    // open collections per JavaScript context and a workspace has eight.
    const dexie = freshIndexedDb();
    const a = await openWorkspace('team-a', dexie);
    await insertEntity(a.contacts, contactFields(), 'user-a');
    expect(await a.contacts.count().exec()).toBe(1);
    await a.close();
    const b = await openWorkspace('team-b', dexie);
    expect(await b.contacts.count().exec()).toBe(0);
  });

  it('rejects a document that breaks the schema, with a validation error', async () => {
    const database = await openWorkspace('local');
    await expect(
      insertEntity(database.contacts, contactFields({ lawfulBasis: 'because' as never }), 'user-1'),
    ).rejects.toThrow(/VD2|validation|schema/i);
    expect(await database.contacts.count().exec()).toBe(0);
  });

  it('replaces the fields of an edited document, drops cleared ones and stamps the edit', async () => {
    const database = await openWorkspace('local');
    const saved = await insertEntity(
      database.contacts,
      contactFields({ pronunciation: 'yoong' }),
      'user-1',
      new Date('2025-06-01T09:00:00Z'),
    );
    const edited = await replaceEntityFields(
      saved,
      contactFields({ familyName: 'Jung-Meier' }),
      'user-2',
      new Date('2025-06-02T10:00:00Z'),
    );
    expect(edited.toJSON()).toMatchObject({
      familyName: 'Jung-Meier',
      createdAt: '2025-06-01T09:00:00.000Z',
      updatedAt: '2025-06-02T10:00:00.000Z',
      updatedBy: 'user-2',
    });
    expect(edited.toJSON()).not.toHaveProperty('pronunciation');
  });
});

describe('contact schema migration', () => {
  it("moves a version-0 contact's single email and phone into the lists of version 1", async () => {
    const dexie = freshIndexedDb();
    // A database as an earlier release left it: contacts at schema version 0.
    const old = await createRxDatabase<{ contacts: RxCollection<ContactV0> }>({
      name: databaseNameFor('local'),
      storage: wrappedValidateZSchemaStorage({ storage: getRxStorageDexie(dexie) }),
    });
    await old.addCollections({ contacts: { schema: contactSchemaV0 } });
    const v0 = {
      ...contactFields(),
      id: '0b0a6a4e-5f5d-4e0c-9d7a-6b1b2c3d4e5f',
      createdAt: '2024-11-01T12:00:00.000Z',
      updatedAt: '2024-11-01T12:00:00.000Z',
      updatedBy: 'user-1',
      email: 'buero@leipzig.de',
      phone: '+49 341 1230',
    } as Record<string, unknown>;
    delete v0.emails;
    delete v0.phones;
    await old.contacts.insert(v0 as unknown as ContactV0);
    await old.close();

    const database = await openWorkspace('local', dexie);
    const migrated = await database.contacts.findOne(v0.id as string).exec();
    expect(migrated?.toJSON()).toMatchObject({
      familyName: 'Jung',
      emails: [{ address: 'buero@leipzig.de' }],
      phones: [{ number: '+49 341 1230' }],
    });
    expect(migrated?.toJSON()).not.toHaveProperty('email');
  });
});

describe('databaseNameFor', () => {
  it('names the database after the workspace, in characters RxDB accepts', () => {
    expect(databaseNameFor('5F1C-Birmingham Team')).toBe('liaison-5f1c-birmingham-team');
  });

  it('refuses an empty workspace id', () => {
    expect(() => databaseNameFor('')).toThrow(/workspace id/);
  });
});
