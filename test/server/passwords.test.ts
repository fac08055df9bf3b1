import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildServer } from '../../server/app';
import type { SqlDatabase } from '../../server/db/sql';
import { hashPassword, PASSWORD_COST, verifyPassword } from '../../server/security/passwords';
import { Accounts } from '../../server/services/accounts';
import { ENGINES, testConfig } from './harness';

const pglite = ENGINES[0]!;
const password = 'correct horse battery';

/** The `N`, `r` and `p` a stored hash names. */
const costOf = (hash: string) => {
  const [scheme, N, r, p] = hash.split('$');
  return { scheme, N: Number(N), r: Number(r), p: Number(p) };
};

describe('password hashing cost', () => {
  let db: SqlDatabase;
  beforeAll(async () => {
    db = await pglite.open();
  });
  afterAll(async () => {
    await db.close();
  });

  const storedHash = async (email: string) =>
    (
      await db.query<{ password_hash: string }>(
        'select password_hash from users where email = $1',
        [email],
      )
    )[0]!.password_hash;

  it('is scrypt N=2^15, r=8, p=1 unless a test says otherwise', async () => {
    expect(PASSWORD_COST).toEqual({ N: 2 ** 15, r: 8, p: 1 });
    expect(costOf(await hashPassword(password))).toEqual({
      scheme: 'scrypt',
      N: 2 ** 15,
      r: 8,
      p: 1,
    });
  });

  it('is the production cost for a server built without one, as `npm run server` builds it', async () => {
    const { passwordCost: _, ...productionConfig } = testConfig;
    const { app, accounts } = await buildServer({ db, config: productionConfig });
    try {
      await accounts.createUser({ email: 'prod@example.org', name: 'Prod', password });
      expect(costOf(await storedHash('prod@example.org'))).toMatchObject({ N: 2 ** 15 });
    } finally {
      await app.close();
    }
  });

  it("is the tests' lower cost when the config names one, and each hash keeps its own", async () => {
    expect(testConfig.passwordCost.N).toBeLessThan(PASSWORD_COST.N);
    const production = new Accounts(db, { sessionTtlDays: 30 });
    await production.createUser({ email: 'old@example.org', name: 'Old', password });
    const { app, accounts } = await buildServer({ db, config: testConfig });
    try {
      await accounts.createUser({ email: 'test@example.org', name: 'Test', password });
      const cheap = await storedHash('test@example.org');
      expect(costOf(cheap)).toMatchObject(testConfig.passwordCost);
      // Both hashes are checked with the parameters they carry, by either server.
      expect(await accounts.authenticate('test@example.org', password)).toMatchObject({
        email: 'test@example.org',
      });
      expect(await accounts.authenticate('old@example.org', password)).toMatchObject({
        email: 'old@example.org',
      });
      expect(await accounts.authenticate('test@example.org', 'wrong password')).toBeNull();
    } finally {
      await app.close();
    }
    expect(await production.authenticate('test@example.org', password)).not.toBeNull();
  });

  it('verifies a hash only with the password it was made from', async () => {
    const hash = await hashPassword(password, { N: 16, r: 1, p: 1 });
    expect(costOf(hash)).toEqual({ scheme: 'scrypt', N: 16, r: 1, p: 1 });
    expect(await verifyPassword(password, hash)).toBe(true);
    expect(await verifyPassword('correct horse batterY', hash)).toBe(false);
  });
});
