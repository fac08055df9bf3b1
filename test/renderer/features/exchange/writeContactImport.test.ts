import { afterEach, describe, expect, it } from 'vitest';
import type { Contact } from '../../../../shared/domain/contact';
import type { Organisation } from '../../../../shared/domain/organisation';
import { createDatabase, type LiaisonDatabase } from '../../../../renderer/data/database';
import { csvToDrafts, guessCsvMapping } from '../../../../renderer/formats/csv/csvMapping';
import { readCsv } from '../../../../renderer/formats/csv/readCsv';
import { parseVCards } from '../../../../renderer/formats/vcard/parseVCards';
import {
  defaultSelection,
  planContactImport,
} from '../../../../renderer/features/exchange/contactImportPlan';
import {
  ContactImportError,
  writeContactImport,
} from '../../../../renderer/features/exchange/writeContactImport';
import MIXED from '../../formats/vcard/fixtures/mixed.vcf?raw';
import { freshDatabaseOptions } from '../../appHarness';
import { ORGANISATIONS, PEOPLE } from './exchangeFixtures';

let database: LiaisonDatabase | undefined;

afterEach(async () => {
  await database?.close();
  database = undefined;
});

async function openWith(contacts: Contact[], organisations: Organisation[]) {
  database = await createDatabase('local', freshDatabaseOptions());
  await database.organisations.bulkInsert(organisations);
  await database.contacts.bulkInsert(contacts);
  return database;
}

async function counts(db: LiaisonDatabase) {
  return {
    contacts: (await db.contacts.find().exec()).length,
    organisations: (await db.organisations.find().exec()).length,
  };
}

async function stored(db: LiaisonDatabase) {
  return {
    contacts: (await db.contacts.find().exec()).map((doc) => doc.toJSON() as Contact),
    organisations: (await db.organisations.find().exec()).map(
      (doc) => doc.toJSON() as Organisation,
    ),
  };
}

/** Reads a file the way the dialog does and imports the default selection. */
async function importFile(db: LiaisonDatabase, text: string, kind: 'vcf' | 'csv') {
  const drafts =
    kind === 'vcf'
      ? parseVCards(text)
      : (() => {
          const table = readCsv(text);
          return csvToDrafts(table, guessCsvMapping(table.headers));
        })();
  const plan = planContactImport(drafts, {
    ...(await stored(db)),
    author: 'test',
    now: new Date(),
  });
  return { plan, result: await writeContactImport(db, plan, defaultSelection(plan)) };
}

describe('writeContactImport', () => {
  it('imports every card of a mixed 3.0/4.0 file and adds the organisations it names', async () => {
    const db = await openWith([], ORGANISATIONS.slice(1));
    const { plan, result } = await importFile(db, MIXED, 'vcf');
    expect(result).toEqual({ contacts: 5, organisations: 3 });
    expect(plan.newOrganisations.map((entry) => entry.organisation.name).sort()).toEqual([
      'Aston University',
      'Kreatives Leipzig e.V.',
      'Stadt Leipzig',
    ]);
    const after = await stored(db);
    const wood = after.contacts.find((contact) => contact.familyName === 'Wood');
    // "Birmingham City Council" was already there: matched, not created again.
    expect(wood?.affiliations[0]?.organisationId).toBe(ORGANISATIONS[1]?.id);
    expect(after.contacts.map((contact) => contact.familyName).sort()).toEqual(
      ['Blum', 'Kovács', 'Mahmood', 'Nölting', 'Wood'].sort(),
    );
  });

  it('skips likely duplicates unless chosen, and imports one when it is', async () => {
    const db = await openWith(PEOPLE, ORGANISATIONS);
    const csv =
      'Vorname;Nachname;Firma;E-Mail\n' +
      'Ken;Wood;Birmingham City Council;\n' +
      'Hanna;Becker;;hanna@example.de\n' +
      'Łukasz;Kowalski;;LUKASZ@example.pl\n';
    const { plan, result } = await importFile(db, csv, 'csv');
    expect(plan.entries.map((entry) => entry.duplicate?.reason)).toEqual([
      'sameNameAndOrganisation',
      undefined,
      'sameEmail',
    ]);
    expect(result.contacts).toBe(1);
    expect((await counts(db)).contacts).toBe(PEOPLE.length + 1);

    const again = planContactImport(
      plan.entries.map((entry) => entry.draft),
      {
        ...(await stored(db)),
        author: 'test',
        now: new Date(),
      },
    );
    await writeContactImport(db, again, new Set([2]));
    expect((await counts(db)).contacts).toBe(PEOPLE.length + 2);
  });

  describe('writes nothing', () => {
    const malformed: [string, string, 'vcf' | 'csv'][] = [
      ['a vCard without BEGIN:VCARD', 'VERSION:4.0\nFN:Ann\nEND:VCARD\n', 'vcf'],
      [
        'an unterminated card',
        `BEGIN:VCARD\nVERSION:4.0\nFN:Ann\nEND:VCARD\nBEGIN:VCARD\nVERSION:4.0\nFN:Bob\n`,
        'vcf',
      ],
      [
        'a card with no FN and no N',
        `BEGIN:VCARD\nVERSION:4.0\nFN:Ann\nEND:VCARD\nBEGIN:VCARD\nVERSION:4.0\nEMAIL:b@example.org\nEND:VCARD\n`,
        'vcf',
      ],
      [
        'a bad VERSION',
        `BEGIN:VCARD\nVERSION:4.0\nFN:Ann\nEND:VCARD\nBEGIN:VCARD\nVERSION:5.0\nFN:Bob\nEND:VCARD\n`,
        'vcf',
      ],
      ['a CSV with an unclosed quote', 'Vorname,Nachname\nAnn,Lee\n"Bob,Smith\n', 'csv'],
      ['a CSV row with too few fields', 'Vorname,Nachname\nAnn,Lee\nBob\n', 'csv'],
      ['a CSV without rows', 'Vorname,Nachname\n', 'csv'],
      ['a CSV without a name column', 'Shoe size,Colour\n42,blue\n', 'csv'],
      [
        'a CSV with an invalid email in its last row',
        'Vorname,Nachname,E-Mail\nAnn,Lee,ann@example.org\nBob,Smith,bob-at-example\n',
        'csv',
      ],
    ];

    it.each(malformed)('for %s', async (_name, text, kind) => {
      const db = await openWith(PEOPLE.slice(0, 2), ORGANISATIONS);
      const before = await counts(db);
      await expect(importFile(db, text, kind)).rejects.toThrow(/line|row|card|column/i);
      expect(await counts(db)).toEqual(before);
    });

    it('and removes what it wrote when the store refuses a document', async () => {
      const db = await openWith(PEOPLE.slice(0, 1), ORGANISATIONS);
      const before = await counts(db);
      const drafts = parseVCards(MIXED);
      const plan = planContactImport(drafts, {
        ...(await stored(db)),
        author: 'test',
        now: new Date(),
      });
      // The last contact collides with a stored id, as a concurrent sync might make it.
      const last = plan.entries[plan.entries.length - 1];
      if (last) last.contact = { ...last.contact, id: PEOPLE[0]?.id ?? '' };
      const failure = writeContactImport(db, plan, defaultSelection(plan));
      await expect(failure).rejects.toBeInstanceOf(ContactImportError);
      await expect(failure).rejects.toMatchObject({ code: 'writeFailed' });
      expect(await counts(db)).toEqual(before);
    });
  });
});
