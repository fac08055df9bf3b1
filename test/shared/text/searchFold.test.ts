import { describe, expect, it } from 'vitest';
import { foldForSearch, matchesSearch } from '../../../shared/text/searchFold';

describe('foldForSearch', () => {
  it('folds Müller, Mueller and Muller to the same string', () => {
    expect(foldForSearch('Müller')).toBe('muller');
    expect(foldForSearch('Mueller')).toBe('muller');
    expect(foldForSearch('MULLER')).toBe('muller');
    expect(foldForSearch('MÜLLER')).toBe('muller');
  });

  it('folds ß and ẞ to ss', () => {
    expect(foldForSearch('Straße')).toBe('strasse');
    expect(foldForSearch('STRAẞE')).toBe('strasse');
  });

  it('folds the other German umlauts and their transliterations alike', () => {
    expect(foldForSearch('Göthe')).toBe(foldForSearch('Goethe'));
    expect(foldForSearch('Jäger')).toBe(foldForSearch('Jaeger'));
    expect(foldForSearch('Schröder')).toBe(foldForSearch('Schroeder'));
  });

  it('keeps ue after a vowel or q, as in Bauer and Quelle', () => {
    expect(foldForSearch('Bauer')).toBe('bauer');
    expect(foldForSearch('Quelle')).toBe('quelle');
    expect(foldForSearch('Steuer')).toBe('steuer');
  });

  it('removes Polish, Czech and Hungarian diacritics', () => {
    expect(foldForSearch('Łódź')).toBe('lodz');
    expect(foldForSearch('Wałęsa')).toBe('walesa');
    expect(foldForSearch('Dvořák')).toBe('dvorak');
    expect(foldForSearch('Šťastný')).toBe('stastny');
    expect(foldForSearch('Kovács')).toBe('kovacs');
    expect(foldForSearch('Gödöllő')).toBe(foldForSearch('Godollo'));
    expect(foldForSearch('Erdős Pál')).toBe('erdos pal');
  });

  it('treats decomposed and precomposed input the same', () => {
    expect(foldForSearch('Mu\u0308ller')).toBe(foldForSearch('M\u00fcller'));
    expect(foldForSearch('Zoë')).toBe(foldForSearch('Zoe'));
  });

  it('handles other letters without a decomposition', () => {
    expect(foldForSearch('Søren Ødegård')).toBe('soren odegard');
    expect(foldForSearch('İstanbul')).toBe('istanbul');
    expect(foldForSearch('O’Neill')).toBe(foldForSearch("O'Neill"));
  });

  it('collapses white space', () => {
    expect(foldForSearch('  Kreatives \n Leipzig ')).toBe('kreatives leipzig');
  });
});

describe('matchesSearch', () => {
  it('finds Straße when searching strasse', () => {
    expect(matchesSearch('Karl-Liebknecht-Straße 10', 'strasse')).toBe(true);
    expect(matchesSearch('Karl-Liebknecht-Strasse 10', 'straße')).toBe(true);
  });

  it('finds Müller when searching Muller or Mueller', () => {
    expect(matchesSearch('Dr. Anna Müller', 'Muller')).toBe(true);
    expect(matchesSearch('Dr. Anna Müller', 'mueller')).toBe(true);
    expect(matchesSearch('Dr. Anna Mueller', 'müller')).toBe(true);
  });

  it('needs every query word, in any field and any order', () => {
    const fields = ['Antje Nolting', 'Stadt Leipzig', 'science'];
    expect(matchesSearch(fields, 'leipzig nolting')).toBe(true);
    expect(matchesSearch(fields, 'leipzig birmingham')).toBe(false);
  });

  it('matches names from central Europe without their accents', () => {
    expect(matchesSearch('Wojciech Łukaszewski', 'lukasz')).toBe(true);
    expect(matchesSearch('Antonín Dvořák', 'dvorak antonin')).toBe(true);
    expect(matchesSearch('Nagy Zoltán', 'zoltan')).toBe(true);
    expect(matchesSearch('Nagy Zoltán', 'zoltar')).toBe(false);
  });

  it('matches everything for an empty query', () => {
    expect(matchesSearch('anything', '   ')).toBe(true);
  });
});
