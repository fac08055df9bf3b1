import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { insertEntity, withoutMetadata } from '../../renderer/data/writes';
import { replaceEntityFields } from '../renderer/otherDeviceWrites';
import type { Contact } from '../../shared/domain/contact';
import type { Visit } from '../../shared/domain/visit';
import { ENGINES } from '../server/harness';
import { contactFields, visitFields } from './fixtures';
import { SyncLab, type Client } from './syncHarness';

/** Long enough for a slow CI machine; polls end as soon as the value is there. */
const poll = { timeout: 10_000, interval: 20 };

describe.each(ENGINES)('two clients on $name', (engine) => {
  let lab: SyncLab;
  beforeAll(async () => {
    lab = await SyncLab.open(engine);
  });
  afterEach(() => lab.cleanUp());
  afterAll(() => lab.close());

  /** One server, one workspace, two devices: A (the editor) and B (the admin). */
  async function twoDevices() {
    const server = await lab.server();
    const workspace = await lab.workspace(server);
    const a = await lab.client(server, workspace, 'editor');
    const b = await lab.client(server, workspace, 'admin');
    return { server, workspace, a, b };
  }

  const contactOn = async (device: Client, id: string) =>
    (await device.database.contacts.findOne(id).exec())?.toJSON();
  const visitOn = async (device: Client, id: string) =>
    (await device.database.visits.findOne(id).exec())?.toJSON();
  const serverRow = async (workspaceId: string, id: string) =>
    (await lab.rows(workspaceId)).find((row) => row.id === id);

  /** A contact made on A, once B has it too. */
  async function sharedContact(a: Client, b: Client) {
    const saved = await insertEntity(a.database.contacts, contactFields(), a.author);
    await a.replication.awaitInSync();
    await expect.poll(() => contactOn(b, saved.id), poll).toBeDefined();
    return saved.id;
  }

  it('brings a contact made on one device to the other', async () => {
    const { a, b } = await twoDevices();
    const id = await sharedContact(a, b);
    expect((await contactOn(b, id))?.familyName).toBe('Jung');
    expect(a.replication.status$.value).toMatchObject({ phase: 'idle', pending: 0 });
  });

  it('merges offline edits to different fields of one contact on both devices', async () => {
    const { a, b, workspace } = await twoDevices();
    const id = await sharedContact(a, b);

    a.network.set(false);
    b.network.set(false);
    await (await a.database.contacts.findOne(id).exec())!.incrementalPatch({
      pronunciation: 'yoong',
    });
    await (await b.database.contacts.findOne(id).exec())!.incrementalPatch({
      givenNames: 'Burkhard B.',
    });
    expect(a.replication.status$.value).toMatchObject({ phase: 'paused', pending: 1 });
    a.network.set(true);
    await a.replication.awaitInSync();
    b.network.set(true);
    await b.replication.awaitInSync();

    for (const device of [a, b]) {
      await expect
        .poll(async () => {
          const document = await contactOn(device, id);
          return [document?.givenNames, document?.pronunciation];
        }, poll)
        .toEqual(['Burkhard B.', 'yoong']);
    }
    const stored = (await serverRow(workspace.workspaceId, id))?.data;
    expect([stored?.givenNames, stored?.pronunciation]).toEqual(['Burkhard B.', 'yoong']);
    expect(await b.database.conflicts.count().exec()).toBe(0);
  });

  it('keeps the first pusher’s value of a field both edited, records the other, and “keep mine” wins', async () => {
    const { a, b, workspace } = await twoDevices();
    const id = await sharedContact(a, b);

    a.network.set(false);
    b.network.set(false);
    const editA = await a.database.contacts.findOne(id).exec();
    await replaceEntityFields(
      editA!,
      { ...withoutMetadata(editA!.toJSON() as Contact), familyName: 'Jung-Albrecht' },
      a.author,
    );
    const editB = await b.database.contacts.findOne(id).exec();
    await replaceEntityFields(
      editB!,
      { ...withoutMetadata(editB!.toJSON() as Contact), familyName: 'Jung-Brandt' },
      b.author,
    );
    a.network.set(true);
    await a.replication.awaitInSync();
    b.network.set(true);
    await b.replication.awaitInSync();

    // The server's value (A pushed first) stands everywhere.
    expect((await serverRow(workspace.workspaceId, id))?.data.familyName).toBe('Jung-Albrecht');
    for (const device of [a, b]) {
      await expect
        .poll(async () => (await contactOn(device, id))?.familyName, poll)
        .toBe('Jung-Albrecht');
    }
    // B keeps its losing value for review; A had nothing to lose.
    await expect
      .poll(async () => (await b.database.conflicts.find().exec()).map((c) => c.toJSON()), poll)
      .toEqual([
        expect.objectContaining({
          collectionName: 'contacts',
          documentId: id,
          fieldPath: 'familyName',
          localValue: 'Jung-Brandt',
          serverValue: 'Jung-Albrecht',
          status: 'open',
        }),
      ]);
    expect(await a.database.conflicts.count().exec()).toBe(0);
    expect(b.replication.status$.value).toMatchObject({ phase: 'idle', pending: 0 });

    // Keep mine, as the review screen does: the local value written back as an edit, the conflict closed.
    const conflict = (await b.database.conflicts.findOne().exec())!;
    const current = (await b.database.contacts.findOne(id).exec())!;
    await replaceEntityFields(
      current,
      {
        ...withoutMetadata(current.toJSON() as Contact),
        familyName: conflict.localValue as string,
      },
      b.author,
    );
    await conflict.incrementalPatch({
      status: 'resolved',
      resolution: 'kept-local',
      resolvedAt: new Date().toISOString(),
    });
    await b.replication.awaitInSync();

    expect((await serverRow(workspace.workspaceId, id))?.data.familyName).toBe('Jung-Brandt');
    for (const device of [a, b]) {
      await expect
        .poll(async () => (await contactOn(device, id))?.familyName, poll)
        .toBe('Jung-Brandt');
    }
    expect(await a.database.conflicts.count().exec()).toBe(0);
    expect((await b.database.conflicts.find().exec()).map((c) => [c.status, c.resolution])).toEqual(
      [['resolved', 'kept-local']],
    );
  });

  describe.each([
    { first: 'the editing device', editorFirst: true },
    { first: 'the deleting device', editorFirst: false },
  ])(
    'a visit deleted on one device and edited on the other ($first pushes first)',
    ({ editorFirst }) => {
      it('lives on with the edit everywhere, and the conflict is recorded', async () => {
        const { a, b, workspace } = await twoDevices();
        const saved = await insertEntity(a.database.visits, visitFields(), a.author);
        await a.replication.awaitInSync();
        await expect.poll(() => visitOn(b, saved.id), poll).toBeDefined();

        a.network.set(false);
        b.network.set(false);
        // A deletes it as the UI does (a tombstone); B edits its objectives.
        await (await a.database.visits.findOne(saved.id).exec())!.remove();
        const edited = (await b.database.visits.findOne(saved.id).exec())!;
        await replaceEntityFields(
          edited,
          { ...withoutMetadata(edited.toJSON() as Visit), objectives: 'Sign the hydrogen MoU' },
          b.author,
        );
        expect(await visitOn(a, saved.id)).toBeUndefined();

        const [deleter, editor] = [a, b];
        for (const device of editorFirst ? [editor, deleter] : [deleter, editor]) {
          device.network.set(true);
          await device.replication.awaitInSync();
        }

        await expect
          .poll(async () => (await serverRow(workspace.workspaceId, saved.id))?.data, poll)
          .toMatchObject({ _deleted: false, objectives: 'Sign the hydrogen MoU' });
        for (const device of [a, b]) {
          await expect
            .poll(async () => (await visitOn(device, saved.id))?.objectives, poll)
            .toBe('Sign the hydrogen MoU');
        }
        // The device whose push was refused records the delete that lost (or the edit that beat its delete).
        const refused = editorFirst ? deleter : editor;
        await expect
          .poll(async () => (await refused.database.conflicts.find().exec()).map((c) => c.toJSON()))
          .toEqual([
            expect.objectContaining({
              collectionName: 'visits',
              documentId: saved.id,
              fieldPath: '_deleted',
              localValue: refused === deleter,
              serverValue: refused !== deleter,
              status: 'open',
            }),
          ]);
        expect(await (editorFirst ? editor : deleter).database.conflicts.count().exec()).toBe(0);
      });
    },
  );
});
