import type { AgendaItem } from '../../../shared/domain/agendaItem';
import type { BaseDocument } from '../../../shared/domain/common';
import type { Conflict } from '../../../shared/domain/conflict';
import type { Contact } from '../../../shared/domain/contact';
import type { FollowUp } from '../../../shared/domain/followUp';
import type { Note } from '../../../shared/domain/note';
import type { Organisation } from '../../../shared/domain/organisation';
import type { Partnership } from '../../../shared/domain/partnership';
import type { EntityByCollection } from '../../../shared/domain/schemas';
import type { Visit } from '../../../shared/domain/visit';

/** Fixed ids so failures are readable. */
export const ids = {
  councilOrg: '8f0c2b1e-0000-4000-8000-000000000001',
  astonOrg: '8f0c2b1e-0000-4000-8000-000000000002',
  lordMayor: '8f0c2b1e-0000-4000-8000-000000000010',
  nolting: '8f0c2b1e-0000-4000-8000-000000000011',
  partnership: '8f0c2b1e-0000-4000-8000-000000000020',
  visit: '8f0c2b1e-0000-4000-8000-000000000030',
  reception: '8f0c2b1e-0000-4000-8000-000000000040',
  followUp: '8f0c2b1e-0000-4000-8000-000000000050',
  note: '8f0c2b1e-0000-4000-8000-000000000060',
  conflict: '8f0c2b1e-0000-4000-8000-000000000070',
};

function base(id: string): BaseDocument {
  return {
    id,
    createdAt: '2025-05-01T09:00:00Z',
    updatedAt: '2025-05-02T10:30:00.123Z',
    updatedBy: 'officer-1',
    tags: ['leipzig-2025'],
  };
}

export const astonUniversity: Organisation = {
  ...base(ids.astonOrg),
  name: 'Aston University',
  kind: 'university',
  city: 'Birmingham',
  country: 'GB',
  website: 'https://www.aston.ac.uk',
  sectors: ['higher education', 'research'],
};

export const lordMayor: Contact = {
  ...base(ids.lordMayor),
  givenNames: 'Zafar',
  familyName: 'Iqbal',
  nameOrder: 'given-first',
  honorific: 'Cllr',
  office: {
    title: 'Lord Mayor of Birmingham',
    formalStyle: 'The Right Worshipful, The Lord Mayor of Birmingham',
    spokenForm: 'Lord Mayor',
  },
  languages: ['en-GB'],
  affiliations: [{ organisationId: ids.councilOrg, role: 'Lord Mayor', from: '2025-05-20' }],
  emails: [{ label: 'work', address: 'lord.mayor@birmingham.gov.uk' }],
  phones: [{ label: 'office', number: '+44 121 303 2040' }],
  dietaryNeeds: 'halal',
  lawfulBasis: 'public-task',
  reviewDate: '2027-05-31',
};

export const drNolting: Contact = {
  ...base(ids.nolting),
  givenNames: 'Antje',
  familyName: 'Nolting',
  nameOrder: 'given-first',
  titlesBefore: 'Dr.',
  honorific: 'Frau',
  languages: ['de', 'en'],
  affiliations: [],
  emails: [],
  phones: [],
  lawfulBasis: 'public-task',
};

export const twinning: Partnership = {
  ...base(ids.partnership),
  parties: [
    { kind: 'city', name: 'Birmingham', country: 'GB' },
    { kind: 'city', name: 'Leipzig', country: 'DE' },
  ],
  since: 1992,
  themes: ['culture', 'education', 'economy', 'public health'],
  status: 'active',
};

export const leipzigDelegation: Visit = {
  ...base(ids.visit),
  title: 'Leipzig delegation to Birmingham',
  kind: 'civic-delegation',
  direction: 'inbound',
  destinationCity: 'Birmingham',
  destinationCountry: 'GB',
  venueTimeZone: 'Europe/London',
  startDate: '2025-06-10',
  endDate: '2025-06-13',
  status: 'done',
  partnershipId: ids.partnership,
  members: [{ contactId: ids.nolting, role: 'delegate' }],
  partnerOrganisationIds: [ids.astonOrg],
  objectives: 'Horizon Europe funding partners',
  logistics: { hotel: 'City centre' },
};

export const reception: AgendaItem = {
  ...base(ids.reception),
  visitId: ids.visit,
  start: '2025-06-12T18:00',
  end: '2025-06-12T20:00',
  timeZone: 'Europe/London',
  startUtc: '2025-06-12T17:00:00Z',
  endUtc: '2025-06-12T19:00:00Z',
  title: "Lord Mayor's reception",
  kind: 'reception',
  venueName: 'Chamberlain Room, Council House',
  chairContactId: ids.lordMayor,
  attendeeIds: [ids.nolting],
  status: 'confirmed',
};

export const filmMarketInvitation: FollowUp = {
  ...base(ids.followUp),
  kind: 'invitation',
  title: 'Invite Kreatives Leipzig to the Birmingham Film and TV Market 2025',
  visitId: ids.visit,
  owner: 'officer-1',
  dueDate: '2025-07-15',
  status: 'open',
};

export const astonNote: Note = {
  ...base(ids.note),
  date: '2025-06-11T10:00:00Z',
  author: 'officer-1',
  body: 'Shared interest in Horizon Europe; follow up with Research Services.',
  links: {
    contactIds: [],
    organisationIds: [ids.astonOrg],
    visitIds: [ids.visit],
    agendaItemIds: [],
  },
};

export const openConflict: Conflict = {
  id: ids.conflict,
  collectionName: 'contacts',
  documentId: ids.lordMayor,
  fieldPath: 'office.spokenForm',
  localValue: 'My Lord Mayor',
  serverValue: { nested: ['any', 'json', 1, null] },
  detectedAt: '2025-06-14T08:00:00Z',
  status: 'open',
};

/** One valid document per collection. */
export const validExamples: { [K in keyof EntityByCollection]: EntityByCollection[K] } = {
  organisations: astonUniversity,
  contacts: lordMayor,
  partnerships: twinning,
  visits: leipzigDelegation,
  agendaItems: reception,
  followUps: filmMarketInvitation,
  notes: astonNote,
  conflicts: openConflict,
};
