import type { BaseDocument } from './common';

/** What sort of visit. */
export const VISIT_KINDS = [
  'trade-mission',
  'civic-delegation',
  'study-visit',
  'conference',
] as const;

/** One of `VISIT_KINDS`. */
export type VisitKind = (typeof VISIT_KINDS)[number];

/** Inbound: a delegation comes to us. Outbound: we travel. */
export const VISIT_DIRECTIONS = ['inbound', 'outbound'] as const;

/** One of `VISIT_DIRECTIONS`. */
export type VisitDirection = (typeof VISIT_DIRECTIONS)[number];

/** Life cycle of a visit. */
export const VISIT_STATUSES = [
  'idea',
  'planned',
  'confirmed',
  'under-way',
  'done',
  'cancelled',
] as const;

/** One of `VISIT_STATUSES`. */
export type VisitStatus = (typeof VISIT_STATUSES)[number];

/** A delegation member's role. */
export const VISIT_MEMBER_ROLES = [
  'lead',
  'delegate',
  'host',
  'organiser',
  'interpreter',
  'press',
] as const;

/** One of `VISIT_MEMBER_ROLES`. */
export type VisitMemberRole = (typeof VISIT_MEMBER_ROLES)[number];

/** A person in the delegation (or hosting it) and their role. */
export interface VisitMember {
  contactId: string;
  role: VisitMemberRole;
}

/** Travel, hotel and local transport arrangements, free text each. */
export interface VisitLogistics {
  travel?: string;
  hotel?: string;
  transport?: string;
}

/**
 * A delegation, trade mission, study visit or conference trip. Dates are ISO
 * calendar dates in the venue's zone; the programme lives in agenda items.
 */
export interface Visit extends BaseDocument {
  title: string;
  kind: VisitKind;
  direction: VisitDirection;
  destinationCity?: string;
  /** ISO 3166-1 alpha-2, upper case. */
  destinationCountry?: string;
  /** IANA zone of the venue, e.g. `Europe/London`; the default for new agenda items. */
  venueTimeZone: string;
  /** ISO date of the first day. */
  startDate: string;
  /** ISO date of the last day (inclusive). */
  endDate: string;
  status: VisitStatus;
  partnershipId?: string;
  leadContactId?: string;
  members: VisitMember[];
  partnerOrganisationIds: string[];
  /** Free text; one objective per line. */
  objectives?: string;
  /** Free text; one message per line. */
  keyMessages?: string;
  /** Lines to take on sensitive topics; free text. */
  linesToTake?: string;
  logistics?: VisitLogistics;
  risks?: string;
}
