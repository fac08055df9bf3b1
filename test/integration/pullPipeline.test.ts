import { randomUUID } from 'node:crypto';
import type { RxStorageInstance } from 'rxdb';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { isPullWrite } from '../../renderer/replication/syncWriteContexts';
import { MAX_PULL_LIMIT } from '../../shared/sync/protocol';
import { ServerClient } from '../../renderer/replication/serverClient';
import { SyncMeta } from '../../renderer/replication/syncMeta';
import { WorkspaceReplication } from '../../renderer/replication/workspaceReplication';
import { ENGINES, contactDocument } from '../server/harness';
import { SyncLab, type ListeningServer, type TestWorkspace } from './syncHarness';

/**
 * The pull's speed-ups keep its guarantees: the next page is asked for while
 * one is stored, yet pages are stored in order and the checkpoint never moves
 * past a page not stored; a first pull writes without reading first, and a
 * device whose bookkeeping is gone (no masters, so its pull starts from the
 * beginning, unread) merges the server's copies with what it holds, never
 * overwriting an edit.
 */
describe.each(ENGINES)('pulling in pages on $name', (engine) => {
  let lab: SyncLab;
  beforeAll(async () => {
    lab = await SyncLab.open(engine);
  });
  afterEach(() => lab.cleanUp());
  afterAll(() => lab.close());

  async function seed(server: ListeningServer, workspace: TestWorkspace, count: number) {
    const ids: string[] = [];
    for (let start = 0; start < count; start += 500) {
      const rows = Array.from({ length: Math.min(500, count - start) }, (_, index) => {
        const id = randomUUID();
        ids.push(id);
        return {
          newDocumentState: contactDocument(id, {
            givenNames: `Person ${start + index}`,
            updatedBy: workspace.admin.user.id,
          }),
        };
      });
      await server.server.documents.push(
        workspace.workspaceId,
        'contacts',
        rows,
        workspace.admin.user.id,
      );
    }
    return ids;
  }

  /**
   * A colleague's edit of contact `id`, made on the server over its stored
   * state (found among the first `scan` there).
   */
  async function colleagueEdits(
    server: ListeningServer,
    workspace: TestWorkspace,
    id: string,
    fields: Record<string, unknown>,
    scan: number,
  ) {
    const [theirs] = (
      await server.server.documents.pull(workspace.workspaceId, 'contacts', 0, scan)
    ).documents.filter((document) => document.id === id);
    await server.server.documents.push(
      workspace.workspaceId,
      'contacts',
      [
        {
          newDocumentState: { ...theirs!, ...fields, updatedBy: workspace.admin.user.id },
          assumedMasterState: theirs!,
        },
      ],
      workspace.admin.user.id,
    );
  }

  it('asks for the next page while it stores one, and stores them all in order', async () => {
    const server = await lab.server();
    const workspace = await lab.workspace(server);
    await seed(server, workspace, 1_250);
    /** For each contacts pull: its checkpoint, and how many contacts were stored when it was asked. */
    const pulls: { from: number; storedThen: number }[] = [];
    let count: () => Promise<number> = async () => -1;
    const watching: typeof fetch = async (input, init) => {
      const url = new URL(String(input));
      if (url.pathname.endsWith('/contacts/pull')) {
        pulls.push({ from: Number(url.searchParams.get('checkpoint')), storedThen: await count() });
      }
      return fetch(input, init);
    };
    const device = await lab.client(server, workspace, 'editor', {
      collections: ['contacts'],
      fetch: watching,
      offline: true,
      pullBatchSize: 500,
    });
    count = () => device.database.contacts.count().exec();
    device.network.set(true);
    await device.replication.awaitInSync();

    expect(await device.database.contacts.count().exec()).toBe(1_250);
    // Pages of 500, 500 and 250: the second and third were asked for before the page
    // before them was stored (the first page's 500 were not all in yet).
    expect(pulls.slice(0, 3).map((pull) => pull.storedThen)).toEqual([0, 0, expect.any(Number)]);
    expect(pulls[2]!.storedThen).toBeLessThan(1_000);
    // Each from the checkpoint the page before it ended at, in order.
    const froms = pulls.slice(0, 3).map((pull) => pull.from);
    expect(froms).toEqual([...froms].sort((a, b) => a - b));
    expect(new Set(froms).size).toBe(3);
  });

  it('asks for larger pages while they come full, up to the most the server sends', async () => {
    const server = await lab.server();
    const workspace = await lab.workspace(server);
    await seed(server, workspace, 3_500);
    const limits: number[] = [];
    const watching: typeof fetch = async (input, init) => {
      const url = new URL(String(input));
      if (url.pathname.endsWith('/contacts/pull'))
        limits.push(Number(url.searchParams.get('limit')));
      return fetch(input, init);
    };
    const device = await lab.client(server, workspace, 'editor', {
      collections: ['contacts'],
      fetch: watching,
    });
    await device.replication.awaitInSync();
    expect(await device.database.contacts.count().exec()).toBe(3_500);
    // 1,000 and 2,000 came full; 4,000 brought the last 500.
    expect(limits.slice(0, 3)).toEqual([1_000, 2_000, 4_000]);
    expect(Math.max(...limits)).toBeLessThanOrEqual(MAX_PULL_LIMIT);
  });

  it('pulls everything from an older server that refuses pages over 1,000, and keeps asking for 1,000', async () => {
    const server = await lab.server();
    const workspace = await lab.workspace(server);
    await seed(server, workspace, 2_600);
    const limits: number[] = [];
    let refused = 0;
    // What servers before protocol 2 answered to a larger limit.
    const older: typeof fetch = async (input, init) => {
      const url = new URL(String(input));
      const limit = Number(url.searchParams.get('limit'));
      if (url.pathname.endsWith('/pull') && limit > 1_000) {
        refused += 1;
        return Response.json(
          {
            error: {
              code: 'invalid_query',
              message: 'limit must be a whole number from 1 to 1000.',
            },
          },
          { status: 400 },
        );
      }
      if (url.pathname.endsWith('/contacts/pull')) limits.push(limit);
      return fetch(input, init);
    };
    const device = await lab.client(server, workspace, 'editor', {
      collections: ['contacts'],
      fetch: older,
    });
    await device.replication.awaitInSync();
    expect(await device.database.contacts.count().exec()).toBe(2_600);
    expect(device.replication.status$.value).toMatchObject({ phase: 'idle', pending: 0 });
    expect(refused).toBe(1);
    // Pages of 1,000 from then on (a later pull, after the stream opened, too).
    expect(limits.length).toBeGreaterThanOrEqual(3);
    expect(new Set(limits)).toEqual(new Set([1_000]));
  });

  it('does not pull its own push back, and still pulls what a colleague wrote before it', async () => {
    const server = await lab.server();
    const workspace = await lab.workspace(server);
    const [first, second, third] = await seed(server, workspace, 3);
    const pulls: { from: number; ids: string[] }[] = [];
    const watching: typeof fetch = async (input, init) => {
      const response = await fetch(input, init);
      const url = new URL(String(input));
      if (url.pathname.endsWith('/contacts/pull') && response.ok) {
        const page = (await response.clone().json()) as { documents: { id: string }[] };
        pulls.push({
          from: Number(url.searchParams.get('checkpoint')),
          ids: page.documents.map((document) => document.id),
        });
      }
      return response;
    };
    const device = await lab.client(server, workspace, 'editor', {
      collections: ['contacts'],
      fetch: watching,
    });
    await device.replication.awaitInSync();
    const edit = async (id: string, notes: string) => {
      const contact = await device.database.contacts.findOne(id).exec();
      await contact!.incrementalPatch({ notes, updatedBy: workspace.editor.user.id });
    };

    // Online and alone: the edit goes up, and no pull brings it back.
    pulls.length = 0;
    await edit(first!, 'Vegetarian; no alcohol at lunch');
    await vi.waitFor(async () => {
      const page = await server.server.documents.pull(workspace.workspaceId, 'contacts', 3, 10);
      expect(page.documents.map((document) => document.notes)).toEqual([
        'Vegetarian; no alcohol at lunch',
      ]);
    });
    await device.replication.awaitInSync();
    expect(pulls.flatMap((pull) => pull.ids)).toEqual([]);

    // Offline, an edit here while a colleague changes another contact: the push's rows
    // are not the next on the server, so the colleague's change is pulled, and nothing lost.
    device.network.set(false);
    await edit(second!, 'Interpreter needed (Arabic)');
    await colleagueEdits(server, workspace, third!, { familyName: 'Al-Haddad' }, 10);
    pulls.length = 0;
    device.network.set(true);
    await vi.waitFor(async () => {
      const colleague = await device.database.contacts.findOne(third!).exec();
      expect(colleague!.familyName).toBe('Al-Haddad');
    });
    await device.replication.awaitInSync();
    expect(pulls.flatMap((pull) => pull.ids)).toContain(third);
    const onServer = await server.server.documents.pull(workspace.workspaceId, 'contacts', 0, 10);
    expect(onServer.documents.find((document) => document.id === second)?.notes).toBe(
      'Interpreter needed (Arabic)',
    );
    expect(device.replication.status$.value).toMatchObject({ phase: 'idle', pending: 0 });
  });

  it('takes in a document a colleague changes during the first pull, which comes in two pages', async () => {
    const server = await lab.server();
    const workspace = await lab.workspace(server);
    const ids = await seed(server, workspace, 1_250);
    const changed = ids[10]!;
    let requests = 0;
    // While the first page is being stored, a colleague edits one of its contacts:
    // it moves to the end of the sequence, so the last page brings it again.
    const meanwhile: typeof fetch = async (input, init) => {
      if (new URL(String(input)).pathname.endsWith('/contacts/pull') && ++requests === 2) {
        await colleagueEdits(
          server,
          workspace,
          changed,
          { familyName: '王', givenNames: '小明' },
          20,
        );
      }
      return fetch(input, init);
    };
    const device = await lab.client(server, workspace, 'editor', {
      collections: ['contacts'],
      fetch: meanwhile,
      pullBatchSize: 500,
    });
    await device.replication.awaitInSync();
    expect(await device.database.contacts.count().exec()).toBe(1_250);
    const contact = await device.database.contacts.findOne(changed).exec();
    expect([contact!.givenNames, contact!.familyName]).toEqual(['小明', '王']);
    expect(await device.database.conflicts.count().exec()).toBe(0);
    expect(device.replication.status$.value).toMatchObject({ phase: 'idle', pending: 0 });

    // Its base is the colleague's state: an edit here goes up as a change of that, not a conflict.
    await contact!.incrementalPatch({
      notes: 'Prefers Mandarin',
      updatedBy: workspace.editor.user.id,
    });
    await vi.waitFor(async () => {
      const page = await server.server.documents.pull(workspace.workspaceId, 'contacts', 1_251, 10);
      expect(page.documents).toEqual([
        expect.objectContaining({ id: changed, familyName: '王', notes: 'Prefers Mandarin' }),
      ]);
    });
    expect(await device.database.conflicts.count().exec()).toBe(0);
  });

  it('writes a first pull unread, and reads before writing once it has a checkpoint', async () => {
    const server = await lab.server();
    const workspace = await lab.workspace(server);
    const ids = await seed(server, workspace, 600);
    const device = await lab.client(server, workspace, 'editor', {
      collections: ['contacts'],
      offline: true,
      pullBatchSize: 500,
    });
    const storage = device.database.contacts.storageInstance as RxStorageInstance<
      { id: string },
      unknown,
      unknown
    >;
    const reads = vi.spyOn(storage, 'findDocumentsById');
    const writes = vi.spyOn(storage, 'bulkWrite');
    device.network.set(true);
    await device.replication.awaitInSync();
    expect(await device.database.contacts.count().exec()).toBe(600);
    const pullWrites = () => writes.mock.calls.filter(([, context]) => isPullWrite(context)).length;
    const readsOf = (id: string) =>
      reads.mock.calls.filter(([wanted]) => wanted.includes(id)).length;
    expect(pullWrites()).toBe(2);
    expect(readsOf(ids[0]!)).toBe(0);

    // A later change on the server: the device holds that contact, so it is read first.
    const [theirs] = (await server.server.documents.pull(workspace.workspaceId, 'contacts', 0, 1))
      .documents;
    await server.server.documents.push(
      workspace.workspaceId,
      'contacts',
      [
        {
          newDocumentState: { ...theirs!, familyName: 'Ó Súilleabháin' },
          assumedMasterState: theirs!,
        },
      ],
      workspace.admin.user.id,
    );
    await vi.waitFor(async () => {
      const stored = await device.database.contacts.findOne(theirs!.id).exec();
      expect(stored!.familyName).toBe('Ó Súilleabháin');
    });
    expect(readsOf(theirs!.id)).toBeGreaterThan(0);
    reads.mockRestore();
    writes.mockRestore();
  });

  it('a first pull records no masters: each document is its own, and keeps it when first changed', async () => {
    const server = await lab.server();
    const workspace = await lab.workspace(server);
    const ids = await seed(server, workspace, 600);
    const recorded = vi.spyOn(SyncMeta.prototype, 'setMasters');
    const mastersRecorded = () =>
      recorded.mock.calls.reduce((count, [, states]) => count + states.size, 0);
    const device = await lab.client(server, workspace, 'editor', {
      collections: ['contacts'],
      pullBatchSize: 500,
    });
    await device.replication.awaitInSync();
    expect(await device.database.contacts.count().exec()).toBe(600);
    expect(mastersRecorded()).toBe(0);

    // Offline, one field changes here; on the server, another field of the same contact.
    device.network.set(false);
    const mine = await device.database.contacts.findOne(ids[0]).exec();
    await mine!.incrementalPatch({
      notes: 'Vegetarian; speaks Arabic and German',
      updatedBy: workspace.editor.user.id,
    });
    const [theirs] = (await server.server.documents.pull(workspace.workspaceId, 'contacts', 0, 1))
      .documents;
    expect(theirs!.id).toBe(ids[0]);
    await server.server.documents.push(
      workspace.workspaceId,
      'contacts',
      [
        {
          newDocumentState: { ...theirs!, familyName: 'حداد', updatedBy: workspace.admin.user.id },
          assumedMasterState: theirs!,
        },
      ],
      workspace.admin.user.id,
    );
    device.network.set(true);
    await vi.waitFor(async () => {
      const [onServer] = (
        await server.server.documents.pull(workspace.workspaceId, 'contacts', 0, 1_000)
      ).documents.filter((document) => document.id === ids[0]);
      expect(onServer).toMatchObject({
        notes: 'Vegetarian; speaks Arabic and German',
        familyName: 'حداد',
      });
    });
    await device.replication.awaitInSync();
    // A three-way merge (the base was kept): both changes stand, and nothing is in conflict.
    const merged = await device.database.contacts.findOne(ids[0]).exec();
    expect(merged!.notes).toBe('Vegetarian; speaks Arabic and German');
    expect(merged!.familyName).toBe('حداد');
    expect(await device.database.conflicts.count().exec()).toBe(0);
    expect(device.replication.status$.value.pending).toBe(0);
    recorded.mockRestore();
  });

  it('stores nothing past a page that failed, and carries on from there', async () => {
    const server = await lab.server();
    const workspace = await lab.workspace(server);
    await seed(server, workspace, 1_250);
    let pullsSeen = 0;
    let failing = true;
    // The third page's request fails (the network drops) while the second is being stored.
    const flaky: typeof fetch = async (input, init) => {
      if (
        new URL(String(input)).pathname.endsWith('/contacts/pull') &&
        ++pullsSeen === 3 &&
        failing
      ) {
        failing = false;
        throw new TypeError('Failed to fetch');
      }
      return fetch(input, init);
    };
    const device = await lab.client(server, workspace, 'editor', {
      collections: ['contacts'],
      fetch: flaky,
      pullBatchSize: 500,
    });
    await device.replication.awaitInSync();
    expect(failing).toBe(false);
    expect(await device.database.contacts.count().exec()).toBe(1_250);
    const names = (await device.database.contacts.find().exec()).map((doc) => doc.givenNames);
    expect(new Set(names).size).toBe(1_250);
  });

  it('a device whose bookkeeping is gone takes in the server’s copies without losing its own edit', async () => {
    const server = await lab.server();
    const workspace = await lab.workspace(server);
    const [first, second] = await seed(server, workspace, 2);
    const device = await lab.client(server, workspace, 'editor', { collections: ['contacts'] });
    await device.replication.awaitInSync();
    expect(await device.database.contacts.count().exec()).toBe(2);

    // Offline, an edit here; meanwhile the server's copy of the other contact changes.
    device.network.set(false);
    await device.replication.stop();
    const mine = await device.database.contacts.findOne(first!).exec();
    await mine!.incrementalPatch({
      notes: 'Met at the Leipzig Opera Ball',
      updatedBy: workspace.editor.user.id,
    });
    await colleagueEdits(server, workspace, second!, { familyName: 'Brandt' }, 10);

    // The same server under another address: the sync bookkeeping starts empty (as
    // after an upgrade from the old replication), with both contacts stored here.
    const otherAddress = server.url.replace('127.0.0.1', 'localhost');
    const replication = new WorkspaceReplication(device.database, {
      client: new ServerClient({ serverUrl: otherAddress, token: workspace.editor.token }),
      workspaceId: workspace.workspaceId,
      connectivity: device.network,
      retryTime: 200,
    });
    device.network.set(true);
    await replication.start();
    try {
      await replication.awaitInSync();
      const edited = await device.database.contacts.findOne(first!).exec();
      expect(edited!.notes).toBe('Met at the Leipzig Opera Ball');
      const changed = await device.database.contacts.findOne(second!).exec();
      expect(changed!.familyName).toBe('Brandt');
      const onServer = await server.server.documents.pull(workspace.workspaceId, 'contacts', 0, 10);
      expect(onServer.documents.find((document) => document.id === first)?.notes).toBe(
        'Met at the Leipzig Opera Ball',
      );
    } finally {
      await replication.stop();
    }
  });
});
