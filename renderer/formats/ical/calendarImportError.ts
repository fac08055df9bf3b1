/** Why an .ics file could not be read at all; the UI words each code. */
export type CalendarImportErrorCode =
  | 'notICalendar'
  | 'malformedLine'
  | 'unterminatedComponent'
  | 'mismatchedEnd'
  | 'badDateTime'
  | 'badDuration'
  | 'noEvents'
  | 'unreadable';

/**
 * A file that is not a readable iCalendar file. `line` (1-based, in the file
 * as given, before unfolding) and `property` say where, when known.
 */
export class CalendarImportError extends Error {
  readonly code: CalendarImportErrorCode;
  readonly line?: number;
  readonly property?: string;

  constructor(
    code: CalendarImportErrorCode,
    message: string,
    where: { line?: number; property?: string } = {},
  ) {
    super(where.line === undefined ? message : `Line ${where.line}: ${message}`);
    this.name = 'CalendarImportError';
    this.code = code;
    if (where.line !== undefined) this.line = where.line;
    if (where.property !== undefined) this.property = where.property;
  }
}
