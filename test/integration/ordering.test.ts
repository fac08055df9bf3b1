import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { insertEntity, withoutMetadata } from '../../renderer/data/writes';
import { replaceEntityFields } from '../renderer/otherDeviceWrites';
import { newId } from '../../shared/domain/common';
import type { Contact } from '../../shared/domain/contact';
import type { Visit } from '../../shared/domain/visit';
import { ENGINES } from '../server/harness';
import { agendaItemFields, contactFields, visitFields } from './fixtures';
import { SyncLab, type Client } from './syncHarness';

const poll = { timeout: 10_000, interval: 20 };
const DAY = 86_400_000;

describe.each(ENGINES)('order of arrival on $name', (engine) => {
  let lab: SyncLab;
  beforeAll(async () => {
    lab = await SyncLab.open(engine);
  });
  afterEach(() => lab.cleanUp());
  afterAll(() => lab.close());

  it('syncs devices whose clocks are three days ahead and three days behind', async () => {
    const server = await lab.server();
    const workspace = await lab.workspace(server);
    const ahead = () => new Date(Date.now() + 3 * DAY);
    const behind = () => new Date(Date.now() - 3 * DAY);
    const a = await lab.client(server, workspace, 'editor', { now: ahead });
    const b = await lab.client(server, workspace, 'admin', { now: behind });

    /** An edit as the contact form makes it, stamped with the device's clock. */
    async function edit(device: Client, clock: () => Date, id: string, change: Partial<Contact>) {
      const document = (await device.database.contacts.findOne(id).exec())!;
      await replaceEntityFields(
        document,
        { ...withoutMetadata(document.toJSON() as Contact), ...change },
        device.author,
        clock(),
      );
      await device.replication.awaitInSync();
    }
    const familyNames = async (device: Client) =>
      Object.fromEntries(
        (await device.database.contacts.find().exec()).map((c) => [c.id, c.familyName]),
      );

    const x = await insertEntity(a.database.contacts, contactFields(), a.author, ahead());
    const y = await insertEntity(
      b.database.contacts,
      contactFields({ givenNames: 'Jana', familyName: 'Weber' }),
      b.author,
      behind(),
    );
    await a.replication.awaitInSync();
    await b.replication.awaitInSync();
    for (const device of [a, b]) {
      await expect
        .poll(() => familyNames(device), poll)
        .toEqual({ [x.id]: 'Jung', [y.id]: 'Weber' });
    }

    // Each edit is stamped earlier than the one before by the other's clock, yet later ones win.
    await edit(b, behind, x.id, { familyName: 'Jung (B)' });
    await expect.poll(() => familyNames(a), poll).toMatchObject({ [x.id]: 'Jung (B)' });
    await edit(a, ahead, y.id, { familyName: 'Weber (A)' });
    await expect.poll(() => familyNames(b), poll).toMatchObject({ [y.id]: 'Weber (A)' });
    await edit(b, behind, y.id, { familyName: 'Weber (B)' });
    await edit(a, ahead, x.id, { familyName: 'Jung (A)' });
    // B edits after it has seen A's edit (on a busy machine the stream can bring it after
    // B's edit, which is then a true conflict on one field, not an order of arrival).
    await expect.poll(() => familyNames(b), poll).toMatchObject({ [x.id]: 'Jung (A)' });
    await edit(b, behind, x.id, { familyName: 'Jung (B2)' });

    const final = { [x.id]: 'Jung (B2)', [y.id]: 'Weber (B)' };
    for (const device of [a, b]) {
      await expect.poll(() => familyNames(device), poll).toEqual(final);
    }
    const rows = await lab.rows(workspace.workspaceId);
    expect(Object.fromEntries(rows.map((row) => [row.id, row.data.familyName]))).toEqual(final);
    // Stamps kept as the devices made them: the newest row carries the oldest clock.
    expect(rows.at(-1)?.data.updatedAt).toBe(
      (await b.database.contacts.findOne(x.id).exec())?.updatedAt,
    );
    expect(Date.parse(String(rows.at(-1)?.data.updatedAt))).toBeLessThan(Date.now() - 2 * DAY);
    // A device that joins now pulls the same, by sequence.
    const c = await lab.client(server, workspace, 'editor');
    await c.replication.awaitInSync();
    expect(await familyNames(c)).toEqual(final);
    for (const device of [a, b, c]) {
      expect(await device.database.conflicts.count().exec()).toBe(0);
      expect(device.replication.status$.value).toMatchObject({ phase: 'idle', pending: 0 });
    }
    expect(Date.parse(a.replication.status$.value.lastSyncedAt!)).toBeGreaterThan(Date.now());
  });

  it('files an agenda item that arrives before its visit under the visit once that comes', async () => {
    const server = await lab.server();
    const workspace = await lab.workspace(server);
    const a = await lab.client(server, workspace, 'editor');
    const b = await lab.client(server, workspace, 'admin');
    const visitId = newId();
    const agendaOf = async (device: Client) =>
      (await device.database.agendaItems.find({ selector: { visitId } }).exec()).map(
        (item) => item.title,
      );

    const item = await insertEntity(a.database.agendaItems, agendaItemFields(visitId), a.author);
    await a.replication.awaitInSync();
    await expect.poll(() => agendaOf(b), poll).toEqual([item.title]);
    expect(await b.database.visits.findOne(visitId).exec()).toBeNull();
    await b.replication.awaitInSync();
    expect(b.replication.status$.value).toMatchObject({ phase: 'idle', error: undefined });

    // The visit comes later (made on a device that was offline, say).
    const stamp = new Date().toISOString();
    await a.database.visits.insert({
      ...visitFields(),
      id: visitId,
      createdAt: stamp,
      updatedAt: stamp,
      updatedBy: a.author,
    } satisfies Visit);
    await a.replication.awaitInSync();
    await expect
      .poll(async () => (await b.database.visits.findOne(visitId).exec())?.title, poll)
      .toBe('Leipzig delegation');
    expect(await agendaOf(b)).toEqual([item.title]);
    // A device that pulls both at once (agenda items may come first) ends the same.
    const c = await lab.client(server, workspace, 'editor');
    await c.replication.awaitInSync();
    expect((await c.database.visits.findOne(visitId).exec())?.title).toBe('Leipzig delegation');
    expect(await agendaOf(c)).toEqual([item.title]);
    for (const device of [a, b, c]) {
      expect(device.replication.status$.value).toMatchObject({ phase: 'idle', error: undefined });
    }
  });
});
