import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import { createDatabase, type LiaisonDatabase } from '../../../renderer/data/database';
import { SampleLoadError, loadSampleWorkspace } from '../../../renderer/data/loadSampleWorkspace';
import { insertEntity } from '../../../renderer/data/writes';
import { SYNCED_COLLECTION_NAMES } from '../../../shared/domain/schemas';
import { SAMPLE_IDS, buildSampleWorkspace } from '../../../shared/sample/birminghamLeipzig';
import { contactFields } from '../entityFields';

const open: LiaisonDatabase[] = [];

/** A real RxDB on a fresh IndexedDB, validating every write with z-schema. */
async function freshDatabase(): Promise<LiaisonDatabase> {
  const database = await createDatabase('local', {
    dexie: { indexedDB: new IDBFactory(), IDBKeyRange },
    devMode: true,
  });
  open.push(database);
  return database;
}

async function storedCounts(database: LiaisonDatabase) {
  const counts: Record<string, number> = {};
  for (const name of SYNCED_COLLECTION_NAMES) counts[name] = await database[name].count().exec();
  return counts;
}

afterEach(async () => {
  await Promise.all(open.splice(0).map((database) => database.close()));
});

describe('loadSampleWorkspace', () => {
  it('stores every sample document through the validating store and returns the counts', async () => {
    const database = await freshDatabase();
    const counts = await loadSampleWorkspace(database, '2026-01-15T09:30:00Z');
    const sample = buildSampleWorkspace('2026-01-15T09:30:00Z');
    for (const name of SYNCED_COLLECTION_NAMES) expect(counts[name]).toBe(sample[name].length);
    expect(await storedCounts(database)).toEqual(counts);
  });

  it('stamps the sample as the signed-in user’s, whom the server takes changes from', async () => {
    const database = await freshDatabase();
    const user = '2d0c8f43-93a1-4f4e-8a57-0c6a1d2b7e55';
    await loadSampleWorkspace(database, '2026-01-15T09:30:00Z', user);
    for (const name of SYNCED_COLLECTION_NAMES) {
      const authors = new Set(
        (await database[name].find().exec()).map((document) => document.updatedBy),
      );
      expect([name, [...authors]]).toEqual([name, [user]]);
    }
  });

  it('does not duplicate anything when loaded twice, and restores an edited sample document', async () => {
    const database = await freshDatabase();
    const first = await loadSampleWorkspace(database, '2026-01-15T09:30:00Z');
    const lordMayor = await database.contacts.findOne(SAMPLE_IDS.contacts.kenWood).exec();
    await lordMayor?.incrementalPatch({ familyName: 'Changed' });

    const second = await loadSampleWorkspace(database, '2026-01-16T10:00:00Z');
    expect(second).toEqual(first);
    expect(await storedCounts(database)).toEqual(first);
    const restored = await database.contacts.findOne(SAMPLE_IDS.contacts.kenWood).exec();
    expect(restored?.familyName).toBe('Wood');
    expect(restored?.updatedAt).toBe('2026-01-16T10:00:00Z');
  });

  it('leaves the user’s own documents alone', async () => {
    const database = await freshDatabase();
    const own = await insertEntity(
      database.contacts,
      contactFields({ givenNames: 'Anja', familyName: 'Müller', languages: ['de'] }),
      'officer-1',
    );
    const counts = await loadSampleWorkspace(database);
    expect(await database.contacts.count().exec()).toBe(counts.contacts + 1);
    expect((await database.contacts.findOne(own.id).exec())?.familyName).toBe('Müller');
  });

  it('says which collection failed when the store refuses a document', async () => {
    const database = await freshDatabase();
    // A time that is not an ISO instant breaks every document's schema.
    const error = await loadSampleWorkspace(database, 'yesterday').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SampleLoadError);
    expect(error).toMatchObject({ code: 'sampleLoadFailed', collection: 'organisations' });
    expect((error as Error).message).toMatch(
      /^The sample's organisations could not be saved \(document [0-9a-f-]{36} is invalid: .+\)\.$/,
    );
    expect(await storedCounts(database)).toMatchObject({ organisations: 0, contacts: 0 });
  });
});
