import type { Contact } from '../domain/contact';
import { sampleBase } from './sampleBase';
import { SAMPLE_IDS } from './sampleIds';

const ORG = SAMPLE_IDS.organisations;
const PERSON = SAMPLE_IDS.contacts;

/** The fields that differ from one sample contact to the next. */
type PersonFacts = Omit<
  Contact,
  keyof ReturnType<typeof sampleBase> | 'nameOrder' | 'emails' | 'phones' | 'lawfulBasis'
> & { id: string };

/*
 * The people the reference articles name, with the roles the articles give.
 * No e-mail addresses, phone numbers or needs: the articles give none and a
 * sample must not invent personal data. Honorifics follow the articles, except
 * that the German contacts get "Frau" (the form their letters use) where the
 * English article writes "Ms". Languages: German for the Leipzig side, English
 * for the Birmingham side, and English for the Leipzig visitors too, since
 * their programme in Birmingham ran in English.
 */
const FACTS: readonly PersonFacts[] = [
  {
    id: PERSON.kenWood,
    givenNames: 'Ken',
    familyName: 'Wood',
    honorific: 'Cllr',
    office: {
      title: 'Lord Mayor of Birmingham',
      formalStyle: 'The Right Worshipful, The Lord Mayor of Birmingham',
      spokenForm: 'Lord Mayor',
    },
    languages: ['en-GB'],
    affiliations: [{ organisationId: ORG.birminghamCityCouncil, role: 'Lord Mayor of Birmingham' }],
    notes:
      'Attended the Leipzig Opera Ball in November 2024 with the Lady Mayoress and led ten Birmingham tech and creative businesses to Leipzig; welcomed the reciprocal trade mission.',
  },
  {
    id: PERSON.barbaraWood,
    givenNames: 'Barbara',
    familyName: 'Wood',
    office: { title: 'Lady Mayoress of Birmingham', spokenForm: 'Lady Mayoress' },
    languages: ['en-GB'],
    affiliations: [{ organisationId: ORG.birminghamCityCouncil, role: 'Lady Mayoress' }],
    notes: 'Attended the Leipzig Opera Ball in November 2024.',
  },
  {
    id: PERSON.manuelaBlum,
    givenNames: 'Manuela',
    familyName: 'Blum',
    honorific: 'Frau',
    languages: ['de', 'en'],
    affiliations: [
      { organisationId: ORG.leipzigInternationalAffairs, role: 'International Affairs' },
    ],
  },
  {
    id: PERSON.antjeNolting,
    givenNames: 'Antje',
    familyName: 'Nolting',
    titlesBefore: 'Dr.',
    honorific: 'Frau',
    languages: ['de', 'en'],
    affiliations: [
      { organisationId: ORG.cityOfLeipzig, role: 'Lead on the city’s science agenda' },
    ],
  },
  {
    id: PERSON.inesDietrich,
    givenNames: 'Ines',
    familyName: 'Dietrich',
    honorific: 'Frau',
    languages: ['de', 'en'],
    affiliations: [{ organisationId: ORG.kreativesLeipzig, role: 'Representative' }],
    notes: 'Briefed the trade mission’s round table on the MACHN Festival (June 2025, Leipzig).',
  },
  {
    id: PERSON.mikeCaine,
    givenNames: 'Mike',
    familyName: 'Caine',
    titlesBefore: 'Prof.',
    languages: ['en-GB'],
    affiliations: [
      {
        organisationId: ORG.astonUniversity,
        role: 'Pro Vice Chancellor for Research and Enterprise',
      },
    ],
  },
  {
    id: PERSON.angelsOdena,
    givenNames: 'Angels',
    familyName: 'Odena',
    languages: ['en-GB'],
    affiliations: [{ organisationId: ORG.astonUniversity, role: 'Research Services' }],
  },
  {
    id: PERSON.edTurner,
    givenNames: 'Ed',
    familyName: 'Turner',
    titlesBefore: 'Dr',
    languages: ['en-GB'],
    affiliations: [{ organisationId: ORG.astonCentreForEurope, role: 'Co-director' }],
  },
  {
    id: PERSON.anthonyTattum,
    givenNames: 'Anthony',
    familyName: 'Tattum',
    languages: ['en-GB'],
    affiliations: [{ organisationId: ORG.leopardCo, role: 'Chief Marketing Officer' }],
    notes: 'Chaired the trade mission’s round table.',
  },
  {
    id: PERSON.fionaLatter,
    givenNames: 'Fiona',
    familyName: 'Latter',
    languages: ['en-GB'],
    affiliations: [
      { organisationId: ORG.westMidlandsCombinedAuthority, role: 'Programme manager' },
    ],
    notes:
      'Led a delegation of Birmingham creative businesses to Leipzig in November 2024 and helped organise the reciprocal trade mission.',
  },
];

/** The sample's contacts, stamped with `now`; kept on the "public task" basis. */
export function samplePeople(now: string): Contact[] {
  return FACTS.map(({ id, ...facts }) => ({
    ...sampleBase(id, now),
    nameOrder: 'given-first',
    emails: [],
    phones: [],
    lawfulBasis: 'public-task',
    ...facts,
  }));
}
