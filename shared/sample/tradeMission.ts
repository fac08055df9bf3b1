import type { AgendaItem } from '../domain/agendaItem';
import type { Visit } from '../domain/visit';
import { sampleAgenda, type SampleSlot } from './sampleAgenda';
import { sampleBase } from './sampleBase';
import { SAMPLE_IDS } from './sampleIds';

const ORG = SAMPLE_IDS.organisations;
const PERSON = SAMPLE_IDS.contacts;
const ITEM = SAMPLE_IDS.agendaItems;

/** The mission's venue zone. Its dates fall before 30 March 2025, so in GMT (UTC+0). */
export const TRADE_MISSION_TIME_ZONE = 'Europe/London';

/*
 * The article gives no dates, only that this was a three-day trip that
 * returned the Birmingham visit of November 2024, while the MACHN Festival
 * (June 2025) was still "upcoming" and Councillor Ken Wood was still Lord
 * Mayor (the mayoral year ends in May). So the sample places it on
 * Tuesday 18 – Thursday 20 March 2025, a plausible week in that window, and
 * before the clocks go forward, which gives the sample one visit in GMT
 * beside the June delegation in BST. The order of the programme is the
 * article's; the days it is split over and all times are chosen for the sample.
 */
export const TRADE_MISSION_DATES = { startDate: '2025-03-18', endDate: '2025-03-20' } as const;

// The article does not name the ten Leipzig companies or their delegates, so
// only the people it names take part here.
const DELEGATES = [PERSON.inesDietrich];

const SLOTS: readonly SampleSlot[] = [
  {
    id: ITEM.missionRoundTable,
    start: '2025-03-18T13:00',
    end: '2025-03-18T15:00',
    title: 'Round table with Birmingham’s creative and cultural ecosystem',
    kind: 'round-table',
    venueName: 'Greater Birmingham Chambers of Commerce',
    hostOrganisationId: ORG.greaterBirminghamChambers,
    chairContactId: PERSON.anthonyTattum,
    attendeeIds: [...DELEGATES, PERSON.fionaLatter],
    briefingNotes:
      'With representatives of the Birmingham Design Festival, the Birmingham Film and TV Market, Flatpack Film Festival, Birmingham Open Media and the Birmingham Music Archive. Ines Dietrich (Kreatives Leipzig) briefs on the MACHN Festival and invites Birmingham creatives to show their work.',
  },
  {
    id: ITEM.missionOpenMedia,
    start: '2025-03-18T15:30',
    end: '2025-03-18T17:00',
    title: 'Birmingham Open Media: immersive and tech',
    kind: 'site-visit',
    venueName: 'Birmingham Open Media',
    hostOrganisationId: ORG.birminghamOpenMedia,
    attendeeIds: DELEGATES,
    purpose: 'Meet participants of the WMCA-funded Immersive Bootcamps run there.',
  },
  {
    id: ITEM.missionHolosphere,
    start: '2025-03-19T09:30',
    end: '2025-03-19T10:30',
    title: 'Holosphere: XR specialists',
    kind: 'site-visit',
    venueName: 'Holosphere',
    hostOrganisationId: ORG.holosphere,
    attendeeIds: DELEGATES,
    purpose: 'VR, AR and mixed-reality projects across the world.',
  },
  {
    id: ITEM.missionVentureFest,
    start: '2025-03-19T11:00',
    end: '2025-03-19T12:30',
    title: 'VentureFest: European Partnership opportunities',
    kind: 'meeting',
    venueName: 'VentureFest',
    hostOrganisationId: ORG.ventureFest,
    attendeeIds: DELEGATES,
    purpose:
      'Panel of global innovative companies with a base in Birmingham on European Partnership opportunities.',
  },
  {
    id: ITEM.missionSteamhouse,
    start: '2025-03-19T14:00',
    end: '2025-03-19T15:30',
    title: 'STEAMhouse tour',
    kind: 'site-visit',
    venueName: 'STEAMhouse',
    hostOrganisationId: ORG.steamhouse,
    attendeeIds: DELEGATES,
    purpose:
      'Membership packages for creative businesses; 3D printing, the new digital production facilities and the SoundLab.',
  },
  {
    id: ITEM.missionTheBond,
    start: '2025-03-20T10:00',
    end: '2025-03-20T11:00',
    title: 'Digbeth: The Bond',
    kind: 'site-visit',
    venueName: 'The Bond',
    venueAddress: 'Digbeth, Birmingham',
    hostOrganisationId: ORG.theBond,
    attendeeIds: DELEGATES,
    purpose: 'Street art along the canal.',
  },
  {
    id: ITEM.missionCustardFactory,
    start: '2025-03-20T11:15',
    end: '2025-03-20T12:00',
    title: 'Digbeth: Custard Factory',
    kind: 'site-visit',
    venueName: 'Custard Factory',
    venueAddress: 'Digbeth, Birmingham',
    hostOrganisationId: ORG.custardFactory,
    attendeeIds: DELEGATES,
  },
  {
    id: ITEM.missionSecondHomeStudios,
    start: '2025-03-20T12:00',
    end: '2025-03-20T13:00',
    title: 'Digbeth: Second Home Studios',
    kind: 'site-visit',
    venueName: 'Second Home Studios',
    venueAddress: 'Digbeth, Birmingham',
    hostOrganisationId: ORG.secondHomeStudios,
    attendeeIds: DELEGATES,
    purpose: 'BAFTA-nominated animation studio.',
  },
  {
    id: ITEM.missionOldCrown,
    start: '2025-03-20T13:15',
    end: '2025-03-20T14:30',
    title: 'The Old Crown: close of the trade mission',
    kind: 'site-visit',
    venueName: 'The Old Crown',
    venueAddress: 'Digbeth, Birmingham',
    hostOrganisationId: ORG.theOldCrown,
    attendeeIds: DELEGATES,
    purpose: 'Birmingham’s oldest pub, built in 1358.',
  },
];

/** The trade mission of ten Leipzig creative companies to Birmingham, stamped with `now`. */
export function sampleTradeMission(now: string): Visit {
  return {
    ...sampleBase(SAMPLE_IDS.visits.tradeMission, now, ['creative-industries']),
    title: 'Trade mission: Leipzig creative companies in Birmingham',
    kind: 'trade-mission',
    direction: 'inbound',
    destinationCity: 'Birmingham',
    destinationCountry: 'GB',
    venueTimeZone: TRADE_MISSION_TIME_ZONE,
    ...TRADE_MISSION_DATES,
    status: 'done',
    partnershipId: SAMPLE_IDS.partnerships.birminghamLeipzig,
    members: [
      { contactId: PERSON.inesDietrich, role: 'delegate' },
      { contactId: PERSON.fionaLatter, role: 'organiser' },
    ],
    partnerOrganisationIds: [
      ORG.birminghamCityCouncil,
      ORG.westMidlandsCombinedAuthority,
      ORG.westMidlandsGrowthCompany,
      ORG.departmentForBusinessAndTrade,
      ORG.greaterBirminghamChambers,
      ORG.kreativesLeipzig,
    ],
    objectives: [
      'Build links between Leipzig film, visual art and animation businesses and leading Birmingham organisations.',
      'Develop business, trade and investment collaboration in the creative industries, a key priority for both cities.',
    ].join('\n'),
    keyMessages: [
      'Birmingham is well known for its diverse and thriving creative and cultural scene.',
      'Birmingham’s strong focus on creative technologies.',
    ].join('\n'),
  };
}

/** The mission's programme, in Europe/London time. */
export function sampleTradeMissionAgenda(now: string): AgendaItem[] {
  return sampleAgenda(SAMPLE_IDS.visits.tradeMission, TRADE_MISSION_TIME_ZONE, now, SLOTS);
}
