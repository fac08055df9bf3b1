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
  return pgliteDatabase(await PGlite.create(dataDir));
}

/** A PGlite instance, already open, as the server's database (closing it closes the instance). */
export function pgliteDatabase(pg: PGlite): SqlDatabase {
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
    close: () => pg.close(),
  };
}
