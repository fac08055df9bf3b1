/**
 * The one small SQL interface the server runs on. Two engines implement it,
 * embedded PGlite and PostgreSQL through node-postgres, and every query is
 * written once for both: plain PostgreSQL with `$1` parameters. JSON goes in
 * as text cast to `jsonb` (`$1::jsonb`), never as driver-converted objects,
 * so both engines see exactly the same thing.
 */
export interface SqlExecutor {
  query<Row extends object = Record<string, unknown>>(
    sql: string,
    params?: unknown[],
  ): Promise<Row[]>;
  /**
   * NOTIFY `channel` with `payload`. Inside a transaction it is delivered on
   * commit and dropped on rollback, as PostgreSQL does.
   */
  notify(channel: string, payload: string): Promise<void>;
}

export interface SqlDatabase extends SqlExecutor {
  readonly engine: 'pglite' | 'postgres';
  /** Runs `work` in one transaction: committed if it resolves, rolled back if it throws. */
  transaction<T>(work: (tx: SqlExecutor) => Promise<T>): Promise<T>;
  /**
   * Calls `handler` with the payload of every NOTIFY on `channel`, from this
   * process or any other on the same database. Resolves once listening.
   */
  listen(channel: string, handler: (payload: string) => void): Promise<() => Promise<void>>;
  /**
   * Tells the engine that `rows` rows of `table` were written (after the
   * commit). PostgreSQL's autovacuum keeps the planner's statistics itself;
   * PGlite has no autovacuum, so its adapter analyzes the table as autovacuum
   * would, once enough of it changed.
   */
  noteWritten(table: string, rows: number): void;
  close(): Promise<void>;
}
