import type { AgendaItem } from '../domain/agendaItem';
import type { Visit } from '../domain/visit';
import { sampleAgenda, type SampleSlot } from './sampleAgenda';
import { sampleBase } from './sampleBase';
import { SAMPLE_IDS } from './sampleIds';

const ORG = SAMPLE_IDS.organisations;
const PERSON = SAMPLE_IDS.contacts;
const ITEM = SAMPLE_IDS.agendaItems;

/** The delegation's venue zone: every programme time below is Birmingham time (BST, UTC+1). */
export const DELEGATION_2025_TIME_ZONE = 'Europe/London';

const DELEGATES = [PERSON.manuelaBlum, PERSON.antjeNolting, PERSON.inesDietrich];

/*
 * The article gives the days of the Aston session (11 June) and of the German
 * Career Road Show and the reception (12 June), says the visit ended at the
 * Birmingham Design Festival, and gives no times. STEAMhouse and the Floating
 * Garden are placed on the arrival day, the festival on the last day, and
 * every time is a plausible office-hours slot chosen for the sample.
 */
const SLOTS: readonly SampleSlot[] = [
  {
    id: ITEM.delegationSteamhouse,
    start: '2025-06-10T14:00',
    end: '2025-06-10T15:30',
    title: 'STEAMhouse: Birmingham’s hub for creative innovation',
    kind: 'site-visit',
    venueName: 'STEAMhouse',
    hostOrganisationId: ORG.steamhouse,
    attendeeIds: DELEGATES,
  },
  {
    id: ITEM.delegationFloatingGarden,
    start: '2025-06-10T16:00',
    end: '2025-06-10T17:00',
    title: 'Grand Union’s Floating Garden',
    kind: 'site-visit',
    venueName: 'Floating Garden, Grand Union',
    hostOrganisationId: ORG.grandUnion,
    attendeeIds: DELEGATES,
    purpose: 'Community-led urban regeneration.',
  },
  {
    id: ITEM.delegationAston,
    start: '2025-06-11T10:00',
    end: '2025-06-11T13:00',
    title: 'Aston University: research and knowledge exchange',
    kind: 'meeting',
    venueName: 'Aston University',
    hostOrganisationId: ORG.astonUniversity,
    chairContactId: PERSON.edTurner,
    attendeeIds: [...DELEGATES, PERSON.mikeCaine, PERSON.angelsOdena],
    purpose:
      'Potential topics for co-operation and Horizon Europe funding; Leipzig’s interest in knowledge transfer to society.',
    briefingNotes:
      'Welcome by Professor Mike Caine (Pro Vice Chancellor for Research and Enterprise) and Angels Odena (Research Services); chaired by Dr Ed Turner (Co-director, Aston Centre for Europe). Aston researchers show projects in cybersecurity innovation, educational research, virtual reality in historical storytelling and interdisciplinary public engagement.',
  },
  {
    id: ITEM.delegationCareerRoadShow,
    start: '2025-06-12T09:30',
    end: '2025-06-12T16:30',
    title: 'German Career Road Show',
    kind: 'meeting',
    attendeeIds: DELEGATES,
    purpose: 'A day-long event promoting international career pathways.',
  },
  {
    id: ITEM.delegationReception,
    start: '2025-06-12T18:30',
    end: '2025-06-12T20:30',
    title: 'Lord Mayor’s reception in honour of the Leipzig delegation',
    kind: 'reception',
    venueName: 'Chamberlain Room, Council House',
    hostOrganisationId: ORG.birminghamCityCouncil,
    attendeeIds: DELEGATES,
    purpose: 'Celebrate the cities’ shared values and future ambitions.',
    // The article does not name the Lord Mayor who hosted: the mayoral year
    // turns in May, so no chair is set rather than guessing.
    briefingNotes:
      'Hosted by the Lord Mayor of Birmingham in the historic Chamberlain Room. Performance by Ensemble Nobilis, the internationally renowned a cappella group from Leipzig.',
  },
  {
    id: ITEM.delegationDesignFestival,
    start: '2025-06-13T10:00',
    end: '2025-06-13T12:00',
    title: 'Birmingham Design Festival',
    kind: 'site-visit',
    hostOrganisationId: ORG.birminghamDesignFestival,
    attendeeIds: DELEGATES,
    purpose: 'See the city’s design and creative industries first-hand.',
  },
];

/** The Leipzig delegation to Birmingham of 10–13 June 2025, stamped with `now`. */
export function sampleDelegation2025(now: string): Visit {
  return {
    ...sampleBase(SAMPLE_IDS.visits.delegation2025, now, ['leipzig-2025']),
    title: 'Leipzig delegation to Birmingham',
    kind: 'civic-delegation',
    direction: 'inbound',
    destinationCity: 'Birmingham',
    destinationCountry: 'GB',
    venueTimeZone: DELEGATION_2025_TIME_ZONE,
    startDate: '2025-06-10',
    endDate: '2025-06-13',
    status: 'done',
    partnershipId: SAMPLE_IDS.partnerships.birminghamLeipzig,
    members: DELEGATES.map((contactId) => ({ contactId, role: 'delegate' as const })),
    partnerOrganisationIds: [
      ORG.birminghamInternationalAffairs,
      ORG.cityOfLeipzig,
      ORG.leipzigInternationalAffairs,
      ORG.kreativesLeipzig,
      ORG.bertzAssociates,
      ORG.astonUniversity,
      ORG.steamhouse,
      ORG.universityOfBirmingham,
    ],
    objectives: [
      'Identify projects that can access Horizon Europe funding.',
      'Academic knowledge exchange that benefits the citizens of both cities.',
      'Formats that bring academic insights to broader audiences.',
      'Groundwork for collaboration in research impact, public engagement and international mobility.',
    ].join('\n'),
    keyMessages: [
      'The Birmingham–Leipzig partnership is enduring and strong.',
      'City diplomacy helps tackle shared challenges and create new opportunities.',
    ].join('\n'),
  };
}

/** The delegation's programme, in Europe/London time. */
export function sampleDelegation2025Agenda(now: string): AgendaItem[] {
  return sampleAgenda(SAMPLE_IDS.visits.delegation2025, DELEGATION_2025_TIME_ZONE, now, SLOTS);
}
