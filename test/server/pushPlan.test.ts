import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { SqlDatabase } from '../../server/db/sql';
import { PUSH_STATES_SQL } from '../../server/services/documents';
import { ENGINES, contactDocument, seedWorkspace, startServer, type TestServer } from './harness';

/**
 * A push looks each row up by primary key, whatever the size of the
 * collection: on PGlite, which has no autovacuum, the server keeps the
 * planner's statistics itself after writes. Without them, a push of 500 rows
 * into a collection of thousands compared every row with every stored
 * document, or scanned the collection once per row.
 */
describe.each(ENGINES)('the lookup of a push on $name', (engine) => {
  let server: TestServer | undefined;
  let db: SqlDatabase | undefined;
  afterEach(async () => {
    await server?.close();
    await db?.close();
  });

  interface PlanNode {
    'Node Type': string;
    'Index Name'?: string;
    'Actual Loops'?: number;
    'Actual Rows'?: number;
    'Rows Removed by Filter'?: number;
    'Rows Removed by Join Filter'?: number;
    Plans?: PlanNode[];
  }
  const nodes = (node: PlanNode): PlanNode[] => [node, ...(node.Plans ?? []).flatMap(nodes)];

  it('reads one document per pushed row through the primary key, in a collection of 3,000', async () => {
    db = await engine.open();
    server = await startServer(db);
    const { workspaceId, members } = await seedWorkspace(server);
    const author = members.editor.userId;
    const stored: Record<string, unknown>[] = [];
    for (let batch = 0; batch < 6; batch++) {
      const rows = Array.from({ length: 500 }, (_, index) => {
        const document = contactDocument(randomUUID(), {
          givenNames: `Person ${batch * 500 + index}`,
          familyName: ['王', 'حداد', 'Weiß', 'Müller-Schönfeld'][index % 4],
          updatedBy: author,
        });
        stored.push(document);
        return { newDocumentState: document };
      });
      await server.documents.push(workspaceId, 'contacts', rows, author);
    }
    if (engine.name === 'pglite') {
      // The statistics follow the writes (analyzed after they committed).
      await vi.waitFor(
        async () => {
          const [table] = await db!.query<{ rows: number }>(
            `select reltuples::float8 as rows from pg_class where relname = 'documents'`,
          );
          expect(table!.rows).toBeGreaterThanOrEqual(2_500);
        },
        { timeout: 20_000, interval: 100 },
      );
    } else {
      await db.query('analyze documents');
    }

    const edits = stored.slice(0, 500).map((document) => ({
      assumedMasterState: document,
      newDocumentState: { ...document, notes: 'Prefers tea' },
    }));
    const [explained] = await db.query<{ 'QUERY PLAN': [{ Plan: PlanNode }] }>(
      `explain (analyze, format json) ${PUSH_STATES_SQL}`,
      [workspaceId, 'contacts', JSON.stringify(edits)],
    );
    const plan = nodes(explained!['QUERY PLAN'][0].Plan);
    const lookup = plan.find((node) => node['Index Name'] === 'documents_pkey');
    expect(lookup, JSON.stringify(plan.map((node) => node['Node Type']))).toBeDefined();
    expect(lookup!['Actual Loops']).toBe(500);
    expect(lookup!['Actual Rows']).toBe(1);
    for (const node of plan) {
      expect(node['Rows Removed by Filter'] ?? 0).toBe(0);
      expect(node['Rows Removed by Join Filter'] ?? 0).toBe(0);
    }

    // And the push itself: all 500 taken, none a conflict.
    const result = await server.documents.push(workspaceId, 'contacts', edits as never, author);
    expect(result.conflicts).toEqual([]);
    expect(result.written).toMatchObject({ fromSeq: 3_001, toSeq: 3_500 });
  });
});
