import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { insertEntity } from '../../renderer/data/writes';
import { ENGINES } from '../server/harness';
import { contactFields } from './fixtures';
import { SyncLab, replicatedData, type Client, type ListeningServer } from './syncHarness';

const poll = { timeout: 10_000, interval: 20 };
const DAY = 86_400_000;

/** A fetch that counts the pushes that failed (the server down or refusing). */
function countingFetch() {
  const failures = { push: 0 };
  const counted: typeof fetch = async (input, init) => {
    const url = String(input);
    try {
      const response = await fetch(input, init);
      if (!response.ok && url.endsWith('/push')) failures.push += 1;
      return response;
    } catch (error) {
      if (url.endsWith('/push')) failures.push += 1;
      throw error;
    }
  };
  return { fetch: counted, failures };
}

describe.each(ENGINES)('sync through failures on $name', (engine) => {
  let lab: SyncLab;
  beforeAll(async () => {
    lab = await SyncLab.open(engine);
  });
  afterEach(() => lab.cleanUp());
  afterAll(() => lab.close());

  /**
   * A device that made many changes offline: edits of `synced` contacts the
   * server has, and `created` new ones. Returns what the server must end with.
   */
  async function offlineWork(device: Client, synced: number, created: number) {
    const contacts = device.database.contacts;
    for (let index = 0; index < synced; index++) {
      await insertEntity(contacts, contactFields({ givenNames: `Synced ${index}` }), device.author);
    }
    await device.replication.awaitInSync();
    device.network.set(false);
    for (const document of await contacts.find().exec()) {
      await document.incrementalPatch({ pronunciation: `edited ${document.givenNames}` });
    }
    const now = new Date().toISOString();
    await contacts.bulkInsert(
      Array.from({ length: created }, (_, index) => ({
        ...contactFields({ givenNames: `Offline ${index}` }),
        id: crypto.randomUUID(),
        createdAt: now,
        updatedAt: now,
        updatedBy: device.author,
      })),
    );
    expect(device.replication.status$.value.pending).toBe(synced + created);
    return { documents: synced + created, writes: 2 * synced + created };
  }

  /** The server holds exactly the device's contacts, each once, written once. */
  async function expectExactlyOnce(
    device: Client,
    workspaceId: string,
    expected: { documents: number; writes: number },
  ) {
    const rows = await lab.rows(workspaceId);
    const local = (await device.database.contacts.find().exec()).map((document) =>
      replicatedData(document.toMutableJSON(true) as unknown as Record<string, unknown>),
    );
    expect(rows).toHaveLength(expected.documents);
    expect(new Set(rows.map((row) => row.id)).size).toBe(expected.documents);
    expect(Object.fromEntries(rows.map((row) => [row.id, row.data]))).toEqual(
      Object.fromEntries(local.map((document) => [document.id, document])),
    );
    // Every write took one sequence number: none was applied twice.
    expect(await lab.sequence(workspaceId)).toBe(expected.writes);
    expect(rows.map((row) => row.seq)).toEqual(
      [...rows.map((row) => row.seq)].sort((x, y) => x - y),
    );
  }

  it('stopped while a push is under way and started again, gets every change exactly once', async () => {
    const first = await lab.server();
    const workspace = await lab.workspace(first);
    const device = await lab.client(first, workspace, 'editor', { pushBatchSize: 40 });
    const expected = await offlineWork(device, 20, 260);

    // Stop it (as on SIGTERM) as soon as the first offline push arrives: that one finishes, the rest are refused.
    let stopping: Promise<void> | undefined;
    first.server.app.server.on('request', (request: { url?: string }) => {
      if (request.url?.endsWith('/push')) stopping ??= first.stop();
    });
    device.network.set(true);
    await expect.poll(() => stopping !== undefined, poll).toBe(true);
    await stopping;
    const before = (await lab.rows(workspace.workspaceId)).length;
    expect(before).toBeLessThan(expected.documents);
    expect(device.replication.status$.value.phase).not.toBe('idle');

    await lab.server({ port: first.port });
    await device.replication.awaitInSync();
    await expect
      .poll(() => device.replication.status$.value, poll)
      .toMatchObject({
        phase: 'idle',
        pending: 0,
      });
    await expectExactlyOnce(device, workspace.workspaceId, expected);
  });

  it('crashing after a push committed but before it answered, takes the repeated push as a no-op', async () => {
    const first = await lab.server();
    const workspace = await lab.workspace(first);
    // Pulls fail from the crash until the repeated push is in: a pull first would
    // bring the committed batch back and leave nothing to repeat.
    let pullsHeld = false;
    const device = await lab.client(first, workspace, 'editor', {
      pushBatchSize: 40,
      fetch: async (input, init) => {
        if (pullsHeld && String(input).includes('/pull')) throw new TypeError('fetch failed');
        return fetch(input, init);
      },
    });
    const expected = await offlineWork(device, 20, 100);

    // The first push commits, then the process dies before a byte of the answer is sent.
    const { documents } = first.server;
    const push = documents.push.bind(documents);
    let crashed: Promise<void> | undefined;
    documents.push = async (...args) => {
      const result = await push(...args);
      if (!crashed) {
        pullsHeld = true;
        first.server.app.server.closeAllConnections();
        crashed = first.stop();
      }
      return result;
    };
    device.network.set(true);
    await expect.poll(() => crashed !== undefined, poll).toBe(true);
    await crashed;
    const committed = (await lab.rows(workspace.workspaceId)).length;
    expect(committed).toBeLessThan(expected.documents);

    const second = await lab.server({ port: first.port });
    const repeats: number[] = [];
    const secondDocuments = second.server.documents;
    const secondPush = secondDocuments.push.bind(secondDocuments);
    secondDocuments.push = async (...args) => {
      const result = await secondPush(...args);
      pullsHeld = false;
      if (!result.written && result.conflicts.length === 0) repeats.push(args[2].length);
      return result;
    };
    await device.replication.awaitInSync();
    await expectExactlyOnce(device, workspace.workspaceId, expected);
    // The batch whose answer was lost came again, and changed nothing.
    expect(repeats).toEqual([40]);
    // Another device sees each document once, in its final state.
    const other = await lab.client(second, workspace, 'admin');
    await other.replication.awaitInSync();
    expect(await other.database.contacts.count().exec()).toBe(expected.documents);
  });

  it('is paused with changes pending while offline, never synced', async () => {
    const server = await lab.server();
    const workspace = await lab.workspace(server);
    const device = await lab.client(server, workspace, 'editor');
    await device.replication.awaitInSync();
    await expect.poll(() => device.replication.status$.value.phase, poll).toBe('idle');

    device.network.set(false);
    await expect.poll(() => device.replication.status$.value.phase, poll).toBe('paused');
    const statuses = device.recordStatus();
    for (const name of ['Ada', 'Bea', 'Cem']) {
      await insertEntity(
        device.database.contacts,
        contactFields({ givenNames: name }),
        device.author,
      );
    }
    await expect.poll(() => device.replication.status$.value.pending, poll).toBe(3);
    expect(device.replication.status$.value).toMatchObject({
      phase: 'paused',
      connection: 'offline',
    });
    statuses.stop();
    expect(statuses.seen.map((status) => status.phase)).not.toContain('idle');
    expect(statuses.seen.at(-1)).toMatchObject({ phase: 'paused', pending: 3 });

    device.network.set(true);
    await device.replication.awaitInSync();
    await expect
      .poll(() => device.replication.status$.value, poll)
      .toMatchObject({ phase: 'idle', pending: 0, connection: 'online' });
    expect(await lab.rows(workspace.workspaceId)).toHaveLength(3);
  });

  it('stays online through "Sync now" while the stream is open', async () => {
    const server = await lab.server();
    const workspace = await lab.workspace(server);
    const device = await lab.client(server, workspace, 'editor');
    await expect
      .poll(() => device.replication.status$.value, poll)
      .toMatchObject({ phase: 'idle', connection: 'online' });

    await device.replication.syncNow();
    await device.replication.awaitInSync();
    await expect
      .poll(() => device.replication.status$.value, poll)
      .toMatchObject({ phase: 'idle', connection: 'online' });
    expect(device.replication.status$.value.connection).toBe('online');
  });

  it('shows a server that cannot be reached as an error until a later request succeeds', async () => {
    const first = await lab.server();
    const workspace = await lab.workspace(first);
    const { fetch, failures } = countingFetch();
    const device = await lab.client(first, workspace, 'editor', { fetch });
    await device.replication.awaitInSync();
    await expect.poll(() => device.replication.status$.value.phase, poll).toBe('idle');

    await first.stop();
    await insertEntity(device.database.contacts, contactFields(), device.author);
    await expect
      .poll(() => device.replication.status$.value, poll)
      .toMatchObject({
        phase: 'error',
        error: { code: 'unreachable' },
        pending: 1,
      });
    // While RxDB keeps retrying the push, the status says so and never "synced".
    const statuses = device.recordStatus();
    const failed = failures.push;
    await expect.poll(() => failures.push, poll).toBeGreaterThanOrEqual(failed + 3);
    statuses.stop();
    expect(new Set(statuses.seen.map((status) => status.phase))).toEqual(new Set(['error']));
    const lastSynced = device.replication.status$.value.lastSyncedAt;

    const during = device.recordStatus();
    await lab.server({ port: first.port });
    await device.replication.awaitInSync();
    await expect
      .poll(() => device.replication.status$.value, poll)
      .toMatchObject({ phase: 'idle', pending: 0, error: undefined });
    during.stop();
    const phases = during.seen.map((status) => status.phase);
    expect(phases[0]).toBe('error');
    // error … then syncing (the push went through) … then idle: never idle while the error stood.
    expect(phases.indexOf('idle')).toBeGreaterThan(phases.lastIndexOf('error'));
    expect(device.replication.status$.value.lastSyncedAt).not.toBe(lastSynced);
    expect(await lab.rows(workspace.workspaceId)).toHaveLength(1);
  });

  it('signs out when the session expires during sync, keeps local edits, and resumes after signing in', async () => {
    let clock = Date.now();
    const server: ListeningServer = await lab.server({ now: () => new Date(clock) });
    const workspace = await lab.workspace(server);
    const device = await lab.client(server, workspace, 'editor');
    const saved = await insertEntity(device.database.contacts, contactFields(), device.author);
    await device.replication.awaitInSync();

    // The 30-day session runs out (by the server's clock) while the device is syncing.
    clock += 31 * DAY;
    await saved.getLatest().incrementalPatch({ pronunciation: 'yoong' });
    await expect
      .poll(() => device.replication.status$.value, poll)
      .toMatchObject({
        phase: 'signedOut',
        error: { code: 'unauthorized' },
      });

    // Edits go on while signed out; they stay on the device, and nothing says "synced".
    const statuses = device.recordStatus();
    const later = await insertEntity(
      device.database.contacts,
      contactFields({ givenNames: 'Jana', familyName: 'Weber' }),
      device.author,
    );
    await saved.getLatest().incrementalPatch({ givenNames: 'Burkhard B.' });
    await expect.poll(() => device.replication.status$.value.pending, poll).toBe(2);
    statuses.stop();
    expect(statuses.seen.map((status) => status.phase)).not.toContain('idle');
    expect(device.replication.status$.value.phase).toBe('signedOut');
    // The server still has only the contact as it was before the session ran out.
    const stored = await lab.rows(workspace.workspaceId);
    expect(stored.map((row) => [row.id, row.data.pronunciation])).toEqual([[saved.id, undefined]]);

    // Signing in again gives a new token; the replication restarts with it and sends the edits.
    await device.signIn(await lab.token(server, 'editor'));
    await device.replication.awaitInSync();
    await expect
      .poll(() => device.replication.status$.value, poll)
      .toMatchObject({ phase: 'idle', pending: 0, error: undefined });
    const rows = await lab.rows(workspace.workspaceId);
    expect(rows.map((row) => row.id).sort()).toEqual([saved.id, later.id].sort());
    expect(rows.find((row) => row.id === saved.id)?.data).toMatchObject({
      givenNames: 'Burkhard B.',
      pronunciation: 'yoong',
    });
  });
});
