import { deriveAgendaUtc } from './agenda';
import type { AgendaItem } from './agendaItem';
import { validateAgendaItem } from './agendaItemValidation';
import type { SyncedCollectionName } from './collectionNames';
import { validateContact } from './contactValidation';
import { validateFollowUp } from './followUpValidation';
import { validateOrganisation } from './organisationValidation';
import { validatePartnership } from './partnershipValidation';
import { validateVisit } from './visitValidation';

/**
 * What the three-way sync merge (shared/sync/mergeDocuments.ts) must know
 * about each kind of record beyond "field by field": which fields only make
 * sense together, how the elements of an array of objects are identified,
 * which fields are derived from others, and which rules a record must keep.
 * The merge looks these up by collection name; it has no entity knowledge of
 * its own.
 */

/** A record (or nested object, or array element) as the merge sees it. */
export type MergeRecord = Record<string, unknown>;

/** Rules for one object: the record itself, a nested object, or an array's elements. */
export interface ObjectMergeRules {
  /**
   * Fields that belong together: when both sides changed fields of one group,
   * the whole group is taken from the server and the local changes are
   * reported, so no record mixes one writer's start with another's end.
   */
  groups?: readonly (readonly string[])[];
  /** Rules for nested objects and arrays of objects, by field name. */
  fields?: Readonly<Record<string, ElementMergeRules>>;
}

/** Rules for a nested object or for the elements of an array of objects. */
export interface ElementMergeRules extends ObjectMergeRules {
  /**
   * For arrays: the fields that identify an element, in order of preference;
   * an element is known by the first of them it has as a string.
   */
  keys?: readonly string[];
}

/** One broken rule of a merged record, at a dotted path like `end` or `parties.0.name`. */
export interface RuleIssue {
  field: string;
  code: string;
}

/** Everything the merge needs to know about one collection's records. */
export interface CollectionMergeRules extends ObjectMergeRules {
  /** Fields computed from others: never merged, recomputed after the merge. */
  derived?: {
    fields: readonly string[];
    /**
     * The derived fields' values for a record.
     * @throws when the record's source fields cannot be read (the rules report those).
     */
    compute(record: MergeRecord): MergeRecord;
  };
  /** The record's rules, as the forms check them; an empty list when it keeps them all. */
  validate?(record: MergeRecord): readonly RuleIssue[];
}

/**
 * Arrays that do not appear here hold strings or ids and merge as sets;
 * `tags`, `languages`, `sectors`, `themes`, `attendeeIds`,
 * `partnerOrganisationIds` and the note's `links.*Ids` are such.
 *
 * E-mail addresses and phone numbers have no id: they are known by the
 * address or number itself. Their position would not do (a row added or
 * removed on one device shifts every later row, so a label edit would land on
 * the wrong row); the value is what the user means by "this row", so a
 * relabelled row merges with a concurrent edit, and an edited address is the
 * old row removed and a new one added.
 */
const CONTACT_RULES: CollectionMergeRules = {
  groups: [['lawfulBasis', 'consentNote']],
  fields: {
    // The forms of address are given for the office's title, never composed.
    office: { groups: [['title', 'formalStyle', 'spokenForm']] },
    affiliations: { keys: ['organisationId'], groups: [['from', 'to']] },
    emails: { keys: ['address'] },
    phones: { keys: ['number'] },
  },
  validate: (record) => validateContact(record),
};

const AGENDA_ITEM_RULES: CollectionMergeRules = {
  groups: [['start', 'end', 'timeZone']],
  derived: {
    fields: ['startUtc', 'endUtc'],
    compute: (record) => deriveAgendaUtc(record as Pick<AgendaItem, 'start' | 'end' | 'timeZone'>),
  },
  validate: (record) => validateAgendaItem(record),
};

const MERGE_RULES: Readonly<Record<SyncedCollectionName, CollectionMergeRules>> = {
  contacts: CONTACT_RULES,
  agendaItems: AGENDA_ITEM_RULES,
  visits: {
    groups: [['startDate', 'endDate']],
    fields: { members: { keys: ['contactId'] } },
    validate: (record) => validateVisit(record),
  },
  // A city party is known by its name, an organisation by its id.
  partnerships: {
    fields: { parties: { keys: ['organisationId', 'name'] } },
    validate: (record) => validatePartnership(record),
  },
  organisations: { validate: (record) => validateOrganisation(record) },
  // One due date, no derived fields: the field-by-field merge suffices.
  followUps: { validate: (record) => validateFollowUp(record) },
  notes: {},
};

/** The merge rules of a synced collection. */
export function mergeRulesFor(collectionName: SyncedCollectionName): CollectionMergeRules {
  return MERGE_RULES[collectionName];
}
