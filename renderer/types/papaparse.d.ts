// The part of papaparse's API the renderer uses. The published @types/papaparse
// pulls in Node's types (for its stream API), which the renderer's layer rules
// forbid, so renderer/tsconfig.json maps `papaparse` here instead; tests and
// tools still compile against @types/papaparse.
declare module 'papaparse' {
  export interface ParseError {
    type: 'Quotes' | 'Delimiter' | 'FieldMismatch';
    code:
      | 'MissingQuotes'
      | 'UndetectableDelimiter'
      | 'TooFewFields'
      | 'TooManyFields'
      | 'InvalidQuotes';
    message: string;
    /** Index of the record (not the line) the error is in. */
    row?: number;
    index?: number;
  }

  export interface ParseMeta {
    delimiter: string;
    linebreak: string;
    aborted: boolean;
    truncated: boolean;
    cursor: number;
    fields?: string[];
  }

  export interface ParseResult<T> {
    data: T[];
    errors: ParseError[];
    meta: ParseMeta;
  }

  export interface ParseConfig {
    delimiter?: string;
    newline?: string;
    quoteChar?: string;
    escapeChar?: string;
    header?: boolean;
    skipEmptyLines?: boolean | 'greedy';
    delimitersToGuess?: string[];
  }

  export interface UnparseConfig {
    quotes?: boolean | boolean[];
    quoteChar?: string;
    escapeChar?: string;
    delimiter?: string;
    header?: boolean;
    newline?: string;
    skipEmptyLines?: boolean | 'greedy';
    escapeFormulae?: boolean | RegExp;
  }

  export function parse<T>(input: string, config?: ParseConfig): ParseResult<T>;
  export function unparse(
    data: unknown[][] | { fields: string[]; data: unknown[][] },
    config?: UnparseConfig,
  ): string;

  const Papa: { parse: typeof parse; unparse: typeof unparse };
  export default Papa;
}
