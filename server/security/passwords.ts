import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';

/** scrypt's cost parameters: CPU/memory cost N (a power of two), block size r, parallelism p. */
export interface ScryptCost {
  N: number;
  r: number;
  p: number;
}

/** The cost of new hashes: N=2^15, r=8, p=1 (OWASP's recommendation). Only tests choose less. */
export const PASSWORD_COST: Readonly<ScryptCost> = Object.freeze({ N: 32768, r: 8, p: 1 });
const KEY_LENGTH = 64;
/** A stored hash may ask for no more memory than twice the production cost. */
const MAX_MEMORY = 128 * PASSWORD_COST.N * PASSWORD_COST.r * 2;

function derive(
  password: string,
  salt: Buffer,
  params: ScryptOptions,
  length: number,
): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    scrypt(
      password.normalize('NFC'),
      salt,
      length,
      { ...params, maxmem: MAX_MEMORY },
      (error, key) => (error ? reject(error) : resolve(key)),
    ),
  );
}

/**
 * `scrypt$N$r$p$salt$hash`, base64url parts: the parameters travel with the
 * hash, so a hash is checked with the cost it was made with, whatever the
 * server's cost is now.
 */
export async function hashPassword(
  password: string,
  cost: ScryptCost = PASSWORD_COST,
): Promise<string> {
  const salt = randomBytes(16);
  const key = await derive(password, salt, cost, KEY_LENGTH);
  return [
    'scrypt',
    cost.N,
    cost.r,
    cost.p,
    salt.toString('base64url'),
    key.toString('base64url'),
  ].join('$');
}

/** Whether `password` matches `stored`; never throws on a malformed hash, just says no. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, hash] = stored.split('$');
  if (scheme !== 'scrypt' || !salt || !hash) return false;
  const expected = Buffer.from(hash, 'base64url');
  const key = await derive(
    password,
    Buffer.from(salt, 'base64url'),
    { N: Number(n), r: Number(r), p: Number(p) },
    expected.length,
  );
  return key.length === expected.length && timingSafeEqual(key, expected);
}

/** The smallest password Liaison accepts. */
export const MIN_PASSWORD_LENGTH = 10;
