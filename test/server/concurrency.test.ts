import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { PullResponse } from '../../shared/sync/protocol';
import {
  bearer,
  contactDocument,
  type Engine,
  ENGINES,
  type Member,
  seedWorkspace,
  startServer,
  type TestServer,
} from './harness';

/**
 * "No row may slip behind a checkpoint" (docs/architecture.md, Sync
 * protocol). PostgreSQL commits concurrent transactions in any order: were a
 * push to take its sequence numbers without serialising on the workspace's
 * counter row, a later push could commit first, a reader pull past it, and the
 * earlier push's rows appear below the reader's checkpoint, never to be
 * pulled. Checked twice: a deterministic interleaving (a push held inside its
 * transaction while another is made) and a stress run (writers pushing at once
 * while readers pull from their checkpoints in small pages).
 *
 * PGlite has one connection and runs transactions one at a time, so it cannot
 * fail this; the stress run is cheap and runs there too, as a check of the
 * bookkeeping.
 */
const WRITERS = 6;
const DOCUMENTS_PER_WRITER = 150;
/** Mostly small pushes with some large ones: small ones are what overtakes a large one. */
const BATCH_SIZES = [1, 2, 1, 3, 50, 1, 2, 5, 1, 80, 13, 4];
const READERS = 2;
const READER_LIMIT = 7;

const onPostgres = ENGINES.some((engine) => engine.name === 'postgres');
const NEEDS_POSTGRES =
  'needs TEST_DATABASE_URL (e.g. postgres://postgres@127.0.0.1:5432/test): PGlite runs one transaction at a time, so only PostgreSQL can commit pushes out of order';

/** Small deterministic PRNG, so a failing run can be replayed. */
function mulberry32(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/**
 * A document id of the form the server accepts (hex groups of a UUID) that
 * reads back as `name`: the hex of its bytes, so ids sort as their names do
 * and a name prefix is an id prefix.
 */
function idOf(name: string): string {
  const hex = Buffer.from(name).toString('hex').padEnd(32, '0');
  return [
    hex.slice(0, 8),
    hex.slice(8, 12),
    hex.slice(12, 16),
    hex.slice(16, 20),
    hex.slice(20, 32),
  ].join('-');
}

/** `name` back from `idOf`. */
function nameOf(id: string): string {
  return Buffer.from(id.replaceAll('-', '').replace(/(00)+$/, ''), 'hex').toString();
}

if (!onPostgres) {
  describe('concurrent pushes and pulls on postgres', () => {
    it.skip(NEEDS_POSTGRES, () => {});
  });
}

describe.each(ENGINES)('concurrent pushes and pulls on $name', (engine: Engine) => {
  let server: TestServer;
  let base: string;

  beforeAll(async () => {
    server = await startServer(await engine.open());
    await server.app.listen({ port: 0, host: '127.0.0.1' });
    base = `http://127.0.0.1:${(server.app.server.address() as AddressInfo).port}`;
  });
  afterEach(async () => {
    if (engine.name === 'postgres') {
      await server.db.query('drop trigger if exists liaison_test_delay on documents');
    }
  });
  afterAll(async () => {
    await server?.close();
    await server?.db.close();
  });

  const url = (workspaceId: string, path: string) =>
    `${base}/v1/workspaces/${workspaceId}/collections/contacts/${path}`;

  async function push(workspaceId: string, member: Member, names: readonly string[]) {
    const response = await fetch(url(workspaceId, 'push'), {
      method: 'POST',
      headers: { ...bearer(member.token), 'content-type': 'application/json' },
      body: JSON.stringify(
        names.map((name) => ({
          newDocumentState: contactDocument(idOf(name), { updatedBy: member.userId }),
        })),
      ),
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual([]);
  }

  /** A client pulling from its own checkpoint, as the app's replication does. */
  function reader(workspaceId: string, token: string) {
    const state = { seen: [] as string[], checkpoints: [] as number[], checkpoint: 0 };
    const pull = async (): Promise<number> => {
      const response = await fetch(
        url(workspaceId, `pull?checkpoint=${state.checkpoint}&limit=${READER_LIMIT}`),
        { headers: bearer(token) },
      );
      expect(response.status).toBe(200);
      const page = (await response.json()) as PullResponse;
      expect(page.documents.length).toBeLessThanOrEqual(READER_LIMIT);
      if (page.documents.length > 0) {
        expect(page.checkpoint.seq).toBeGreaterThan(state.checkpoint);
        state.checkpoints.push(page.checkpoint.seq);
      } else {
        expect(page.checkpoint.seq).toBe(state.checkpoint);
      }
      state.seen.push(...page.documents.map((document) => nameOf(document.id)));
      state.checkpoint = page.checkpoint.seq;
      return page.documents.length;
    };
    /** Full pages until a short one, then an empty one. */
    const drain = async () => {
      while ((await pull()) === READER_LIMIT);
      expect(await pull()).toBe(0);
    };
    return { state, pull, drain };
  }

  /** Every expected id exactly once, in strictly increasing checkpoints. */
  function expectExactlyOnce(
    state: ReturnType<typeof reader>['state'],
    expected: readonly string[],
  ) {
    const counts = new Map<string, number>();
    for (const id of state.seen) counts.set(id, (counts.get(id) ?? 0) + 1);
    const missed = expected.filter((id) => !counts.has(id));
    const duplicated = [...counts].filter(([, count]) => count > 1).map(([id]) => id);
    const unexpected = [...counts.keys()].filter((id) => !expected.includes(id));
    expect({ missed, duplicated, unexpected }).toEqual({
      missed: [],
      duplicated: [],
      unexpected: [],
    });
    for (let index = 1; index < state.checkpoints.length; index++) {
      expect(state.checkpoints[index]).toBeGreaterThan(state.checkpoints[index - 1] as number);
    }
    expect(state.checkpoint).toBe(expected.length);
  }

  /**
   * Makes inserts into `documents` sleep inside the push transaction, as a
   * large push or a slow disk would: with the workspace's counter locked in a
   * correct server, without it in a broken one. Test schema only.
   */
  async function delayInserts(body: string, rowsWhen?: string) {
    await server.db.query(`
      create or replace function liaison_test_delay() returns trigger language plpgsql as $$
      begin ${body}; return null; end $$`);
    await server.db.query(
      `create trigger liaison_test_delay after insert on documents ${
        rowsWhen
          ? `for each row when (${rowsWhen})`
          : 'referencing new table as inserted for each statement'
      } execute function liaison_test_delay()`,
    );
  }

  it.skipIf(engine.name !== 'postgres')(
    'does not let a push that commits first overtake one that took its sequence earlier',
    async () => {
      const seeded = await seedWorkspace(server, 'Interleaving');
      await delayInserts('perform pg_sleep(0.6)', `new.id like '${idOf('slow-').slice(0, 11)}%'`);
      const editor = seeded.members.editor;

      // Push A is inside its transaction, sleeping in its insert, its sequence numbers taken.
      const slow = push(seeded.workspaceId, editor, ['slow-1', 'slow-2']);
      await expect
        .poll(
          async () =>
            (
              await server.db.query(
                "select 1 from pg_stat_activity where wait_event = 'PgSleep' and query like '%insert into documents%'",
              )
            ).length,
          { timeout: 5_000, interval: 10 },
        )
        .toBe(1);
      // Push B starts now: a correct server makes it wait for A; a broken one commits it first.
      let fastDone = false;
      const fast = push(seeded.workspaceId, seeded.members.admin, ['fast-1']).then(() => {
        fastDone = true;
      });

      const { state, pull, drain } = reader(seeded.workspaceId, seeded.members.viewer.token);
      let finished = false;
      const both = Promise.all([slow, fast]).finally(() => {
        finished = true;
      });
      const polls: number[] = [];
      while (!finished) polls.push(await pull());
      await both;
      await drain();

      expect(fastDone).toBe(true);
      expectExactlyOnce(state, ['slow-1', 'slow-2', 'fast-1']);
      expect(state.seen).toEqual(['slow-1', 'slow-2', 'fast-1']);
      expect(polls.length).toBeGreaterThan(3);
    },
  );

  it('gives readers pulling during concurrent pushes every document exactly once', async () => {
    const seeded = await seedWorkspace(server, 'Stress');
    if (engine.name === 'postgres') {
      // Half a millisecond per row inside the push transaction, as on a slow disk: small
      // pushes could then overtake large ones, were pushes not serialised.
      await delayInserts('perform pg_sleep(0.0005 * (select count(*) from inserted))');
    }
    const writers = [seeded.members.editor, seeded.members.admin];
    const random = mulberry32(20_250_601);

    // Each writer's documents, cut into batches of mixed sizes.
    const plans = Array.from({ length: WRITERS }, (_, writer) => {
      const ids = Array.from(
        { length: DOCUMENTS_PER_WRITER },
        (_, index) => `w${writer}-${String(index).padStart(4, '0')}`,
      );
      const batches: string[][] = [];
      let next = Math.floor(random() * BATCH_SIZES.length);
      for (let start = 0; start < ids.length;) {
        const size = BATCH_SIZES[next++ % BATCH_SIZES.length] as number;
        batches.push(ids.slice(start, start + size));
        start += size;
      }
      return batches;
    });
    const expected = plans.flat(2);

    let writing = true;
    const pushing = Promise.all(
      plans.map(async (batches, writer) => {
        for (const batch of batches) {
          await push(seeded.workspaceId, writers[writer % 2] as Member, batch);
        }
      }),
    ).finally(() => {
      writing = false;
    });

    const readers = Array.from({ length: READERS }, async () => {
      const client = reader(seeded.workspaceId, seeded.members.viewer.token);
      let nonEmptyWhileWriting = 0;
      while (writing) if ((await client.pull()) > 0) nonEmptyWhileWriting++;
      await client.drain();
      return { ...client.state, nonEmptyWhileWriting };
    });
    await pushing;
    const results = await Promise.all(readers);

    for (const result of results) expectExactlyOnce(result, expected);
    // The readers really did read while the writers wrote: the test exercised the race.
    for (const result of results) expect(result.nonEmptyWhileWriting).toBeGreaterThan(2);

    // Stored with sequence numbers 1…n, each writer's rows in its own push order.
    const stored = (
      await server.db.query<{ id: string; seq: number }>(
        'select id, seq from documents where workspace_id = $1 order by seq',
        [seeded.workspaceId],
      )
    ).map((row) => ({ ...row, id: nameOf(row.id) }));
    expect(stored.map((row) => row.seq)).toEqual(expected.map((_, index) => index + 1));
    for (let writer = 0; writer < WRITERS; writer++) {
      const mine = stored.map((row) => row.id).filter((id) => id.startsWith(`w${writer}-`));
      expect(mine).toEqual([...mine].sort());
    }
  });
});
