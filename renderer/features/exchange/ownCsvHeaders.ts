import { CSV_COLUMN_IDS, type CsvColumnId } from '../../formats/csv/csvColumns';
import { exchangeMessagesDe } from './exchangeMessages.de';
import { exchangeMessagesEn } from './exchangeMessages.en';

/** Our export's column headers in every UI language, so a file we wrote maps itself. */
export function ownCsvHeaders(): Record<CsvColumnId, string[]> {
  return Object.fromEntries(
    CSV_COLUMN_IDS.map((id) => [
      id,
      [exchangeMessagesEn.columns[id], exchangeMessagesDe.columns[id]],
    ]),
  ) as Record<CsvColumnId, string[]>;
}
