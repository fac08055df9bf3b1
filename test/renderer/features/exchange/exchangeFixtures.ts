import type { Contact } from '../../../../shared/domain/contact';
import type { Organisation } from '../../../../shared/domain/organisation';

const STAMP = {
  createdAt: '2025-05-01T09:00:00.000Z',
  updatedAt: '2025-06-02T08:30:00.000Z',
  updatedBy: 'test',
};

/** Organisations the exchange tests' contacts belong to. */
export const ORGANISATIONS: Organisation[] = [
  {
    ...STAMP,
    id: '5d7c8a10-0000-4000-8000-000000000001',
    tags: [],
    name: 'Universität Leipzig; Institut für Informatik',
    kind: 'university',
    sectors: [],
  },
  {
    ...STAMP,
    id: '5d7c8a10-0000-4000-8000-000000000002',
    tags: [],
    name: 'Birmingham City Council',
    kind: 'city-council',
    sectors: [],
  },
  {
    ...STAMP,
    id: '5d7c8a10-0000-4000-8000-000000000003',
    tags: [],
    name: 'Kreatives Leipzig',
    kind: 'agency',
    sectors: [],
  },
];

const [UNI, BCC, KREATIV] = ORGANISATIONS.map((organisation) => organisation.id) as [
  string,
  string,
  string,
];

function contact(
  fields: Partial<Contact> & Pick<Contact, 'id' | 'givenNames' | 'familyName'>,
): Contact {
  return {
    ...STAMP,
    tags: [],
    nameOrder: 'given-first',
    languages: [],
    affiliations: [],
    emails: [],
    phones: [],
    lawfulBasis: 'public-task',
    ...fields,
  };
}

/** People with the names that break naive exporters: umlauts, ß, Polish and Hungarian names, titles, an office. */
export const PEOPLE: Contact[] = [
  contact({
    id: '0b6f3a52-8f4e-4a8e-9d0a-000000000001',
    givenNames: 'Jürgen',
    familyName: 'Müller-Lüdenscheidt',
    honorific: 'Herr',
    titlesBefore: 'Prof. Dr.',
    titlesAfter: 'M.A., MdB',
    pronunciation: 'YUR-gen MUE-ler',
    salutation: 'Sehr geehrter Herr Professor Müller-Lüdenscheidt',
    languages: ['de', 'en-GB'],
    affiliations: [
      { organisationId: UNI, role: 'Dekan; Fakultät, Informatik', from: '2021-04-01' },
      { organisationId: KREATIV, role: 'Beirat', from: '2015-01-01', to: '2020-12-31' },
    ],
    emails: [
      { label: 'work', address: 'j.mueller@uni-leipzig.de' },
      { label: 'assistant', address: 'sekretariat@uni-leipzig.de' },
    ],
    phones: [
      { label: 'work', number: '+49 341 97-32200' },
      { label: 'mobile', number: '+49 (0)171 555 0101' },
    ],
    notes:
      'Met at the Opera Ball, November 2024.\nInterested in Horizon Europe; "quantum" projects.',
    tags: ['Horizon Europe', 'Opera Ball, 2024'],
    dietaryNeeds: 'Vegetarian, no nuts',
    accessibilityNeeds: 'Step-free access',
    lawfulBasis: 'consent',
    consentNote: 'Agreed by email on 3 March 2025',
    reviewDate: '2027-03-31',
    photo: `data:image/png;base64,${'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg'.repeat(3)}==`,
  }),
  contact({
    id: '0b6f3a52-8f4e-4a8e-9d0a-000000000002',
    givenNames: 'Łukasz Grzegorz',
    familyName: 'Wiśniewski-Żółć',
    honorific: 'Mr',
    languages: ['pl', 'en'],
    emails: [{ label: 'home', address: 'lukasz@example.pl' }],
  }),
  contact({
    id: '0b6f3a52-8f4e-4a8e-9d0a-000000000003',
    givenNames: 'Zoltán',
    familyName: 'Nagy',
    nameOrder: 'family-first',
    titlesBefore: 'Dr.',
    languages: ['hu', 'de'],
    affiliations: [{ organisationId: BCC, role: 'Adviser' }],
    emails: [{ label: 'work', address: 'zoltan.nagy@example.hu' }],
  }),
  contact({
    id: '0b6f3a52-8f4e-4a8e-9d0a-000000000004',
    givenNames: 'Ken',
    familyName: 'Wood',
    honorific: 'Cllr',
    office: {
      title: 'Lord Mayor of Birmingham',
      formalStyle: 'The Right Worshipful, The Lord Mayor of Birmingham',
      spokenForm: 'Lord Mayor',
    },
    languages: ['en-GB'],
    affiliations: [{ organisationId: BCC, role: 'Lord Mayor of Birmingham' }],
  }),
];
