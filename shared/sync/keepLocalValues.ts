import type { SyncedCollectionName } from '../domain/collectionNames';
import { mergeRulesFor, type ObjectMergeRules } from '../domain/mergeRules';
import type { JsonObject } from './json';
import { parseFieldPath, putAtFieldPath } from './mergePath';
import { withDerived } from './mergeRecordRules';

/**
 * "Keep mine" for the conflicts the merge reports (mergeDocuments.ts). A
 * group's fields (an agenda item's start, end and zone) must come back
 * together and the derived fields be recomputed, or keeping the local start
 * alone would pair it with the server's end.
 */

/** What Keep mine needs of a recorded conflict. */
export interface LocalValue {
  fieldPath: string;
  localValue?: unknown;
}

/** The rules of the object a path's last field belongs to, and that field. */
function parentRules(
  collectionName: SyncedCollectionName,
  fieldPath: string,
): { parent: string; field: string; rules: ObjectMergeRules | undefined } {
  const segments = parseFieldPath(fieldPath);
  const last = segments[segments.length - 1];
  let rules: ObjectMergeRules | undefined = mergeRulesFor(collectionName);
  for (const segment of segments.slice(0, -1)) rules = rules?.fields?.[segment.field];
  const cut = fieldPath.length - (last?.field.length ?? 0);
  // A whole element (`emails[address=…]`) belongs to no group.
  if (!last || last.element) return { parent: fieldPath, field: '', rules: undefined };
  return { parent: fieldPath.slice(0, cut), field: last.field, rules };
}

/**
 * The conflicts of one record that Keep mine must apply together with
 * `chosen`: those on fields of its group (itself included), so a record never
 * holds one writer's start with another's end. `open` are the record's other
 * open conflicts.
 */
export function conflictsKeptTogether<C extends LocalValue>(
  collectionName: SyncedCollectionName,
  chosen: C,
  open: readonly C[],
): C[] {
  const { parent, field, rules } = parentRules(collectionName, chosen.fieldPath);
  const group = rules?.groups?.find((fields) => fields.includes(field));
  if (!group) return [chosen];
  const together = open.filter((conflict) => {
    if (conflict === chosen || conflict.fieldPath === chosen.fieldPath) return false;
    const other = parentRules(collectionName, conflict.fieldPath);
    return other.parent === parent && group.includes(other.field);
  });
  return [chosen, ...together];
}

/**
 * A copy of `document` with the local values of `conflicts` written back
 * (a field or element removed where the local side had removed it) and its
 * derived fields recomputed.
 * @throws when a path names an array element that is no longer there.
 */
export function withLocalValues<T extends object>(
  collectionName: SyncedCollectionName,
  document: T,
  conflicts: readonly LocalValue[],
): T {
  let next = document;
  for (const { fieldPath, localValue } of conflicts) {
    next = putAtFieldPath(next, fieldPath, localValue);
  }
  return withDerived(next as unknown as JsonObject, mergeRulesFor(collectionName)) as unknown as T;
}
