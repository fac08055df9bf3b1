import type { BaseDocument } from './common';

/** What an organisation is; drives icons, filters and briefing sections. */
export const ORGANISATION_KINDS = [
  'city-council',
  'combined-authority',
  'university',
  'company',
  'festival',
  'chamber',
  'cultural-venue',
  'agency',
  'government',
  'other',
] as const;

/** One of `ORGANISATION_KINDS`. */
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

/**
 * A body the team works with: a council, a university, a company, a festival.
 * Optional fields are left out when unknown (never stored as `''` for dates
 * and codes, which the schema checks by pattern).
 */
export interface Organisation extends BaseDocument {
  /** Display name, e.g. "West Midlands Growth Company". */
  name: string;
  kind: OrganisationKind;
  city?: string;
  /** ISO 3166-1 alpha-2, upper case: `GB`, `DE`. */
  country?: string;
  /** Postal address, multi-line. */
  address?: string;
  /** Home page, `https://…`. */
  website?: string;
  /** Free sector labels, e.g. "creative industries", "higher education". */
  sectors: string[];
  description?: string;
  /** Id of the parent organisation (e.g. a department's council). */
  parentOrganisationId?: string;
}
