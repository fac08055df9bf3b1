// The validators' code is a chunk of its own (renderer/data/schemaValidator.ts):
// the store's collections open only once it has come, so no write, and no
// read of a write, is ever made before validation is there. A file of its
// own, so that nothing has loaded the validators before this test runs; the
// chunk's arrival is held back (a slow disk or network) until the test lets it come.
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createDatabase, type LiaisonDatabase } from '../../../renderer/data/database';
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

describe('schema validation loaded on demand', () => {
  it('opens the store once the validators have come, and validates its first write', async () => {
    let opened = false;
    const opening = createDatabase('validation-late', {
      dexie: { indexedDB: new IDBFactory(), IDBKeyRange },
      devMode: false,
    }).then((database) => {
      opened = true;
      open.push(database);
      return database;
    });
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(opened).toBe(false);

    chunk.arrive();
    const database = await opening;
    const refused = await database.contacts.storageInstance.bulkWrite(
      [
        {
          document: {
            ...contactFields({ givenNames: 'Nadia', familyName: 'Haddad' }),
            id: '00000000-0000-4000-8000-0000000000a1',
            createdAt: '2026-12-01T09:00:00.000Z',
            updatedAt: '2026-12-01T09:00:00.000Z',
            updatedBy: 'user-1',
            lawfulBasis: 'because',
            _deleted: false,
            _rev: '1-a',
            _attachments: {},
            _meta: { lwt: Date.now() },
          } as never,
        },
      ],
      'test',
    );
    expect(refused.error.map((error) => error.status)).toEqual([422]);
  });
});
