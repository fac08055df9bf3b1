import { useState } from 'react';
import type { RxDocument } from 'rxdb';
import { useTranslation } from 'react-i18next';
import type { AgendaItem } from '../../../shared/domain/agendaItem';
import type { Visit } from '../../../shared/domain/visit';
import { useClock } from '../../services/clock';
import { exportFileName } from '../../formats/fileName';
import { buildVisitCalendar } from '../../formats/ical/icalExport';
import type { VisitLookups } from '../visits';
import { CalendarImportDialog } from './CalendarImportDialog';
import { useSaveCalendar } from './useSaveCalendar';

export interface VisitCalendarActionsProps {
  visit: Visit;
  /** The visit's agenda items, live, as the visit page already holds them. */
  agenda: readonly RxDocument<AgendaItem>[];
  /** The visit page's names of people and organisations. */
  lookups: VisitLookups;
}

/** Export the visit's programme as iCalendar; import an .ics file into its agenda. */
export function VisitCalendarActions({ visit, agenda, lookups }: VisitCalendarActionsProps) {
  const { t } = useTranslation();
  const clock = useClock();
  const { labels, save, failure } = useSaveCalendar();
  const [importing, setImporting] = useState(false);
  const items = agenda.map((document) => document.toJSON() as AgendaItem);

  const exportProgramme = () =>
    save(exportFileName([visit.title, visit.startDate], 'ics'), () =>
      buildVisitCalendar(visit, items, { lookups, labels, now: clock().toISOString() }),
    );

  return (
    <>
      <button type="button" className="button" onClick={() => void exportProgramme()}>
        {t('calendar.export.button')}
      </button>
      <button type="button" className="button" onClick={() => setImporting(true)}>
        {t('calendar.import.button')}
      </button>
      {failure && (
        <p role="alert" className="form-error">
          {failure}
        </p>
      )}
      {importing && (
        <CalendarImportDialog
          visit={visit}
          existingItems={items}
          onClose={() => setImporting(false)}
        />
      )}
    </>
  );
}
