import { deriveAgendaUtc } from '../../../../shared/domain/agenda';
import type { AgendaItem } from '../../../../shared/domain/agendaItem';
import type { Visit } from '../../../../shared/domain/visit';

const CREATED = '2025-05-01T09:00:00.000Z';
const metadata = { createdAt: CREATED, updatedAt: CREATED, updatedBy: 'test', tags: [] };

/** A stored visit (the Leipzig delegation, 10–13 June 2025, unless overridden). */
export function visitOf(id: string, overrides: Partial<Visit> = {}): Visit {
  return {
    ...metadata,
    id,
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

/** A stored agenda item; its UTC instants follow from its local times. */
export function itemOf(
  id: string,
  visitId: string,
  overrides: Partial<AgendaItem> = {},
): AgendaItem {
  const fields = {
    ...metadata,
    id,
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
  return { ...fields, ...deriveAgendaUtc(fields) };
}

/** Lookups that know no names; tests that need names pass their own. */
export const noLookups = {
  contactName: () => undefined,
  organisationName: () => undefined,
};
