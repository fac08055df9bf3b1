import type { AgendaItem } from '../../shared/domain/agendaItem';
import type { Contact } from '../../shared/domain/contact';
import type { Visit } from '../../shared/domain/visit';
import type { EntityFields } from '../../renderer/data/writes';

/** Fields of a new contact, as the contact form saves them. */
export const contactFields = (
  overrides: Partial<EntityFields<Contact>> = {},
): EntityFields<Contact> => ({
  tags: [],
  givenNames: 'Burkhard',
  familyName: 'Jung',
  nameOrder: 'given-first',
  languages: ['de'],
  affiliations: [],
  emails: [],
  phones: [],
  lawfulBasis: 'public-task',
  ...overrides,
});

/** Fields of a new visit. */
export const visitFields = (overrides: Partial<EntityFields<Visit>> = {}): EntityFields<Visit> => ({
  tags: [],
  title: 'Leipzig delegation',
  kind: 'civic-delegation',
  direction: 'inbound',
  venueTimeZone: 'Europe/London',
  startDate: '2025-10-06',
  endDate: '2025-10-08',
  status: 'planned',
  members: [],
  partnerOrganisationIds: [],
  ...overrides,
});

/** Fields of a new agenda item of the visit `visitId`. */
export const agendaItemFields = (
  visitId: string,
  overrides: Partial<EntityFields<AgendaItem>> = {},
): EntityFields<AgendaItem> => ({
  tags: [],
  visitId,
  start: '2025-10-06T10:00',
  end: '2025-10-06T11:30',
  timeZone: 'Europe/London',
  startUtc: '2025-10-06T09:00:00.000Z',
  endUtc: '2025-10-06T10:30:00.000Z',
  title: 'Round table on green hydrogen',
  kind: 'round-table',
  attendeeIds: [],
  status: 'planned',
  ...overrides,
});
