import { addRxPlugin, createRxDatabase, type RxCollection } from 'rxdb';
import { RxDBMigrationSchemaPlugin } from 'rxdb/plugins/migration-schema';
import { getRxStorageMemory } from 'rxdb/plugins/storage-memory';
import { getValidator, wrappedValidateZSchemaStorage } from 'rxdb/plugins/validate-z-schema';
import { describe, expect, it } from 'vitest';
import {
  contactMigrationStrategies,
  contactSchema,
  contactSchemaV0,
  migrateContactV0ToV1,
  type ContactV0,
} from '../../../shared/domain/contactSchema';
import { erasedContact, type Contact } from '../../../shared/domain/contact';
import { collectionSchemas } from '../../../shared/domain/schemas';
import { drNolting, validExamples } from './exampleDocuments';

addRxPlugin(RxDBMigrationSchemaPlugin);

const noltingWithoutLists: Partial<Contact> = { ...drNolting };
delete noltingWithoutLists.emails;
delete noltingWithoutLists.phones;
const noltingV0 = {
  ...noltingWithoutLists,
  email: ' antje.nolting@leipzig.de ',
  phone: '+49 341 123-0',
} as ContactV0;

describe('contactSchemaV0', () => {
  it('accepts the old single email and phone shape', () => {
    expect(getValidator(contactSchemaV0)(noltingV0)).toEqual([]);
  });
});

describe('migrateContactV0ToV1', () => {
  it('turns the single email and phone into one-element lists', () => {
    const migrated = migrateContactV0ToV1(noltingV0);
    expect(migrated.emails).toEqual([{ label: 'work', address: 'antje.nolting@leipzig.de' }]);
    expect(migrated.phones).toEqual([{ label: 'work', number: '+49 341 123-0' }]);
    expect(migrated).not.toHaveProperty('email');
    expect(migrated).not.toHaveProperty('phone');
    expect(getValidator(contactSchema)(migrated)).toEqual([]);
  });

  it('gives empty lists when the old values were blank or missing', () => {
    const migrated = migrateContactV0ToV1({ ...noltingV0, email: '  ', phone: undefined });
    expect(migrated.emails).toEqual([]);
    expect(migrated.phones).toEqual([]);
  });

  it('keeps RxDB internal fields and leaves its input untouched', () => {
    const stored = { ...noltingV0, _rev: '1-x', _meta: { lwt: 1 }, _attachments: {} };
    const migrated = contactMigrationStrategies[1]?.(stored, undefined as never);
    expect(migrated).toMatchObject({ _rev: '1-x', _meta: { lwt: 1 }, familyName: 'Nolting' });
    expect(stored.email).toBe(' antje.nolting@leipzig.de ');
  });
});

describe('contactSchema version 2', () => {
  it('accepts the tombstone of an erased person and keeps version 1 documents valid', () => {
    const validate = getValidator(contactSchema);
    expect(validate(erasedContact(drNolting, '2025-07-01T10:00:00.000Z', 'dpo'))).toEqual([]);
    expect(validate(drNolting)).toEqual([]);
    expect(contactMigrationStrategies[2]?.(drNolting, undefined as never)).toEqual(drNolting);
  });

  it('refuses an erasure time that is not an instant', () => {
    const tombstone = erasedContact(drNolting, 'yesterday', 'dpo');
    expect(getValidator(contactSchema)(tombstone)).not.toEqual([]);
  });
});

describe('contacts collection in RxDB', () => {
  it('migrates stored version 0 documents when opened with the current version', async () => {
    const storage = wrappedValidateZSchemaStorage({ storage: getRxStorageMemory() });
    const name = `migration${Date.now()}`;

    const oldDb = await createRxDatabase<{ contacts: RxCollection<ContactV0> }>({
      name,
      storage,
      multiInstance: false,
    });
    await oldDb.addCollections({ contacts: { schema: contactSchemaV0 } });
    await oldDb.contacts.insert(noltingV0);
    await oldDb.close();

    const newDb = await createRxDatabase<{ contacts: RxCollection<Contact> }>({
      name,
      storage,
      multiInstance: false,
    });
    await newDb.addCollections({ contacts: collectionSchemas.contacts });
    const doc = await newDb.contacts.findOne(drNolting.id).exec();
    expect(doc?.toJSON()).toMatchObject({
      familyName: 'Nolting',
      emails: [{ label: 'work', address: 'antje.nolting@leipzig.de' }],
      phones: [{ label: 'work', number: '+49 341 123-0' }],
    });
    await newDb.remove();
  });

  it('stores one example of every collection with z-schema validation on', async () => {
    const storage = wrappedValidateZSchemaStorage({ storage: getRxStorageMemory() });
    const db = await createRxDatabase({ name: `all${Date.now()}`, storage, multiInstance: false });
    await db.addCollections(collectionSchemas);
    for (const [collection, example] of Object.entries(validExamples)) {
      await db.collections[collection]?.insert(example);
    }
    const agenda = await db.collections.agendaItems
      ?.find({ selector: { visitId: validExamples.visits.id }, sort: [{ startUtc: 'asc' }] })
      .exec();
    expect(agenda?.map((item) => item.primary)).toEqual([validExamples.agendaItems.id]);
    await expect(
      db.collections.contacts?.insert({ ...validExamples.contacts, id: 'x', nameOrder: 'odd' }),
    ).rejects.toThrow();
    await db.remove();
  });
});
