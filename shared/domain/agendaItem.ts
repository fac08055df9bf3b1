import type { BaseDocument } from './common';

/** What happens in a programme slot. */
export const AGENDA_ITEM_KINDS = [
  'meeting',
  'round-table',
  'site-visit',
  'reception',
  'meal',
  'travel',
  'performance',
  'free-time',
] as const;

/** One of `AGENDA_ITEM_KINDS`. */
export type AgendaItemKind = (typeof AGENDA_ITEM_KINDS)[number];

/** Whether a slot still holds; `changed` flags it for the addendum. */
export const AGENDA_ITEM_STATUSES = ['planned', 'confirmed', 'changed', 'cancelled'] as const;

/** One of `AGENDA_ITEM_STATUSES`. */
export type AgendaItemStatus = (typeof AGENDA_ITEM_STATUSES)[number];

/**
 * One slot of a visit's programme.
 *
 * The truth is the venue's wall-clock time (`start`, `end`, `timeZone`), which
 * is what the host prints on the programme. `startUtc`/`endUtc` are derived
 * from it (see `deriveAgendaUtc` in agenda.ts) for sorting and overlap checks,
 * and must be re-derived whenever the local times or the zone change.
 */
export interface AgendaItem extends BaseDocument {
  visitId: string;
  /** Local date-time at the venue, `YYYY-MM-DDTHH:mm`. */
  start: string;
  /** Local date-time at the venue, `YYYY-MM-DDTHH:mm`. */
  end: string;
  /** IANA zone of `start` and `end`, e.g. `Europe/London`. */
  timeZone: string;
  /** Derived ISO instant (`...Z`) of `start`. */
  startUtc: string;
  /** Derived ISO instant (`...Z`) of `end`. */
  endUtc: string;
  title: string;
  kind: AgendaItemKind;
  venueName?: string;
  venueAddress?: string;
  hostOrganisationId?: string;
  chairContactId?: string;
  /** Contact ids of the people attending. */
  attendeeIds: string[];
  purpose?: string;
  briefingNotes?: string;
  dressCode?: string;
  transport?: string;
  status: AgendaItemStatus;
}
