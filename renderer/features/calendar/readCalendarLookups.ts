import type { AgendaItem } from '../../../shared/domain/agendaItem';
import { titledName } from '../../../shared/domain/formsOfAddress';
import type { LiaisonDatabase } from '../../data/database';
import type { CalendarLookups } from '../../formats/ical/icalExport';

/** What a name is when its record is gone or has none. */
export interface LookupFallbacks {
  unknownPerson: string;
  unknownOrganisation: string;
  unnamed: string;
}

/**
 * The names an export of `items` prints (chairs and hosts), read once from
 * the store: an export made on demand needs no live lists of the workspace.
 * Names and fallbacks are those of `useVisitLookups`.
 */
export async function readCalendarLookups(
  database: LiaisonDatabase,
  items: readonly AgendaItem[],
  fallbacks: LookupFallbacks,
): Promise<CalendarLookups> {
  const [contacts, organisations] = await Promise.all([
    database.contacts
      .findByIds([...new Set(items.flatMap((item) => item.chairContactId ?? []))])
      .exec(),
    database.organisations
      .findByIds([...new Set(items.flatMap((item) => item.hostOrganisationId ?? []))])
      .exec(),
  ]);
  return {
    contactName: (id) => {
      const contact = contacts.get(id);
      return contact ? titledName(contact) || fallbacks.unnamed : fallbacks.unknownPerson;
    },
    organisationName: (id) => organisations.get(id)?.name ?? fallbacks.unknownOrganisation,
  };
}
