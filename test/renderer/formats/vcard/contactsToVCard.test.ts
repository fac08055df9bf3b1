import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { titledName } from '../../../../shared/domain/formsOfAddress';
import {
  contactsToVCard,
  contactToVCard,
} from '../../../../renderer/formats/vcard/contactsToVCard';
import { ORGANISATIONS, PEOPLE } from '../../features/exchange/exchangeFixtures';

const NOW = new Date('2025-06-10T12:00:00Z');
const [muller, wisniewski, nagy, wood] = PEOPLE as [
  (typeof PEOPLE)[0],
  (typeof PEOPLE)[0],
  (typeof PEOPLE)[0],
  (typeof PEOPLE)[0],
];

/** The file's cards as ical.js components. */
function parseCards(text: string): ICAL.Component[] {
  const parsed = ICAL.parse(text) as unknown[];
  const cards = (Array.isArray(parsed[0]) ? parsed : [parsed]) as unknown[][];
  return cards.map((card) => new ICAL.Component(card));
}

function values(card: ICAL.Component, name: string): unknown[] {
  return card.getAllProperties(name).map((property) => property.getFirstValue());
}

describe('contactsToVCard', () => {
  const text = contactsToVCard(PEOPLE, { organisations: ORGANISATIONS, now: NOW });
  const cards = parseCards(text);

  it('writes one vCard 4.0 per contact that ical.js reads back', () => {
    expect(cards).toHaveLength(PEOPLE.length);
    for (const card of cards) expect(card.getFirstPropertyValue('version')).toBe('4.0');
    expect(cards.map((card) => card.getFirstPropertyValue('uid'))).toEqual(
      PEOPLE.map((person) => `urn:uuid:${person.id}`),
    );
  });

  it('round-trips names with umlauts, Polish letters and titles through FN and N', () => {
    const [first, second] = cards as [ICAL.Component, ICAL.Component];
    expect(first.getFirstPropertyValue('fn')).toBe(titledName(muller));
    expect(first.getFirstPropertyValue('n')).toEqual([
      'Müller-Lüdenscheidt',
      'Jürgen',
      '',
      ['Herr', 'Prof. Dr.'],
      'M.A., MdB',
    ]);
    expect(second.getFirstPropertyValue('fn')).toBe('Łukasz Grzegorz Wiśniewski-Żółć');
    expect((second.getFirstPropertyValue('n') as string[]).slice(0, 2)).toEqual([
      'Wiśniewski-Żółć',
      'Łukasz Grzegorz',
    ]);
  });

  it('writes a Hungarian name family first in FN but keeps N as family; given', () => {
    const card = cards[2] as ICAL.Component;
    expect(card.getFirstPropertyValue('fn')).toBe('Dr. Nagy Zoltán');
    expect((card.getFirstPropertyValue('n') as string[]).slice(0, 2)).toEqual(['Nagy', 'Zoltán']);
    expect(nagy.nameOrder).toBe('family-first');
  });

  it('escapes ; and , inside N and ORG components rather than splitting them', () => {
    const unfolded = text.replace(/\r\n /g, '');
    expect(unfolded).toContain('ORG:Universität Leipzig\\; Institut für Informatik\r\n');
    // In a plain text value RFC 6350's TEXT-CHAR allows a bare ";" but a comma must be escaped.
    expect(unfolded).toContain('.TITLE:Dekan; Fakultät\\, Informatik\r\n');
    const card = cards[0] as ICAL.Component;
    // One component: ical.js gives it as a string rather than a one-element list.
    expect(values(card, 'org')).toEqual(['Universität Leipzig; Institut für Informatik']);
    expect(values(card, 'title')).toEqual(['Dekan; Fakultät, Informatik']);
  });

  it('writes only current affiliations as ORG and TITLE', () => {
    const card = cards[0] as ICAL.Component;
    expect(values(card, 'org').flat()).not.toContain('Kreatives Leipzig');
    expect(values(cards[3] as ICAL.Component, 'org')).toEqual(['Birmingham City Council']);
  });

  it('counts an affiliation as current by the home zone’s day, not by UTC’s', () => {
    // 23:30 UTC on 31 December 2020 is already 1 January 2021 in Leipzig.
    const orgs = (homeTimeZone: string) =>
      values(
        parseCards(
          contactToVCard(muller, {
            organisations: ORGANISATIONS,
            now: new Date('2020-12-31T23:30:00Z'),
            homeTimeZone,
          }),
        )[0] as ICAL.Component,
        'org',
      ).flat();
    expect(orgs('Europe/Berlin')).not.toContain('Kreatives Leipzig');
    expect(orgs('America/New_York')).toContain('Kreatives Leipzig');
  });

  it('writes emails and phones with TYPE and languages in order of preference', () => {
    const card = cards[0] as ICAL.Component;
    const emails = card.getAllProperties('email');
    expect(emails.map((email) => email.getFirstValue())).toEqual(
      muller.emails.map((e) => e.address),
    );
    expect(emails[0]?.getParameter('type')).toBe('work');
    const phones = card.getAllProperties('tel');
    expect(phones.map((phone) => phone.getFirstValue())).toEqual(
      muller.phones.map((p) => p.number),
    );
    expect(phones[1]?.getParameter('type')).toBe('cell');
    const languages = card.getAllProperties('lang');
    expect(languages.map((lang) => [lang.getFirstValue(), lang.getParameter('pref')])).toEqual([
      ['de', '1'],
      ['en-GB', '2'],
    ]);
  });

  it('keeps the office, its forms of address, pronunciation and salutation in X-LIAISON properties', () => {
    const card = cards[3] as ICAL.Component;
    expect(card.getFirstPropertyValue('role')).toBe('Lord Mayor of Birmingham');
    expect(card.getFirstPropertyValue('x-liaison-office-style')).toBe(wood.office?.formalStyle);
    expect(card.getFirstPropertyValue('x-liaison-office-spoken')).toBe('Lord Mayor');
    const first = cards[0] as ICAL.Component;
    expect(first.getFirstPropertyValue('x-liaison-pronunciation')).toBe(muller.pronunciation);
    expect(first.getFirstPropertyValue('x-liaison-salutation')).toBe(muller.salutation);
  });

  it('writes the photo as a data URI, the note and the revision time', () => {
    const card = cards[0] as ICAL.Component;
    expect(card.getFirstPropertyValue('photo')).toBe(muller.photo);
    expect(text.replace(/\r\n /g, '')).toContain(`PHOTO:${muller.photo}\r\n`);
    expect(card.getFirstPropertyValue('note')).toBe(muller.notes);
    expect(String(card.getFirstPropertyValue('rev'))).toBe('2025-06-02T08:30:00Z');
  });

  it('leaves sensitive fields out unless asked to include them', () => {
    expect(text).not.toMatch(/Vegetarian|Step-free/);
    const withSensitive = contactToVCard(muller, {
      organisations: ORGANISATIONS,
      includeSensitive: true,
      now: NOW,
    });
    const card = parseCards(withSensitive)[0] as ICAL.Component;
    expect(card.getFirstPropertyValue('x-liaison-dietary-needs')).toBe(muller.dietaryNeeds);
    expect(card.getFirstPropertyValue('x-liaison-accessibility-needs')).toBe(
      muller.accessibilityNeeds,
    );
  });

  it('ends every line with CRLF and folds lines to at most 75 octets without splitting characters', () => {
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const lines = text.split('\r\n');
    const encoder = new TextEncoder();
    for (const line of lines) expect(encoder.encode(line).length).toBeLessThanOrEqual(75);
    expect(lines.some((line) => line.startsWith(' '))).toBe(true);
    expect(wisniewski.familyName).toBe('Wiśniewski-Żółć');
  });
});
