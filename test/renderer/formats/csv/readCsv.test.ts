import { describe, expect, it } from 'vitest';
import { csvToDrafts, guessCsvMapping } from '../../../../renderer/formats/csv/csvMapping';
import { CsvImportError, readCsv } from '../../../../renderer/formats/csv/readCsv';
import { ownCsvHeaders } from '../../../../renderer/features/exchange/ownCsvHeaders';

function errorOf(text: string, map = false): CsvImportError {
  try {
    const table = readCsv(text);
    if (map)
      csvToDrafts(
        table,
        table.headers.map(() => null),
      );
  } catch (error) {
    if (error instanceof CsvImportError) return error;
    throw error;
  }
  throw new Error('the file was accepted');
}

/** German Excel: semicolons, a BOM, CRLF, umlauts, a quoted cell holding ; and a line break. */
const GERMAN_EXCEL =
  '\uFEFFAnrede;Vorname;Nachname;Firma;E-Mail-Adresse;Telefon\r\n' +
  'Frau;Jana;Schröder;"Kreatives Leipzig; Büro Plagwitz";jana@kreatives-leipzig.de;+49 341 555 0100\r\n' +
  '\r\n' +
  'Herr;Jörg;Weiß;"Spinnerei\r\nBaumwollspinnerei";joerg.weiss@example.de;\r\n';

/** Outlook's English export: commas, quoted commas, several email columns. */
const OUTLOOK =
  'Title,First Name,Middle Name,Last Name,Suffix,Company,Job Title,E-mail Address,E-mail 2 Address,Mobile Phone,Notes\n' +
  'Dr,Anna,Maria,Müller,,"Aston University, Birmingham",Lecturer,anna@aston.ac.uk,a.mueller@example.de,07700 900123,"Likes ""Bauhaus"", tea"\n';

describe('readCsv', () => {
  it('reads German Excel’s semicolons, BOM and umlauts, with ; and line breaks inside quotes', () => {
    const table = readCsv(GERMAN_EXCEL);
    expect(table.delimiter).toBe(';');
    expect(table.headers[0]).toBe('Anrede');
    expect(table.rows.map((row) => row.cells.slice(1, 4))).toEqual([
      ['Jana', 'Schröder', 'Kreatives Leipzig; Büro Plagwitz'],
      ['Jörg', 'Weiß', 'Spinnerei\r\nBaumwollspinnerei'],
    ]);
    expect(table.rows.map((row) => [row.number, row.line])).toEqual([
      [1, 2],
      [2, 4],
    ]);
  });

  it('reads quoted commas and doubled quotes in a comma-separated file', () => {
    const table = readCsv(OUTLOOK);
    expect(table.delimiter).toBe(',');
    expect(table.rows[0]?.cells[5]).toBe('Aston University, Birmingham');
    expect(table.rows[0]?.cells[10]).toBe('Likes "Bauhaus", tea');
  });

  it('names the line of a quoted field that is never closed', () => {
    const error = errorOf('Vorname,Nachname\nAnna,Müller\nJörg,"Weiß\nOtto,Schmidt\n');
    expect([error.code, error.line]).toEqual(['unclosedQuote', 3]);
    expect(error.message).toMatch(/^Line 3:/);
  });

  it('names the row and line with the wrong number of fields', () => {
    const error = errorOf(
      'Vorname;Nachname;E-Mail\nAnna;Müller;a@example.de\n"Jörg\nWilhelm";Weiß\n',
    );
    expect([error.code, error.row, error.line, error.expected, error.found]).toEqual([
      'fieldCount',
      2,
      3,
      3,
      2,
    ]);
  });

  it('refuses a file with a header and no rows', () => {
    expect(errorOf('\uFEFFFirst Name,Last Name\r\n\r\n').code).toBe('noRows');
    expect(errorOf('').code).toBe('noRows');
  });

  it('refuses a mapping without a name column', () => {
    expect(errorOf('First Name,Last Name\nAnna,Müller\n', true).code).toBe('noNameColumn');
  });
});

describe('guessCsvMapping', () => {
  it('recognises German and Outlook headers', () => {
    expect(guessCsvMapping(readCsv(GERMAN_EXCEL).headers)).toEqual([
      'honorific',
      'givenNames',
      'familyName',
      'organisations',
      'emails',
      'phones',
    ]);
    expect(guessCsvMapping(readCsv(OUTLOOK).headers)).toEqual([
      'honorific',
      'givenNames',
      'givenNames',
      'familyName',
      'titlesAfter',
      'organisations',
      'roles',
      'emails',
      'emails',
      'phones',
      'notes',
    ]);
  });

  it('recognises our own headers in English and German, and ignores unknown ones', () => {
    const headers = ['Given names', 'Nachname', 'Titel vor dem Namen', 'Shoe size'];
    expect(guessCsvMapping(headers, ownCsvHeaders())).toEqual([
      'givenNames',
      'familyName',
      'titlesBefore',
      null,
    ]);
  });
});

describe('csvToDrafts', () => {
  it('turns rows into contacts, gathering several columns into one field', () => {
    const table = readCsv(OUTLOOK);
    const [anna] = csvToDrafts(table, guessCsvMapping(table.headers));
    expect(anna?.fields).toMatchObject({
      honorific: 'Dr',
      givenNames: 'Anna Maria',
      familyName: 'Müller',
      notes: 'Likes "Bauhaus", tea',
    });
    expect(anna?.fields.emails.map((email) => email.address)).toEqual([
      'anna@aston.ac.uk',
      'a.mueller@example.de',
    ]);
    expect(anna?.affiliations).toEqual([
      { organisationName: 'Aston University, Birmingham', role: 'Lecturer' },
    ]);
    expect(anna?.origin).toEqual({ kind: 'row', number: 1, line: 2 });
  });

  it('keeps an organisation name with a semicolon whole', () => {
    const table = readCsv(GERMAN_EXCEL);
    const [jana] = csvToDrafts(table, guessCsvMapping(table.headers));
    expect(jana?.affiliations).toEqual([
      { organisationName: 'Kreatives Leipzig; Büro Plagwitz', role: '' },
    ]);
    expect(jana?.fields).toMatchObject({
      honorific: 'Frau',
      givenNames: 'Jana',
      familyName: 'Schröder',
    });
  });
});
