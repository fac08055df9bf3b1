// The validators' code is a chunk of its own (renderer/data/schemaValidator.ts):
// the store opens without waiting for it, and a write made before it has
// loaded waits for it and is validated all the same. A file of its own, so
// that nothing has loaded the validators before these tests run; the chunk's
// arrival is held back (a slow disk or network) until the test lets it come.
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createDatabase, type LiaisonDatabase } from '../../../renderer/data/database';
import { compiledValidator, loadSchemaValidation } from '../../../renderer/data/schemaValidator';
import { contactSchema } from '../../../shared/domain/contactSchema';
import { contactFields } from '../appHarness';

const chunk = vi.hoisted(() => {
  let arrive!: () => void;
  const arrived = new Promise<void>((resolve) => (arrive = resolve));
  return { arrive, arrived };
});
vi.mock('../../../renderer/data/schemaValidation', async (importOriginal) => {
  await chunk.arrived;
  return importOriginal();
});

const open: LiaisonDatabase[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((database) => database.close()));
});

const contact = (id: string, overrides: Record<string, unknown> = {}) => ({
  ...contactFields({ givenNames: 'Nadia', familyName: 'Haddad' }),
  id,
  createdAt: '2026-12-01T09:00:00.000Z',
  updatedAt: '2026-12-01T09:00:00.000Z',
  updatedBy: 'user-1',
  ...overrides,
});

describe('schema validation loaded on demand', () => {
  it('opens the store without the validators, and validates the first write all the same', async () => {
    const database = await createDatabase('validation-late', {
      dexie: { indexedDB: new IDBFactory(), IDBKeyRange },
      devMode: false,
    });
    open.push(database);
    // Opening did not wait for the validators' code.
    expect(() => compiledValidator(contactSchema as never)).toThrow(/not loaded yet/);

    // The first write, an invalid one, waits for the code, then is refused by the schema.
    let settled = false;
    const writing = database.contacts.storageInstance.bulkWrite(
      [
        {
          document: {
            ...contact('00000000-0000-4000-8000-0000000000a1', { lawfulBasis: 'because' }),
            _deleted: false,
            _rev: '1-a',
            _attachments: {},
            _meta: { lwt: Date.now() },
          } as never,
        },
      ],
      'test',
    );
    void writing.finally(() => (settled = true));

    // A second write made the moment the code is there (before the first
    // waiting write's turn has come round) does not overtake it.
    const row = (id: string, familyName: string) => ({
      document: {
        ...contact(id, { familyName }),
        _deleted: false,
        _rev: '1-a',
        _attachments: {},
        _meta: { lwt: Date.now() },
      } as never,
    });
    const order: string[] = [];
    const watching = database.contacts.storageInstance
      .changeStream()
      .subscribe((bulk) => order.push(...bulk.events.map((event) => event.documentId)));
    let second: ReturnType<typeof database.contacts.storageInstance.bulkWrite> | undefined;
    void loadSchemaValidation().then(() => {
      second = database.contacts.storageInstance.bulkWrite(
        [row('00000000-0000-4000-8000-0000000000b2', 'Second')],
        'test',
      );
    });
    const firstWrite = database.contacts.storageInstance.bulkWrite(
      [row('00000000-0000-4000-8000-0000000000b1', 'First')],
      'test',
    );

    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(settled).toBe(false);
    chunk.arrive();
    const refused = await writing;
    expect(refused.error.map((error) => error.status)).toEqual([422]);
    expect((await firstWrite).error).toEqual([]);
    await vi.waitFor(() => expect(second).toBeDefined());
    expect((await second!).error).toEqual([]);
    watching.unsubscribe();
    expect(order).toEqual([
      '00000000-0000-4000-8000-0000000000b1',
      '00000000-0000-4000-8000-0000000000b2',
    ]);

    await database.contacts.insert(contact('00000000-0000-4000-8000-0000000000a2') as never);
    const stored = await database.contacts.findOne('00000000-0000-4000-8000-0000000000a2').exec();
    expect(stored?.familyName).toBe('Haddad');
    const after = await database.contacts.findOne('00000000-0000-4000-8000-0000000000a1').exec();
    expect(after).toBeNull();
  });
});
