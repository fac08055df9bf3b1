import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { PullResponse } from '../../shared/sync/protocol';
import { ENGINES, contactDocument } from '../server/harness';
import { SyncLab, replicatedData } from './syncHarness';

const TOTAL = 10_000;

/** A fetch that notes each contacts pull: the checkpoint asked from and the one answered. */
function pullRecorder() {
  const pulls: { from: number; to: number; count: number }[] = [];
  const recorded: typeof fetch = async (input, init) => {
    const response = await fetch(input, init);
    const url = new URL(String(input));
    if (url.pathname.endsWith('/contacts/pull') && response.ok) {
      const page = (await response.clone().json()) as PullResponse;
      pulls.push({
        from: Number(url.searchParams.get('checkpoint')),
        to: page.checkpoint.seq,
        count: page.documents.length,
      });
    }
    return response;
  };
  return { fetch: recorded, pulls };
}

describe.each(ENGINES)('first pull on $name', (engine) => {
  let lab: SyncLab;
  beforeAll(async () => {
    lab = await SyncLab.open(engine);
  });
  afterEach(() => lab.cleanUp());
  afterAll(() => lab.close());

  it(`brings ${TOTAL.toLocaleString('en')} documents to a fresh device, equal to the server`, async () => {
    const server = await lab.server();
    const workspace = await lab.workspace(server);
    // Seeded through the server's own push, in batches, as devices would have sent them.
    for (let start = 0; start < TOTAL; start += 1_000) {
      const rows = Array.from({ length: 1_000 }, (_, index) => ({
        newDocumentState: contactDocument(crypto.randomUUID(), {
          givenNames: `Person ${start + index}`,
          familyName: `Family ${(start + index) % 97}`,
          emails: [{ label: 'work', address: `p${start + index}@example.org` }],
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

    const { fetch, pulls } = pullRecorder();
    const device = await lab.client(server, workspace, 'editor', {
      collections: ['contacts'],
      fetch,
    });
    await device.replication.awaitInSync();

    expect(await device.database.contacts.count().exec()).toBe(TOTAL);
    expect(device.replication.status$.value).toMatchObject({ phase: 'idle', pending: 0 });
    expect(device.replication.status$.value.received).toBeGreaterThanOrEqual(TOTAL);
    // Checkpoints only move forward, each page starting where the last ended, up to the server's sequence.
    const sequence = await lab.sequence(workspace.workspaceId);
    expect(sequence).toBe(TOTAL);
    for (const [index, pull] of pulls.entries()) {
      expect(pull.to).toBeGreaterThanOrEqual(pull.from);
      if (index > 0) expect(pull.from).toBeGreaterThanOrEqual(pulls[index - 1]!.from);
    }
    expect(pulls.at(-1)?.to).toBe(sequence);
    expect(pulls.reduce((sum, pull) => sum + pull.count, 0)).toBeGreaterThanOrEqual(TOTAL);

    // Every id the server holds, and a sample of contents (every 97th row), exactly as stored.
    const rows = await lab.rows(workspace.workspaceId, 'contacts');
    const local = await device.database.contacts.findByIds(rows.map((row) => row.id)).exec();
    expect(local.size).toBe(TOTAL);
    for (const row of rows.filter((_, index) => index % 97 === 0)) {
      const document = local.get(row.id)!;
      expect(
        replicatedData(document.toMutableJSON(true) as unknown as Record<string, unknown>),
      ).toEqual(row.data);
    }
  }, 120_000); // Ten thousand documents through fake-indexeddb: slow on a loaded 2-core machine.
});
