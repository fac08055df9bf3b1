import Papa from 'papaparse';

/** Why a CSV file cannot be imported. */
export type CsvErrorCode = 'noRows' | 'unclosedQuote' | 'badQuote' | 'fieldCount' | 'noNameColumn';

/** A CSV file (or mapping) that cannot be imported; `line` and `row` say where (1-based). */
export class CsvImportError extends Error {
  readonly code: CsvErrorCode;
  readonly line: number | undefined;
  /** Data row, the header not counted. */
  readonly row: number | undefined;
  readonly expected: number | undefined;
  readonly found: number | undefined;

  constructor(
    code: CsvErrorCode,
    message: string,
    where: { line?: number; row?: number; expected?: number; found?: number } = {},
  ) {
    super(where.line === undefined ? message : `Line ${where.line}: ${message}`);
    this.name = 'CsvImportError';
    this.code = code;
    this.line = where.line;
    this.row = where.row;
    this.expected = where.expected;
    this.found = where.found;
  }
}

/** One data row with the line of the file it starts on. */
export interface CsvRow {
  /** 1-based, the header not counted. */
  number: number;
  line: number;
  cells: string[];
}

/** A CSV file read into its header and rows. */
export interface CsvTable {
  headers: string[];
  rows: CsvRow[];
  delimiter: string;
}

const DELIMITERS = [',', ';', '\t'] as const;

/**
 * The physical line each record starts on. A newline inside quotes belongs to
 * its field, so records and lines differ once a cell holds one.
 */
function recordStartLines(text: string): number[] {
  const starts = [1];
  let line = 1;
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char === '"') quoted = !quoted;
    else if (char === '\r' || char === '\n') {
      if (char === '\r' && text[i + 1] === '\n') i++;
      line++;
      if (!quoted) starts.push(line);
    }
  }
  return starts;
}

/**
 * The delimiter of the header line: the one of `,` `;` tab found most often
 * outside quotes (German Excel writes `;`). Papaparse's own guess looks at the
 * whole file and gives up on blank lines.
 */
function headerDelimiter(text: string): string {
  const counts = new Map<string, number>();
  let quoted = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '\n' || char === '\r')) break;
    else if (!quoted && (DELIMITERS as readonly string[]).includes(char)) {
      counts.set(char, (counts.get(char) ?? 0) + 1);
    }
  }
  let best = ',';
  for (const delimiter of DELIMITERS) {
    if ((counts.get(delimiter) ?? 0) > (counts.get(best) ?? 0)) best = delimiter;
  }
  return best;
}

/** Removes the apostrophe our export (and others) put before formula-like cells. */
function unescapeFormula(cell: string): string {
  return /^'[=@\t\r]/.test(cell) ? cell.slice(1) : cell;
}

/**
 * Reads CSV text (RFC 4180; a BOM, CRLF or LF, `,` `;` or tab): the first
 * non-blank row is the header. Blank lines are skipped.
 *
 * @throws {CsvImportError} for an unclosed or stray quote, a row whose field
 *   count differs from the header's, or a file without data rows.
 */
export function readCsv(input: string): CsvTable {
  const text = input.replace(/^\uFEFF/, '');
  const delimiter = headerDelimiter(text);
  const result = Papa.parse<string[]>(text, { header: false, delimiter, skipEmptyLines: false });
  const lines = recordStartLines(text);
  const quoteError = result.errors.find((error) => error.type === 'Quotes');
  if (quoteError) {
    const line = lines[quoteError.row ?? 0] ?? 1;
    const unclosed = quoteError.code === 'MissingQuotes';
    throw new CsvImportError(
      unclosed ? 'unclosedQuote' : 'badQuote',
      unclosed
        ? 'a quoted field starts here and is never closed; add the closing ".'
        : 'a quoted field has text after its closing "; double a quote inside a field ("").',
      { line },
    );
  }
  const records = result.data
    .map((cells, index) => ({ cells, line: lines[index] ?? index + 1 }))
    .filter(({ cells }) => !(cells.length === 1 && cells[0]?.trim() === ''));
  const [header, ...data] = records;
  if (!header || data.length === 0) {
    throw new CsvImportError('noRows', 'the file has no data rows below a header row.', {
      line: header ? header.line + 1 : 1,
    });
  }
  const rows = data.map(({ cells, line }, index): CsvRow => {
    if (cells.length !== header.cells.length) {
      throw new CsvImportError(
        'fieldCount',
        `row ${index + 1} has ${cells.length} fields, the header has ${header.cells.length}.`,
        { line, row: index + 1, expected: header.cells.length, found: cells.length },
      );
    }
    return { number: index + 1, line, cells: cells.map(unescapeFormula) };
  });
  return { headers: header.cells.map((cell) => cell.trim()), rows, delimiter };
}
