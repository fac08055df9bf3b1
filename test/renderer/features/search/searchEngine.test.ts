import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import {
  createDatabase,
  type DatabaseOptions,
  type LiaisonDatabase,
} from '../../../../renderer/data/database';
import { insertEntity } from '../../../../renderer/data/writes';
import {
  SEARCH_ENGINE_FORMAT,
  type SearchEngine,
} from '../../../../renderer/features/search/searchEngine';
import {
  indexedDbSnapshotStore,
  memorySnapshotStore,
  type SearchSnapshotStore,
} from '../../../../renderer/features/search/searchSnapshots';
import { searchEngineOnPage } from '../../../../renderer/features/search/workspaceSearch';
import { contactFields, organisationFields } from '../../entityFields';

const open: LiaisonDatabase[] = [];
const engines: SearchEngine[] = [];
afterEach(async () => {
  engines.splice(0).forEach((engine) => engine.close());
  await Promise.all(open.splice(0).map((database) => database.close()));
});

const freshOptions = (): DatabaseOptions => ({
  dexie: { indexedDB: new IDBFactory(), IDBKeyRange },
  devMode: true,
});

async function openStore(options: DatabaseOptions) {
  const database = await createDatabase('local', options);
  open.push(database);
  return database;
}

async function engineFor(database: LiaisonDatabase, snapshots: SearchSnapshotStore) {
  const engine = searchEngineOnPage(database, snapshots, await database.storageToken);
  engines.push(engine);
  return engine;
}

const titles = (engine: SearchEngine, query: string) =>
  engine.search(query).map((hit) => hit.title);

describe('the workspace search engine', () => {
  it('builds from the collections, stores, and restores in the next session catching up', async () => {
    const options = freshOptions();
    const snapshots = memorySnapshotStore();
    const first = await openStore(options);
    await insertEntity(
      first.contacts,
      contactFields({ givenNames: 'Anja', familyName: 'Müller' }),
      't',
    );
    const schmidt = await insertEntity(
      first.contacts,
      contactFields({ givenNames: 'Hans', familyName: 'Schmidt' }),
      't',
    );
    const built = await engineFor(first, snapshots);
    expect(await built.ready).toMatchObject({ restored: false, entries: 2 });
    await built.store();
    built.close();

    // Written while no engine ran: an import, another window, a pull.
    await insertEntity(
      first.organisations,
      organisationFields({ name: 'Kreatives Leipzig', address: 'Burgstraße 1' }),
      't',
    );
    await schmidt.remove();

    const next = await engineFor(first, snapshots);
    expect(await next.ready).toMatchObject({ restored: true, entries: 2 });
    expect(titles(next, 'mueller')).toEqual(['Anja Müller']);
    expect(titles(next, 'burgstrasse')).toEqual(['Kreatives Leipzig']);
    expect(titles(next, 'schmidt')).toEqual([]);
  });

  it('follows changes it is told of, and stores a deletion at once without the deleted words', async () => {
    const database = await openStore(freshOptions());
    const written: string[] = [];
    const base = memorySnapshotStore();
    const snapshots: SearchSnapshotStore = {
      ...base,
      write: async (name, stored) => {
        written.push(JSON.stringify({ titles: stored.index.titles, terms: stored.index.terms }));
        await base.write(name, stored);
      },
    };
    const engine = await engineFor(database, snapshots);
    await engine.ready;
    const person = await insertEntity(
      database.contacts,
      contactFields({ givenNames: 'Zafar', familyName: 'Iqbal', notes: 'Jewellery Quarter' }),
      't',
    );
    engine.changed();
    await expect.poll(() => titles(engine, 'iqbal')).toEqual(['Zafar Iqbal']);

    written.length = 0;
    await person.remove();
    engine.changed();
    await expect.poll(() => titles(engine, 'iqbal')).toEqual([]);
    // A deletion is stored without the usual wait, and with nothing of the person.
    await expect.poll(() => written.length, { timeout: 1000 }).toBeGreaterThan(0);
    for (const stored of written) {
      expect(stored.toLowerCase()).not.toMatch(/iqbal|zafar|jewellery/);
    }
  });

  it('rebuilds rather than use an index stored for another store or format', async () => {
    const options = freshOptions();
    const snapshots = memorySnapshotStore();
    const database = await openStore(options);
    await insertEntity(
      database.contacts,
      contactFields({ givenNames: 'Anja', familyName: 'Müller' }),
      't',
    );
    const first = await engineFor(database, snapshots);
    await first.ready;
    await first.store();
    const stored = (await snapshots.read(database.name))!;
    expect(stored.format).toBe(SEARCH_ENGINE_FORMAT);

    await snapshots.write(database.name, { ...stored, storageToken: 'another store' });
    expect(await (await engineFor(database, snapshots)).ready).toMatchObject({ restored: false });
    await snapshots.write(database.name, { ...stored, format: SEARCH_ENGINE_FORMAT + 1 });
    expect(await (await engineFor(database, snapshots)).ready).toMatchObject({ restored: false });
    await snapshots.write(database.name, stored);
    expect(await (await engineFor(database, snapshots)).ready).toMatchObject({ restored: true });
  });

  it('keeps stored indexes in IndexedDB, typed arrays and all', async () => {
    const database = await openStore(freshOptions());
    await insertEntity(
      database.contacts,
      contactFields({ givenNames: 'Jörg', familyName: 'Groß' }),
      't',
    );
    const snapshots = indexedDbSnapshotStore(new IDBFactory());
    const first = await engineFor(database, snapshots);
    await first.ready;
    await first.store();
    const next = await engineFor(database, snapshots);
    expect(await next.ready).toMatchObject({ restored: true, entries: 1 });
    expect(titles(next, 'gross')).toEqual(['Jörg Groß']);
  });
});
