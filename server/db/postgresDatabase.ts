import pg from 'pg';
import { guardQuery } from './queryError';
import type { SqlDatabase, SqlExecutor } from './sql';

/** int8 columns (sequence numbers, counts) as JavaScript numbers, as PGlite returns them. */
const types = {
  getTypeParser: ((oid: number, format?: string) =>
    oid === pg.types.builtins.INT8
      ? (value: string) => Number(value)
      : pg.types.getTypeParser(oid, format as 'text')) as typeof pg.types.getTypeParser,
};

export interface PostgresOptions {
  connectionString: string;
  /** A schema to work in (tests use one each); it is created if missing. */
  schema?: string;
  maxConnections?: number;
  onError?: (error: Error) => void;
}

/** PostgreSQL through a node-postgres pool; LISTEN on a connection of its own. */
export async function openPostgresDatabase(options: PostgresOptions): Promise<SqlDatabase> {
  const clientOptions = {
    connectionString: options.connectionString,
    types,
    ...(options.schema ? { options: `-c search_path=${options.schema}` } : {}),
  };
  if (options.schema) {
    const setup = new pg.Client({ connectionString: options.connectionString });
    await setup.connect();
    try {
      await setup.query(`create schema if not exists ${pg.escapeIdentifier(options.schema)}`);
    } finally {
      await setup.end();
    }
  }
  const pool = new pg.Pool({ ...clientOptions, max: options.maxConnections ?? 10 });
  // An idle client losing its connection must not crash the process.
  pool.on('error', (error) => options.onError?.(error));
  const listeners = new Set<pg.Client>();

  const executor = (target: pg.Pool | pg.PoolClient): SqlExecutor => ({
    query: async <Row extends object>(sql: string, params: unknown[] = []) =>
      guardQuery(sql, async () => (await target.query(sql, params)).rows as Row[]),
    // In a transaction PostgreSQL holds the notification until commit.
    notify: async (channel, payload) => {
      const sql = 'select pg_notify($1, $2)';
      await guardQuery(sql, () => target.query(sql, [channel, payload]));
    },
  });

  return {
    engine: 'postgres',
    ...executor(pool),
    transaction: async (work) => {
      const client = await pool.connect();
      try {
        await client.query('begin');
        const result = await work(executor(client));
        await client.query('commit');
        return result;
      } catch (error) {
        await client.query('rollback').catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
    // Autovacuum keeps the statistics.
    noteWritten: () => undefined,
    listen: async (channel, handler) => {
      const client = new pg.Client(clientOptions);
      client.on('error', (error) => options.onError?.(error));
      await client.connect();
      client.on('notification', (message) => {
        if (message.channel === channel) handler(message.payload ?? '');
      });
      await client.query(`listen ${pg.escapeIdentifier(channel)}`);
      listeners.add(client);
      return async () => {
        listeners.delete(client);
        await client.end();
      };
    },
    close: async () => {
      await Promise.all([...listeners].map((client) => client.end()));
      listeners.clear();
      await pool.end();
    },
  };
}
