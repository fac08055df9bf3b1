import { isMultiLineLimit } from '../domain/schemaParts';
import { cleanText, textIssue } from '../text/safeText';
import type { DocumentIssue } from './documentIssue';

/**
 * The part of JSON Schema the collection schemas in shared/domain use (see
 * schemaParts.ts). Checked here by hand rather than by a schema library so
 * that every problem comes back with its field and a stable reason, the check
 * runs under the renderer's CSP (no `eval`), and it never recurses deeper
 * than the schema does: a hostile, deeply nested value is refused at the
 * first level where the schema expects something else.
 */
export interface SchemaNode {
  type?: string | readonly string[];
  properties?: Readonly<Record<string, SchemaNode>>;
  required?: readonly string[];
  additionalProperties?: boolean;
  items?: SchemaNode;
  maxLength?: number;
  pattern?: string;
  enum?: readonly unknown[];
  minimum?: number;
  maximum?: number;
}

/** What the walk needs to know beyond the schema itself. */
export interface SchemaCheckOptions {
  /** Most elements of the array at a field path without indices (`members`, `links.contactIds`). */
  maxItems(path: string): number;
  /** Whether the string at a field path is a document id. */
  isIdField(path: string): boolean;
  /** Whether `value` has the form of a document id. */
  isId(value: string): boolean;
  /** A tombstone need not carry the fields the schema requires (only `id`). */
  tombstone: boolean;
}

const patterns = new Map<string, RegExp>();
function patternOf(source: string): RegExp {
  let pattern = patterns.get(source);
  if (!pattern) {
    pattern = new RegExp(source);
    patterns.set(source, pattern);
  }
  return pattern;
}

/** Whether a string field may hold line breaks and tabs: notes, objectives, addresses… */
export function isMultiLine(node: SchemaNode): boolean {
  return isMultiLineLimit(node.maxLength ?? 0);
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A field path printable in an error: no control characters, not endless. */
export function printablePath(path: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are what it replaces
  const clean = path.replace(/[\u0000-\u001F\uD800-\uDFFF]/g, '\uFFFD');
  return clean.length > 200 ? `${clean.slice(0, 199)}…` : clean;
}

/** Records that `value` at `path` is refused for `reason`. */
function refuse(issues: DocumentIssue[], path: string, reason: DocumentIssue['reason']): void {
  issues.push({ field: printablePath(path || '(document)'), reason });
}

/**
 * Every problem with `value` against `node`, appended to `issues`.
 * `path` is the dotted field path with indices (`emails.1.address`);
 * `shape` is the same without indices, as the options take it.
 * (Called for every value of every pushed document: it makes no closures
 * and no copies, which showed up in the server's push time.)
 */
export function checkAgainstSchema(
  node: SchemaNode,
  value: unknown,
  options: SchemaCheckOptions,
  issues: DocumentIssue[],
  path = '',
  shape = '',
): void {
  const type = node.type;
  if (type === 'string') {
    if (typeof value !== 'string') return refuse(issues, path, 'schema');
    if (node.maxLength !== undefined && value.length > node.maxLength) {
      return refuse(issues, path, 'too_long');
    }
    const text = textIssue(value, isMultiLine(node));
    if (text) return refuse(issues, path, text);
    if (node.enum && !node.enum.includes(value)) return refuse(issues, path, 'schema');
    if (node.pattern && !patternOf(node.pattern).test(value)) return refuse(issues, path, 'schema');
    if (options.isIdField(shape) && !options.isId(value)) return refuse(issues, path, 'id');
    return;
  }
  if (type === 'integer' || type === 'number') {
    if (typeof value !== 'number' || !Number.isFinite(value)) return refuse(issues, path, 'schema');
    if (type === 'integer' && !Number.isInteger(value)) return refuse(issues, path, 'schema');
    if (node.minimum !== undefined && value < node.minimum) return refuse(issues, path, 'schema');
    if (node.maximum !== undefined && value > node.maximum) return refuse(issues, path, 'schema');
    return;
  }
  if (type === 'boolean') {
    if (typeof value !== 'boolean') refuse(issues, path, 'schema');
    return;
  }
  if (type === 'array') {
    if (!Array.isArray(value)) return refuse(issues, path, 'schema');
    if (value.length > options.maxItems(shape)) return refuse(issues, path, 'too_many');
    const items = node.items;
    if (!items) return refuse(issues, path, 'schema');
    for (let index = 0; index < value.length; index++) {
      checkAgainstSchema(items, value[index], options, issues, `${path}.${index}`, shape);
    }
    return;
  }
  if (type === 'object') {
    if (!isPlainObject(value)) return refuse(issues, path, 'schema');
    const properties = node.properties ?? {};
    const topLevel = path === '';
    const required = topLevel && options.tombstone ? ['id'] : (node.required ?? []);
    for (const key of required) {
      if (!Object.hasOwn(value, key)) issues.push({ field: join(path, key), reason: 'schema' });
    }
    for (const key of Object.keys(value)) {
      const property = Object.hasOwn(properties, key) ? properties[key] : undefined;
      if (!property) {
        if (node.additionalProperties === false) {
          issues.push({ field: printablePath(join(path, key)), reason: 'schema' });
        }
        continue;
      }
      // An optional field left out is stored without the key; JSON has no undefined.
      checkAgainstSchema(property, value[key], options, issues, join(path, key), join(shape, key));
    }
    return;
  }
  // A schema keyword this walk does not know: refuse rather than let anything through.
  refuse(issues, path, 'schema');
}

const join = (path: string, key: string) => (path ? `${path}.${key}` : key);

/**
 * `value` with every string the schema describes made storable (`cleanText`
 * unless told otherwise: line breaks kept only where the field is
 * multi-line). Whatever the schema does not describe is returned as it is,
 * for the checks to refuse.
 */
export function cleanAgainstSchema<T>(
  node: SchemaNode,
  value: T,
  clean: (text: string, multiline: boolean) => string = cleanText,
): T {
  if (node.type === 'string' && typeof value === 'string') {
    return clean(value, isMultiLine(node)) as T;
  }
  if (node.type === 'array' && Array.isArray(value) && node.items) {
    const items = node.items;
    return value.map((item: unknown) => cleanAgainstSchema(items, item, clean)) as T;
  }
  if (node.type === 'object' && isPlainObject(value)) {
    const properties = node.properties ?? {};
    return Object.fromEntries(
      Object.entries(value).map(([key, child]) => {
        const property = Object.hasOwn(properties, key) ? properties[key] : undefined;
        return [key, property ? cleanAgainstSchema(property, child, clean) : child];
      }),
    ) as T;
  }
  return value;
}
