import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { contactsToCsv, UTF8_BOM } from '../../../../renderer/formats/csv/contactsToCsv';
import { CSV_COLUMN_IDS, type CsvColumnId } from '../../../../renderer/formats/csv/csvColumns';
import { csvToDrafts, guessCsvMapping } from '../../../../renderer/formats/csv/csvMapping';
import { readCsv } from '../../../../renderer/formats/csv/readCsv';
import { exchangeMessagesDe } from '../../../../renderer/features/exchange/exchangeMessages.de';
import { ownCsvHeaders } from '../../../../renderer/features/exchange/ownCsvHeaders';
import { ORGANISATIONS, PEOPLE } from '../../features/exchange/exchangeFixtures';

const NOW = new Date('2025-06-10T12:00:00Z');
const germanHeader = (id: CsvColumnId) => exchangeMessagesDe.columns[id];
const COLUMNS: CsvColumnId[] = [
  'givenNames',
  'familyName',
  'organisations',
  'roles',
  'emails',
  'phones',
  'languages',
  'notes',
];

function exportCsv(columns: readonly CsvColumnId[], includeSensitive = false) {
  return contactsToCsv(PEOPLE, {
    columns,
    header: germanHeader,
    organisations: ORGANISATIONS,
    includeSensitive,
    now: NOW,
  });
}

describe('contactsToCsv', () => {
  const csv = exportCsv(COLUMNS);

  it('starts with a UTF-8 byte order mark and ends every record with CRLF', () => {
    expect(csv.startsWith(UTF8_BOM)).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    // Outside quoted cells, every line break is CRLF.
    const outsideQuotes = csv.replace(/"(?:[^"]|"")*"/g, '');
    expect(outsideQuotes).not.toMatch(/[^\r]\n/);
  });

  it('writes headers in the chosen language and quotes fields with commas, quotes or line breaks', () => {
    const [header] = csv.slice(1).split('\r\n');
    expect(header).toBe(COLUMNS.map(germanHeader).join(','));
    expect(csv).toContain(
      '"Met at the Opera Ball, November 2024.\nInterested in Horizon Europe; ""quantum"" projects."',
    );
  });

  it('parses back with papaparse to the same cells', () => {
    const parsed = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data).toHaveLength(PEOPLE.length + 1);
    expect(parsed.data[1]?.slice(0, 2)).toEqual(['Jürgen', 'Müller-Lüdenscheidt']);
    expect(parsed.data[2]?.slice(0, 2)).toEqual(['Łukasz Grzegorz', 'Wiśniewski-Żółć']);
  });

  it('joins emails, phones and languages in one cell that the import reads back', () => {
    const table = readCsv(csv);
    const drafts = csvToDrafts(table, guessCsvMapping(table.headers, ownCsvHeaders()));
    PEOPLE.forEach((person, index) => {
      const draft = drafts[index];
      expect(draft?.fields.emails).toEqual(person.emails);
      expect(draft?.fields.phones).toEqual(person.phones);
      expect(draft?.fields.languages).toEqual(person.languages);
      expect(draft?.fields.notes).toEqual(person.notes);
    });
    expect(drafts[0]?.affiliations).toEqual([
      {
        organisationName: 'Universität Leipzig; Institut für Informatik',
        role: 'Dekan; Fakultät, Informatik',
      },
    ]);
    expect(drafts[2]?.affiliations).toEqual([
      { organisationName: 'Birmingham City Council', role: 'Adviser' },
    ]);
  });

  it('counts an affiliation as current by the home zone’s day, not by UTC’s', () => {
    // 23:30 UTC on 31 December 2020 is already 1 January 2021 in Leipzig.
    const organisations = (homeTimeZone: string) =>
      contactsToCsv(PEOPLE.slice(0, 1), {
        columns: ['organisations'],
        header: germanHeader,
        organisations: ORGANISATIONS,
        now: new Date('2020-12-31T23:30:00Z'),
        homeTimeZone,
      });
    expect(organisations('Europe/Berlin')).not.toContain('Kreatives Leipzig');
    expect(organisations('America/New_York')).toContain('Kreatives Leipzig');
  });

  it('leaves sensitive columns out unless they are asked for', () => {
    const all = exportCsv(CSV_COLUMN_IDS);
    expect(all).not.toMatch(/Vegetarian|Step-free|Ernährung/);
    const withSensitive = exportCsv(CSV_COLUMN_IDS, true);
    expect(withSensitive).toContain('"Vegetarian, no nuts"');
    expect(withSensitive).toContain('Step-free access');
  });

  it('defuses cells that a spreadsheet would run as a formula, but keeps phone numbers', () => {
    const [person] = PEOPLE;
    const risky = { ...person!, notes: '=HYPERLINK("http://evil.example")' };
    const text = contactsToCsv([risky], {
      columns: ['notes', 'phones'],
      header: germanHeader,
      organisations: [],
      now: NOW,
    });
    expect(text).toContain(`"'=HYPERLINK(""http://evil.example"")"`);
    expect(text).toContain('+49 341 97-32200 (work)');
    const table = readCsv(text);
    expect(table.rows[0]?.cells[0]).toBe(risky.notes);
  });
});
