import { createHash, randomBytes } from 'node:crypto';

/** A random, unguessable secret (session token, invite code): 256 bits, URL-safe. */
export function newSecret(): string {
  return randomBytes(32).toString('base64url');
}

/**
 * What the database keeps instead of the secret: a leaked table then gives no
 * working tokens. SHA-256 suffices for 256-bit random secrets (no guessing).
 */
export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('base64url');
}
