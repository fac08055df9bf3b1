import Papa from 'papaparse';
import type { Contact } from '../../../shared/domain/contact';
import type { Organisation } from '../../../shared/domain/organisation';
import { isoDateOf } from '../../../shared/time/zonedTime';
import { cellValue, isSensitiveColumn, type CsvColumnId } from './csvColumns';

/** What the CSV writer needs besides the contacts. */
export interface CsvExportOptions {
  /** The columns, in order. Sensitive ones are dropped unless `includeSensitive`. */
  columns: readonly CsvColumnId[];
  /** The header of each column, in the user's language. */
  header: (id: CsvColumnId) => string;
  organisations: readonly Pick<Organisation, 'id' | 'name'>[];
  /** Write dietary and accessibility needs (special-category data); off unless asked. */
  includeSensitive?: boolean;
  /** Decides which affiliations are current; today by default. */
  now?: Date;
  /** The zone whose calendar day `now` falls on: the user's home zone; UTC if not given. */
  homeTimeZone?: string;
}

/** Byte order mark: Excel reads the file as UTF-8 only when it starts with one. */
export const UTF8_BOM = '\uFEFF';

/**
 * Cells starting like a formula would run as one when the file is opened in a
 * spreadsheet, so they get a leading apostrophe (OWASP "CSV injection").
 * `+` and `-` are left alone: phone numbers start with them.
 */
export const FORMULA_START = /^[=@\t\r]/;

/**
 * Contacts as CSV (RFC 4180): a header row, CRLF line ends, fields quoted
 * when needed with quotes doubled, UTF-8 with a BOM. Multi-valued fields share
 * one cell, separated by "; ", each e-mail or phone followed by its label in
 * brackets, as the CSV import reads them back.
 */
export function contactsToCsv(contacts: readonly Contact[], options: CsvExportOptions): string {
  const columns = options.columns.filter(
    (id) => options.includeSensitive || !isSensitiveColumn(id),
  );
  const names = new Map(options.organisations.map((entry) => [entry.id, entry.name]));
  const context = {
    organisationName: (id: string) => names.get(id),
    today: isoDateOf((options.now ?? new Date()).toISOString(), options.homeTimeZone ?? 'UTC'),
  };
  const csv = Papa.unparse(
    {
      fields: columns.map(options.header),
      data: contacts.map((contact) => columns.map((id) => cellValue(contact, id, context))),
    },
    { newline: '\r\n', escapeFormulae: FORMULA_START },
  );
  return `${UTF8_BOM}${csv}\r\n`;
}
