import type { CollectionMergeRules, ObjectMergeRules, RuleIssue } from '../domain/mergeRules';
import { fieldChanged, type Json, type JsonObject } from './json';

/**
 * The pass after the field-by-field merge (mergeDocuments.ts): derived fields
 * recomputed from the merged ones, and the record's rules checked.
 */

/** A reported conflict, as mergeDocuments.ts defines it. */
interface Conflict {
  fieldPath: string;
  localValue: Json | undefined;
  serverValue: Json | undefined;
}

/** The record with its derived fields computed; as it was when they cannot be. */
export function withDerived(record: JsonObject, rules: CollectionMergeRules): JsonObject {
  if (!rules.derived) return record;
  try {
    return { ...record, ...(rules.derived.compute(record) as JsonObject) };
  } catch {
    // Unreadable source fields: the rules report them and bring back the server's.
    return record;
  }
}

/** The top-level fields of issue paths (`parties.0.name` → `parties`), with their groups. */
function offendingFields(issues: readonly RuleIssue[], rules: ObjectMergeRules): Set<string> {
  const fields = new Set(issues.map((issue) => topField(issue.field)));
  for (const group of rules.groups ?? []) {
    if (group.some((field) => fields.has(field))) group.forEach((field) => fields.add(field));
  }
  return fields;
}

const topField = (path: string) => /^[^.[]*/.exec(path)?.[0] ?? path;

/**
 * Recomputes the derived fields and checks the merged record's rules. Where
 * it breaks one the server's record keeps, the offending fields (and their
 * groups) take the server's values and the local ones are reported in place
 * of any report inside those fields; if that is not enough, every field takes
 * the server's value. Returns the record and the conflicts.
 */
export function keepRecordRules(
  merged: JsonObject,
  mine: JsonObject,
  theirs: JsonObject,
  rules: CollectionMergeRules,
  conflicts: Conflict[],
): { record: JsonObject; conflicts: Conflict[] } {
  let record = withDerived(merged, rules);
  const { validate } = rules;
  if (!validate) return { record, conflicts };
  const issueKey = (issue: RuleIssue) => `${topField(issue.field)}:${issue.code}`;
  const serverIssues = new Set(validate(theirs).map(issueKey));
  const derived = new Set(rules.derived?.fields ?? []);
  const differing = (field: string) => !derived.has(field) && fieldChanged(field, record, theirs);
  for (const lastResort of [false, true]) {
    const fresh = validate(record).filter((issue) => !serverIssues.has(issueKey(issue)));
    if (fresh.length === 0) break;
    let fields = [...offendingFields(fresh, rules)].filter(differing);
    if (lastResort || fields.length === 0) {
      fields = [...new Set([...Object.keys(record), ...Object.keys(theirs)])].filter(differing);
    }
    const reverted = new Set(fields);
    conflicts = conflicts.filter(({ fieldPath }) => !reverted.has(topField(fieldPath)));
    record = { ...record };
    for (const field of fields) {
      const serverValue = theirs[field];
      if (serverValue === undefined) delete record[field];
      else record[field] = serverValue;
      if (fieldChanged(field, mine, theirs)) {
        conflicts.push({ fieldPath: field, localValue: mine[field], serverValue });
      }
    }
    record = withDerived(record, rules);
  }
  return { record, conflicts };
}
