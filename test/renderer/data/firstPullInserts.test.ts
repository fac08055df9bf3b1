import { IDBObjectStore } from 'fake-indexeddb';
import type { EventBulk, RxStorageChangeEvent } from 'rxdb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FIRST_PULL_CONTEXT, isPulledUnchanged } from '../../../renderer/data/pulledBase';
import { replicatedData } from '../../../shared/sync/mergeDocuments';
import { contactFields } from '../appHarness';
import { asStored, contactStorage, type Stored } from './contactStorage';

const openStorage = contactStorage('first-pull-inserts');
afterEach(() => {
  vi.restoreAllMocks();
});

async function setUp() {
  const { database, storage } = await openStorage();
  const events: EventBulk<RxStorageChangeEvent<Stored>, unknown>[] = [];
  const subscription = storage.changeStream().subscribe((bulk) => events.push(bulk));
  const read = async (...ids: string[]) =>
    (await storage.findDocumentsById(ids, true)) as unknown as Stored[];
  return { database, storage, events, subscription, read };
}

let counter = 0;
function serverContact(fields: Parameters<typeof contactFields>[0], deleted = false) {
  counter += 1;
  return {
    ...contactFields(fields),
    id: `00000000-0000-4000-8000-${String(counter).padStart(12, '0')}`,
    createdAt: '2025-06-01T09:00:00.000Z',
    updatedAt: '2025-06-01T09:00:00.000Z',
    updatedBy: 'user-1',
    _deleted: deleted,
  };
}

/** Write rows of new documents. */
const inserting = (documents: Record<string, unknown>[]) =>
  documents.map((document) => ({ document: asStored(document) }));

describe("a first pull's pages", () => {
  it('are added without a read, announced as inserts, and seen by live queries', async () => {
    const { database, storage, events, subscription, read } = await setUp();
    const pulled = [
      serverContact({ givenNames: 'محمد', familyName: 'آل مكتوم' }),
      serverContact({ givenNames: '小明', familyName: '王' }),
      serverContact({ givenNames: 'Hans-Jürgen', familyName: 'Weiß' }),
    ];
    const counted: number[] = [];
    const live = database.contacts.count().$.subscribe((count) => counted.push(count));
    await vi.waitFor(() => expect(counted).toEqual([0]));

    const gets = vi.spyOn(IDBObjectStore.prototype, 'get');
    const result = await storage.bulkWrite(inserting(pulled), FIRST_PULL_CONTEXT);
    expect(gets).not.toHaveBeenCalled();
    gets.mockRestore();

    expect(result.error).toEqual([]);
    const stored = await read(...pulled.map((contact) => contact.id));
    expect(stored.map((document) => replicatedData(document))).toEqual(pulled);
    expect(stored.every(isPulledUnchanged)).toBe(true);
    expect(events).toHaveLength(1);
    expect(events[0]!.events.map((event) => [event.operation, event.documentId])).toEqual(
      pulled.map((contact) => ['INSERT', contact.id]),
    );
    expect(events[0]!.checkpoint).toMatchObject({ id: pulled[2]!.id });
    await vi.waitFor(() => expect(counted.at(-1)).toBe(3));
    live.unsubscribe();
    subscription.unsubscribe();
  });

  it('answer a document stored here after all as a conflict with its stored state, and store the rest', async () => {
    const { storage, events, subscription, read } = await setUp();
    const mine = serverContact({ givenNames: 'Burkhard', familyName: 'Jung' });
    await storage.bulkWrite(
      [{ document: asStored({ ...mine, notes: 'Edited here, offline' }) }],
      'app-edit',
    );
    events.length = 0;

    const theirs = { ...mine, notes: 'The server’s copy' };
    const other = serverContact({ givenNames: 'Angela', familyName: 'Müller-Schönfeld' });
    const gone = serverContact({ givenNames: 'Ilse', familyName: 'Brandt' }, true);
    const result = await storage.bulkWrite(inserting([theirs, other, gone]), FIRST_PULL_CONTEXT);

    expect(result.error).toHaveLength(1);
    const [conflict] = result.error;
    expect(conflict).toMatchObject({ status: 409, documentId: mine.id });
    expect((conflict as { documentInDb: Stored }).documentInDb.notes).toBe('Edited here, offline');
    // Nothing overwritten; the others stored, the tombstone too (with no event, as RxDB's own write).
    const [kept, added, tombstone] = await read(mine.id, other.id, gone.id);
    expect(kept!.notes).toBe('Edited here, offline');
    expect(replicatedData(added!)).toEqual(other);
    expect(tombstone!._deleted).toBe(true);
    expect(events.flatMap((bulk) => bulk.events.map((event) => event.documentId))).toEqual([
      other.id,
    ]);
    // RxDB's own checkpoint: the last document stored, the tombstone here.
    expect(events[0]!.checkpoint).toMatchObject({ id: gone.id });
    subscription.unsubscribe();
  });

  it('with the same document twice store the first and answer the second as a conflict', async () => {
    const { storage, subscription, read } = await setUp();
    const first = serverContact({ givenNames: 'Ana', familyName: 'Ferreira' });
    const again = { ...first, notes: 'a later state in the same page' };
    const result = await storage.bulkWrite(inserting([first, again]), FIRST_PULL_CONTEXT);
    expect(result.error.map((error) => [error.status, error.documentId])).toEqual([
      [409, first.id],
    ]);
    const [stored] = await read(first.id);
    expect(replicatedData(stored!)).toEqual(first);
    subscription.unsubscribe();
  });

  it('are refused whole by the schema as any write is, and other contexts read first as RxDB does', async () => {
    const { storage, subscription, read } = await setUp();
    const invalid = { ...serverContact({ givenNames: 'Nul' }), familyName: 42 };
    const result = await storage.bulkWrite(inserting([invalid]), FIRST_PULL_CONTEXT);
    expect(result.error.map((error) => error.status)).toEqual([422]);
    expect(await read(invalid.id)).toEqual([]);

    const gets = vi.spyOn(IDBObjectStore.prototype, 'get');
    const plain = serverContact({ givenNames: 'Kenji', familyName: '佐藤' });
    await storage.bulkWrite(inserting([plain]), 'liaison-sync-pull');
    expect(gets).toHaveBeenCalled();
    subscription.unsubscribe();
  });
});
