import type { RxDocument } from 'rxdb';
import type { BaseDocument } from '../../shared/domain/common';
import { stamped, type EntityFields } from '../../renderer/data/writes';

/**
 * Replaces an entity's fields (a field left out is removed) over its latest
 * revision, whatever changed since `fields` were read: the last writer wins.
 * For tests of sync, where a writer stands for a whole other device; the
 * app's forms save through `editEntity`, which keeps a colleague's change.
 */
export async function replaceEntityFields<T extends BaseDocument>(
  document: RxDocument<T>,
  fields: EntityFields<T>,
  author: string,
  now: Date = new Date(),
): Promise<RxDocument<T>> {
  return document.incrementalModify(
    (current) =>
      stamped(
        { ...fields, id: current.id, createdAt: current.createdAt },
        { author, now },
      ) as unknown as typeof current,
  );
}
