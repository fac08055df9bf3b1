import { mkdir } from 'node:fs/promises';
import { PGlite } from '@electric-sql/pglite';
import { guardQuery } from './queryError';
import type { SqlDatabase, SqlExecutor } from './sql';

/**
 * Embedded PostgreSQL (WebAssembly): zero setup, data in a directory, or in
 * memory when no directory is given (tests). One connection, so transactions
 * run one at a time, which PGlite enforces itself. LISTEN/NOTIFY work as in
 * PostgreSQL (delivered on commit), within this one process.
 */
export async function openPgliteDatabase(dataDir?: string): Promise<SqlDatabase> {
  if (dataDir) await mkdir(dataDir, { recursive: true });
  const pg = await PGlite.create(dataDir);
  // Statistics are kept on disk; a table never analyzed (a database from before they
  // were kept) gets them now, once.
  const { rows } = await pg.query<{ name: string }>(
    `select relname as name from pg_class
     where relnamespace = 'public'::regnamespace and relkind = 'r' and reltuples < 0`,
  );
  for (const { name } of rows) await pg.query(`analyze "${name}"`);
  return pgliteDatabase(pg);
}

/** Autovacuum's defaults: a table is analyzed once 50 rows plus a tenth of it changed. */
const ANALYZE_THRESHOLD = 50;
const ANALYZE_SCALE_FACTOR = 0.1;

/**
 * PostgreSQL's planner chooses by the statistics autovacuum keeps; PGlite runs
 * no autovacuum, so they stayed as at the first `analyze` (or never existed).
 * With none, the planner took a workspace's whole collection for one row: a
 * push of 500 rows then compared each with every stored document, or scanned
 * the collection once per row (100–340 ms instead of 8). Here a table is
 * analyzed after writes as autovacuum would, one analysis at a time, after
 * the writes committed.
 */
function keepingStatistics(pg: Pick<PGlite, 'query'>) {
  const changed = new Map<string, number>();
  /** Each table's rows when last analyzed (the planner's own count, kept on disk). */
  const rowsAtAnalysis = new Map<string, number>();
  const analyzedRows = async (table: string) => {
    const { rows } = await pg.query<{ rows: number }>(
      'select reltuples::float8 as rows from pg_class where relname = $1',
      [table],
    );
    // -1: never analyzed.
    return Math.max(0, rows[0]?.rows ?? 0);
  };
  let running: Promise<unknown> = Promise.resolve();
  return {
    noteWritten(table: string, rows: number) {
      if (!/^[a-z_]+$/.test(table)) throw new Error(`Not a table name: ${table}`);
      running = running
        .then(async () => {
          if (!rowsAtAnalysis.has(table)) rowsAtAnalysis.set(table, await analyzedRows(table));
          const total = (changed.get(table) ?? 0) + rows;
          const due = ANALYZE_THRESHOLD + ANALYZE_SCALE_FACTOR * rowsAtAnalysis.get(table)!;
          if (total < due) return void changed.set(table, total);
          changed.set(table, 0);
          await pg.query(`analyze ${table}`);
          rowsAtAnalysis.set(table, await analyzedRows(table));
        })
        // Statistics only: a failure (the database closing) costs nothing but a later plan.
        .catch(() => undefined);
    },
    settled: () => running,
  };
}

/** A PGlite instance, already open, as the server's database (closing it closes the instance). */
export function pgliteDatabase(pg: PGlite): SqlDatabase {
  const statistics = keepingStatistics(pg);
  const executor = (target: Pick<PGlite, 'query'>): SqlExecutor => ({
    query: async <Row extends object>(sql: string, params: unknown[] = []) =>
      guardQuery(sql, async () => (await target.query<Row>(sql, params)).rows),
    notify: async (channel, payload) => {
      const sql = 'select pg_notify($1, $2)';
      await guardQuery(sql, () => target.query(sql, [channel, payload]));
    },
  });
  return {
    engine: 'pglite',
    ...executor(pg),
    transaction: (work) => pg.transaction((tx) => work(executor(tx))),
    listen: async (channel, handler) => {
      const unlisten = await pg.listen(channel, handler);
      return () => unlisten();
    },
    noteWritten: statistics.noteWritten,
    close: async () => {
      await statistics.settled();
      await pg.close();
    },
  };
}
