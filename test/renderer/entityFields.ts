import { deriveAgendaUtc } from '../../shared/domain/agenda';
import type { AgendaItem } from '../../shared/domain/agendaItem';
import type { Contact } from '../../shared/domain/contact';
import type { FollowUp } from '../../shared/domain/followUp';
import type { Note } from '../../shared/domain/note';
import type { Organisation } from '../../shared/domain/organisation';
import type { Visit } from '../../shared/domain/visit';
import type { EntityFields } from '../../renderer/data/writes';

// Stored fields of each entity with sensible defaults, for tests to seed
// stores and build fixtures. No React here: pure export tests import it too.

/** A contact's stored fields with sensible defaults. */
export function contactFields(overrides: Partial<Contact> = {}) {
  return {
    tags: [],
    givenNames: '',
    familyName: '',
    nameOrder: 'given-first' as const,
    languages: [],
    affiliations: [],
    emails: [],
    phones: [],
    lawfulBasis: 'public-task' as const,
    ...overrides,
  };
}

/** An organisation's stored fields with sensible defaults. */
export function organisationFields(
  overrides: Partial<Organisation> = {},
): EntityFields<Organisation> {
  return { tags: [], name: '', kind: 'company', sectors: [], ...overrides };
}

/** The Leipzig delegation of June 2025, as a visit's stored fields. */
export function visitFields(overrides: Partial<Visit> = {}): EntityFields<Visit> {
  return {
    tags: [],
    title: 'Leipzig delegation to Birmingham',
    kind: 'civic-delegation',
    direction: 'inbound',
    venueTimeZone: 'Europe/London',
    startDate: '2025-06-10',
    endDate: '2025-06-13',
    status: 'confirmed',
    members: [],
    partnerOrganisationIds: [],
    ...overrides,
  };
}

/** A programme slot's stored fields; its UTC instants follow from its local times unless given. */
export function agendaItemFields(
  visitId: string,
  overrides: Partial<AgendaItem> = {},
): EntityFields<AgendaItem> {
  const fields = {
    tags: [],
    visitId,
    start: '2025-06-11T10:00',
    end: '2025-06-11T11:30',
    timeZone: 'Europe/London',
    title: 'Visit to Aston University',
    kind: 'site-visit' as const,
    attendeeIds: [],
    status: 'confirmed' as const,
    ...overrides,
  };
  return { ...deriveAgendaUtc(fields), ...fields };
}

/** A follow-up's stored fields with sensible defaults. */
export function followUpFields(overrides: Partial<FollowUp> = {}): EntityFields<FollowUp> {
  return {
    tags: [],
    kind: 'invitation',
    title: 'Invite Kreatives Leipzig to the Birmingham Design Festival',
    owner: 'Sarah',
    dueDate: '2025-06-20',
    status: 'open',
    ...overrides,
  };
}

/** A note's stored fields: a conversation on 11 June 2025 about the `links`. */
export function noteFields(
  body: string,
  links: Partial<Note['links']> = {},
  overrides: Partial<Note> = {},
): EntityFields<Note> {
  return {
    tags: [],
    date: '2025-06-11T09:00:00.000Z',
    author: 'sarah',
    body,
    links: { contactIds: [], organisationIds: [], visitIds: [], agendaItemIds: [], ...links },
    ...overrides,
  };
}
