import {
  SYNCED_COLLECTION_NAMES,
  type SyncedCollectionName,
} from '../../shared/domain/collectionNames';
import type { RefusedRow } from '../../shared/sync/documentIssue';
import { documentIssues } from '../../shared/sync/documentRules';
import { printablePath } from '../../shared/sync/schemaCheck';

/** A pushed row as it arrived: only its outer shape has been checked. */
export interface UncheckedRow {
  newDocumentState: unknown;
  assumedMasterState?: unknown;
}

const ASSUMED = 'assumedMasterState.';

/** The id a refused row is reported under: printable, bounded, '' when there is none. */
export function rowId(document: unknown): string {
  const id = (document as { id?: unknown } | null)?.id;
  return typeof id === 'string' ? printablePath(id) : '';
}

/**
 * Checks pushed rows with the app's own definition of a valid document
 * (shared/sync/documentRules): the new state and the assumed state of every
 * row, and that no document comes twice. The author check needs the stored
 * documents, so `Documents.push` makes it.
 */
export class DocumentValidator {
  isCollection(name: string): name is SyncedCollectionName {
    return (SYNCED_COLLECTION_NAMES as readonly string[]).includes(name);
  }

  /** Every problem with the rows of one push, empty when all may be written. */
  refusedRows(collection: SyncedCollectionName, rows: readonly UncheckedRow[]): RefusedRow[] {
    const refused: RefusedRow[] = [];
    const seen = new Set<string>();
    for (const row of rows) {
      const id = rowId(row.newDocumentState);
      for (const issue of documentIssues(collection, row.newDocumentState)) {
        refused.push({ id, ...issue });
      }
      if (row.assumedMasterState !== undefined) {
        const assumedId = (row.assumedMasterState as { id?: unknown } | null)?.id;
        if (assumedId !== (row.newDocumentState as { id?: unknown }).id) {
          refused.push({ id, field: `${ASSUMED}id`, reason: 'id' });
        } else {
          for (const issue of documentIssues(collection, row.assumedMasterState)) {
            refused.push({ id, field: ASSUMED + issue.field, reason: issue.reason });
          }
        }
      }
      // A second row for one id would make the write order a guess: refuse the push.
      if (seen.has(id)) refused.push({ id, field: 'id', reason: 'duplicate_id' });
      seen.add(id);
    }
    return refused;
  }
}
