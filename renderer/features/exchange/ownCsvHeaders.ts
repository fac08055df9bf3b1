import { CSV_COLUMN_IDS, type CsvColumnId } from '../../formats/csv/csvColumns';
import { exchangeMessages } from './exchangeMessages';

/** Our export's column headers in every UI language, so a file we wrote maps itself. */
export function ownCsvHeaders(): Record<CsvColumnId, string[]> {
  return Object.fromEntries(
    CSV_COLUMN_IDS.map((id) => [
      id,
      [exchangeMessages.en.columns[id], exchangeMessages.de.columns[id]],
    ]),
  ) as Record<CsvColumnId, string[]>;
}
