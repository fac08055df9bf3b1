import { LIMITS, isoInstant, stringArray } from './schemaParts';

/**
 * Fields every synced document carries (docs/domain.md, "Entities").
 *
 * `updatedAt` is the client's clock and only informative: sync orders changes
 * by the server's sequence, never by these times.
 */
export interface BaseDocument {
  /** UUID made on the client; the RxDB primary key. */
  id: string;
  /** ISO instant (`...Z`) when the document was first saved. */
  createdAt: string;
  /** ISO instant (`...Z`) of the last local edit (client clock). */
  updatedAt: string;
  /** Id of the user who made the last edit. */
  updatedBy: string;
  /** Free tags; may be empty. */
  tags: string[];
}

/** RxDB JSON-schema `properties` for the `BaseDocument` fields. */
export const baseSchemaProperties = {
  id: { type: 'string', maxLength: LIMITS.id },
  createdAt: isoInstant(),
  updatedAt: isoInstant(),
  updatedBy: { type: 'string', maxLength: LIMITS.shortText },
  tags: stringArray(),
} as const;

/** The `BaseDocument` fields every schema lists in `required`. */
export const baseRequired = ['id', 'createdAt', 'updatedAt', 'updatedBy', 'tags'] as const;

/**
 * The part of Web Crypto that shared/ uses. shared/ compiles without the DOM
 * and node type libraries, yet `globalThis.crypto.randomUUID` exists in every
 * runtime we ship to (Chromium, Node 20+).
 */
interface RandomUuidSource {
  randomUUID(): string;
}

/** A new random (v4) UUID for a document id. */
export function newId(): string {
  const source = (globalThis as { crypto?: RandomUuidSource }).crypto;
  if (!source || typeof source.randomUUID !== 'function') {
    throw new Error('crypto.randomUUID is not available: Liaison needs a current browser or Node');
  }
  return source.randomUUID();
}

/**
 * Fresh base fields for a new document. `now` is passed in (an ISO instant)
 * so callers and tests control the clock.
 */
export function newBaseDocument(userId: string, now: string, tags: string[] = []): BaseDocument {
  return { id: newId(), createdAt: now, updatedAt: now, updatedBy: userId, tags };
}

/** A copy of `doc` marked as edited by `userId` at `now` (ISO instant). */
export function stamp<T extends BaseDocument>(doc: T, userId: string, now: string): T {
  return { ...doc, updatedAt: now, updatedBy: userId };
}
