import type { BaseDocument } from './common';

/** What a follow-up is about. */
export const FOLLOW_UP_KINDS = [
  'invitation',
  'opportunity',
  'funding-bid',
  'thank-you-letter',
  'introduction',
  'other',
] as const;

/** One of `FOLLOW_UP_KINDS`. */
export type FollowUpKind = (typeof FOLLOW_UP_KINDS)[number];

/** Progress of a follow-up. */
export const FOLLOW_UP_STATUSES = ['open', 'in-progress', 'done', 'dropped'] as const;

/** One of `FOLLOW_UP_STATUSES`. */
export type FollowUpStatus = (typeof FOLLOW_UP_STATUSES)[number];

/**
 * Something to do after a visit or meeting: an invitation to send, a funding
 * bid, a thank-you letter. Linked to any of a visit, a contact, an organisation.
 */
export interface FollowUp extends BaseDocument {
  kind: FollowUpKind;
  title: string;
  visitId?: string;
  contactId?: string;
  organisationId?: string;
  /** Who is responsible: a user id or a name (free text). */
  owner: string;
  /** ISO date. */
  dueDate: string;
  status: FollowUpStatus;
  notes?: string;
}
