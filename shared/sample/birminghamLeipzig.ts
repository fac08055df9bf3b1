import type { WorkspaceDocuments } from '../domain/schemas';
import { sampleDelegation2025, sampleDelegation2025Agenda } from './delegation2025';
import { sampleFollowUps, sampleNotes } from './followUpsAndNotes';
import { sampleOrganisations } from './organisations';
import { samplePartnership } from './partnership';
import { samplePeople } from './people';
import { sampleTradeMission, sampleTradeMissionAgenda } from './tradeMission';

export { SAMPLE_AUTHOR, SAMPLE_TAG } from './sampleBase';
export { SAMPLE_IDS } from './sampleIds';

/**
 * The Birmingham–Leipzig sample workspace that a new user can load with one
 * click: the partnership, the trade mission of Leipzig creatives, the June
 * 2025 delegation, their people, organisations, follow-ups and notes, all
 * taken from the two reference articles (../shared/reference/).
 *
 * Pure and deterministic apart from `now` (an ISO instant stamped as created
 * and updated time): every id is fixed, so loading it again updates the same
 * documents rather than adding copies.
 */
export function buildSampleWorkspace(now: string): WorkspaceDocuments {
  return {
    organisations: sampleOrganisations(now),
    contacts: samplePeople(now),
    partnerships: [samplePartnership(now)],
    visits: [sampleTradeMission(now), sampleDelegation2025(now)],
    agendaItems: [...sampleTradeMissionAgenda(now), ...sampleDelegation2025Agenda(now)],
    followUps: sampleFollowUps(now),
    notes: sampleNotes(now),
  };
}
