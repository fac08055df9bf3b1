/**
 * Reading and writing one field of a document by its dotted path
 * (`familyName`, `office.spokenForm`), as conflict records name them
 * (mergeDocuments.ts). Writes return a new object and leave the input as it
 * was: RxDB hands out frozen documents.
 */

type JsonRecord = Record<string, unknown>;

/** Path parts that would reach an object's prototype instead of a field. */
const FORBIDDEN = new Set(['__proto__', 'prototype', 'constructor']);

const isRecord = (value: unknown): value is JsonRecord =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The parts of a dotted path; throws on an empty part or one that reaches a prototype. */
export function pathParts(path: string): string[] {
  const parts = path.split('.');
  for (const part of parts) {
    if (part === '' || FORBIDDEN.has(part)) throw new Error(`Not a field path: "${path}".`);
  }
  return parts;
}

/** The value at `path`, or undefined when it (or an object on the way) is missing. */
export function getAtPath(document: unknown, path: string): unknown {
  let current: unknown = document;
  for (const part of pathParts(path)) {
    if (!isRecord(current) || !Object.hasOwn(current, part)) return undefined;
    current = current[part];
  }
  return current;
}

/**
 * A copy of `document` with `value` at `path`, creating the objects on the
 * way where they are missing (or are not objects).
 */
export function setAtPath<T extends object>(document: T, path: string, value: unknown): T {
  const parts = pathParts(path);
  const write = (node: unknown, index: number): JsonRecord => {
    const copy: JsonRecord = isRecord(node) ? { ...node } : {};
    const part = parts[index] as string;
    copy[part] = index === parts.length - 1 ? value : write(copy[part], index + 1);
    return copy;
  };
  return write(document, 0) as T;
}

/**
 * A copy of `document` without the field at `path`. Objects on the way stay,
 * even when left empty; a path that is not there changes nothing.
 */
export function unsetAtPath<T extends object>(document: T, path: string): T {
  const parts = pathParts(path);
  const remove = (node: JsonRecord, index: number): JsonRecord => {
    const part = parts[index] as string;
    if (!Object.hasOwn(node, part)) return node;
    const copy = { ...node };
    if (index === parts.length - 1) {
      delete copy[part];
      return copy;
    }
    const child = copy[part];
    if (!isRecord(child)) return node;
    copy[part] = remove(child, index + 1);
    return copy;
  };
  return remove(document as JsonRecord, 0) as T;
}

/** `setAtPath`, or `unsetAtPath` when `value` is undefined (the field was removed). */
export function putAtPath<T extends object>(document: T, path: string, value: unknown): T {
  return value === undefined ? unsetAtPath(document, path) : setAtPath(document, path, value);
}
