import type { AgendaItem } from '../../shared/domain/agendaItem';
import type { Contact } from '../../shared/domain/contact';
import type { Visit } from '../../shared/domain/visit';
import * as entity from '../renderer/entityFields';

// The sync tests' own defaults over the shared field builders: a named person
// (Burkhard Jung) and an October visit with one round table.

/** Fields of a new contact, as the contact form saves them. */
export const contactFields = (overrides: Partial<Contact> = {}) =>
  entity.contactFields({
    givenNames: 'Burkhard',
    familyName: 'Jung',
    languages: ['de'],
    ...overrides,
  });

/** Fields of a new visit. */
export const visitFields = (overrides: Partial<Visit> = {}) =>
  entity.visitFields({
    title: 'Leipzig delegation',
    startDate: '2025-10-06',
    endDate: '2025-10-08',
    status: 'planned',
    ...overrides,
  });

/** Fields of a new agenda item of the visit `visitId`. */
export const agendaItemFields = (visitId: string, overrides: Partial<AgendaItem> = {}) =>
  entity.agendaItemFields(visitId, {
    start: '2025-10-06T10:00',
    end: '2025-10-06T11:30',
    startUtc: '2025-10-06T09:00:00.000Z',
    endUtc: '2025-10-06T10:30:00.000Z',
    title: 'Round table on green hydrogen',
    kind: 'round-table',
    status: 'planned',
    ...overrides,
  });
