import { describe, expect, it } from 'vitest';
import {
  formalStyle,
  fullName,
  letterSalutation,
  spokenForm,
  titledName,
  type AddressableContact,
} from '../../../shared/domain/formsOfAddress';

function person(fields: Partial<AddressableContact>): AddressableContact {
  return { givenNames: '', familyName: '', nameOrder: 'given-first', ...fields };
}

const lordMayor = person({
  givenNames: 'Zafar',
  familyName: 'Iqbal',
  honorific: 'Cllr',
  office: {
    title: 'Lord Mayor of Birmingham',
    formalStyle: 'The Right Worshipful, The Lord Mayor of Birmingham',
    spokenForm: 'Lord Mayor',
  },
});
const schmidt = person({
  givenNames: 'Hans',
  familyName: 'Schmidt',
  honorific: 'Herr',
  titlesBefore: 'Prof. Dr.',
});
const mueller = person({
  givenNames: 'Anna',
  familyName: 'Müller',
  honorific: 'Frau',
  titlesBefore: 'Dr. Dipl.-Ing.',
});
const engineer = person({
  givenNames: 'Jens',
  familyName: 'Krause',
  honorific: 'Herr',
  titlesBefore: 'Dipl.-Ing.',
});
const councillor = person({
  givenNames: 'Jane',
  familyName: 'Smith',
  honorific: 'Cllr',
  titlesAfter: 'OBE',
});
const drJones = person({ givenNames: 'Sarah', familyName: 'Jones', honorific: 'Dr' });
const nagy = person({ givenNames: 'Zoltán', familyName: 'Nagy', nameOrder: 'family-first' });
const alex = person({ givenNames: 'Alex', familyName: 'Weber', honorific: 'Mx' });

describe('fullName', () => {
  it('puts the family name first when the name order says so', () => {
    expect(fullName(nagy)).toBe('Nagy Zoltán');
    expect(fullName(alex)).toBe('Alex Weber');
  });
});

describe('formalStyle', () => {
  it('uses the stored formal style of an office', () => {
    expect(formalStyle(lordMayor)).toBe('The Right Worshipful, The Lord Mayor of Birmingham');
  });

  it('builds honorific, titles, name and post-nominals when there is no office', () => {
    expect(formalStyle(schmidt, 'de')).toBe('Herr Prof. Dr. Hans Schmidt');
    expect(formalStyle(councillor)).toBe('Cllr Jane Smith OBE');
    expect(formalStyle({ ...councillor, titlesAfter: 'M.A.' }, 'de')).toBe('Cllr Jane Smith, M.A.');
  });

  it('keeps family-first order for Hungarian names', () => {
    expect(formalStyle({ ...nagy, titlesBefore: 'Dr.' })).toBe('Dr. Nagy Zoltán');
  });

  it('does not repeat Dr when it is both honorific and title', () => {
    expect(formalStyle({ ...drJones, titlesBefore: 'Dr' })).toBe('Dr Sarah Jones');
  });
});

describe('spokenForm', () => {
  it('uses the office spoken form when stored', () => {
    expect(spokenForm(lordMayor)).toBe('Lord Mayor');
    expect(spokenForm(lordMayor, 'de')).toBe('Lord Mayor');
  });

  it('says Herr Professor with only the highest title in German', () => {
    expect(spokenForm(schmidt, 'de')).toBe('Herr Professor Schmidt');
    expect(spokenForm(mueller, 'de')).toBe('Frau Doktor Müller');
  });

  it('says Councillor for Cllr and Dr for doctors in English', () => {
    expect(spokenForm(councillor)).toBe('Councillor Smith');
    expect(spokenForm(drJones)).toBe('Dr Jones');
    expect(spokenForm(schmidt)).toBe('Professor Schmidt');
  });

  it('falls back to the full name when nothing else is stored', () => {
    expect(spokenForm(nagy)).toBe('Nagy Zoltán');
  });

  it('uses the given name after Sir or Dame', () => {
    expect(spokenForm(person({ givenNames: 'John', familyName: 'Smith', honorific: 'Sir' }))).toBe(
      'Sir John',
    );
  });
});

describe('letterSalutation', () => {
  it('uses a stored salutation verbatim in both languages', () => {
    const stored = { ...schmidt, salutation: 'Lieber Hans' };
    expect(letterSalutation(stored, 'de')).toBe('Lieber Hans');
    expect(letterSalutation(stored, 'en')).toBe('Lieber Hans');
  });

  it('writes German salutations with the highest academic title only', () => {
    expect(letterSalutation(schmidt, 'de')).toBe('Sehr geehrter Herr Professor Schmidt');
    expect(letterSalutation(mueller, 'de')).toBe('Sehr geehrte Frau Dr. Müller');
    expect(letterSalutation({ ...mueller, titlesBefore: 'Prof. Dr.' }, 'de')).toBe(
      'Sehr geehrte Frau Professorin Müller',
    );
  });

  it('never puts Dipl.-Ing. into a German salutation', () => {
    expect(letterSalutation(engineer, 'de')).toBe('Sehr geehrter Herr Krause');
  });

  it('writes Guten Tag with the full name when there is no Herr or Frau', () => {
    expect(letterSalutation(alex, 'de')).toBe('Guten Tag Alex Weber');
    expect(letterSalutation(nagy, 'de')).toBe('Guten Tag Nagy Zoltán');
    expect(letterSalutation({ ...alex, titlesBefore: 'Dr.' }, 'de')).toBe(
      'Guten Tag Dr. Alex Weber',
    );
  });

  it('addresses a German office-holder by office', () => {
    const mayor = person({
      givenNames: 'Burkhard',
      familyName: 'Jung',
      honorific: 'Herr',
      office: { title: 'Oberbürgermeister der Stadt Leipzig', spokenForm: 'Oberbürgermeister' },
    });
    expect(letterSalutation(mayor, 'de')).toBe('Sehr geehrter Herr Oberbürgermeister');
  });

  it('writes Dear Lord Mayor when an office spoken form exists', () => {
    expect(letterSalutation(lordMayor, 'en')).toBe('Dear Lord Mayor');
  });

  it('writes Dear Cllr, Dear Dr, or the full name in English', () => {
    expect(letterSalutation(councillor, 'en')).toBe('Dear Cllr Smith');
    expect(letterSalutation(drJones, 'en')).toBe('Dear Dr Jones');
    expect(letterSalutation({ ...councillor, titlesBefore: 'Dr' }, 'en')).toBe(
      'Dear Cllr Dr Smith',
    );
    expect(letterSalutation(schmidt, 'en')).toBe('Dear Professor Schmidt');
    expect(letterSalutation(person({ givenNames: 'Ines', familyName: 'Dietrich' }), 'en')).toBe(
      'Dear Ines Dietrich',
    );
  });

  it('keeps a stored courtesy honorific rather than translating it', () => {
    expect(letterSalutation(engineer, 'en')).toBe('Dear Herr Krause');
    expect(letterSalutation(alex, 'en')).toBe('Dear Mx Weber');
  });
});

describe('titledName', () => {
  it("puts the titles before the name in the contact's own order", () => {
    expect(
      titledName({
        givenNames: 'Hans',
        familyName: 'Schmidt',
        nameOrder: 'given-first',
        titlesBefore: 'Prof. Dr.',
      }),
    ).toBe('Prof. Dr. Hans Schmidt');
    expect(
      titledName({ givenNames: 'Zoltán', familyName: 'Nagy', nameOrder: 'family-first' }),
    ).toBe('Nagy Zoltán');
  });
});
