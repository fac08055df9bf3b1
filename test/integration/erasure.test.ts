import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { eraseContact } from '../../renderer/erasure/eraseContact';
import { insertEntity } from '../../renderer/data/writes';
import type { Note } from '../../shared/domain/note';
import { ENGINES } from '../server/harness';
import { noteFields } from '../renderer/entityFields';
import { contactFields, visitFields } from './fixtures';
import { SyncLab, type Client } from './syncHarness';

/** Long enough for a slow CI machine; polls end as soon as the value is there. */
const poll = { timeout: 10_000, interval: 20 };

const COLLECTIONS = ['contacts', 'visits', 'notes'] as const;

describe.each(ENGINES)('erasure on $name', (engine) => {
  let lab: SyncLab;
  beforeAll(async () => {
    lab = await SyncLab.open(engine);
  });
  afterEach(() => lab.cleanUp());
  afterAll(() => lab.close());

  const linksOf = async (device: Client, noteId: string) =>
    (await device.database.notes.findOne(noteId).exec())?.toJSON().links.contactIds;

  it('reaches every device and the server, beats an offline edit, and unlinks offline notes', async () => {
    const server = await lab.server();
    const workspace = await lab.workspace(server);
    const a = await lab.client(server, workspace, 'editor', { collections: [...COLLECTIONS] });
    const b = await lab.client(server, workspace, 'admin', { collections: [...COLLECTIONS] });

    const person = await insertEntity(
      a.database.contacts,
      contactFields({ pronunciation: 'yoong', dietaryNeeds: 'No pork' }),
      a.author,
    );
    const visit = await insertEntity(
      a.database.visits,
      visitFields({ members: [{ contactId: person.id, role: 'lead' }] }),
      a.author,
    );
    const note = await insertEntity(
      a.database.notes,
      noteFields('Burkhard Jung opened the reception.', { contactIds: [person.id] }),
      a.author,
    );
    await a.replication.awaitInSync();
    await expect.poll(() => linksOf(b, note.id), poll).toEqual([person.id]);

    // B, offline, edits the person and writes a new note about them.
    b.network.set(false);
    await (await b.database.contacts.findOne(person.id).exec())!.incrementalPatch({
      pronunciation: 'YOONG',
    });
    const offlineNote = await insertEntity(
      b.database.notes,
      noteFields('Follow up with Burkhard Jung on Horizon Europe.', { contactIds: [person.id] }),
      b.author,
    );

    await eraseContact(a.database, person.id, { author: a.author, now: new Date() });
    await a.replication.awaitInSync();

    b.network.set(true);
    await b.replication.awaitInSync();
    await expect.poll(() => linksOf(a, offlineNote.id), poll).toEqual([]);
    await b.replication.awaitInSync();

    for (const device of [a, b]) {
      await expect.poll(() => device.database.contacts.findOne(person.id).exec(), poll).toBeNull();
      expect(await linksOf(device, note.id)).toEqual([]);
      const members = (await device.database.visits.findOne(visit.id).exec())?.toJSON().members;
      expect(members).toEqual([]);
    }
    expect((await b.database.notes.findOne(offlineNote.id).exec())?.body).toBe(
      'Follow up with Burkhard Jung on Horizon Europe.',
    );
    expect(await b.database.conflicts.count().exec()).toBe(0);

    const rows = await lab.rows(workspace.workspaceId, 'contacts');
    const row = rows.find((candidate) => candidate.id === person.id);
    expect(row?.deleted).toBe(true);
    expect(row?.data.erasedAt).toEqual(expect.any(String));
    expect(JSON.stringify(row?.data)).not.toMatch(/Jung|Burkhard|yoong|pork/i);
    const noteRow = (await lab.rows(workspace.workspaceId, 'notes')).find(
      (candidate) => candidate.id === offlineNote.id,
    );
    expect((noteRow?.data.links as Note['links']).contactIds).toEqual([]);
  });
});
