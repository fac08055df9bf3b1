import type { RxCollection, RxDocument } from 'rxdb';
import { newId, type BaseDocument } from '../../shared/domain/common';

/** Who is editing: the signed-in user's id, or this value before sign-in. */
export const LOCAL_AUTHOR = 'local-user';

/** The stored fields of an entity, without the metadata every document carries. */
export type EntityFields<T extends BaseDocument> = Omit<
  T,
  'id' | 'createdAt' | 'updatedAt' | 'updatedBy'
>;

/** A document's stored fields without the metadata every document carries, for a change to some of them. */
export function withoutMetadata<T extends BaseDocument>(document: T): EntityFields<T> {
  const copy: Partial<T> = { ...document };
  for (const key of ['id', 'createdAt', 'updatedAt', 'updatedBy'] as const) delete copy[key];
  return copy as EntityFields<T>;
}

/** Adds a new entity with a client-made UUID and its metadata stamped. */
export async function insertEntity<T extends BaseDocument>(
  collection: RxCollection<T>,
  fields: EntityFields<T>,
  author: string,
  now: Date = new Date(),
): Promise<RxDocument<T>> {
  const stamp = now.toISOString();
  const document = {
    ...fields,
    id: newId(),
    createdAt: stamp,
    updatedAt: stamp,
    updatedBy: author,
  };
  return collection.insert(document as unknown as T);
}

/**
 * Replaces an entity's fields (a field left out is removed) and stamps the
 * change. `incrementalModify` applies it to the latest revision, so a form
 * opened before a background change still saves instead of failing on a
 * stale revision.
 */
export async function replaceEntityFields<T extends BaseDocument>(
  document: RxDocument<T>,
  fields: EntityFields<T>,
  author: string,
  now: Date = new Date(),
): Promise<RxDocument<T>> {
  return document.incrementalModify(
    (current) =>
      ({
        ...fields,
        id: current.id,
        createdAt: current.createdAt,
        updatedAt: now.toISOString(),
        updatedBy: author,
      }) as unknown as typeof current,
  );
}

/**
 * Changes some fields of a stored entity and stamps the edit. The change is
 * computed from the latest revision (`incrementalModify`), so adding a member
 * while another window edits the visit's title loses neither change.
 */
export function patchEntity<T extends BaseDocument>(
  document: RxDocument<T>,
  change: (current: T) => Partial<T>,
  author: string,
  now: Date = new Date(),
): Promise<RxDocument<T>> {
  return document.incrementalModify((current) => ({
    ...current,
    ...change(current as T),
    updatedAt: now.toISOString(),
    updatedBy: author,
  }));
}
