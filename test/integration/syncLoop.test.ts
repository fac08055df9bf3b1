import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { removeWithUndo } from '../../renderer/data/removeWithUndo';
import { insertEntity } from '../../renderer/data/writes';
import { ENGINES } from '../server/harness';
import { contactFields } from './fixtures';
import { SyncLab, replicatedData, type Client } from './syncHarness';

const poll = { timeout: 15_000, interval: 20 };

/**
 * A fetch that can hold back requests of one kind (`/push`, `/pull`,
 * `/stream`): refused with a status (and Retry-After) or failing as a dropped
 * network, until released.
 */
function gate() {
  const rules = new Map<string, { status?: number; retryAfter?: string; count: number }>();
  const seen: string[] = [];
  const gated: typeof fetch = async (input, init) => {
    const path = new URL(String(input)).pathname;
    for (const [suffix, rule] of rules) {
      if (!path.endsWith(suffix)) continue;
      rule.count++;
      seen.push(`${suffix} refused`);
      if (!rule.status) throw new TypeError('fetch failed');
      return new Response(JSON.stringify({ error: { code: 'busy', message: 'Busy' } }), {
        status: rule.status,
        headers: { 'content-type': 'application/json', 'retry-after': rule.retryAfter ?? '' },
      });
    }
    return fetch(input, init);
  };
  return {
    fetch: gated,
    seen,
    refuse(suffix: string, rule: { status?: number; retryAfter?: string } = {}) {
      rules.set(suffix, { ...rule, count: 0 });
    },
    refusals: (suffix: string) => rules.get(suffix)?.count ?? 0,
    release(suffix: string) {
      rules.delete(suffix);
    },
  };
}

describe.each(ENGINES)('the sync loop on $name', (engine) => {
  let lab: SyncLab;
  beforeAll(async () => {
    lab = await SyncLab.open(engine);
  });
  afterEach(() => lab.cleanUp());
  afterAll(() => lab.close());

  const serverRow = async (workspaceId: string, id: string) =>
    (await lab.rows(workspaceId)).find((row) => row.id === id);
  const local = async (device: Client, id: string) => {
    const [document] = await device.database.contacts.storageInstance.findDocumentsById([id], true);
    return document ? replicatedData(document as unknown as Record<string, unknown>) : undefined;
  };

  it('counts nothing pending once an offline change is undone, and sends a restored delete', async () => {
    const server = await lab.server();
    const workspace = await lab.workspace(server);
    const device = await lab.client(server, workspace, 'editor');
    const saved = await insertEntity(device.database.contacts, contactFields(), device.author);
    await device.replication.awaitInSync();

    device.network.set(false);
    await saved.getLatest().incrementalPatch({ familyName: 'Jüng' });
    await expect.poll(() => device.replication.status$.value.pending, poll).toBe(1);
    await saved.getLatest().incrementalPatch({ familyName: 'Jung' });
    // Back as the server has it: nothing to send, even before the device is online.
    await expect.poll(() => device.replication.status$.value.pending, poll).toBe(0);

    const undo = await removeWithUndo([saved.getLatest()], {
      author: device.author,
      now: new Date(),
    });
    await undo();
    device.network.set(true);
    await device.replication.awaitInSync();
    expect(device.replication.status$.value).toMatchObject({ phase: 'idle', pending: 0 });
    expect((await serverRow(workspace.workspaceId, saved.id))?.deleted).toBe(false);
    expect((await serverRow(workspace.workspaceId, saved.id))?.data).toEqual(
      await local(device, saved.id),
    );
  });

  it('sets a refused document aside, syncs the rest, and discards it back to the server’s state', async () => {
    const server = await lab.server();
    const workspace = await lab.workspace(server);
    const device = await lab.client(server, workspace, 'editor', { pushBatchSize: 10 });
    const saved = await insertEntity(device.database.contacts, contactFields(), device.author);
    await device.replication.awaitInSync();
    const before = (await serverRow(workspace.workspaceId, saved.id))?.data;

    // A control character the local store takes but the server refuses, among good changes.
    device.network.set(false);
    await saved.getLatest().incrementalPatch({ pronunciation: 'yo\u0007ong' });
    const others = [];
    for (const name of ['Ada', 'Bea', 'Cem']) {
      others.push(
        await insertEntity(
          device.database.contacts,
          contactFields({ givenNames: name }),
          device.author,
        ),
      );
    }
    device.network.set(true);
    await device.replication.awaitInSync();

    expect(device.replication.status$.value).toMatchObject({
      phase: 'idle',
      pending: 0,
      setAside: 1,
    });
    const [problem] = device.replication.problems$.value;
    expect(problem).toMatchObject({
      collection: 'contacts',
      documentId: saved.id,
      reasons: [expect.objectContaining({ reason: 'control_character' })],
    });
    for (const other of others) {
      expect((await serverRow(workspace.workspaceId, other.id))?.data.givenNames).toBe(
        other.givenNames,
      );
    }
    expect((await serverRow(workspace.workspaceId, saved.id))?.data).toEqual(before);

    // A later good change is tried again and goes through; another refused one waits again.
    await saved.getLatest().incrementalPatch({ pronunciation: 'yoong' });
    await device.replication.awaitInSync();
    expect(device.replication.status$.value).toMatchObject({ setAside: 0, pending: 0 });
    expect((await serverRow(workspace.workspaceId, saved.id))?.data.pronunciation).toBe('yoong');

    await saved.getLatest().incrementalPatch({ givenNames: 'Burk\u001bhard' });
    await expect.poll(() => device.replication.status$.value.setAside, poll).toBe(1);
    const server2 = (await serverRow(workspace.workspaceId, saved.id))?.data;
    await device.replication.discard('contacts', saved.id);
    expect(await local(device, saved.id)).toEqual(server2);
    expect(device.replication.status$.value).toMatchObject({ setAside: 0, pending: 0 });
  });

  it('waits as long as the server asks on 429, then syncs, the live stream included', async () => {
    const server = await lab.server();
    const workspace = await lab.workspace(server);
    const network = gate();
    network.refuse('/pull', { status: 429, retryAfter: '1' });
    network.refuse('/stream', { status: 429, retryAfter: '1' });
    const device = await lab.client(server, workspace, 'editor', { fetch: network.fetch });
    await expect.poll(() => device.replication.status$.value.error?.code, poll).toBe('rateLimited');
    const refused = network.refusals('/pull');
    network.release('/pull');
    network.release('/stream');
    await expect.poll(() => device.replication.status$.value.connection, poll).toBe('online');
    await device.replication.awaitInSync();
    // Retry-After of a second was honoured: the 200 ms backoff did not hammer the server meanwhile.
    expect(refused).toBeLessThanOrEqual(6);

    // The stream came back after its 429: a colleague's change arrives without asking.
    const other = await lab.client(server, workspace, 'admin');
    const made = await insertEntity(other.database.contacts, contactFields(), other.author);
    await other.replication.awaitInSync();
    await expect.poll(() => local(device, made.id), poll).toMatchObject({ id: made.id });
    // The contact is stored before the pull's page is done (its bookkeeping follows): idle a moment later.
    await expect.poll(() => device.replication.status$.value.phase, poll).toBe('idle');
    expect(device.replication.status$.value.error).toBeUndefined();
  });

  it('sends an offline change that was retrying when the device went offline again and a pull landed', async () => {
    const server = await lab.server();
    const workspace = await lab.workspace(server);
    const network = gate();
    const device = await lab.client(server, workspace, 'editor', { fetch: network.fetch });
    const other = await lab.client(server, workspace, 'admin');
    const saved = await insertEntity(device.database.contacts, contactFields(), device.author);
    await device.replication.awaitInSync();
    await expect.poll(() => local(other, saved.id), poll).toBeDefined();

    device.network.set(false);
    await saved.getLatest().incrementalPatch({ pronunciation: 'yoong' });
    network.refuse('/push', { status: 503 });
    device.network.set(true);
    await expect.poll(() => network.refusals('/push'), poll).toBeGreaterThan(0);
    // Meanwhile a colleague's change is pulled, and the device drops off again.
    const theirs = await insertEntity(
      other.database.contacts,
      contactFields({ givenNames: 'Jana' }),
      other.author,
    );
    await other.replication.awaitInSync();
    await expect.poll(() => local(device, theirs.id), poll).toBeDefined();
    device.network.set(false);
    network.release('/push');
    device.network.set(true);
    await device.replication.awaitInSync();

    expect((await serverRow(workspace.workspaceId, saved.id))?.data.pronunciation).toBe('yoong');
    expect(device.replication.status$.value).toMatchObject({ phase: 'idle', pending: 0 });
    await expect
      .poll(async () => (await local(other, saved.id))?.pronunciation, poll)
      .toBe('yoong');
  });

  it('stays signed out when another collection’s request fails as unreachable after the 401', async () => {
    let clock = Date.now();
    const server = await lab.server({ now: () => new Date(clock) });
    const workspace = await lab.workspace(server);
    // Once held, an agenda-items pull waits for `release`, then fails as a dropped network.
    let hold = false;
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    let held = 0;
    let failed = false;
    const device = await lab.client(server, workspace, 'editor', {
      fetch: async (input, init) => {
        if (hold && String(input).includes('/agendaItems/pull')) {
          held++;
          await released;
          failed = true;
          throw new TypeError('fetch failed');
        }
        return fetch(input, init);
      },
    });
    await device.replication.awaitInSync();

    hold = true;
    clock += 31 * 86_400_000;
    await device.replication.syncNow();
    await expect.poll(() => held, poll).toBeGreaterThan(0);
    await expect.poll(() => device.replication.status$.value.phase, poll).toBe('signedOut');
    release();
    // The late "unreachable" must not hide that the user has to sign in again.
    const statuses = device.recordStatus();
    await expect.poll(() => failed, poll).toBe(true);
    // One turn of the event loop: the failure's handling (promise callbacks) is done by then.
    await new Promise((resolve) => setImmediate(resolve));
    statuses.stop();
    expect(device.replication.status$.value).toMatchObject({
      phase: 'signedOut',
      error: { code: 'unauthorized' },
    });
    expect(statuses.seen.map((status) => status.error?.code)).not.toContain('unreachable');
  });
});
