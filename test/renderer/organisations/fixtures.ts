import type { AgendaItem } from '../../../shared/domain/agendaItem';
import type { Organisation } from '../../../shared/domain/organisation';
import type { Visit } from '../../../shared/domain/visit';
import type { EntityFields } from '../../../renderer/data/writes';

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

/** A programme slot's stored fields. */
export function agendaItemFields(
  visitId: string,
  overrides: Partial<AgendaItem> = {},
): EntityFields<AgendaItem> {
  return {
    tags: [],
    visitId,
    start: '2025-06-11T10:00',
    end: '2025-06-11T11:30',
    timeZone: 'Europe/London',
    startUtc: '2025-06-11T09:00:00Z',
    endUtc: '2025-06-11T10:30:00Z',
    title: 'Visit to Aston University',
    kind: 'site-visit',
    attendeeIds: [],
    status: 'confirmed',
    ...overrides,
  };
}
