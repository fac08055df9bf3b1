/**
 * The line level of vCard files (RFC 6350 §3.2): folding on write, and on
 * read the split into cards with the physical line each starts on, so an
 * error can name the card and the line. Values are left to ical.js.
 */

/** The longest line RFC 6350 §3.2 wants, in octets, without the CRLF. */
const MAX_LINE_OCTETS = 75;

function utf8Length(codePoint: number): number {
  if (codePoint < 0x80) return 1;
  if (codePoint < 0x800) return 2;
  if (codePoint < 0x10000) return 3;
  return 4;
}

/**
 * Folds one content line into lines of at most 75 octets, counting the
 * leading space of each continuation line and never splitting a character.
 * (ical.js folds too, but its continuation lines reach 76 octets.)
 */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = utf8Length(char.codePointAt(0) ?? 0);
    if (octets + size > MAX_LINE_OCTETS) {
      parts.push(current);
      current = ' ';
      octets = 1;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n');
}

/** A content line after unfolding, with the physical line (1-based) it starts on. */
export interface LogicalLine {
  text: string;
  line: number;
}

/** Unfolds CRLF, LF or CR text; blank lines are dropped, a leading BOM is ignored. */
export function unfoldLines(text: string): LogicalLine[] {
  const physical = text.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/);
  const logical: LogicalLine[] = [];
  physical.forEach((raw, index) => {
    const last = logical[logical.length - 1];
    if ((raw.startsWith(' ') || raw.startsWith('\t')) && last) {
      last.text += raw.slice(1);
    } else if (raw.trim() !== '') {
      logical.push({ text: raw, line: index + 1 });
    }
  });
  return logical;
}

/** Why a vCard file cannot be read. */
export type VCardErrorCode =
  | 'noCards'
  | 'outsideCard'
  | 'unterminatedCard'
  | 'badVersion'
  | 'noName'
  | 'badLine'
  | 'unreadableCard';

/** A vCard file that cannot be imported; `card` and `line` say where (1-based). */
export class VCardImportError extends Error {
  readonly code: VCardErrorCode;
  readonly card: number | undefined;
  readonly line: number;

  constructor(code: VCardErrorCode, message: string, line: number, card?: number) {
    super(
      card === undefined ? `Line ${line}: ${message}` : `Card ${card}, line ${line}: ${message}`,
    );
    this.name = 'VCardImportError';
    this.code = code;
    this.card = card;
    this.line = line;
  }
}

/** One BEGIN:VCARD … END:VCARD block, unfolded. */
export interface RawCard {
  /** 1-based position in the file. */
  number: number;
  /** Physical line of its BEGIN:VCARD. */
  line: number;
  /** The card's text, re-joined with CRLF, for ical.js. */
  text: string;
  version: '3.0' | '4.0';
}

/** The property name of a content line, without its group ("item1.EMAIL" → "EMAIL"). */
function propertyName(text: string): string {
  const name = /^([^:;]*)/.exec(text)?.[1] ?? '';
  return name.slice(name.lastIndexOf('.') + 1).toUpperCase();
}

function checkCard(lines: LogicalLine[], number: number, begin: LogicalLine): RawCard {
  const body = lines.slice(1, -1);
  for (const entry of body) {
    if (!entry.text.includes(':')) {
      throw new VCardImportError(
        'badLine',
        'this line has no ":" between name and value.',
        entry.line,
        number,
      );
    }
  }
  const version = body.find((entry) => propertyName(entry.text) === 'VERSION');
  const value = version?.text.slice(version.text.indexOf(':') + 1).trim();
  if (value !== '3.0' && value !== '4.0') {
    const found = value === undefined ? 'no VERSION' : `VERSION ${value}`;
    throw new VCardImportError(
      'badVersion',
      `the card has ${found}; only vCard 3.0 and 4.0 can be imported.`,
      version?.line ?? begin.line,
      number,
    );
  }
  const named = body.some((entry) => ['FN', 'N'].includes(propertyName(entry.text)));
  if (!named) {
    throw new VCardImportError(
      'noName',
      'the card has neither FN nor N, so it names nobody.',
      begin.line,
      number,
    );
  }
  return {
    number,
    line: begin.line,
    text: `${lines.map((entry) => entry.text).join('\r\n')}\r\n`,
    version: value,
  };
}

/**
 * Splits a vCard file into its cards and checks their frame: every card
 * closed, a VERSION of 3.0 or 4.0, a name. Throws the first problem found.
 *
 * @throws {VCardImportError}
 */
export function splitCards(text: string): RawCard[] {
  const cards: RawCard[] = [];
  let open: LogicalLine[] | null = null;
  for (const entry of unfoldLines(text)) {
    const upper = entry.text.trim().toUpperCase();
    if (upper === 'BEGIN:VCARD') {
      if (open?.[0]) {
        throw new VCardImportError(
          'unterminatedCard',
          `the card starting on line ${open[0].line} has no END:VCARD before the next BEGIN:VCARD.`,
          entry.line,
          cards.length + 1,
        );
      }
      open = [entry];
    } else if (open?.[0]) {
      open.push(entry);
      if (upper === 'END:VCARD') {
        cards.push(checkCard(open, cards.length + 1, open[0]));
        open = null;
      }
    } else {
      throw new VCardImportError(
        cards.length === 0 && upper !== 'END:VCARD' && !text.toUpperCase().includes('BEGIN:VCARD')
          ? 'noCards'
          : 'outsideCard',
        'this line is outside any BEGIN:VCARD … END:VCARD block.',
        entry.line,
      );
    }
  }
  if (open?.[0]) {
    throw new VCardImportError(
      'unterminatedCard',
      'the file ends before this card’s END:VCARD.',
      open[0].line,
      cards.length + 1,
    );
  }
  if (cards.length === 0) {
    throw new VCardImportError('noCards', 'the file holds no vCard (no BEGIN:VCARD line).', 1);
  }
  return cards;
}
