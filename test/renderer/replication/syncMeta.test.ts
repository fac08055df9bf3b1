import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { getWrappedStorageInstance, type RxDocumentData } from 'rxdb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createDatabase, type LiaisonDatabase } from '../../../renderer/data/database';
import {
  LEGACY_META_SCHEMA,
  legacyMetaCollectionName,
  SyncMeta,
  syncMetaDatabaseName,
  type LegacyRow,
} from '../../../renderer/replication/syncMeta';

const SERVER = 'https://liaison.example|workspace-1';

const open: { close(): Promise<unknown> }[] = [];
afterEach(async () => {
  for (const item of open.splice(0).reverse()) await item.close();
});

async function store(factory = new IDBFactory()) {
  const database = await createDatabase('ws', {
    dexie: { indexedDB: factory, IDBKeyRange },
    collections: ['contacts'],
    devMode: false,
  });
  open.push(database);
  return { database, factory };
}

async function meta(database: LiaisonDatabase, server = SERVER) {
  const opened = await SyncMeta.open(database, server);
  open.push(opened);
  return opened;
}

const contact = (name: string) => ({ id: name, familyName: name, _deleted: false });

describe('SyncMeta', () => {
  it('keeps masters per collection and server, and survives a reopen', async () => {
    const { database } = await store();
    const first = await meta(database);
    await first.setMasters('contacts', new Map([['a', contact('Ärger 王')]]));
    await first.setMasters('visits', new Map([['a', contact('visit a')]]));
    await first.setDownCheckpoint('contacts', 41);
    await first.setUpCheckpoint('contacts', { lwt: 5, id: 'a' });
    await first.setDownCheckpoint('contacts', 42);

    const masters = await first.masters('contacts', ['a', 'b', 'a\u0000']);
    expect([...masters]).toEqual([['a', contact('Ärger 王')]]);
    expect(await first.checkpoints('contacts')).toEqual({ down: 42, up: { lwt: 5, id: 'a' } });
    expect(await first.checkpoints('visits')).toEqual({ down: 0, up: undefined });

    const other = await meta(database, 'https://other.example|workspace-1');
    expect((await other.masters('contacts', ['a'])).size).toBe(0);

    await first.close();
    const again = await meta(database);
    expect((await again.masters('visits', ['a'])).get('a')).toEqual(contact('visit a'));
    expect((await again.checkpoints('contacts')).down).toBe(42);
  });

  it('a later master replaces the earlier one, unread', async () => {
    const { database } = await store();
    const sync = await meta(database);
    await sync.setMasters('contacts', new Map([['a', contact('one')]]));
    await sync.setMasters('contacts', new Map([['a', contact('two')]]));
    expect((await sync.masters('contacts', ['a'])).get('a')).toEqual(contact('two'));
  });

  it('takes over the bookkeeping an earlier version kept in an RxDB storage instance', async () => {
    const { database, factory } = await store();
    const legacy = await legacyInstance(database, SERVER);
    await legacy.bulkWrite(
      [
        { document: row({ key: 'contacts|a', master: contact('from before') }) },
        { document: row({ key: 'contacts|gone', master: contact('gone'), _deleted: true }) },
        { document: row({ key: '~checkpoint|contacts', down: 7, up: { lwt: 3, id: 'a' } }) },
        {
          document: row({
            key: '~aside|contacts',
            aside: { b: { state: contact('b'), reasons: [], at: '2026-01-01T00:00:00Z' } },
          }),
        },
      ],
      'test',
    );
    await legacy.close();

    const sync = await meta(database);
    expect((await sync.masters('contacts', ['a', 'gone'])).get('a')).toEqual(
      contact('from before'),
    );
    expect((await sync.masters('contacts', ['gone'])).size).toBe(0);
    expect(await sync.checkpoints('contacts')).toEqual({ down: 7, up: { lwt: 3, id: 'a' } });
    expect(Object.keys(await sync.setAside('contacts'))).toEqual(['b']);

    const names = async () => (await factory.databases()).map((info) => info.name);
    expect(await names()).toContain(syncMetaDatabaseName(database.name, SERVER));
    await vi.waitFor(async () =>
      expect(
        (await names()).filter(
          (name) => name?.includes('liaison-sync-') && name.startsWith('rxdb'),
        ),
      ).toEqual([]),
    );

    // Opened again, nothing is taken over twice and the bookkeeping stands.
    await sync.setDownCheckpoint('contacts', 9);
    await sync.close();
    expect((await (await meta(database)).checkpoints('contacts')).down).toBe(9);
  });
});

/** The storage instance SyncMeta used before it had a database of its own. */
async function legacyInstance(database: LiaisonDatabase, serverUrl: string) {
  const raw = await database.storage.createStorageInstance<LegacyRow>({
    databaseName: database.name,
    collectionName: legacyMetaCollectionName(serverUrl),
    databaseInstanceToken: database.token,
    multiInstance: false,
    options: {},
    schema: LEGACY_META_SCHEMA,
    devMode: false,
  });
  return getWrappedStorageInstance(database as never, raw, LEGACY_META_SCHEMA);
}

function row(fields: LegacyRow & { _deleted?: boolean }): RxDocumentData<LegacyRow> {
  return { _deleted: false, _attachments: {}, _meta: { lwt: 0 }, _rev: '', ...fields };
}
