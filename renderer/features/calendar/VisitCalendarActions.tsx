import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgendaItem } from '../../../shared/domain/agendaItem';
import type { Visit } from '../../../shared/domain/visit';
import { useClock } from '../../app/clock';
import { useLiveQuery } from '../../data/useLiveQuery';
import { exportFileName } from '../../export/fileName';
import { buildVisitCalendar } from '../../export/ical/icalExport';
import { useVisitLookups } from '../visits/useVisitLookups';
import { CalendarImportDialog } from './CalendarImportDialog';
import { useSaveCalendar } from './useSaveCalendar';

export interface VisitCalendarActionsProps {
  visit: Visit;
}

/** Export the visit's programme as iCalendar; import an .ics file into its agenda. */
export function VisitCalendarActions({ visit }: VisitCalendarActionsProps) {
  const { t } = useTranslation();
  const clock = useClock();
  const lookups = useVisitLookups();
  const agenda = useLiveQuery('agendaItems', {
    selector: { visitId: visit.id },
    sort: [{ startUtc: 'asc' }],
  });
  const { labels, save, failure } = useSaveCalendar();
  const [importing, setImporting] = useState(false);
  const items = agenda.documents.map((document) => document.toJSON() as AgendaItem);

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
