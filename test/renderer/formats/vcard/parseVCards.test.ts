import { beforeAll, describe, expect, it } from 'vitest';
import type { Contact } from '../../../../shared/domain/contact';
import { contactsToVCard } from '../../../../renderer/formats/vcard/contactsToVCard';
import { parseVCards } from '../../../../renderer/formats/vcard/parseVCards';
import { VCardImportError } from '../../../../renderer/formats/vcard/vcardText';
import { loadSchemaValidation } from '../../../../renderer/data/schemaValidator';
import { planContactImport } from '../../../../renderer/features/exchange/contactImportPlan';
import { ORGANISATIONS, PEOPLE } from '../../features/exchange/exchangeFixtures';
import MIXED from './fixtures/mixed.vcf?raw';

function errorOf(text: string): VCardImportError {
  try {
    parseVCards(text);
  } catch (error) {
    if (error instanceof VCardImportError) return error;
    throw error;
  }
  throw new Error('the file was accepted');
}

/** A contact without the fields a new document gets anew, affiliations by organisation name. */
function comparable(contact: Contact, organisationName: (id: string) => string | undefined) {
  const { createdAt: _c, updatedAt: _u, updatedBy: _b, affiliations, ...rest } = contact;
  return {
    ...rest,
    affiliations: affiliations.map(({ organisationId, ...fields }) => ({
      organisation: organisationName(organisationId),
      ...fields,
    })),
  };
}

describe('parseVCards', () => {
  // The import's plan checks documents as the store does; an open store has loaded its validators.
  beforeAll(async () => {
    await loadSchemaValidation();
  });

  it('reads every card of a file mixing vCard 3.0 and 4.0 from Apple, Google, Outlook and by hand', () => {
    const drafts = parseVCards(MIXED);
    expect(drafts.map((draft) => [draft.fields.givenNames, draft.fields.familyName])).toEqual([
      ['Manuela', 'Blum'],
      ['Antje', 'Nölting'],
      ['Ken', 'Wood'],
      ['Éva', 'Kovács'],
      ['Shabana', 'Mahmood'],
    ]);
    expect(drafts.map((draft) => draft.origin.number)).toEqual([1, 2, 3, 4, 5]);
  });

  it('reads Apple’s grouped labels, preferred address first, and its base64 photo', () => {
    const [blum] = parseVCards(MIXED);
    expect(blum?.fields.honorific).toBe('Frau');
    expect(blum?.fields.emails).toEqual([
      { label: 'work', address: 'manuela.blum@leipzig.de' },
      { label: 'other', address: 'm.blum.privat@example.de' },
    ]);
    expect(blum?.fields.phones.map((phone) => phone.label)).toEqual(['mobile', 'work']);
    expect(blum?.fields.photo).toMatch(/^data:image\/jpeg;base64,\/9j\/4AAQ[A-Za-z0-9+/]+=*$/);
    expect(blum?.affiliations).toEqual([
      { organisationName: 'Stadt Leipzig', role: 'Referentin Internationales' },
    ]);
    expect(blum?.fields.notes).toBe('Kontakt über das Referat, sehr hilfsbereit.');
    expect(blum?.fields.tags).toEqual(['Leipzig', 'Partnerstadt']);
  });

  it('unfolds long lines and takes Outlook’s honorific from N', () => {
    const wood = parseVCards(MIXED)[2];
    expect(wood?.fields.honorific).toBe('Cllr');
    expect(wood?.fields.notes).toBe(
      'Attended the Leipzig Opera Ball in November 2024 with the Lady Mayoress and led ten Birmingham tech and creative businesses to Leipzig.',
    );
    expect(wood?.fields.emails).toEqual([
      { label: 'other', address: 'lord.mayor@birmingham.gov.uk' },
    ]);
  });

  it('sees a family-first name in FN, orders languages by PREF and reads a tel: URI', () => {
    const kovacs = parseVCards(MIXED)[3];
    expect(kovacs?.fields.nameOrder).toBe('family-first');
    expect(kovacs?.fields.titlesBefore).toBe('Dr.');
    expect(kovacs?.fields.languages).toEqual(['hu', 'de']);
    expect(kovacs?.fields.phones).toEqual([{ label: 'mobile', number: '+36-30-555-0142' }]);
    expect(kovacs?.id).toBe('3f2c9a1e-7b7d-4c55-9f11-2a8f8e0c1d22');
    expect(kovacs?.affiliations).toEqual([
      { organisationName: 'Aston University', role: 'Visiting researcher' },
    ]);
  });

  it('reads the same cards with LF line ends', () => {
    const drafts = parseVCards(MIXED.replace(/\r\n/g, '\n'));
    expect(drafts).toEqual(parseVCards(MIXED));
  });

  it('reads back our own export without losing anything, sensitive fields included', () => {
    const text = contactsToVCard(PEOPLE, {
      organisations: ORGANISATIONS,
      includeSensitive: true,
      now: new Date('2025-06-10T12:00:00Z'),
    });
    const plan = planContactImport(parseVCards(text), {
      contacts: [],
      organisations: ORGANISATIONS,
      author: 'test',
      now: new Date('2025-06-10T12:00:00Z'),
    });
    expect(plan.newOrganisations).toEqual([]);
    expect(plan.entries.flatMap((entry) => entry.issues)).toEqual([]);
    const name = (id: string) => ORGANISATIONS.find((entry) => entry.id === id)?.name;
    expect(plan.entries.map((entry) => comparable(entry.contact, name))).toEqual(
      PEOPLE.map((person) => comparable(person, name)),
    );
  });

  describe('refuses a malformed file and says where', () => {
    const good = 'BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Ann Example\r\nEND:VCARD\r\n';

    it('with no card at all', () => {
      const error = errorOf('Name,Email\r\nAnn,ann@example.org\r\n');
      expect(error.code).toBe('noCards');
      expect(error.line).toBe(1);
    });

    it('with a card that is never closed', () => {
      const error = errorOf(`${good}BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Bob\r\n`);
      expect([error.code, error.card, error.line]).toEqual(['unterminatedCard', 2, 5]);
    });

    it('with a card opened inside another', () => {
      const error = errorOf(`BEGIN:VCARD\nVERSION:4.0\nFN:Ann\n${good}`);
      expect([error.code, error.card, error.line]).toEqual(['unterminatedCard', 1, 4]);
    });

    it('with a card naming nobody', () => {
      const error = errorOf(
        `${good}${good}BEGIN:VCARD\r\nVERSION:4.0\r\nEMAIL:x@example.org\r\nEND:VCARD\r\n`,
      );
      expect([error.code, error.card, error.line]).toEqual(['noName', 3, 9]);
      expect(error.message).toMatch(/Card 3, line 9/);
    });

    it('with an unsupported or missing VERSION', () => {
      const old = errorOf(`${good}BEGIN:VCARD\r\nVERSION:2.1\r\nFN:Old\r\nEND:VCARD\r\n`);
      expect([old.code, old.card, old.line]).toEqual(['badVersion', 2, 6]);
      const none = errorOf('BEGIN:VCARD\r\nFN:Nobody Knows\r\nEND:VCARD\r\n');
      expect([none.code, none.card, none.line]).toEqual(['badVersion', 1, 1]);
    });

    it('with a line that is not a property', () => {
      const error = errorOf(
        'BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Ann\r\njust some text\r\nEND:VCARD\r\n',
      );
      expect([error.code, error.card, error.line]).toEqual(['badLine', 1, 4]);
    });
  });
});
