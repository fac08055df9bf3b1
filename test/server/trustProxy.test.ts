import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildServer, type LiaisonServer } from '../../server/app';
import type { SqlDatabase } from '../../server/db/sql';
import { ENGINES, testConfig } from './harness';

const pglite = ENGINES[0]!;

describe('behind a reverse proxy (TRUST_PROXY=1)', () => {
  let db: SqlDatabase;
  let server: LiaisonServer;

  beforeAll(async () => {
    db = await pglite.open();
    server = await buildServer({ db, config: { ...testConfig, trustProxy: 1 } });
  });
  afterAll(async () => {
    await server.app.close();
    await db.close();
  });

  // A different address each time, so the per-account lock-out stays out of the way.
  let attempt = 0;
  const login = (forwardedFor: string) =>
    server.app.inject({
      method: 'POST',
      url: '/v1/auth/login',
      headers: { 'x-forwarded-for': forwardedFor },
      payload: { email: `nobody-${++attempt}@example.org`, password: 'wrong password' },
    });

  it('limits sign-ins per client address, not per proxy', async () => {
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 31; attempt++)
      statuses.push((await login('203.0.113.7')).statusCode);
    expect(statuses.at(-1)).toBe(429);
    // Another client behind the same proxy is not held up by the first one's attempts.
    expect((await login('198.51.100.4')).statusCode).toBe(401);
  });
});
