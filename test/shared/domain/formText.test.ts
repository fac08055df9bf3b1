import { describe, expect, it } from 'vitest';
import { validateContact } from '../../../shared/domain/contactValidation';
import { validateOrganisation } from '../../../shared/domain/organisationValidation';
import { cleanFormText } from '../../../shared/sync/documentRules';

const contact = { familyName: 'Jung', lawfulBasis: 'public-task' as const };
const organisation = { name: 'Stadt Leipzig', kind: 'city-council' as const };

describe('form validation of text, by the sync server’s rules', () => {
  it.each([
    ['a NUL', 'Ju\u0000ng', 'controlCharacter'],
    ['a bell', 'Ju\u0007ng', 'controlCharacter'],
    ['a line break in a one-line field', 'Burkhard\r\nJung', 'controlCharacter'],
    ['a lone surrogate', 'Jung \uD800', 'unpairedSurrogate'],
  ])('refuses %s in a name', (_what, familyName, code) => {
    expect(validateContact({ ...contact, familyName })).toEqual([{ field: 'familyName', code }]);
  });

  it('takes tabs and line feeds in multi-line fields, never a carriage return or NUL', () => {
    expect(validateContact({ ...contact, notes: 'Vegetarian.\n\tNo nuts.' })).toEqual([]);
    expect(validateContact({ ...contact, notes: 'Vegetarian.\r\nNo nuts.' })).toEqual([
      { field: 'notes', code: 'controlCharacter' },
    ]);
    expect(validateOrganisation({ ...organisation, address: 'Markt 1\u0000' })).toEqual([
      { field: 'address', code: 'controlCharacter' },
    ]);
  });

  it('refuses javascript: and http: websites', () => {
    for (const website of ['javascript:alert(1)', 'http://www.leipzig.de']) {
      expect(validateOrganisation({ ...organisation, website })).toEqual([
        { field: 'website', code: 'httpsUrl' },
      ]);
    }
  });

  it('cleans what a form fixes without asking, and leaves a broken character to refuse', () => {
    const cleaned = cleanFormText('contacts', {
      ...contact,
      givenNames: 'Burkhard\r\nMaria\u0007',
      notes: 'Line one\r\nline two\u0000',
      familyName: 'Jung \uD800',
      emails: [{ label: 'work\t', address: 'ob@leipzig.de\r\n' }],
    });
    expect(cleaned).toMatchObject({
      givenNames: 'Burkhard Maria',
      notes: 'Line one\nline two',
      familyName: 'Jung \uD800',
      emails: [{ label: 'work ', address: 'ob@leipzig.de ' }],
    });
    expect(validateContact(cleaned)).toEqual([{ field: 'familyName', code: 'unpairedSurrogate' }]);
  });
});
