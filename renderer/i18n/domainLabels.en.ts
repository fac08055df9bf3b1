import type { AgendaItemKind, AgendaItemStatus } from '../../shared/domain/agendaItem';
import type { FollowUpKind, FollowUpStatus } from '../../shared/domain/followUp';
import type { OrganisationKind } from '../../shared/domain/organisation';
import type { PartnershipStatus } from '../../shared/domain/partnership';
import type {
  VisitDirection,
  VisitKind,
  VisitMemberRole,
  VisitStatus,
} from '../../shared/domain/visit';

/**
 * The words for the domain's kinds, statuses and roles, and for a missing
 * title or name: shared by the screens (each feature's messages place them
 * under its own keys, such as `visits.kinds`) and by the briefing pack's PDF
 * (renderer/formats/briefing/packStrings.ts), which is written in a language
 * of its own whatever the app's language is.
 */
export const domainLabelsEn = {
  untitled: '(untitled)',
  unknownPerson: '(unknown person)',
  unknownOrganisation: '(unknown organisation)',
  visitKinds: {
    'trade-mission': 'Trade mission',
    'civic-delegation': 'Civic delegation',
    'study-visit': 'Study visit',
    conference: 'Conference',
  } satisfies Record<VisitKind, string>,
  visitDirections: {
    inbound: 'Inbound',
    outbound: 'Outbound',
  } satisfies Record<VisitDirection, string>,
  visitStatuses: {
    idea: 'Idea',
    planned: 'Planned',
    confirmed: 'Confirmed',
    'under-way': 'Under way',
    done: 'Done',
    cancelled: 'Cancelled',
  } satisfies Record<VisitStatus, string>,
  visitMemberRoles: {
    lead: 'Lead',
    delegate: 'Delegate',
    host: 'Host',
    organiser: 'Organiser',
    interpreter: 'Interpreter',
    press: 'Press',
  } satisfies Record<VisitMemberRole, string>,
  agendaItemKinds: {
    meeting: 'Meeting',
    'round-table': 'Round table',
    'site-visit': 'Site visit',
    reception: 'Reception',
    meal: 'Meal',
    travel: 'Travel',
    performance: 'Performance',
    'free-time': 'Free time',
  } satisfies Record<AgendaItemKind, string>,
  agendaItemStatuses: {
    planned: 'Planned',
    confirmed: 'Confirmed',
    changed: 'Changed',
    cancelled: 'Cancelled',
  } satisfies Record<AgendaItemStatus, string>,
  followUpKinds: {
    invitation: 'Invitation',
    opportunity: 'Opportunity',
    'funding-bid': 'Funding bid',
    'thank-you-letter': 'Thank-you letter',
    introduction: 'Introduction',
    other: 'Other',
  } satisfies Record<FollowUpKind, string>,
  followUpStatuses: {
    open: 'Open',
    'in-progress': 'In progress',
    done: 'Done',
    dropped: 'Dropped',
  } satisfies Record<FollowUpStatus, string>,
  organisationKinds: {
    'city-council': 'City council',
    'combined-authority': 'Combined authority',
    university: 'University',
    company: 'Company',
    festival: 'Festival',
    chamber: 'Chamber of commerce',
    'cultural-venue': 'Cultural venue',
    agency: 'Agency',
    government: 'Government',
    other: 'Other',
  } satisfies Record<OrganisationKind, string>,
  partnershipStatuses: {
    active: 'Active',
    dormant: 'Dormant',
    ended: 'Ended',
    proposed: 'Proposed',
  } satisfies Record<PartnershipStatus, string>,
};
