import { useTranslation } from 'react-i18next';
import type { CalendarImportRow } from '../../formats/ical/icalImport';
import { useFormat } from '../../format/useFormat';

export interface CalendarImportTableProps {
  rows: readonly CalendarImportRow[];
}

/** The preview of an import: each event, when it is (venue time), what happens to it and why. */
export function CalendarImportTable({ rows }: CalendarImportTableProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const when = (row: CalendarImportRow) =>
    row.start && row.end && row.timeZone
      ? `${format.date(row.start.slice(0, 10))}, ${format.time(row.start)}–${format.time(row.end)} ${format.zoneLabel(row.timeZone)}`
      : '';
  return (
    <div className="table-scroll">
      <table className="calendar-import-preview">
        <caption>{t('calendar.import.preview')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('calendar.import.event')}</th>
            <th scope="col">{t('calendar.import.when')}</th>
            <th scope="col">{t('calendar.import.action')}</th>
            <th scope="col">{t('calendar.import.notes')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={`${row.line}-${row.uid ?? ''}`}>
              <th scope="row">
                {row.title}{' '}
                <span className="hint">({t('calendar.import.line', { line: row.line })})</span>
              </th>
              <td>{when(row)}</td>
              <td>{t(`calendar.import.actions.${row.action}`)}</td>
              <td>
                {row.reasons.map((reason) => t(`calendar.import.reasons.${reason}`)).join(' ')}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
