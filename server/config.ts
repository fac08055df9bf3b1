import path from 'node:path';
import type { ScryptCost } from './security/passwords';

/** Everything the server reads from its environment, checked once at start. */
export interface ServerConfig {
  host: string;
  port: number;
  /** PostgreSQL connection string; without it the embedded PGlite is used. */
  databaseUrl?: string;
  /** Where PGlite keeps its files. */
  dataDir: string;
  /** Browser origins allowed besides the desktop app's own (`app://liaison`). */
  corsOrigins: string[];
  sessionTtlDays: number;
  /** Largest request body in bytes (413 above it). */
  bodyLimit: number;
  /** How many reverse proxies stand in front (0: none), so client addresses are right. */
  trustProxy: number;
  logLevel: string;
  /**
   * How long a shutdown waits for requests in flight before it closes every
   * connection still open (one that never sent a request would otherwise hold
   * it up until the operating system gives up on it).
   */
  shutdownGraceMs: number;
  /**
   * The scrypt cost of new password hashes. Not read from the environment:
   * the server always uses `PASSWORD_COST`; only tests pass a lower one.
   */
  passwordCost?: ScryptCost;
}

/** The desktop app's origin: its renderer is served from `app://liaison`. */
export const APP_ORIGIN = 'app://liaison';

export class ConfigError extends Error {}

function integer(name: string, value: string | undefined, fallback: number, min: number): number {
  if (value === undefined || value === '') return fallback;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < min) {
    throw new ConfigError(`${name} must be a whole number of at least ${min}, not "${value}".`);
  }
  return parsed;
}

export function readConfig(env: Record<string, string | undefined>, cwd: string): ServerConfig {
  return {
    host: env.HOST || '127.0.0.1',
    port: integer('PORT', env.PORT, 8787, 0),
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir: path.resolve(cwd, env.DATA_DIR || path.join('data', 'server')),
    corsOrigins: (env.CORS_ORIGINS ?? '')
      .split(',')
      .map((origin) => origin.trim())
      .filter(Boolean),
    sessionTtlDays: integer('SESSION_TTL_DAYS', env.SESSION_TTL_DAYS, 30, 1),
    bodyLimit: integer('BODY_LIMIT', env.BODY_LIMIT, 5 * 1024 * 1024, 1024),
    trustProxy: integer('TRUST_PROXY', env.TRUST_PROXY, 0, 0),
    logLevel: env.LOG_LEVEL || 'info',
    shutdownGraceMs: integer('SHUTDOWN_GRACE_MS', env.SHUTDOWN_GRACE_MS, 8000, 0),
  };
}
