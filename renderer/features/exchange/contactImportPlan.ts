import { newId } from '../../../shared/domain/common';
import type { Affiliation, Contact } from '../../../shared/domain/contact';
import { contactSchema } from '../../../shared/domain/contactSchema';
import { validateContact, type ContactIssue } from '../../../shared/domain/contactValidation';
import type { Organisation } from '../../../shared/domain/organisation';
import { organisationSchema } from '../../../shared/domain/organisationSchema';
import { validateOrganisation } from '../../../shared/domain/organisationValidation';
import {
  cleanDocumentText,
  documentIssues,
  isDocumentId,
} from '../../../shared/sync/documentRules';
import { foldForSearch } from '../../../shared/text/searchFold';
import { compiledValidator } from '../../data/schemaValidator';
import { newEntity, stamped, type Stamp } from '../../data/writes';
import {
  findLikelyDuplicates,
  storedCandidate,
  type LikelyDuplicate,
} from '../../formats/contactDuplicates';
import type { ContactDraft } from '../../formats/vcard/contactDraft';

/** One contact of a file as it would be written, with what the preview shows about it. */
export interface ImportEntry {
  draft: ContactDraft;
  contact: Contact;
  duplicate?: LikelyDuplicate;
  /** Problems that stop it from being written, at dotted field paths. */
  issues: ContactIssue[];
}

/** An organisation the file names that is not stored yet, and its problems if any. */
export interface NewOrganisation {
  organisation: Organisation;
  issues: { field: string; code: string }[];
}

/** Everything an import would write, built and checked before anything is written. */
export interface ContactImportPlan {
  entries: ImportEntry[];
  newOrganisations: NewOrganisation[];
  /** Who imports: the write stamps every document with them, at the time it writes. */
  author: string;
}

/** What the plan needs to know about the workspace. */
export interface PlanContext {
  contacts: readonly Contact[];
  organisations: readonly Organisation[];
  author: string;
  now: Date;
}

let contactCheck: ReturnType<typeof compiledValidator> | undefined;
let organisationCheck: ReturnType<typeof compiledValidator> | undefined;

/** The stored schema's verdict (as RxDB would give it on write), as form-style issues. */
function schemaIssues(check: ReturnType<typeof compiledValidator>, document: unknown) {
  return check(document).map((error) => ({
    field: String((error as { path?: string }).path ?? '')
      .replace(/^#\/?/, '')
      .replace(/\//g, '.'),
    code: 'schema' as ContactIssue['code'],
  }));
}

/** What the sync server would refuse that the form and the store let through, as `schema`. */
function syncIssues(collection: 'contacts' | 'organisations', document: object) {
  return documentIssues(collection, { ...document, _deleted: false }).map((issue) => ({
    field: issue.field,
    code: 'schema' as ContactIssue['code'],
  }));
}

/** Checks a contact the way the form, the store and the sync server would. */
export function contactIssues(contact: Contact): ContactIssue[] {
  contactCheck ??= compiledValidator(contactSchema as never);
  const issues = validateContact(contact);
  if (issues.length > 0) return issues;
  const stored = schemaIssues(contactCheck, contact);
  return stored.length > 0 ? stored : syncIssues('contacts', contact);
}

function organisationIssues(organisation: Organisation) {
  organisationCheck ??= compiledValidator(organisationSchema as never);
  const issues = validateOrganisation(organisation);
  if (issues.length > 0) return issues;
  const stored = schemaIssues(organisationCheck, organisation);
  return stored.length > 0 ? stored : syncIssues('organisations', organisation);
}

/**
 * Turns drafts into the documents an import would write: organisations
 * matched by folded name (Universitaet = Universität) or created once each,
 * ids kept from the file unless already taken, every contact validated, and
 * likely duplicates marked. Nothing is written here.
 */
export function planContactImport(
  drafts: readonly ContactDraft[],
  context: PlanContext,
): ContactImportPlan {
  const stamp: Stamp = { author: context.author, now: context.now };
  const byName = new Map(
    context.organisations.map((entry) => [foldForSearch(entry.name), entry.id]),
  );
  const newOrganisations: NewOrganisation[] = [];
  const organisationId = (name: string): string => {
    const key = foldForSearch(name);
    const known = byName.get(key);
    if (known) return known;
    // Text from a file is made storable: no control characters, no broken surrogates.
    const organisation = cleanDocumentText(
      'organisations',
      newEntity<Organisation>({ tags: [], name: name.trim(), kind: 'other', sectors: [] }, stamp),
    );
    newOrganisations.push({ organisation, issues: organisationIssues(organisation) });
    byName.set(key, organisation.id);
    return organisation.id;
  };

  const storedIds = new Set(context.contacts.map((contact) => contact.id));
  const usedIds = new Set<string>();
  const duplicates = findLikelyDuplicates(
    drafts.map((draft) => ({
      ...(draft.id && { id: draft.id }),
      givenNames: draft.fields.givenNames,
      familyName: draft.fields.familyName,
      emails: draft.fields.emails,
      organisationNames: draft.affiliations.map((affiliation) => affiliation.organisationName),
    })),
    context.contacts.map((contact) => storedCandidate(contact, context.organisations)),
  );

  const entries = drafts.map((draft, index): ImportEntry => {
    // Our own export carries each contact's id; keep it so a re-import is the same person.
    // An id of another form (another program's UID) would be refused by the server.
    const kept =
      draft.id && isDocumentId(draft.id) && !storedIds.has(draft.id) && !usedIds.has(draft.id);
    const id = kept && draft.id ? draft.id : newId();
    usedIds.add(id);
    const affiliations = draft.affiliations.map(({ organisationName, ...rest }): Affiliation => ({
      organisationId: organisationId(organisationName),
      ...rest,
    }));
    const contact: Contact = cleanDocumentText(
      'contacts',
      stamped(
        { ...draft.fields, id, createdAt: stamp.now.toISOString(), affiliations } satisfies Omit<
          Contact,
          'updatedAt' | 'updatedBy'
        >,
        stamp,
      ),
    );
    const duplicate = duplicates[index];
    return { draft, contact, ...(duplicate && { duplicate }), issues: contactIssues(contact) };
  });
  return { entries, newOrganisations, author: context.author };
}

/** The entries ticked by default: everything but likely duplicates. */
export function defaultSelection(plan: ContactImportPlan): Set<number> {
  return new Set(plan.entries.flatMap((entry, index) => (entry.duplicate ? [] : [index])));
}
