import type { AgendaItem } from '../../../../shared/domain/agendaItem';
import type { Visit } from '../../../../shared/domain/visit';
import { agendaItemFields, visitFields } from '../../entityFields';

const CREATED = '2025-05-01T09:00:00.000Z';
const metadata = { createdAt: CREATED, updatedAt: CREATED, updatedBy: 'test', tags: [] };

/** A stored visit (the Leipzig delegation, 10–13 June 2025, unless overridden). */
export function visitOf(id: string, overrides: Partial<Visit> = {}): Visit {
  return { ...metadata, id, ...visitFields(overrides) };
}

/** A stored agenda item; its UTC instants follow from its local times. */
export function itemOf(
  id: string,
  visitId: string,
  overrides: Partial<AgendaItem> = {},
): AgendaItem {
  return { ...metadata, id, ...agendaItemFields(visitId, overrides) };
}

/** Lookups that know no names; tests that need names pass their own. */
export const noLookups = {
  contactName: () => undefined,
  organisationName: () => undefined,
};
