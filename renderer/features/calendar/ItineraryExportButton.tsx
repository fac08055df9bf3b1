import { useTranslation } from 'react-i18next';
import type { AgendaItem } from '../../../shared/domain/agendaItem';
import type { Contact } from '../../../shared/domain/contact';
import { titledName } from '../../../shared/domain/formsOfAddress';
import type { Visit } from '../../../shared/domain/visit';
import { useClock } from '../../app/clock';
import { useLiveQuery } from '../../data/useLiveQuery';
import { exportFileName } from '../../export/fileName';
import { buildCalendar, itineraryEntries } from '../../export/ical/icalExport';
import { useVisitLookups } from '../visits/useVisitLookups';
import { useSaveCalendar } from './useSaveCalendar';

export interface ItineraryExportButtonProps {
  contact: Contact;
}

/** Saves one person's itinerary (the agenda items they take part in) as iCalendar. */
export function ItineraryExportButton({ contact }: ItineraryExportButtonProps) {
  const { t } = useTranslation();
  const clock = useClock();
  const lookups = useVisitLookups();
  const { labels, save, failure } = useSaveCalendar();
  // Whole collections: an item's relevance depends on its visit's members, which a query cannot join.
  const visits = useLiveQuery('visits', {});
  const items = useLiveQuery('agendaItems', {});
  const entries = itineraryEntries(
    contact.id,
    visits.documents.map((document) => document.toJSON() as Visit),
    items.documents.map((document) => document.toJSON() as AgendaItem),
  );
  const name = titledName(contact) || t('contacts.unnamed');
  const none = !visits.loading && !items.loading && entries.length === 0;

  const exportItinerary = () =>
    save(exportFileName([t('calendar.export.itineraryFile'), name], 'ics'), () =>
      buildCalendar({
        calendarName: t('calendar.export.itineraryName', { name }),
        entries,
        lookups,
        labels,
        now: clock().toISOString(),
      }),
    );

  return (
    <>
      <button
        type="button"
        className="button"
        disabled={entries.length === 0}
        aria-describedby={none ? `itinerary-none-${contact.id}` : undefined}
        onClick={() => void exportItinerary()}
      >
        {t('calendar.export.itinerary')}
      </button>
      {none && (
        <span id={`itinerary-none-${contact.id}`} className="hint">
          {t('calendar.export.itineraryNone')}
        </span>
      )}
      {failure && (
        <p role="alert" className="form-error">
          {failure}
        </p>
      )}
    </>
  );
}
