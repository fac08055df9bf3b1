import { createRxDatabase, type RxCollection, type RxJsonSchema } from 'rxdb';
import { getRxStorageDexie } from 'rxdb/plugins/storage-dexie';
import { wrappedValidateZSchemaStorage } from 'rxdb/plugins/validate-z-schema';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import {
  createDatabase,
  databaseNameFor,
  type LiaisonDatabase,
} from '../../../renderer/data/database';
import type { Conflict } from '../../../shared/domain/conflict';
import { conflictSchema } from '../../../shared/domain/conflictSchema';

/** The conflicts schema as version 0 shipped it: no `kept`, no `serverUpdatedBy`/`At`. */
function conflictSchemaV0(): RxJsonSchema<Conflict> {
  const properties = { ...conflictSchema.properties } as Record<string, unknown>;
  for (const added of ['kept', 'serverUpdatedBy', 'serverUpdatedAt']) delete properties[added];
  return { ...conflictSchema, version: 0, properties } as RxJsonSchema<Conflict>;
}

let opened: LiaisonDatabase | undefined;
afterEach(async () => {
  await opened?.close();
  opened = undefined;
});

describe('conflicts schema migration', () => {
  it('keeps a version-0 sync conflict and then stores who wrote the other value and which was kept', async () => {
    const dexie = { indexedDB: new IDBFactory(), IDBKeyRange };
    const old = await createRxDatabase<{ conflicts: RxCollection<Conflict> }>({
      name: databaseNameFor('local'),
      storage: wrappedValidateZSchemaStorage({ storage: getRxStorageDexie(dexie) }),
    });
    await old.addCollections({ conflicts: { schema: conflictSchemaV0() } });
    const v0: Conflict = {
      id: '0b0a6a4e-5f5d-4e0c-9d7a-6b1b2c3d4e5f',
      collectionName: 'contacts',
      documentId: '1c1a6a4e-5f5d-4e0c-9d7a-6b1b2c3d4e5f',
      fieldPath: 'familyName',
      localValue: 'Jung-Schmidt',
      serverValue: 'Jung',
      detectedAt: '2025-06-11T08:00:00.000Z',
      status: 'open',
    };
    await old.conflicts.insert(v0);
    await old.close();

    opened = await createDatabase('local', { dexie, devMode: true });
    expect((await opened.conflicts.findOne(v0.id).exec())?.toJSON()).toMatchObject(v0);
    const formConflict = {
      ...v0,
      id: '2d2a6a4e-5f5d-4e0c-9d7a-6b1b2c3d4e5f',
      kept: 'local' as const,
      serverUpdatedBy: 'anna',
      serverUpdatedAt: '2025-06-11T07:59:00.000Z',
    };
    await opened.conflicts.insert(formConflict);
    expect((await opened.conflicts.findOne(formConflict.id).exec())?.toJSON()).toMatchObject(
      formConflict,
    );
  });
});
