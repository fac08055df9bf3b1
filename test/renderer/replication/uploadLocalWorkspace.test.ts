import { afterEach, describe, expect, it } from 'vitest';
import { createDatabase, type LiaisonDatabase } from '../../../renderer/data/database';
import {
  countDocuments,
  documentTotal,
  readWorkspace,
  writeUploaded,
} from '../../../renderer/replication/uploadLocalWorkspace';
import {
  agendaItemFields,
  contactFields,
  freshDatabaseOptions,
  insertEntity,
  visitFields,
} from '../appHarness';

const WORKSPACE = '0b5c3a52-7e8e-4a55-9d55-1f1c2c7b9a10';
/** The signed-in user who uploads: the server takes changes only from the user they name. */
const AUTHOR = '6f1d9a0e-3b7c-4f2a-9e1d-5c8b7a6f4e3d';
const open: LiaisonDatabase[] = [];

/** Opens a database, remembering it so that every test closes what it opened. */
async function openDatabase(name: string, options: ReturnType<typeof freshDatabaseOptions>) {
  const database = await createDatabase(name, options);
  open.push(database);
  return database;
}

async function close(database: LiaisonDatabase) {
  open.splice(open.indexOf(database), 1);
  await database.close();
}

afterEach(async () => {
  for (const database of open.splice(0)) await database.close();
});

/** A local workspace with two contacts, a visit with an agenda item, and a deleted contact. */
async function localWorkspace(options: ReturnType<typeof freshDatabaseOptions>) {
  const local = await openDatabase('local', options);
  const jung = await insertEntity(
    local.contacts,
    contactFields({ givenNames: 'Burkhard', familyName: 'Jung' }),
    'local-user',
  );
  await insertEntity(
    local.contacts,
    contactFields({ givenNames: 'Ann', familyName: 'Ward' }),
    'local-user',
  );
  const visit = await insertEntity(local.visits, visitFields(), 'local-user');
  await insertEntity(local.agendaItems, agendaItemFields(visit.id), 'local-user');
  const gone = await insertEntity(
    local.contacts,
    contactFields({ givenNames: 'Deleted', familyName: 'Person' }),
    'local-user',
  );
  await gone.remove();
  return { local, jungId: jung.id, goneId: gone.id };
}

describe('readWorkspace', () => {
  it('reads every live document of every synced collection, without RxDB’s metadata', async () => {
    const options = freshDatabaseOptions();
    const { local, jungId, goneId } = await localWorkspace(options);

    const documents = await readWorkspace(local);
    expect(documents.contacts.map((contact) => contact.id).sort()).not.toContain(goneId);
    expect(documents.contacts).toHaveLength(2);
    expect(documents.visits).toHaveLength(1);
    expect(documents.agendaItems).toHaveLength(1);
    expect(documents.organisations).toEqual([]);
    expect(documentTotal(documents)).toBe(4);
    await expect(countDocuments(local)).resolves.toBe(4);

    const jung = documents.contacts.find((contact) => contact.id === jungId);
    expect(jung).toMatchObject({ givenNames: 'Burkhard', familyName: 'Jung' });
    expect(Object.keys(jung ?? {}).filter((key) => key.startsWith('_'))).toEqual([]);
  });
});

describe('writeUploaded', () => {
  it('inserts everything into the workspace, keeping the ids; a second upload adds nothing', async () => {
    const options = freshDatabaseOptions();
    const { local, jungId } = await localWorkspace(options);
    const documents = await readWorkspace(local);
    // The app can hold one workspace's database open at a time.
    await close(local);

    const workspace = await openDatabase(WORKSPACE, options);
    await expect(writeUploaded(workspace, documents, AUTHOR)).resolves.toEqual({
      inserted: 4,
      alreadyThere: 0,
      failed: 0,
    });
    const jung = await workspace.contacts.findOne(jungId).exec();
    expect(jung?.familyName).toBe('Jung');
    expect(jung?.updatedBy).toBe(AUTHOR);

    await expect(writeUploaded(workspace, documents, AUTHOR)).resolves.toEqual({
      inserted: 0,
      alreadyThere: 4,
      failed: 0,
    });
    await expect(countDocuments(workspace)).resolves.toBe(4);
  });

  it('keeps the workspace’s version of a document it already has, edited or deleted', async () => {
    const options = freshDatabaseOptions();
    const { local, jungId } = await localWorkspace(options);
    const documents = await readWorkspace(local);
    await close(local);

    const workspace = await openDatabase(WORKSPACE, options);
    await writeUploaded(workspace, documents, AUTHOR);
    // Meanwhile, in the workspace: Jung edited, the visit deleted.
    const stored = await workspace.contacts.findOne(jungId).exec();
    await stored?.incrementalPatch({ familyName: 'Jung (Mayor)' });
    await workspace.visits.findOne(documents.visits[0]?.id ?? '').remove();

    await expect(writeUploaded(workspace, documents, AUTHOR)).resolves.toEqual({
      inserted: 0,
      alreadyThere: 4,
      failed: 0,
    });
    expect((await workspace.contacts.findOne(jungId).exec())?.familyName).toBe('Jung (Mayor)');
    expect(await workspace.visits.count().exec()).toBe(0);
  });

  it('counts documents the store refuses as failed, and inserts the rest', async () => {
    const options = freshDatabaseOptions();
    const { local } = await localWorkspace(options);
    const documents = await readWorkspace(local);
    await close(local);

    const broken = {
      ...documents.contacts[0],
      familyName: 42,
    } as unknown as (typeof documents.contacts)[number];
    const workspace = await openDatabase(WORKSPACE, options);
    const counts = await writeUploaded(
      workspace,
      { ...documents, contacts: [broken, ...documents.contacts.slice(1)] },
      AUTHOR,
    );
    expect(counts).toEqual({ inserted: 3, alreadyThere: 0, failed: 1 });
  });
});
