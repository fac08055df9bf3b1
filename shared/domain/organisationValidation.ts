import type { BaseDocument } from './common';
import {
  collectIssues,
  isBlank,
  isCountryCode,
  isHttpsUrl,
  type FieldIssue,
  type TextIssueCode,
} from './fieldIssue';
import { ORGANISATION_KINDS, type Organisation } from './organisation';
import { LIMITS } from './schemaParts';

/** Why an organisation field is not acceptable; the UI translates each code. */
export type OrganisationIssueCode =
  | 'required'
  | TextIssueCode
  | 'invalidOption'
  | 'countryCode'
  | 'httpsUrl'
  | 'parentSelf'
  | 'parentCycle';

/** One problem with the organisation form. */
export type OrganisationIssue = FieldIssue<OrganisationIssueCode>;

/** What the create/edit form holds: an organisation without its bookkeeping fields. */
export type OrganisationInput = Partial<Omit<Organisation, Exclude<keyof BaseDocument, 'tags'>>>;

/** The rest of the workspace that validation needs to see. */
export interface OrganisationContext {
  /** The id of the organisation being edited; absent for a new one. */
  id?: string;
  /** The parent of any other organisation, to refuse loops (A in B in A). */
  parentOf?: (id: string) => string | undefined;
}

/**
 * Every problem that stops the organisation from being saved, in form order.
 * The country is expected already upper-cased by the form ("gb" is typed,
 * "GB" is stored), so here it must be exact.
 */
export function validateOrganisation(
  input: OrganisationInput,
  context: OrganisationContext = {},
): OrganisationIssue[] {
  const { issues, add, checkLength } = collectIssues<OrganisationIssueCode>();

  if (isBlank(input.name)) add('name', 'required');
  checkLength('name', input.name, LIMITS.shortText);
  if (input.kind === undefined) add('kind', 'required');
  else if (!ORGANISATION_KINDS.includes(input.kind)) add('kind', 'invalidOption');
  checkLength('city', input.city, LIMITS.shortText);
  if (input.country !== undefined && !isCountryCode(input.country)) add('country', 'countryCode');
  checkLength('address', input.address, LIMITS.mediumText);
  if (input.website !== undefined) {
    if (!isHttpsUrl(input.website)) add('website', 'httpsUrl');
    checkLength('website', input.website, LIMITS.mediumText);
  }
  (input.sectors ?? []).forEach((sector, i) =>
    checkLength(`sectors.${i}`, sector, LIMITS.shortText),
  );
  checkLength('description', input.description, LIMITS.longText);

  const parent = input.parentOrganisationId;
  if (parent !== undefined && context.id !== undefined) {
    if (parent === context.id) add('parentOrganisationId', 'parentSelf');
    else if (isAncestorLoop(context.id, parent, context.parentOf)) {
      add('parentOrganisationId', 'parentCycle');
    }
  }
  return issues;
}

/** Whether making `parent` the parent of `id` would put `id` above itself. */
function isAncestorLoop(
  id: string,
  parent: string,
  parentOf: OrganisationContext['parentOf'],
): boolean {
  if (!parentOf) return false;
  const seen = new Set<string>();
  for (let current: string | undefined = parent; current; current = parentOf(current)) {
    if (current === id) return true;
    // A loop already stored elsewhere must not hang the form.
    if (seen.has(current)) return false;
    seen.add(current);
  }
  return false;
}

/**
 * The ids of an organisation and everything below it: none of them may
 * become its parent, so the parent picker leaves them out.
 */
export function selfAndDescendantIds(
  id: string,
  organisations: readonly Pick<Organisation, 'id' | 'parentOrganisationId'>[],
): Set<string> {
  const found = new Set([id]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const organisation of organisations) {
      const parent = organisation.parentOrganisationId;
      if (parent && found.has(parent) && !found.has(organisation.id)) {
        found.add(organisation.id);
        grew = true;
      }
    }
  }
  return found;
}
