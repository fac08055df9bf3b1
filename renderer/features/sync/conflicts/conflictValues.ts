import type { Conflict } from '../../../../shared/domain/conflict';

/**
 * Pure helpers of the conflict review screen: how a conflicting value and its
 * field are written, and how conflicts are grouped by record.
 */

/** The field path of an edit-versus-delete conflict (mergeDocuments.ts). */
export const DELETED_PATH = '_deleted';

/**
 * A value as the review screen shows it: a word for the special cases
 * (nothing there, yes/no, deleted or kept), else lines of text.
 */
export type ShownValue =
  | { kind: 'removed' }
  | { kind: 'empty' }
  | { kind: 'deleted' }
  | { kind: 'kept' }
  | { kind: 'yes' }
  | { kind: 'no' }
  | { kind: 'text'; lines: string[] };

/** Labels of field names by name (`spokenForm` → "Spoken form"). */
export type FieldLabels = Readonly<Record<string, string>>;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isBlank = (value: unknown): boolean =>
  value === null ||
  value === '' ||
  (Array.isArray(value) && value.length === 0) ||
  (isRecord(value) && Object.values(value).every((entry) => entry === undefined));

/** One value on one line: lists joined by commas, objects as "Label: value" pairs. */
function inline(value: unknown, labels: FieldLabels): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) {
    return value
      .map((item) => inline(item, labels))
      .filter(Boolean)
      .join(', ');
  }
  if (isRecord(value)) {
    return Object.entries(value)
      .filter(([, entry]) => !isBlank(entry) && entry !== undefined)
      .map(([key, entry]) => `${labels[key] ?? key}: ${inline(entry, labels)}`)
      .join(', ');
  }
  return String(value);
}

/**
 * How the review screen writes a conflicting value. `undefined` is a field
 * the side removed; for `_deleted`, `true` means that side deleted the record
 * and `false` that it kept (and edited) it. A list shows one item per line,
 * an object one field per line.
 */
export function showConflictValue(
  value: unknown,
  fieldPath: string,
  labels: FieldLabels = {},
): ShownValue {
  if (fieldPath === DELETED_PATH) return { kind: value === true ? 'deleted' : 'kept' };
  if (value === undefined) return { kind: 'removed' };
  if (isBlank(value)) return { kind: 'empty' };
  if (typeof value === 'boolean') return { kind: value ? 'yes' : 'no' };
  if (Array.isArray(value)) {
    return { kind: 'text', lines: value.map((item) => inline(item, labels)) };
  }
  if (isRecord(value)) {
    return {
      kind: 'text',
      lines: Object.entries(value)
        .filter(([, entry]) => entry !== undefined)
        .map(([key, entry]) => `${labels[key] ?? key}: ${inline(entry, labels)}`),
    };
  }
  return { kind: 'text', lines: [String(value)] };
}

/**
 * A field's name for people: each part of the path translated
 * ("Office › Spoken form"); the path itself when some part is unknown.
 */
export function fieldLabel(fieldPath: string, labels: FieldLabels): string {
  const parts = fieldPath.split('.');
  const named = parts.map((part) => (Object.hasOwn(labels, part) ? labels[part] : undefined));
  if (named.some((label) => label === undefined)) return fieldPath;
  return named.join(' › ');
}

/** The open conflicts of one record. */
export interface ConflictGroup<T extends Conflict = Conflict> {
  /** `collection:documentId`. */
  key: string;
  collectionName: Conflict['collectionName'];
  documentId: string;
  /** Newest first. */
  conflicts: T[];
}

const newestFirst = (a: Conflict, b: Conflict) =>
  b.detectedAt.localeCompare(a.detectedAt) || a.fieldPath.localeCompare(b.fieldPath);

/**
 * Conflicts grouped by record, the record with the newest conflict first and
 * each record's conflicts newest first.
 */
export function groupConflicts<T extends Conflict>(conflicts: readonly T[]): ConflictGroup<T>[] {
  const groups = new Map<string, ConflictGroup<T>>();
  for (const conflict of [...conflicts].sort(newestFirst)) {
    const key = `${conflict.collectionName}:${conflict.documentId}`;
    let group = groups.get(key);
    if (!group) {
      group = {
        key,
        collectionName: conflict.collectionName,
        documentId: conflict.documentId,
        conflicts: [],
      };
      groups.set(key, group);
    }
    group.conflicts.push(conflict);
  }
  return [...groups.values()];
}
