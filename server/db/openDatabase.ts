import type { ServerConfig } from '../config';
import { openPgliteDatabase } from './pgliteDatabase';
import { openPostgresDatabase } from './postgresDatabase';
import type { SqlDatabase } from './sql';

/** PostgreSQL when `DATABASE_URL` is set, else the embedded PGlite in the data directory. */
export function openDatabase(
  config: Pick<ServerConfig, 'databaseUrl' | 'dataDir'>,
  onError?: (error: Error) => void,
): Promise<SqlDatabase> {
  return config.databaseUrl
    ? openPostgresDatabase({ connectionString: config.databaseUrl, onError })
    : openPgliteDatabase(config.dataDir);
}
