import { foldForSearch } from '../../../shared/text/searchFold';
import { emptyDraftFields, type ContactDraft } from '../vcard/contactDraft';
import { applyCell, CSV_COLUMN_IDS, type CsvColumnId, type RowValues } from './csvColumns';
import { CsvImportError, type CsvTable } from './readCsv';

/** For each CSV column (by position), the contact field it fills, or null to ignore it. */
export type CsvMapping = (CsvColumnId | null)[];

/**
 * Header names other programs write, English and German: Outlook, Google,
 * Apple Numbers and hand-made lists. Numbers are ignored when matching, so
 * "E-mail 2 Address" and "Phone 1 - Value" are covered too.
 */
const KNOWN_HEADERS: Readonly<Partial<Record<CsvColumnId, readonly string[]>>> = {
  honorific: ['title', 'prefix', 'name prefix', 'anrede', 'courtesy title'],
  titlesBefore: ['titel', 'akademischer titel', 'academic title', 'titles'],
  givenNames: [
    'first name',
    'firstname',
    'given name',
    'given names',
    'forename',
    'middle name',
    'additional name',
    'vorname',
    'vornamen',
    'weitere vornamen',
  ],
  familyName: ['last name', 'lastname', 'surname', 'family name', 'nachname', 'familienname'],
  titlesAfter: ['suffix', 'name suffix', 'namenszusatz', 'post-nominals'],
  organisations: [
    'company',
    'organisation',
    'organization',
    'organization name',
    'organization - name',
    'firma',
    'unternehmen',
    'institution',
    'arbeitgeber',
  ],
  roles: [
    'job title',
    'position',
    'role',
    'organization title',
    'organization - title',
    'funktion',
    'berufsbezeichnung',
    'rolle',
  ],
  emails: [
    'email',
    'e-mail',
    'email address',
    'e-mail address',
    'e-mail - value',
    'mail',
    'e-mail-adresse',
    'e-mail adresse',
  ],
  phones: [
    'phone',
    'telephone',
    'tel',
    'mobile',
    'mobile phone',
    'business phone',
    'home phone',
    'phone - value',
    'telefon',
    'telefonnummer',
    'mobil',
    'mobiltelefon',
    'handy',
    'telefon geschäftlich',
    'telefon privat',
  ],
  languages: ['language', 'languages', 'sprache', 'sprachen'],
  tags: ['tags', 'categories', 'group membership', 'kategorien', 'labels', 'schlagwörter'],
  notes: ['note', 'notes', 'notizen', 'notiz', 'bemerkungen', 'anmerkungen', 'kommentar'],
  pronunciation: ['aussprache'],
  salutation: ['briefanrede', 'letter salutation'],
};

/** Header text reduced to letters: case, accents, digits, spaces and dashes do not matter. */
function headerKey(header: string): string {
  return foldForSearch(header).replace(/[^a-z]/g, '');
}

/**
 * Guesses each column's field from its header: our own export's headers
 * (`ownHeaders`, in every UI language), then the names other programs use.
 * Columns nobody recognises are ignored until the user maps them.
 */
export function guessCsvMapping(
  headers: readonly string[],
  ownHeaders: Partial<Record<CsvColumnId, readonly string[]>> = {},
): CsvMapping {
  const lookup = new Map<string, CsvColumnId>();
  for (const source of [ownHeaders, KNOWN_HEADERS]) {
    for (const id of CSV_COLUMN_IDS) {
      for (const name of source[id] ?? []) {
        const key = headerKey(name);
        if (key && !lookup.has(key)) lookup.set(key, id);
      }
    }
  }
  return headers.map((header) => lookup.get(headerKey(header)) ?? null);
}

/**
 * The contacts a CSV table holds under a mapping, one draft per data row.
 *
 * @throws {CsvImportError} `noNameColumn` when no column gives a name.
 */
export function csvToDrafts(table: CsvTable, mapping: CsvMapping): ContactDraft[] {
  if (!mapping.some((target) => target === 'givenNames' || target === 'familyName')) {
    throw new CsvImportError(
      'noNameColumn',
      'no column is mapped to given names or family name; choose one in the mapping.',
    );
  }
  return table.rows.map((row) => {
    const values: RowValues = { fields: emptyDraftFields(), organisations: [], roles: [] };
    mapping.forEach((target, index) => {
      if (target) applyCell(values, target, row.cells[index] ?? '');
    });
    values.fields.languages = [...new Set(values.fields.languages)];
    return {
      origin: { kind: 'row', number: row.number, line: row.line },
      fields: values.fields,
      affiliations: values.organisations.map((organisationName, index) => ({
        organisationName,
        role: values.roles[index] ?? '',
      })),
      notices: [],
    };
  });
}
