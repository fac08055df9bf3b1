import type { BaseDocument } from './common';

/** Whether a party to a partnership is a whole city or one organisation. */
export const PARTNERSHIP_PARTY_KINDS = ['city', 'organisation'] as const;

/** One of `PARTNERSHIP_PARTY_KINDS`. */
export type PartnershipPartyKind = (typeof PARTNERSHIP_PARTY_KINDS)[number];

/** Where a partnership stands. */
export const PARTNERSHIP_STATUSES = ['active', 'dormant', 'ended', 'proposed'] as const;

/** One of `PARTNERSHIP_STATUSES`. */
export type PartnershipStatus = (typeof PARTNERSHIP_STATUSES)[number];

/** One side of a partnership: a city ("Leipzig") or an organisation. */
export interface PartnershipParty {
  kind: PartnershipPartyKind;
  /** Display name, also kept for organisations so exports read well offline. */
  name: string;
  /** Set when `kind` is `organisation`. */
  organisationId?: string;
  /** ISO 3166-1 alpha-2, upper case. */
  country?: string;
}

/** A twinning or other standing partnership between two or more parties. */
export interface Partnership extends BaseDocument {
  parties: PartnershipParty[];
  /** Year it began, e.g. 1992. */
  since?: number;
  /** The agreement: its name, date, where the signed copy is. */
  agreement?: string;
  /** e.g. culture, education, economy, public health. */
  themes: string[];
  status: PartnershipStatus;
  historyNotes?: string;
}
