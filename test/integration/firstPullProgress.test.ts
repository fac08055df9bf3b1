import { randomUUID } from 'node:crypto';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { FAR_BEHIND_DOCUMENTS } from '../../renderer/replication/workspaceReplication';
import type { SyncStatus } from '../../renderer/replication/syncStatus';
import { ENGINES, contactDocument } from '../server/harness';
import { SyncLab, type Client, type ListeningServer, type TestWorkspace } from './syncHarness';

const CONTACTS = 2_400;
const ORGANISATIONS = 600;

function organisationDocument(index: number, author: string) {
  return {
    id: randomUUID(),
    createdAt: '2025-06-01T09:00:00.000Z',
    updatedAt: '2025-06-01T09:00:00.000Z',
    updatedBy: author,
    tags: [],
    name: `Organisation ${index}`,
    kind: 'company',
    sectors: [],
    _deleted: false,
  };
}

/** A fetch that notes the `since` of every stats request. */
function statsRecorder() {
  const asked: number[] = [];
  const recorded: typeof fetch = async (input, init) => {
    const url = new URL(String(input));
    if (url.pathname.endsWith('/stats')) asked.push(Number(url.searchParams.get('since')));
    return fetch(input, init);
  };
  return { fetch: recorded, asked };
}

/**
 * Starts a replication on `device` with every status recorded from its very
 * first: offline first (the replication starts paused), then back online.
 */
async function recordedStart(device: Client, start: () => Promise<void>) {
  if (device.network.isOnline()) device.network.set(false);
  await start();
  const recording = device.recordStatus();
  device.network.set(true);
  await device.replication.awaitInSync();
  // The status follows the replication's active$ a moment later.
  await expect.poll(() => device.replication.status$.value.phase).toBe('idle');
  recording.stop();
  return recording.seen;
}

describe.each(ENGINES)('first-pull progress on $name', (engine) => {
  let lab: SyncLab;
  beforeAll(async () => {
    lab = await SyncLab.open(engine);
  });
  afterEach(() => lab.cleanUp());
  afterAll(() => lab.close());

  async function seed(server: ListeningServer, workspace: TestWorkspace, contacts: number) {
    for (let start = 0; start < contacts; start += 500) {
      const rows = Array.from({ length: Math.min(500, contacts - start) }, (_, index) => ({
        newDocumentState: contactDocument(randomUUID(), {
          givenNames: `Person ${start + index}`,
          updatedBy: workspace.admin.user.id,
        }),
      }));
      await server.server.documents.push(
        workspace.workspaceId,
        'contacts',
        rows,
        workspace.admin.user.id,
      );
    }
  }

  it('a fresh device is told how many documents are coming and counts them in', async () => {
    const server = await lab.server();
    const workspace = await lab.workspace(server);
    await seed(server, workspace, CONTACTS);
    await server.server.documents.push(
      workspace.workspaceId,
      'organisations',
      Array.from({ length: ORGANISATIONS }, (_, index) => ({
        newDocumentState: organisationDocument(index, workspace.admin.user.id),
      })),
      workspace.admin.user.id,
    );
    const total = CONTACTS + ORGANISATIONS;

    const { fetch, asked } = statsRecorder();
    const device = await lab.client(server, workspace, 'editor', {
      collections: ['contacts', 'organisations'],
      fetch,
      offline: true,
    });
    const seen = await recordedStart(device, async () => undefined);

    // Asked once, from the start of the sequence.
    expect(asked).toEqual([0]);
    // The total was known while the pull ran, and never anything else.
    const expectations = new Set(seen.map((status) => status.expected));
    expect(expectations).toEqual(new Set([undefined, total]));
    const progressing = seen.filter(
      (status): status is SyncStatus & { expected: number } => status.expected !== undefined,
    );
    expect(progressing.every((status) => status.phase === 'syncing')).toBe(true);
    expect(progressing.every((status) => status.received <= total)).toBe(true);
    expect(progressing.some((status) => status.received > 0 && status.received < total)).toBe(true);
    // Never "synced" before everything arrived.
    expect(
      seen.filter((status) => status.phase === 'idle').every((s) => s.received === total),
    ).toBe(true);

    expect(device.replication.status$.value).toMatchObject({
      phase: 'idle',
      received: total,
      expected: undefined,
    });
    expect(await device.database.contacts.count().exec()).toBe(CONTACTS);
    expect(await device.database.organisations.count().exec()).toBe(ORGANISATIONS);
  });

  it('going offline and straight back online leaves it syncing, not paused', async () => {
    const server = await lab.server();
    const workspace = await lab.workspace(server);
    await seed(server, workspace, 1_000);
    const device = await lab.client(server, workspace, 'editor', { collections: ['contacts'] });
    device.network.set(false);
    device.network.set(true);
    await device.replication.awaitInSync();
    await expect.poll(() => device.replication.status$.value.phase).toBe('idle');
    expect(await device.database.contacts.count().exec()).toBe(1_000);
  });

  it('a device far behind gets a total from its own checkpoint; one nearly up to date does not', async () => {
    const server = await lab.server();
    const workspace = await lab.workspace(server);
    // A quiet collection: its checkpoint stays at 1 however far the others move on.
    await server.server.documents.push(
      workspace.workspaceId,
      'organisations',
      [{ newDocumentState: organisationDocument(0, workspace.admin.user.id) }],
      workspace.admin.user.id,
    );
    await seed(server, workspace, 600);

    const { fetch, asked } = statsRecorder();
    const device = await lab.client(server, workspace, 'editor', {
      collections: ['contacts', 'organisations'],
      fetch,
      offline: true,
      // Pages smaller than the 600 seeded: the first page comes back full, so a total is asked for.
      pullBatchSize: 500,
    });
    let seen = await recordedStart(device, async () => undefined);
    // Fresh: asked from 0, and told of everything, small as it is.
    expect(asked).toEqual([0]);
    expect(seen.some((status) => status.expected === 601)).toBe(true);
    const synced = await lab.sequence(workspace.workspaceId);

    // Away for a while (the live stream would otherwise bring others' changes at once),
    // while others add more than FAR_BEHIND_DOCUMENTS.
    device.network.set(false);
    await expect.poll(() => device.replication.status$.value.phase).toBe('paused');
    const behind = FAR_BEHIND_DOCUMENTS + 500;
    await seed(server, workspace, behind);
    seen = await recordedStart(device, () => device.signIn(workspace.editor.token));
    // From the contacts' checkpoint, not the quiet organisations' (1), which would count 600 more.
    expect(asked).toEqual([0, synced]);
    expect(new Set(seen.map((status) => status.expected))).toEqual(new Set([undefined, behind]));
    expect(device.replication.status$.value).toMatchObject({ phase: 'idle', received: behind });
    expect(device.replication.status$.value.expected).toBeUndefined();

    // A few documents behind: not asked, no total, only the count received.
    device.network.set(false);
    await expect.poll(() => device.replication.status$.value.phase).toBe('paused');
    await seed(server, workspace, 20);
    seen = await recordedStart(device, () => device.signIn(workspace.editor.token));
    expect(asked).toEqual([0, synced]);
    expect(seen.every((status) => status.expected === undefined)).toBe(true);
    expect(device.replication.status$.value).toMatchObject({ phase: 'idle', received: 20 });
    expect(await device.database.contacts.count().exec()).toBe(600 + behind + 20);
  });
});
