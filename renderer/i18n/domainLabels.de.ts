import type { domainLabelsEn } from './domainLabels.en';
import type { Translation } from './translation';

/** `domainLabelsEn` in German. */
export const domainLabelsDe: Translation<typeof domainLabelsEn> = {
  untitled: '(ohne Titel)',
  unknownPerson: '(unbekannte Person)',
  unknownOrganisation: '(unbekannte Organisation)',
  visitKinds: {
    'trade-mission': 'Wirtschaftsmission',
    'civic-delegation': 'Delegation der Stadt',
    'study-visit': 'Studienreise',
    conference: 'Konferenz',
  },
  visitDirections: {
    inbound: 'Eingehend',
    outbound: 'Ausgehend',
  },
  visitStatuses: {
    idea: 'Idee',
    planned: 'Geplant',
    confirmed: 'Bestätigt',
    'under-way': 'Läuft',
    done: 'Abgeschlossen',
    cancelled: 'Abgesagt',
  },
  visitMemberRoles: {
    lead: 'Leitung',
    delegate: 'Delegationsmitglied',
    host: 'Gastgeber',
    organiser: 'Organisation',
    interpreter: 'Dolmetschen',
    press: 'Presse',
  },
  agendaItemKinds: {
    meeting: 'Besprechung',
    'round-table': 'Runder Tisch',
    'site-visit': 'Besichtigung',
    reception: 'Empfang',
    meal: 'Essen',
    travel: 'Fahrt',
    performance: 'Aufführung',
    'free-time': 'Freie Zeit',
  },
  agendaItemStatuses: {
    planned: 'Geplant',
    confirmed: 'Bestätigt',
    changed: 'Geändert',
    cancelled: 'Abgesagt',
  },
  followUpKinds: {
    invitation: 'Einladung',
    opportunity: 'Gelegenheit',
    'funding-bid': 'Förderantrag',
    'thank-you-letter': 'Dankschreiben',
    introduction: 'Kontaktvermittlung',
    other: 'Sonstiges',
  },
  followUpStatuses: {
    open: 'Offen',
    'in-progress': 'In Arbeit',
    done: 'Erledigt',
    dropped: 'Verworfen',
  },
  organisationKinds: {
    'city-council': 'Stadtverwaltung',
    'combined-authority': 'Regionalverbund',
    university: 'Hochschule',
    company: 'Unternehmen',
    festival: 'Festivalveranstalter',
    chamber: 'Handelskammer',
    'cultural-venue': 'Kulturort',
    agency: 'Agentur',
    government: 'Regierung oder Behörde',
    other: 'Sonstige',
  },
  partnershipStatuses: {
    active: 'Aktiv',
    dormant: 'Ruhend',
    ended: 'Beendet',
    proposed: 'Geplant',
  },
};
