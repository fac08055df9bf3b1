import { randomUUID } from 'node:crypto';
import type { RxStorageInstance } from 'rxdb';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { isPullWrite } from '../../renderer/replication/syncWriteContexts';
import { ENGINES, contactDocument } from '../server/harness';
import { SyncLab } from './syncHarness';

/**
 * A push's echo (the pull that brings the pushed states back) is passed over
 * without touching the store, and that shortcut never costs an edit made
 * between the push's answer and its echo.
 */
describe.each(ENGINES)('the echo of a push on $name', (engine) => {
  let lab: SyncLab;
  beforeAll(async () => {
    lab = await SyncLab.open(engine);
  });
  afterEach(() => lab.cleanUp());
  afterAll(() => lab.close());

  async function setUp(fetchFor?: (real: typeof fetch) => typeof fetch) {
    const server = await lab.server();
    const workspace = await lab.workspace(server);
    const ids = [randomUUID(), randomUUID()];
    await server.server.documents.push(
      workspace.workspaceId,
      'contacts',
      ids.map((id, index) => ({
        newDocumentState: contactDocument(id, {
          givenNames: index === 0 ? 'Leila' : '秀英',
          familyName: index === 0 ? 'حداد' : '王',
          updatedBy: workspace.admin.user.id,
        }),
      })),
      workspace.admin.user.id,
    );
    const device = await lab.client(server, workspace, 'editor', {
      collections: ['contacts'],
      ...(fetchFor ? { fetch: fetchFor(fetch) } : {}),
    });
    await device.replication.awaitInSync();
    return { server, workspace, device, ids: ids as [string, string] };
  }

  it('is not written, nor even read, when it comes back', async () => {
    const { workspace, device, ids } = await setUp();
    const storage = device.database.contacts.storageInstance as RxStorageInstance<
      { id: string },
      unknown,
      unknown
    >;
    const writes = vi.spyOn(storage, 'bulkWrite');
    const contact = await device.database.contacts.findOne(ids[0]).exec();
    await contact!.incrementalPatch({
      notes: 'Prefers tea; no pork',
      updatedBy: workspace.editor.user.id,
    });
    await vi.waitFor(() => expect(device.replication.status$.value.pending).toBe(0));
    await device.replication.awaitInSync();

    const pullWritesOfIt = writes.mock.calls.filter(
      ([rows, context]) => isPullWrite(context) && rows.some((row) => row.document.id === ids[0]),
    );
    expect(pullWritesOfIt).toEqual([]);
    expect((await device.database.contacts.findOne(ids[0]).exec())!.notes).toBe(
      'Prefers tea; no pork',
    );
    writes.mockRestore();
  });

  it('an edit made after the push was answered and before its echo stands, with no conflict', async () => {
    let onPushAnswered: (() => Promise<void>) | undefined;
    const { server, workspace, device, ids } = await setUp((real) => async (input, init) => {
      const response = await real(input, init);
      if (new URL(String(input)).pathname.endsWith('/contacts/push') && onPushAnswered) {
        const edit = onPushAnswered;
        onPushAnswered = undefined;
        await edit();
      }
      return response;
    });
    const contact = await device.database.contacts.findOne(ids[1]).exec();
    onPushAnswered = async () => {
      const now = await device.database.contacts.findOne(ids[1]).exec();
      await now!.incrementalPatch({
        notes: 'Second thought: halal meals',
        updatedBy: workspace.editor.user.id,
      });
    };
    await contact!.incrementalPatch({
      notes: 'First thought',
      updatedBy: workspace.editor.user.id,
    });
    await vi.waitFor(() => expect(onPushAnswered).toBeUndefined());
    await vi.waitFor(() => expect(device.replication.status$.value.pending).toBe(0));
    await device.replication.awaitInSync();

    expect((await device.database.contacts.findOne(ids[1]).exec())!.notes).toBe(
      'Second thought: halal meals',
    );
    const onServer = await server.server.documents.pull(workspace.workspaceId, 'contacts', 0, 10);
    expect(onServer.documents.find((document) => document.id === ids[1])?.notes).toBe(
      'Second thought: halal meals',
    );
    expect(await device.database.conflicts.count().exec()).toBe(0);
  });
});
