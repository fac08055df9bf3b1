/**
 * Field paths as the merge reports conflicts (mergeDocuments.ts), and reading
 * and writing a document by them.
 *
 * A path is dot-separated segments. A plain segment names a field
 * (`office.spokenForm`). A segment `field[key=value]` names the element of the
 * array `field` whose `key` is `value`, so it stays right when other elements
 * are added or removed: `affiliations[organisationId=8f0c…].role`, or
 * `emails[address=anna@leipzig.de]` for a whole element. In the value, `%` and
 * `]` are written `%25` and `%5D`; dots need no escape inside brackets.
 */

/** One step of a path: a field, or an element of the array in that field. */
export interface PathSegment {
  field: string;
  element?: { key: string; value: string };
}

/** Path parts that would reach an object's prototype instead of a field. */
const FORBIDDEN = new Set(['__proto__', 'prototype', 'constructor']);

const SEGMENT = /^([^[\].=]+)(?:\[([^[\].=]+)=([^\]]*)\])?$/;

type JsonRecord = Record<string, unknown>;

const isRecord = (value: unknown): value is JsonRecord =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const escapeValue = (value: string) => value.replaceAll('%', '%25').replaceAll(']', '%5D');
const unescapeValue = (value: string) =>
  value.replace(/%(?:25|5D)/g, (escape) => (escape === '%25' ? '%' : ']'));

/**
 * The path of one keyed element of the array at `arrayPath`, e.g.
 * `affiliations[organisationId=o1]` for `affiliations`.
 */
export function elementPath(arrayPath: string, key: string, value: string): string {
  return `${arrayPath}[${key}=${escapeValue(value)}]`;
}

/** The segments of a path; throws on one that is malformed or reaches a prototype. */
export function parseFieldPath(path: string): PathSegment[] {
  // Split on dots outside brackets: key values (e-mail addresses) hold dots.
  const parts: string[] = [];
  let current = '';
  let inBrackets = false;
  for (const char of path) {
    if (char === '[') inBrackets = true;
    if (char === ']') inBrackets = false;
    if (char === '.' && !inBrackets) {
      parts.push(current);
      current = '';
    } else current += char;
  }
  parts.push(current);
  return parts.map((part) => {
    const match = SEGMENT.exec(part);
    const [, field, key, value] = match ?? [];
    if (!field || FORBIDDEN.has(field) || (key !== undefined && FORBIDDEN.has(key))) {
      throw new Error(`Not a field path: "${path}".`);
    }
    return key === undefined || value === undefined
      ? { field }
      : { field, element: { key, value: unescapeValue(value) } };
  });
}

/** The path without its last segment, and the last segment. */
function splitLast(path: string): [PathSegment[], PathSegment] {
  const segments = parseFieldPath(path);
  const last = segments.pop() as PathSegment;
  return [segments, last];
}

const matches = (element: unknown, key: string, value: string) =>
  isRecord(element) && element[key] === value;

/** The value at `path`, or undefined when it (or anything on the way) is missing. */
export function getAtFieldPath(document: unknown, path: string): unknown {
  let current: unknown = document;
  for (const { field, element } of parseFieldPath(path)) {
    if (!isRecord(current) || !Object.hasOwn(current, field)) return undefined;
    current = current[field];
    if (element) {
      if (!Array.isArray(current)) return undefined;
      current = current.find((item) => matches(item, element.key, element.value));
    }
  }
  return current;
}

/**
 * A copy of `document` with `value` at `path`, or without the field (or
 * array element) there when `value` is undefined. A missing element named by
 * the last segment is appended; objects missing on the way are created. The
 * input is left as it was: RxDB hands out frozen documents.
 * @throws when an element named on the way is not there (its fields have nowhere to go).
 */
export function putAtFieldPath<T extends object>(document: T, path: string, value: unknown): T {
  const [way, last] = splitLast(path);
  const write = (node: unknown, index: number): unknown => {
    const copy: JsonRecord = isRecord(node) ? { ...node } : {};
    const segment = index < way.length ? (way[index] as PathSegment) : last;
    const isLast = index === way.length;
    const { field, element } = segment;
    if (!element) {
      if (!isLast) copy[field] = write(copy[field], index + 1);
      else if (value === undefined) delete copy[field];
      else copy[field] = value;
      return copy;
    }
    const array = Array.isArray(copy[field]) ? [...(copy[field] as unknown[])] : [];
    const at = array.findIndex((item) => matches(item, element.key, element.value));
    if (!isLast) {
      if (at < 0)
        throw new Error(
          `"${path}": the element ${field}[${element.key}=${element.value}] is not there.`,
        );
      array[at] = write(array[at], index + 1);
    } else if (value === undefined) {
      if (at >= 0) array.splice(at, 1);
    } else if (at >= 0) array[at] = value;
    else array.push(value);
    copy[field] = array;
    return copy;
  };
  return write(document, 0) as T;
}
