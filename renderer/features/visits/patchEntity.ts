import type { RxDocument } from 'rxdb';
import type { BaseDocument } from '../../../shared/domain/common';

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
