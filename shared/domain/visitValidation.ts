import { compareIsoDates, isValidIsoDate } from '../time/isoDate';
import { isValidTimeZone } from '../time/zonedTime';
import type { BaseDocument } from './common';
import { collectIssues, isBlank, type FieldIssue, type TextIssueCode } from './fieldIssue';
import { LIMITS } from './schemaParts';
import {
  VISIT_DIRECTIONS,
  VISIT_KINDS,
  VISIT_MEMBER_ROLES,
  VISIT_STATUSES,
  type Visit,
} from './visit';
import { visitDayCount } from './agendaDays';

/**
 * Why a visit field is not acceptable. Codes only: the UI owns the wording
 * and translates each code (so shared/ carries no English).
 */
export type VisitIssueCode =
  | 'required'
  | TextIssueCode
  | 'date'
  | 'dateOrder'
  | 'dateRange'
  | 'countryCode'
  | 'timeZone'
  | 'invalidOption'
  | 'duplicate';

/**
 * One problem with the visit form, at a dotted field path like
 * `logistics.hotel`; `max` is set for `tooLong` (characters) and `dateRange`
 * (days).
 */
export type VisitIssue = FieldIssue<VisitIssueCode>;

/** What the create/edit form holds: a visit without bookkeeping, any part possibly missing. */
export type VisitInput = Partial<Omit<Visit, Exclude<keyof BaseDocument, 'tags'>>>;

/**
 * The longest visit, in days. The detail page shows one section per day, so
 * a mistyped year (2205 for 2025) must be caught here rather than render
 * 65,000 empty days.
 */
export const MAX_VISIT_DAYS = 366;

const COUNTRY_CODE = /^[A-Z]{2}$/;

const TEXT_LIMITS = {
  title: LIMITS.shortText,
  destinationCity: LIMITS.shortText,
  objectives: LIMITS.longText,
  keyMessages: LIMITS.longText,
  linesToTake: LIMITS.longText,
  risks: LIMITS.longText,
} as const satisfies Partial<Record<keyof VisitInput, number>>;

function isOneOf<T extends string>(options: readonly T[], value: string): boolean {
  return (options as readonly string[]).includes(value);
}

/**
 * Checks a visit for the create/edit form. Returns every issue found (empty
 * when the visit can be saved), in form order.
 */
export function validateVisit(input: VisitInput): VisitIssue[] {
  const { issues, add, checkLength } = collectIssues<VisitIssueCode>();

  if (isBlank(input.title)) add('title', 'required');
  checkLength('title', input.title, TEXT_LIMITS.title);
  if (input.kind === undefined || !isOneOf(VISIT_KINDS, input.kind)) add('kind', 'invalidOption');
  if (input.direction === undefined || !isOneOf(VISIT_DIRECTIONS, input.direction)) {
    add('direction', 'invalidOption');
  }
  checkLength('destinationCity', input.destinationCity, TEXT_LIMITS.destinationCity);
  if (!isBlank(input.destinationCountry) && !COUNTRY_CODE.test(input.destinationCountry ?? '')) {
    add('destinationCountry', 'countryCode');
  }
  if (isBlank(input.venueTimeZone)) add('venueTimeZone', 'required');
  else if (!isValidTimeZone(input.venueTimeZone ?? '')) add('venueTimeZone', 'timeZone');

  const startOk = !isBlank(input.startDate) && isValidIsoDate(input.startDate ?? '');
  const endOk = !isBlank(input.endDate) && isValidIsoDate(input.endDate ?? '');
  if (isBlank(input.startDate)) add('startDate', 'required');
  else if (!startOk) add('startDate', 'date');
  if (isBlank(input.endDate)) add('endDate', 'required');
  else if (!endOk) add('endDate', 'date');
  if (startOk && endOk && input.startDate && input.endDate) {
    if (compareIsoDates(input.endDate, input.startDate) < 0) add('endDate', 'dateOrder');
    else if (visitDayCount(input.startDate, input.endDate) > MAX_VISIT_DAYS) {
      add('endDate', 'dateRange', MAX_VISIT_DAYS);
    }
  }
  if (input.status === undefined || !isOneOf(VISIT_STATUSES, input.status)) {
    add('status', 'invalidOption');
  }

  const seenMembers = new Set<string>();
  (input.members ?? []).forEach((member, i) => {
    if (isBlank(member.contactId)) add(`members.${i}.contactId`, 'required');
    else if (seenMembers.has(member.contactId)) add(`members.${i}.contactId`, 'duplicate');
    else seenMembers.add(member.contactId);
    if (!isOneOf(VISIT_MEMBER_ROLES, member.role)) add(`members.${i}.role`, 'invalidOption');
  });
  const seenOrganisations = new Set<string>();
  (input.partnerOrganisationIds ?? []).forEach((id, i) => {
    if (seenOrganisations.has(id)) add(`partnerOrganisationIds.${i}`, 'duplicate');
    seenOrganisations.add(id);
  });

  for (const field of ['objectives', 'keyMessages', 'linesToTake'] as const) {
    checkLength(field, input[field], TEXT_LIMITS[field]);
  }
  for (const part of ['travel', 'hotel', 'transport'] as const) {
    checkLength(`logistics.${part}`, input.logistics?.[part], LIMITS.longText);
  }
  checkLength('risks', input.risks, TEXT_LIMITS.risks);
  return issues;
}
