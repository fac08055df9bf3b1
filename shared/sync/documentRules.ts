import type { SyncedCollectionName } from '../domain/collectionNames';
import { isImageDataUrl, validateContact } from '../domain/contactValidation';
import { isHttpsUrl, type FieldIssue } from '../domain/fieldIssue';
import { validateFollowUp } from '../domain/followUpValidation';
import { validateAgendaItem } from '../domain/agendaItemValidation';
import type { Organisation } from '../domain/organisation';
import { validateOrganisation } from '../domain/organisationValidation';
import { validatePartnership } from '../domain/partnershipValidation';
import { collectionSchemas } from '../domain/schemas';
import { cleanControlCharacters } from '../text/safeText';
import { validateVisit } from '../domain/visitValidation';
import type { DocumentIssue } from './documentIssue';
import {
  checkAgainstSchema,
  cleanAgainstSchema,
  type SchemaCheckOptions,
  type SchemaNode,
} from './schemaCheck';

export {
  DOCUMENT_ISSUE_REASONS,
  type DocumentIssue,
  type DocumentIssueReason,
  type RefusedRow,
} from './documentIssue';

/**
 * What a valid synced document is, in one place: the server checks every
 * pushed row with it, and the app can check a document before pushing it.
 * It is the collection's JSON schema (shared/domain/*Schema.ts) plus:
 * - ids of the form the app makes (`newId`: a UUID), for the document and
 *   every link to another document;
 * - text without C0 control characters (tab and line feed only in multi-line
 *   fields) and without unpaired surrogates (shared/text/safeText.ts);
 * - websites only `https://`; photos only PNG/JPEG/WebP/GIF data URLs;
 * - a bound on every list (`ARRAY_LIMITS`) as on every text (the schemas'
 *   `maxLength`);
 * - for a live document, the rules its form checks (`validate*`).
 * A tombstone (`_deleted: true`) need carry only its id; what it carries must
 * still be valid. None of this changes the stored schemas, so documents the
 * app already holds need no migration.
 */

/**
 * The most elements each list may hold, by field path without indices. Far
 * above real use (a delegation of a thousand, a hundred languages), low
 * enough that one document stays a size every device can sync.
 */
export const ARRAY_LIMITS: Readonly<Record<string, number>> = {
  tags: 100,
  sectors: 100,
  themes: 100,
  languages: 100,
  affiliations: 200,
  emails: 50,
  phones: 50,
  parties: 100,
  members: 1000,
  partnerOrganisationIds: 1000,
  attendeeIds: 1000,
  'links.contactIds': 1000,
  'links.organisationIds': 1000,
  'links.visitIds': 1000,
  'links.agendaItemIds': 1000,
};

/** A list the table above forgot is held to this; a test keeps the table complete. */
const DEFAULT_MAX_ITEMS = 100;

/** How `newId` makes ids (`crypto.randomUUID`), and the sample's fixed v5 UUIDs. */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Whether `value` has the form of a document id the app makes. */
export function isDocumentId(value: unknown): value is string {
  return typeof value === 'string' && UUID.test(value);
}

/**
 * Whether the field at `path` (dotted, without indices) holds a document id:
 * `id`, a link such as `visitId` or `members.contactId`, or an element of a
 * list of links such as `attendeeIds`. (`updatedBy` is a user's id, checked
 * against the signed-in user by the server instead.)
 */
export function isIdField(path: string): boolean {
  const key = path.slice(path.lastIndexOf('.') + 1);
  return key === 'id' || key.endsWith('Id') || key.endsWith('Ids');
}

/**
 * What `documentIssues` checks a collection's documents against, made once
 * per collection rather than for every document: the collection's schema
 * with the replication's `_deleted` flag, and the walk's options for live
 * documents and for tombstones.
 */
interface CompiledRules {
  schema: SchemaNode;
  live: SchemaCheckOptions;
  tombstone: SchemaCheckOptions;
}

const compiled = new Map<SyncedCollectionName, CompiledRules>();

const maxItems = (path: string) => ARRAY_LIMITS[path] ?? DEFAULT_MAX_ITEMS;

/**
 * `isIdField`, remembered: the walk asks it for every string it checks, with
 * field paths that come from the schemas (never from the documents), so the
 * answers are few.
 */
const idFields = new Map<string, boolean>();
function isIdFieldRemembered(path: string): boolean {
  let answer = idFields.get(path);
  if (answer === undefined) {
    answer = isIdField(path);
    idFields.set(path, answer);
  }
  return answer;
}

function rulesOf(collection: SyncedCollectionName): CompiledRules | undefined {
  let rules = compiled.get(collection);
  if (rules) return rules;
  if (!Object.hasOwn(collectionSchemas, collection)) return undefined;
  const entry = collectionSchemas[collection] as { schema: SchemaNode };
  const options = { maxItems, isIdField: isIdFieldRemembered, isId: isDocumentId };
  rules = {
    schema: {
      ...entry.schema,
      properties: { ...entry.schema.properties, _deleted: { type: 'boolean' } },
      required: [...(entry.schema.required ?? []), '_deleted'],
    },
    live: { ...options, tombstone: false },
    tombstone: { ...options, tombstone: true },
  };
  compiled.set(collection, rules);
  return rules;
}

/** The fields the server checks beyond the schema, per collection. */
const FIELD_RULES: Partial<
  Record<SyncedCollectionName, Record<string, (value: string) => DocumentIssue['reason'] | null>>
> = {
  organisations: { website: (value) => (isHttpsUrl(value) ? null : 'url_scheme') },
  // '' is how a form clears the photo.
  contacts: { photo: (value) => (value === '' || isImageDataUrl(value) ? null : 'photo') },
};

type Validate = (document: never) => FieldIssue<string>[];

/** The form rules that hold for every stored live document of a collection. */
const RECORD_RULES: Partial<Record<SyncedCollectionName, Validate>> = {
  organisations: (document: Organisation) => validateOrganisation(document, { id: document.id }),
  contacts: validateContact,
  partnerships: validatePartnership,
  visits: validateVisit,
  agendaItems: validateAgendaItem,
  followUps: validateFollowUp,
};

/** A form's issue code as a document issue reason. */
function reasonOf(code: string): DocumentIssue['reason'] {
  if (code === 'tooLong') return 'too_long';
  if (code === 'httpsUrl') return 'url_scheme';
  if (code === 'imageDataUrl') return 'photo';
  if (code === 'controlCharacter') return 'control_character';
  if (code === 'unpairedSurrogate') return 'unpaired_surrogate';
  return 'rule';
}

/**
 * Every problem with `document` as a stored document of `collection` (with the
 * replication's `_deleted` flag), empty when it is valid. Safe on any input,
 * however large or deeply nested: it descends only as deep as the schema.
 */
export function documentIssues(
  collection: SyncedCollectionName,
  document: unknown,
): DocumentIssue[] {
  const rules = rulesOf(collection);
  if (!rules) return [{ field: '(document)', reason: 'schema' }];
  const record = document as Record<string, unknown> | null;
  const deleted = typeof record === 'object' && record !== null && record._deleted === true;
  const issues: DocumentIssue[] = [];
  checkAgainstSchema(rules.schema, document, deleted ? rules.tombstone : rules.live, issues);
  if (record === null || typeof record !== 'object') return issues;
  const refused = new Set(issues.map((issue) => issue.field));
  for (const [field, rule] of Object.entries(FIELD_RULES[collection] ?? {})) {
    const value = record[field];
    const reason = typeof value === 'string' && !refused.has(field) ? rule(value) : null;
    if (reason) issues.push({ field, reason });
  }
  // The form rules read a well-formed record; a tombstone keeps whatever it was.
  const validate = RECORD_RULES[collection];
  if (issues.length === 0 && !deleted && validate) {
    for (const issue of validate(record as never)) {
      issues.push({ field: issue.field, reason: reasonOf(issue.code) });
    }
  }
  return issues;
}

/**
 * `document` with its text made storable, field by field as the schema of
 * `collection` says: control characters dropped, CR and CRLF turned into LF
 * in multi-line fields and into a space in one-line ones, unpaired
 * surrogates replaced. For importers, which take text from files written by
 * anything: what they write then passes `documentIssues` on its text.
 */
export function cleanDocumentText<T extends object>(
  collection: SyncedCollectionName,
  document: T,
): T {
  return cleanAgainstSchema(collectionSchemas[collection].schema as SchemaNode, document);
}

/**
 * What a form fixes silently in the fields it saves, as `cleanDocumentText`
 * but leaving unpaired surrogates for the form's check (`validate*`) to
 * refuse, so the user retypes what cannot be guessed: line breaks and tabs
 * fitted to each field, other control characters dropped.
 */
export function cleanFormText<T extends object>(collection: SyncedCollectionName, fields: T): T {
  const schema = collectionSchemas[collection].schema as SchemaNode;
  return cleanAgainstSchema(schema, fields, cleanControlCharacters);
}
