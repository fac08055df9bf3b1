import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgendaItem } from '../../../shared/domain/agendaItem';
import type { Contact } from '../../../shared/domain/contact';
import { titledName } from '../../../shared/domain/formsOfAddress';
import type { Visit } from '../../../shared/domain/visit';
import { useClock } from '../../services/clock';
import { useDatabase } from '../../data/useLiveQuery';
import { exportFileName } from '../../formats/fileName';
import { buildCalendar, itineraryEntries } from '../../formats/ical/icalExport';
import { readCalendarLookups } from './readCalendarLookups';
import { useSaveCalendar } from './useSaveCalendar';

export interface ItineraryExportButtonProps {
  contact: Contact;
}

/** Saves one person's itinerary (the agenda items they take part in) as iCalendar. */
export function ItineraryExportButton({ contact }: ItineraryExportButtonProps) {
  const { t } = useTranslation();
  const clock = useClock();
  const database = useDatabase();
  const { labels, save, failure } = useSaveCalendar();
  const [none, setNone] = useState(false);
  const name = titledName(contact) || t('contacts.unnamed');

  // Read when asked, not kept live: a contact page must not hold every
  // agenda item (or contact and organisation) of the workspace. Whole
  // collections, because an item's relevance depends on its visit's members,
  // which a query cannot join.
  const exportItinerary = async () => {
    const [visits, items] = await Promise.all([
      database.visits.find().exec(),
      database.agendaItems.find().exec(),
    ]);
    const entries = itineraryEntries(
      contact.id,
      visits.map((document) => document.toJSON() as Visit),
      items.map((document) => document.toJSON() as AgendaItem),
    );
    setNone(entries.length === 0);
    if (entries.length === 0) return;
    const lookups = await readCalendarLookups(
      database,
      entries.map((entry) => entry.item),
      {
        unknownPerson: t('visits.unknownPerson'),
        unknownOrganisation: t('visits.unknownOrganisation'),
        unnamed: t('visits.untitled'),
      },
    );
    await save(exportFileName([t('calendar.export.itineraryFile'), name], 'ics'), () =>
      buildCalendar({
        calendarName: t('calendar.export.itineraryName', { name }),
        entries,
        lookups,
        labels,
        now: clock().toISOString(),
      }),
    );
  };

  return (
    <>
      <button type="button" className="button" onClick={() => void exportItinerary()}>
        {t('calendar.export.itinerary')}
      </button>
      {none && (
        <span role="status" className="hint">
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
