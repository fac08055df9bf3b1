import { describe, expect, it } from 'vitest';
import {
  compareContacts,
  compareNames,
  contactCollationKey,
  createNameCollator,
  sortKey,
} from '../../../shared/text/collation';

describe('compareNames', () => {
  it('sorts umlauts with their base letter in German', () => {
    const names = ['Zimmermann', 'Müller', 'Mueller', 'Muller', 'Ärger', 'Adler', 'Mylius'];
    expect([...names].sort((a, b) => compareNames(a, b))).toEqual([
      'Adler',
      'Ärger',
      'Mueller',
      'Muller',
      'Müller',
      'Mylius',
      'Zimmermann',
    ]);
  });

  it('ignores case at the first level but still orders ties stably', () => {
    expect(createNameCollator().compare('müller', 'Muller')).toBe(0);
    expect(compareNames('Muller', 'Müller')).toBeLessThan(0);
    expect(compareNames('Müller', 'Muller')).toBeGreaterThan(0);
  });

  it('can use another locale', () => {
    const swedish = createNameCollator('sv');
    // Swedish puts ö after z; German does not.
    expect(compareNames('Öberg', 'Zetterberg', swedish)).toBeGreaterThan(0);
    expect(compareNames('Öberg', 'Zetterberg')).toBeLessThan(0);
  });
});

describe('sortKey', () => {
  it('is family name then given names', () => {
    expect(sortKey({ givenNames: 'Antje', familyName: 'Nolting' })).toEqual(['Nolting', 'Antje']);
  });

  it('falls back to the given names when there is no family name', () => {
    expect(sortKey({ givenNames: 'Madonna', familyName: ' ' })).toEqual(['Madonna', '']);
  });
});

describe('compareContacts', () => {
  it('orders by family name, then given names, then id', () => {
    const people = [
      { id: '3', givenNames: 'Zoltán', familyName: 'Nagy' },
      { id: '2', givenNames: 'Ines', familyName: 'Dietrich' },
      { id: '1', givenNames: 'Anna', familyName: 'Nagy' },
      { id: '0', givenNames: 'Anna', familyName: 'Nagy' },
      { id: '4', givenNames: 'Ed', familyName: 'Turner' },
    ];
    expect([...people].sort((a, b) => compareContacts(a, b)).map((p) => p.id)).toEqual([
      '2',
      '0',
      '1',
      '3',
      '4',
    ]);
  });
});

describe('contactCollationKey', () => {
  const byKey = <T extends { id: string; givenNames: string; familyName: string }>(people: T[]) =>
    [...people].sort((a, b) => {
      const [keyA, keyB] = [contactCollationKey(a), contactCollationKey(b)];
      return keyA < keyB ? -1 : keyA > keyB ? 1 : 0;
    });

  it('orders as compareContacts does: umlauts, ß, case, accents, strokes, numbers, punctuation', () => {
    const families = [
      'Zimmermann',
      'Müller',
      'Mueller',
      'Muller',
      'muller',
      'MULLER',
      'Mùller',
      'Ärger',
      'Adler',
      'Straße',
      'Strasse',
      'STRASSE',
      'Ølsen',
      'Olsen',
      'Łukasz',
      'Lukas',
      'Ærø',
      'Aero',
      'Müller-Lüdenscheidt',
      "O'Brien",
      'Obama',
      'de la Cruz',
      'Dela Cruz',
      'Nummer 9',
      'Nummer 10',
      'Nummer 010',
      'Dvořák',
      'Dvorak',
      'Nguyễn',
      'Nguyen',
      'Şahin',
      'Sahin',
      '',
    ];
    const givens = ['', 'Anna', 'anna', 'Änne', 'Anne'];
    let next = 0;
    const people = families.flatMap((familyName) =>
      givens.map((givenNames) => ({ id: String(next++).padStart(4, '0'), givenNames, familyName })),
    );
    expect(byKey(people).map((p) => p.id)).toEqual(
      [...people].sort((a, b) => compareContacts(a, b)).map((p) => p.id),
    );
  });

  it('puts "Müller" with "Muller" and before "Mylius", as the list shows them', () => {
    const people = ['Mylius', 'Müller', 'Muller', 'Mueller', 'Zimmer'].map((familyName, id) => ({
      id: String(id),
      givenNames: 'Jo',
      familyName,
    }));
    expect(byKey(people).map((p) => p.familyName)).toEqual([
      'Mueller',
      'Muller',
      'Müller',
      'Mylius',
      'Zimmer',
    ]);
  });

  it('sorts Arabic and Chinese names after Latin ones, each script together, without failing', () => {
    const names = ['王芳', 'محمد', 'Zhang', '李娜', 'مُحَمَّد', 'Ahmed', 'علي', '张伟', 'Жуков'];
    const people = names.map((familyName, id) => ({ id: String(id), givenNames: '', familyName }));
    const sorted = byKey(people).map((p) => p.familyName);
    expect(sorted.slice(0, 2)).toEqual(['Ahmed', 'Zhang']);
    expect(sorted[2]).toBe('Жуков');
    // Arabic, vowel marks ignored at first: the two spellings of Muhammad sit together.
    expect(sorted.slice(3, 6)).toEqual(['علي', 'محمد', 'مُحَمَّد']);
    // Chinese last, by code point as the root collation orders Han characters.
    expect(sorted.slice(6)).toEqual(
      ['张', '李', '王'].map((first) => names.find((n) => n.startsWith(first))),
    );
  });

  it('makes a key of any text: empty names, emoji, lone surrogates, control characters', () => {
    for (const familyName of ['', ' ', '🦊 Fox', '\uD800', 'a\u0000b', '\uFFFF', 'x'.repeat(200)]) {
      const key = contactCollationKey({ id: 'id', givenNames: familyName, familyName });
      expect(typeof key).toBe('string');
      expect(key.length).toBeLessThan(4 * 1024);
    }
  });
});
