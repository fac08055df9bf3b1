import { beforeAll, describe, expect, it } from 'vitest';
import { csvToDrafts, guessCsvMapping } from '../../../../renderer/formats/csv/csvMapping';
import { readCsv } from '../../../../renderer/formats/csv/readCsv';
import { parseCalendarImport } from '../../../../renderer/formats/ical/icalImport';
import { parseVCards } from '../../../../renderer/formats/vcard/parseVCards';
import { loadSchemaValidation } from '../../../../renderer/data/schemaValidator';
import { planContactImport } from '../../../../renderer/features/exchange/contactImportPlan';
import { cleanDocumentText, documentIssues } from '../../../../shared/sync/documentRules';
import { visitOf } from '../../formats/ical/icalFixtures';
import { ORGANISATIONS } from './exchangeFixtures';

/**
 * Files with characters the sync server refuses (NUL, carriage returns, half
 * a surrogate pair, a javascript: link) import as documents it accepts: the
 * text is cleaned, never stored as it came.
 */
const context = {
  contacts: [],
  organisations: ORGANISATIONS,
  author: 'b7c1e0f2-3a4d-4e5f-8a9b-0c1d2e3f4a5b',
  now: new Date('2025-06-10T12:00:00Z'),
};

function planned(drafts: ReturnType<typeof parseVCards>) {
  const plan = planContactImport(drafts, context);
  for (const entry of plan.entries) {
    expect(entry.issues).toEqual([]);
    expect(documentIssues('contacts', { ...entry.contact, _deleted: false })).toEqual([]);
  }
  for (const { organisation } of plan.newOrganisations) {
    expect(documentIssues('organisations', { ...organisation, _deleted: false })).toEqual([]);
  }
  return plan;
}

describe('imports of hostile files', () => {
  // The import dialog runs with the store open, which has loaded the validators.
  beforeAll(async () => {
    await loadSchemaValidation();
  });

  it('cleans a vCard with NUL, a bell, a lone surrogate, a foreign UID and a javascript: link', () => {
    const vcard = [
      'BEGIN:VCARD',
      'VERSION:4.0',
      'UID:not-a-uuid',
      'FN:Anna\u0000 Schmidt',
      'N:Schmidt\u0000;Anna\uD800;;;',
      'ORG:Stadt Leipzig\u0000',
      'URL:javascript:alert(1)',
      'NOTE:first line\\nsecond line\u0007',
      'END:VCARD',
      '',
    ].join('\r\n');
    const [entry] = planned(parseVCards(vcard)).entries;
    expect(entry?.contact.familyName).toBe('Schmidt');
    expect(entry?.contact.givenNames).toBe('Anna\uFFFD');
    expect(entry?.contact.id).not.toBe('not-a-uuid');
    expect(entry?.contact.notes).toBe('first line\nsecond line');
    expect(JSON.stringify(entry?.contact)).not.toContain('javascript:');
  });

  it('refuses a vCard with a bare carriage return inside a value, naming the line', () => {
    const vcard = 'BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Anna\rSchmidt\r\nEND:VCARD\r\n';
    // The reader takes a bare CR as a line break: the half after it is no property.
    expect(() => parseVCards(vcard)).toThrow(/line 4: this line has no ":"/);
  });

  it('cleans a CSV with NUL, CR inside a quoted field and a lone surrogate', () => {
    const csv =
      'Given name,Family name,Notes\r\n' +
      '"Anna\u0000","Schmidt\rMüller","one\r\ntwo\rthree\uDC00"\r\n';
    const table = readCsv(csv);
    const drafts = csvToDrafts(table, guessCsvMapping(table.headers));
    const [entry] = planned(drafts).entries;
    expect(entry?.contact.givenNames).toBe('Anna');
    expect(entry?.contact.familyName).toBe('Schmidt Müller');
    expect(entry?.contact.notes).toBe('one\ntwo\nthree\uFFFD');
  });

  it('cleans an iCalendar event with NUL, a bell and a lone surrogate before it is written', () => {
    const ics = [
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//Test//EN',
      'BEGIN:VEVENT',
      'UID:hostile-1@example.org',
      'DTSTAMP:20250520T080000Z',
      'SUMMARY:Visit\u0000 to the Rathaus\uD83D',
      'DESCRIPTION:Bring the gift\u0000\\nand the programme',
      'LOCATION:Neues Rathaus\\, Martin-Luther-Ring 4\u0007',
      'URL:javascript:alert(1)',
      'DTSTART:20250611T130000Z',
      'DTEND:20250611T140000Z',
      'END:VEVENT',
      'END:VCALENDAR',
      '',
    ].join('\r\n');
    const preview = parseCalendarImport(ics, { visit: visitOf('v-bham'), existingItems: [] });
    const fields = preview.rows[0]?.fields;
    expect(fields).toBeDefined();
    // applyCalendarImport writes exactly this: the fields cleaned, then checked by the same rules.
    const cleaned = cleanDocumentText('agendaItems', {
      ...fields,
      id: '0d6f1c2e-4b3a-4c5d-9e8f-7a6b5c4d3e2f',
      createdAt: '2025-06-10T12:00:00.000Z',
      updatedAt: '2025-06-10T12:00:00.000Z',
      updatedBy: context.author,
      visitId: '5e4d3c2b-1a09-4f8e-9d7c-6b5a4f3e2d1c',
      _deleted: false,
    });
    expect(documentIssues('agendaItems', cleaned)).toEqual([]);
    expect(cleaned.title).toBe('Visit to the Rathaus\uFFFD');
    expect(cleaned.purpose).toBe('Bring the gift\nand the programme');
    expect(JSON.stringify(cleaned)).not.toContain('javascript:');
  });
});
