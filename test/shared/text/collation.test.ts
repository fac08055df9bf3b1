import { describe, expect, it } from 'vitest';
import {
  compareContacts,
  compareNames,
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
