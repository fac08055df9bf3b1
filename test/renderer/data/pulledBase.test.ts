import { describe, expect, it } from 'vitest';
import {
  carriedMaster,
  FIRST_PULL_CONTEXT,
  isPulledUnchanged,
} from '../../../renderer/data/pulledBase';
import { replicatedData } from '../../../shared/sync/mergeDocuments';
import { contactFields } from '../appHarness';
import { asStored, contactStorage } from './contactStorage';

const openStorage = contactStorage('pulled-base');

async function setUp() {
  const { database, storage } = await openStorage();
  const serverState = {
    ...contactFields({ givenNames: 'Leila', familyName: 'حداد', languages: ['ar', 'de'] }),
    id: '00000000-0000-4000-8000-000000000001',
    createdAt: '2025-06-01T09:00:00.000Z',
    updatedAt: '2025-06-01T09:00:00.000Z',
    updatedBy: 'user-1',
    _deleted: false,
  };
  const read = async () => (await storage.findDocumentsById([serverState.id], true))[0]!;
  return { database, storage, serverState, read };
}

describe('documents a first pull stores', () => {
  it('are their own master until changed, and keep that state through their first change', async () => {
    const { database, storage, serverState, read } = await setUp();
    await storage.bulkWrite([{ document: asStored(serverState) }], FIRST_PULL_CONTEXT);
    const pulled = await read();
    expect(isPulledUnchanged(pulled)).toBe(true);
    expect(carriedMaster(pulled)).toEqual(serverState);

    // A change through RxDB's document API, as the app's forms make it.
    const document = await database.contacts.findOne(serverState.id).exec();
    await document!.incrementalPatch({ notes: 'No pork; prefers tea' });
    const changed = await read();
    expect(isPulledUnchanged(changed)).toBe(false);
    expect(carriedMaster(changed)).toEqual(serverState);

    // A second change keeps the same base: the server's state, not the first change.
    const again = await database.contacts.findOne(serverState.id).exec();
    await again!.incrementalPatch({ notes: 'No pork; prefers mint tea' });
    expect(carriedMaster(await read())).toEqual(serverState);
  });

  it('carry nothing when stored otherwise, and a write from a stale revision keeps nothing', async () => {
    const { storage, serverState, read } = await setUp();
    await storage.bulkWrite([{ document: asStored(serverState) }], 'liaison-sync-pull');
    expect(carriedMaster(await read())).toBeUndefined();

    const other = { ...serverState, id: '00000000-0000-4000-8000-000000000002' };
    await storage.bulkWrite([{ document: asStored(other) }], FIRST_PULL_CONTEXT);
    const [stored] = await storage.findDocumentsById([other.id], true);
    const stale = { ...stored!, _rev: '0-stale' };
    const result = await storage.bulkWrite(
      [{ previous: stale, document: { ...stored!, notes: 'lost race' } }],
      'app-edit',
    );
    expect(result.error.map((error) => error.status)).toEqual([409]);
    const [still] = await storage.findDocumentsById([other.id], true);
    expect(isPulledUnchanged(still!)).toBe(true);
    expect(replicatedData(still!)).toEqual(other);
  });
});
