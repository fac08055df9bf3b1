/**
 * A failed query, as the server logs it: the query text (our own SQL, with
 * `$1` placeholders) and PostgreSQL's SQLSTATE code, nothing else. The
 * driver's own error is dropped on purpose: its message, `detail` and `where`
 * quote the values that failed (a whole pushed document for a jsonb error, a
 * password hash for a constraint), and logs must never hold those.
 */
export class QueryError extends Error {
  /** The SQLSTATE (`23505` unique violation, `22P05` bad text…), when the database gave one. */
  readonly code: string | undefined;
  readonly query: string;

  constructor(query: string, code: string | undefined) {
    const text = query.replace(/\s+/g, ' ').trim();
    super(`Query failed${code ? ` (SQLSTATE ${code})` : ''}: ${text.slice(0, 500)}`);
    this.name = 'QueryError';
    this.code = code;
    this.query = text;
  }
}

/** Runs `run`, turning any failure into a `QueryError` that carries no parameters. */
export async function guardQuery<T>(query: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof QueryError) throw error;
    const code = (error as { code?: unknown }).code;
    throw new QueryError(query, typeof code === 'string' ? code : undefined);
  }
}
