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
 * the losing local value can be kept for review. Plain objects (office,
 * logistics) merge field by field. Arrays of strings or ids merge as sets.
 * Arrays of objects with a key (visit members by `contactId`, e-mail rows by
 * address) merge element by element: additions from both sides, removals from
 * both, and an element both kept merges field by field like an object, its
 * conflicts reported at paths like `affiliations[organisationId=o1].role`
 * (mergePath.ts). An edit beats a concurrent delete, and an edited element
 * beats its concurrent removal; both are reported. An erasure (a tombstone
 * with `erasedAt`) beats everything.
 *
 * Given the collection's name, the merge also keeps the records' own rules
 * (shared/domain/mergeRules.ts): fields of one group are never mixed from two
 * writers, derived fields are recomputed rather than merged, and a merged
 * record that breaks a rule the server's did not keeps the server's values
 * for the offending fields and reports the local ones.
 */

import type { SyncedCollectionName } from '../domain/collectionNames';
import {
  mergeRulesFor,
  type CollectionMergeRules,
  type ElementMergeRules,
  type ObjectMergeRules,
} from '../domain/mergeRules';
import {
  fieldChanged,
  isJsonObject as isObject,
  jsonEqual,
  type Json,
  type JsonObject,
} from './json';
import { elementPath } from './mergePath';
import { keepRecordRules } from './mergeRecordRules';

export { jsonEqual, type Json } from './json';

/**
 * A field both sides changed to different values; the server's value was kept
 * (except where an edit beat a delete or a removal: then the edit stands, and
 * the other side's value is the one recorded).
 */
export interface FieldConflict {
  /**
   * Path of the field (mergePath.ts): `familyName`, `office.spokenForm`,
   * `affiliations[organisationId=o1].role`, or a whole element
   * `emails[address=a@b.de]`; `_deleted` for an edit against a delete.
   */
  fieldPath: string;
  /** The local value; undefined when the field (or element) was removed locally. */
  localValue: Json | undefined;
  /** The server's value; undefined when the server removed the field (or element). */
  serverValue: Json | undefined;
}

/** The merged document and what was reported for review. */
export interface MergeResult<T> {
  merged: T;
  conflicts: FieldConflict[];
}

/** Bookkeeping fields that say who edited last: never a conflict of their own. */
const METADATA = new Set(['updatedAt', 'updatedBy']);

/** Keys of arrays of objects no rules describe, in order of preference. */
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

const asArray = (value: Json | undefined): Json[] => (Array.isArray(value) ? value : []);

/** The conflicts found so far; the rules pass replaces those it supersedes. */
interface Found {
  conflicts: FieldConflict[];
}

/** Set merge of strings and ids: what either side added is in, what either removed is out. */
function mergeSets(base: Json[], mine: Json[], theirs: Json[]): Json[] {
  const keyOf = (item: Json) => JSON.stringify(item);
  const baseKeys = new Set(base.map(keyOf));
  const removedLocally = new Set(
    [...baseKeys].filter((key) => !mine.some((m) => keyOf(m) === key)),
  );
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

/** Elements by their key (`contactId=c1`); undefined unless every element has a key of its own. */
function keyedElements(
  items: Json[],
  keys: readonly string[],
): Map<string, { item: Json; key: string; value: string }> | undefined {
  const byKey = new Map<string, { item: Json; key: string; value: string }>();
  for (const item of items) {
    if (!isObject(item)) return undefined;
    const key = keys.find((candidate) => typeof item[candidate] === 'string');
    if (key === undefined) return undefined;
    const value = item[key] as string;
    const id = `${key}=${value}`;
    // Two elements with one key (two roles at one organisation) cannot be told apart.
    if (byKey.has(id)) return undefined;
    byKey.set(id, { item, key, value });
  }
  return byKey;
}

/**
 * Element-by-element merge of an array of keyed objects, in the server's
 * order followed by the local additions; undefined when the elements cannot
 * be told apart by their keys (then the array merges as one value).
 */
function mergeKeyedArray(
  path: string,
  base: Json[],
  mine: Json[],
  theirs: Json[],
  rules: ElementMergeRules,
  found: Found,
): Json[] | undefined {
  const keys = rules.keys ?? ELEMENT_KEYS;
  const baseElements = keyedElements(base, keys);
  const myElements = keyedElements(mine, keys);
  const theirElements = keyedElements(theirs, keys);
  if (!baseElements || !myElements || !theirElements) return undefined;
  const result: Json[] = [];
  const keep = (value: Json | undefined) => {
    if (value !== undefined) result.push(value);
  };
  for (const [id, { item, key, value }] of theirElements) {
    const at = elementPath(path, key, value);
    const baseItem = baseElements.get(id)?.item;
    const myItem = myElements.get(id)?.item;
    if (myItem !== undefined) keep(mergeValue(at, baseItem, myItem, item, rules, found));
    else if (baseItem === undefined) keep(item);
    else if (!jsonEqual(item, baseItem)) {
      // Removed here, edited there: the edit beats the removal.
      keep(item);
      found.conflicts.push({ fieldPath: at, localValue: undefined, serverValue: item });
    }
  }
  for (const [id, { item, key, value }] of myElements) {
    if (theirElements.has(id)) continue;
    const baseItem = baseElements.get(id)?.item;
    if (baseItem === undefined) keep(item);
    else if (!jsonEqual(item, baseItem)) {
      keep(item);
      found.conflicts.push({
        fieldPath: elementPath(path, key, value),
        localValue: item,
        serverValue: undefined,
      });
    }
  }
  return result;
}

const isScalarArray = (...arrays: Json[][]) =>
  arrays.every((array) =>
    array.every((item) => typeof item === 'string' || typeof item === 'number'),
  );

function mergeValue(
  path: string,
  base: Json | undefined,
  mine: Json | undefined,
  theirs: Json | undefined,
  rules: ElementMergeRules,
  found: Found,
): Json | undefined {
  if (jsonEqual(mine, theirs)) return theirs;
  if (jsonEqual(mine, base)) return theirs;
  if (jsonEqual(theirs, base)) return mine;
  if (isObject(mine) && isObject(theirs)) {
    return mergeObjects(path, isObject(base) ? base : {}, mine, theirs, rules, found);
  }
  if (Array.isArray(mine) && Array.isArray(theirs)) {
    const baseItems = asArray(base);
    if (isScalarArray(baseItems, mine, theirs)) return mergeSets(baseItems, mine, theirs);
    const merged = mergeKeyedArray(path, baseItems, mine, theirs, rules, found);
    if (merged) return merged;
  }
  found.conflicts.push({ fieldPath: path, localValue: mine, serverValue: theirs });
  return theirs;
}

/**
 * Field-by-field merge of one object. A group both sides changed is taken
 * whole from the server, each local change in it reported. `skip` names
 * fields that are not merged (derived ones): they keep the server's value.
 */
function mergeObjects(
  prefix: string,
  base: JsonObject,
  mine: JsonObject,
  theirs: JsonObject,
  rules: ObjectMergeRules,
  found: Found,
  skip: ReadonlySet<string> = new Set(),
): JsonObject {
  const pathOf = (key: string) => (prefix ? `${prefix}.${key}` : key);
  const fromServer = new Set(skip);
  for (const group of rules.groups ?? []) {
    const mineChanged = group.filter((field) => fieldChanged(field, base, mine));
    const bothChanged =
      mineChanged.length > 0 && group.some((field) => fieldChanged(field, base, theirs));
    if (!bothChanged || group.every((field) => !fieldChanged(field, mine, theirs))) continue;
    for (const field of group) fromServer.add(field);
    for (const field of mineChanged) {
      if (fieldChanged(field, mine, theirs)) {
        found.conflicts.push({
          fieldPath: pathOf(field),
          localValue: mine[field],
          serverValue: theirs[field],
        });
      }
    }
  }
  const merged: JsonObject = {};
  const keys = new Set([...Object.keys(theirs), ...Object.keys(mine), ...Object.keys(base)]);
  for (const key of keys) {
    const value = fromServer.has(key)
      ? theirs[key]
      : mergeValue(
          pathOf(key),
          base[key],
          mine[key],
          theirs[key],
          rules.fields?.[key] ?? {},
          found,
        );
    if (value !== undefined) merged[key] = value;
  }
  return merged;
}

/**
 * Merges a refused local document with the server's. Documents carry
 * `_deleted`; everything else is their fields.
 *
 * Pass the collection's name so the merge keeps its records' rules (groups,
 * derived fields, keyed arrays, validation; shared/domain/mergeRules.ts).
 * Without it, the merge is field by field only.
 */
export function mergeDocuments<T extends { _deleted: boolean }>(
  base: T | undefined,
  mine: T,
  theirs: T,
  collectionName?: SyncedCollectionName,
): MergeResult<T> {
  // An erasure beats every edit, and nothing is recorded as lost: a lost
  // value kept for review would keep the erased person's data.
  const erasure = [theirs, mine].find(isErasure);
  if (erasure) return { merged: erasure, conflicts: [] };

  const rules: CollectionMergeRules = collectionName ? mergeRulesFor(collectionName) : {};
  const derived = new Set(rules.derived?.fields ?? []);
  const found: Found = { conflicts: [] };
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

  const { record: fields, conflicts } = keepRecordRules(
    mergeObjects('', baseFields, mineFields, theirFields, rules, found, derived),
    mineFields,
    theirFields,
    rules,
    found.conflicts,
  );

  // An edit beats a concurrent delete: the document lives on with the edits
  // of both sides (a tombstone still holds what was edited before the delete).
  if (mine._deleted !== theirs._deleted) {
    const editingSide = mine._deleted ? theirFields : mineFields;
    if (jsonEqual(editingSide, baseFields)) {
      return { merged: mine._deleted ? mine : theirs, conflicts: [] };
    }
    const deleteConflict = {
      fieldPath: '_deleted',
      localValue: mine._deleted,
      serverValue: theirs._deleted,
    };
    return {
      merged: {
        ...fields,
        ...metadataOf(mine._deleted ? theirs : mine),
        _deleted: false,
      } as unknown as T,
      conflicts: [deleteConflict, ...conflicts],
    };
  }

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
