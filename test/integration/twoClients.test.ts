import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { insertEntity } from '../../renderer/data/writes';
import { ENGINES } from '../server/harness';
import { listeningServer, seedWorkspace, startClient, type TestServer } from './syncHarness';

const contact = {
  tags: [],
  givenNames: 'Burkhard',
  familyName: 'Jung',
  nameOrder: 'given-first' as const,
  languages: ['de'],
  affiliations: [],
  emails: [],
  phones: [],
  lawfulBasis: 'public-task' as const,
};

describe.each(ENGINES)('two clients on $name', (engine) => {
  let server: TestServer;
  let url: string;
  let workspace: Awaited<ReturnType<typeof seedWorkspace>>;
  const clients: { close(): Promise<void> }[] = [];

  beforeEach(async () => {
    ({ server, url } = await listeningServer(await engine.open()));
    workspace = await seedWorkspace(server);
  });
  afterEach(async () => {
    await Promise.all(clients.splice(0).map((client) => client.close()));
    await server.close();
    await server.db.close();
  });

  async function client(role: 'editor' | 'admin' = 'editor') {
    const started = await startClient({
      url,
      token: workspace.members[role].token,
      workspaceId: workspace.workspaceId,
    });
    clients.push(started);
    return started;
  }

  it('brings a contact made on one device to the other', async () => {
    const a = await client('editor');
    const b = await client('admin');
    const saved = await insertEntity(a.database.contacts, contact, 'user-a');
    await a.replication.awaitInSync();
    await expect
      .poll(async () => (await b.database.contacts.findOne(saved.id).exec())?.familyName, {
        timeout: 10_000,
      })
      .toBe('Jung');
    expect(a.replication.status$.value).toMatchObject({ phase: 'idle', pending: 0 });
  });

  it('merges offline edits to different fields of one contact on both devices', async () => {
    const a = await client('editor');
    const b = await client('admin');
    const saved = await insertEntity(a.database.contacts, contact, 'user-a');
    await a.replication.awaitInSync();
    await expect
      .poll(async () => Boolean(await b.database.contacts.findOne(saved.id).exec()), {
        timeout: 10_000,
      })
      .toBe(true);

    a.network.set(false);
    b.network.set(false);
    await (await a.database.contacts.findOne(saved.id).exec())!.incrementalPatch({
      pronunciation: 'yoong',
    });
    await (await b.database.contacts.findOne(saved.id).exec())!.incrementalPatch({
      givenNames: 'Burkhard B.',
    });
    expect(a.replication.status$.value).toMatchObject({ phase: 'paused', pending: 1 });
    a.network.set(true);
    await a.replication.awaitInSync();
    b.network.set(true);
    await b.replication.awaitInSync();

    for (const device of [a, b]) {
      await expect
        .poll(
          async () => {
            const document = await device.database.contacts.findOne(saved.id).exec();
            return [document?.givenNames, document?.pronunciation];
          },
          { timeout: 10_000 },
        )
        .toEqual(['Burkhard B.', 'yoong']);
    }
    expect(await b.database.conflicts.count().exec()).toBe(0);
  });
});
