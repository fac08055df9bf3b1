/**
 * The three-way, field-by-field merge behind the conflict handler
 * (docs/architecture.md, "Conflicts resolve field by field").
 *
 * base   = the server state the local edit started from (assumed master)
 * mine   = the local state that the server refused
 * theirs = the server's current state
 *
 * A field changed on one side only takes that side's value. A field changed
 * on both sides to different values takes the server's and is reported, so
 * the losing local value can be kept for review. Arrays of ids, and arrays of
 * objects with an id-like key (visit members by `contactId`), merge as sets.
 * Plain objects (office, logistics) merge field by field. An edit beats a
 * concurrent delete, but an erasure (a tombstone with `erasedAt`) beats
 * everything.
 */

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

/** A field both sides changed to different values; the server's value was kept. */
export interface FieldConflict {
  /** Dotted path, e.g. `familyName` or `office.spokenForm`. */
  fieldPath: string;
  /** The losing local value; undefined when the field was removed locally. */
  localValue: Json | undefined;
  /** The winning server value; undefined when the server removed the field. */
  serverValue: Json | undefined;
}

export interface MergeResult<T> {
  merged: T;
  conflicts: FieldConflict[];
}

/** Bookkeeping fields that say who edited last: never a conflict of their own. */
const METADATA = new Set(['updatedAt', 'updatedBy']);

/** Keys by which arrays of objects are merged as sets, in order of preference. */
const ELEMENT_KEYS = ['id', 'contactId', 'organisationId'];

/**
 * A document as replication compares it: its fields and `_deleted`, without
 * the storage's bookkeeping (`_meta`, `_rev`, `_attachments`).
 */
export function replicatedData(document: Record<string, unknown>): Json {
  return Object.fromEntries(
    Object.entries(document).filter(([key]) => key === '_deleted' || !key.startsWith('_')),
  ) as Json;
}

export function jsonEqual(a: Json | undefined, b: Json | undefined): boolean {
  if (a === b) return true;
  if (a === null || b === null || a === undefined || b === undefined) return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    return (
      Array.isArray(a) &&
      Array.isArray(b) &&
      a.length === b.length &&
      a.every((item, index) => jsonEqual(item, b[index]))
    );
  }
  if (typeof a === 'object' && typeof b === 'object') {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    return [...keys].every((key) => jsonEqual(a[key], b[key]));
  }
  return false;
}

const isObject = (value: Json | undefined): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The key that identifies the elements of an array as a set, if it is one. */
function setKey(...arrays: (Json | undefined)[]): ((item: Json) => string) | undefined {
  const items = arrays.flatMap((array) => (Array.isArray(array) ? array : []));
  if (items.every((item) => typeof item === 'string' || typeof item === 'number')) {
    return (item) => JSON.stringify(item);
  }
  const key = ELEMENT_KEYS.find((candidate) =>
    items.every((item) => isObject(item) && typeof item[candidate] === 'string'),
  );
  return key ? (item) => String((item as JsonObject)[key]) : undefined;
}

/**
 * Set merge: what either side added is in, what either side removed is out.
 * An element both sides kept but changed differently takes the server's version.
 */
function mergeSets(
  base: Json[],
  mine: Json[],
  theirs: Json[],
  keyOf: (item: Json) => string,
): Json[] {
  const baseKeys = new Set(base.map(keyOf));
  const mineKeys = new Set(mine.map(keyOf));
  const removedLocally = new Set([...baseKeys].filter((key) => !mineKeys.has(key)));
  const result = theirs.filter((item) => !removedLocally.has(keyOf(item)));
  const present = new Set(result.map(keyOf));
  for (const item of mine) {
    const key = keyOf(item);
    if (!baseKeys.has(key) && !present.has(key)) {
      result.push(item);
      present.add(key);
    }
  }
  return result;
}

function mergeValue(
  path: string,
  base: Json | undefined,
  mine: Json | undefined,
  theirs: Json | undefined,
  conflicts: FieldConflict[],
): Json | undefined {
  if (jsonEqual(mine, theirs)) return theirs;
  if (jsonEqual(mine, base)) return theirs;
  if (jsonEqual(theirs, base)) return mine;
  if (isObject(mine) && isObject(theirs)) {
    return mergeObjects(path, isObject(base) ? base : {}, mine, theirs, conflicts);
  }
  if (Array.isArray(mine) && Array.isArray(theirs)) {
    const keyOf = setKey(base, mine, theirs);
    if (keyOf) return mergeSets(Array.isArray(base) ? base : [], mine, theirs, keyOf);
  }
  conflicts.push({ fieldPath: path, localValue: mine, serverValue: theirs });
  return theirs;
}

function mergeObjects(
  prefix: string,
  base: JsonObject,
  mine: JsonObject,
  theirs: JsonObject,
  conflicts: FieldConflict[],
): JsonObject {
  const merged: JsonObject = {};
  const keys = new Set([...Object.keys(theirs), ...Object.keys(mine), ...Object.keys(base)]);
  for (const key of keys) {
    const value = mergeValue(
      prefix ? `${prefix}.${key}` : key,
      base[key],
      mine[key],
      theirs[key],
      conflicts,
    );
    if (value !== undefined) merged[key] = value;
  }
  return merged;
}

/**
 * Merges a refused local document with the server's. Documents carry
 * `_deleted`; everything else is their fields.
 */
export function mergeDocuments<T extends { _deleted: boolean }>(
  base: T | undefined,
  mine: T,
  theirs: T,
): MergeResult<T> {
  // An erasure beats every edit, and nothing is recorded as lost: a lost
  // value kept for review would keep the erased person's data.
  const erasure = [theirs, mine].find(isErasure);
  if (erasure) return { merged: erasure, conflicts: [] };

  const conflicts: FieldConflict[] = [];
  const strip = (document: T | undefined): JsonObject => {
    if (!document) return {};
    const fields: JsonObject = {};
    for (const [key, value] of Object.entries(document)) {
      if (key !== '_deleted' && !METADATA.has(key)) fields[key] = value as Json;
    }
    return fields;
  };
  const baseFields = strip(base);
  const mineFields = strip(mine);
  const theirFields = strip(theirs);

  // An edit beats a concurrent delete: the document lives on with the edits.
  if (mine._deleted !== theirs._deleted) {
    const deletedSide = mine._deleted ? mineFields : theirFields;
    const editingSide = mine._deleted ? theirFields : mineFields;
    const edited = !jsonEqual(editingSide, baseFields);
    if (!edited) return { merged: mine._deleted ? mine : theirs, conflicts };
    conflicts.push({
      fieldPath: '_deleted',
      localValue: mine._deleted,
      serverValue: theirs._deleted,
    });
    const fields = mine._deleted
      ? theirFields
      : mergeObjects('', baseFields, mineFields, deletedSide, conflicts);
    const newer = mine._deleted ? theirs : mine;
    return {
      merged: { ...fields, ...metadataOf(newer), _deleted: false } as unknown as T,
      conflicts,
    };
  }

  const fields = mergeObjects('', baseFields, mineFields, theirFields, conflicts);
  // The edit that survives names the last editor; the server's stands when nothing local does.
  const localSurvives = !jsonEqual(fields, theirFields);
  return {
    merged: {
      ...fields,
      ...metadataOf(localSurvives ? mine : theirs),
      _deleted: theirs._deleted,
    } as unknown as T,
    conflicts,
  };
}

/** The tombstone an erasure leaves (see `erasedContact`). */
export function isErasure(document: { _deleted: boolean }): boolean {
  return document._deleted && typeof (document as { erasedAt?: unknown }).erasedAt === 'string';
}

function metadataOf(document: object): JsonObject {
  const metadata: JsonObject = {};
  for (const [key, value] of Object.entries(document)) {
    if (METADATA.has(key)) metadata[key] = value as Json;
  }
  return metadata;
}
