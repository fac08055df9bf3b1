import type { FollowUp } from '../domain/followUp';
import type { Note } from '../domain/note';
import { localToUtc } from '../time/zonedTime';
import { sampleBase } from './sampleBase';
import { SAMPLE_IDS } from './sampleIds';

const ORG = SAMPLE_IDS.organisations;
const PERSON = SAMPLE_IDS.contacts;
const VISIT = SAMPLE_IDS.visits;
const ITEM = SAMPLE_IDS.agendaItems;

/** Owner and author of the sample's follow-ups and notes: the team, not a person. */
const TEAM = 'International Affairs team';

/*
 * The invitations are the articles'; their due dates are not. Each is set
 * ahead of the event it concerns, early enough to reply. All stay open: the
 * articles do not say how they were answered.
 */
const FOLLOW_UPS: readonly (Omit<FollowUp, keyof ReturnType<typeof sampleBase>> & {
  id: string;
})[] = [
  {
    id: SAMPLE_IDS.followUps.machnFestival,
    kind: 'invitation',
    title: 'MACHN Festival, June 2025, Leipzig: invitation to Birmingham creatives',
    visitId: VISIT.tradeMission,
    contactId: PERSON.inesDietrich,
    organisationId: ORG.machnFestival,
    owner: TEAM,
    dueDate: '2025-05-01',
    status: 'open',
    notes:
      'Extended by Ines Dietrich (Kreatives Leipzig) at the round table: Birmingham creatives are invited to showcase their work at the tech, business and art festival.',
  },
  {
    id: SAMPLE_IDS.followUps.filmAndTvMarket2025,
    kind: 'invitation',
    title: 'Birmingham Film and TV Market 2025: invite the Leipzig delegation',
    visitId: VISIT.tradeMission,
    contactId: PERSON.inesDietrich,
    organisationId: ORG.birminghamFilmAndTvMarket,
    owner: TEAM,
    dueDate: '2025-09-01',
    status: 'open',
  },
  {
    id: SAMPLE_IDS.followUps.designFestival2026,
    kind: 'invitation',
    title: 'Birmingham Design Festival 2026: invite the Leipzig delegation',
    visitId: VISIT.tradeMission,
    contactId: PERSON.inesDietrich,
    organisationId: ORG.birminghamDesignFestival,
    owner: TEAM,
    dueDate: '2026-03-01',
    status: 'open',
  },
  {
    id: SAMPLE_IDS.followUps.flatpack2026,
    kind: 'invitation',
    title: 'Flatpack Film Festival 2026: invite the Leipzig delegation',
    visitId: VISIT.tradeMission,
    contactId: PERSON.inesDietrich,
    organisationId: ORG.flatpackFilmFestival,
    owner: TEAM,
    dueDate: '2026-02-01',
    status: 'open',
  },
  {
    id: SAMPLE_IDS.followUps.horizonEurope,
    kind: 'funding-bid',
    title: 'Horizon Europe: identify joint knowledge-exchange projects',
    visitId: VISIT.delegation2025,
    contactId: PERSON.antjeNolting,
    organisationId: ORG.astonUniversity,
    owner: TEAM,
    dueDate: '2025-09-30',
    status: 'open',
    notes:
      'Both cities are keen to access Horizon Europe funding for projects that bring academic knowledge exchange and benefit for their citizens.',
  },
];

/** The sample's follow-ups, stamped with `now`. */
export function sampleFollowUps(now: string): FollowUp[] {
  return FOLLOW_UPS.map(({ id, ...fields }) => ({ ...sampleBase(id, now), ...fields }));
}

/** A note's links, with every list present as the schema requires. */
function links(parts: Partial<Note['links']>): Note['links'] {
  return { contactIds: [], organisationIds: [], visitIds: [], agendaItemIds: [], ...parts };
}

/** The sample's notes, each dated at the end of the meeting it records, stamped with `now`. */
export function sampleNotes(now: string): Note[] {
  const at = (local: string) => localToUtc(local, 'Europe/London');
  const note = (id: string, date: string, body: string, noteLinks: Note['links']): Note => ({
    ...sampleBase(id, now),
    date,
    author: TEAM,
    body,
    links: noteLinks,
  });
  return [
    note(
      SAMPLE_IDS.notes.roundTable,
      at('2025-03-18T15:00'),
      'Round table hosted by the Greater Birmingham Chambers of Commerce and chaired by Anthony Tattum (Leopard Co). The Leipzig delegates met the Birmingham Design Festival, the Birmingham Film and TV Market, Flatpack Film Festival, Birmingham Open Media and the Birmingham Music Archive. Ines Dietrich briefed on the MACHN Festival (June 2025) and invited Birmingham creatives to showcase their work; the Leipzig delegation was invited to the 2025 Birmingham Film and TV Market and the 2026 Birmingham Design Festival and Flatpack Film Festival.',
      links({
        contactIds: [PERSON.anthonyTattum, PERSON.inesDietrich],
        organisationIds: [
          ORG.greaterBirminghamChambers,
          ORG.birminghamDesignFestival,
          ORG.birminghamFilmAndTvMarket,
          ORG.flatpackFilmFestival,
          ORG.birminghamOpenMedia,
          ORG.birminghamMusicArchive,
        ],
        visitIds: [VISIT.tradeMission],
        agendaItemIds: [ITEM.missionRoundTable],
      }),
    ),
    note(
      SAMPLE_IDS.notes.creativeEcosystems,
      at('2025-03-20T14:30'),
      'Fiona Latter (WMCA), who led the Birmingham creative businesses to Leipzig in November 2024: the two creative ecosystems are similar. Art, music, live experiences and digital media are strong in both cities; Birmingham’s focus on creative technologies was particularly well received by the Leipzig delegation.',
      links({
        contactIds: [PERSON.fionaLatter],
        organisationIds: [ORG.westMidlandsCombinedAuthority],
        visitIds: [VISIT.tradeMission],
      }),
    ),
    note(
      SAMPLE_IDS.notes.astonSession,
      at('2025-06-11T13:00'),
      'Aston University: two university visits discussed potential topics for co-operation. Aston showed cybersecurity innovation, educational research, virtual reality in historical storytelling and interdisciplinary public engagement. Leipzig is keen on knowledge transfer to society: formats that bring academic insights to broader audiences. Both cities want Horizon Europe funding.',
      links({
        contactIds: [
          PERSON.mikeCaine,
          PERSON.angelsOdena,
          PERSON.edTurner,
          PERSON.antjeNolting,
          PERSON.manuelaBlum,
        ],
        organisationIds: [ORG.astonUniversity, ORG.astonCentreForEurope],
        visitIds: [VISIT.delegation2025],
        agendaItemIds: [ITEM.delegationAston],
      }),
    ),
    note(
      SAMPLE_IDS.notes.reception,
      at('2025-06-12T20:30'),
      'The Lord Mayor’s reception in the Chamberlain Room of the Council House celebrated the cities’ shared values and future ambitions. Ensemble Nobilis, the a cappella group from Leipzig, performed.',
      links({
        organisationIds: [ORG.birminghamCityCouncil, ORG.ensembleNobilis],
        visitIds: [VISIT.delegation2025],
        agendaItemIds: [ITEM.delegationReception],
      }),
    ),
  ];
}
