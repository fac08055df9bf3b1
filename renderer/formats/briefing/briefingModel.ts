import { fullName } from '../../../shared/domain/formsOfAddress';
import type { Organisation } from '../../../shared/domain/organisation';
import { compareNames } from '../../../shared/text/collation';
import type { BriefingData } from './briefingData';
import { BRIEFING_SECTIONS, type BriefingOptions, type BriefingSection } from './briefingOptions';
import { compareSnapshots, snapshotOf, type BriefingChanges } from './briefingSnapshot';
import { emergencyNumber } from './emergencyNumbers';
import { packFormat, type PackFormat } from './packFormat';
import { fill, packStrings, type PackStrings } from './packStrings';
import {
  delegationNeeds,
  emergencyContacts,
  packContacts,
  penPortraits,
  type EmergencyContact,
  type NeedsEntry,
  type PenPortrait,
} from './peopleModel';
import {
  programmeDays,
  venueList,
  zoneNote,
  type Field,
  type ProgrammeDay,
  type VenueEntry,
} from './programmeModel';

/** One organisation profile. */
export interface OrganisationProfile {
  name: string;
  details: Field[];
  description?: string;
}

/** One open follow-up as printed. */
export interface FollowUpEntry {
  title: string;
  details: string[];
}

/**
 * Everything the PDF prints, already worded in the pack's language: the
 * React-PDF components only lay it out. Sensitive fields never reach it unless
 * `includeSensitive` was chosen.
 */
export interface BriefingModel {
  language: BriefingOptions['language'];
  strings: PackStrings;
  format: PackFormat;
  title: string;
  /** The visit's zone: programme times are in it unless marked otherwise. */
  venueTimeZone: string;
  classification: string;
  sensitive: boolean;
  generated: string;
  cover: Field[];
  /** The chosen sections, in pack order. */
  sections: BriefingSection[];
  objectives: string[];
  keyMessages: string[];
  linesToTake: string[];
  zoneNote: string;
  programme: ProgrammeDay[];
  venues: VenueEntry[];
  people: PenPortrait[];
  organisations: OrganisationProfile[];
  partnership?: { title: string; fields: Field[] };
  followUps: FollowUpEntry[];
  logistics: Field[];
  emergency: { contacts: EmergencyContact[]; number?: string };
  /** Present only with sensitive data chosen. */
  needs?: NeedsEntry[];
  /** Present only with the addendum chosen; `null` when there is no earlier pack. */
  addendum?: BriefingChanges | null;
}

/** Free text with one entry per line, blank lines dropped. */
export function lines(text: string | undefined): string[] {
  return (text ?? '')
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
}

function organisationProfiles(
  data: BriefingData,
  s: PackStrings,
  format: PackFormat,
  name: (id: string) => string,
): OrganisationProfile[] {
  const o = s.organisations;
  const partners = data.visit.partnerOrganisationIds;
  const hosted = new Map<string, string[]>();
  for (const item of data.agendaItems) {
    if (!item.hostOrganisationId) continue;
    hosted.set(item.hostOrganisationId, [
      ...(hosted.get(item.hostOrganisationId) ?? []),
      item.title,
    ]);
  }
  // Partners in the visit's order, then hosts, then the people's other organisations.
  const rank = (org: Organisation) => {
    const partner = partners.indexOf(org.id);
    if (partner >= 0) return partner;
    return hosted.has(org.id) ? partners.length : partners.length + 1;
  };
  return [...data.organisations]
    .sort((a, b) => rank(a) - rank(b) || compareNames(a.name, b.name))
    .map((org) => {
      const place = [org.city, org.country && format.countryName(org.country)]
        .filter(Boolean)
        .join(', ');
      const details: Field[] = [[o.kind, s.organisationKinds[org.kind]]];
      if (place) details.push([o.place, place]);
      if (org.address?.trim()) details.push([o.address, org.address.trim().replace(/\n+/g, ', ')]);
      if (org.website) details.push([o.website, org.website]);
      if (org.sectors.length > 0) details.push([o.sectors, org.sectors.join(', ')]);
      if (org.parentOrganisationId) details.push([o.partOf, name(org.parentOrganisationId)]);
      if (partners.includes(org.id)) details.push([o.partner, '✓']);
      const hosts = hosted.get(org.id);
      if (hosts) details.push([o.hosts, hosts.join('; ')]);
      return {
        name: org.name,
        details,
        ...(org.description?.trim() ? { description: org.description.trim() } : {}),
      };
    });
}

function partnershipProfile(
  partnership: NonNullable<BriefingData['partnership']>,
  s: PackStrings,
): { title: string; fields: Field[] } {
  const p = s.partnership;
  const fields: Field[] = [];
  if (partnership.since) fields.push([p.since, String(partnership.since)]);
  if (partnership.agreement?.trim()) fields.push([p.agreement, partnership.agreement.trim()]);
  if (partnership.themes.length > 0) fields.push([p.themes, partnership.themes.join(', ')]);
  fields.push([p.status, s.partnershipStatuses[partnership.status]]);
  if (partnership.historyNotes?.trim()) fields.push([p.history, partnership.historyNotes.trim()]);
  return { title: partnership.parties.map((party) => party.name).join(' – '), fields };
}

/** Turns the gathered data and the chosen options into what the pack prints. */
export function briefingModel(data: BriefingData, options: BriefingOptions): BriefingModel {
  const s = packStrings(options.language);
  const format = packFormat(options.language, data.homeTimeZone);
  const contacts = packContacts(data, options.includeSensitive);
  const byId = new Map(contacts.map((contact) => [contact.id, contact]));
  const organisations = new Map(
    [...data.organisations, ...data.followUpOrganisations].map((org) => [org.id, org]),
  );
  const personName = (id: string) => {
    const contact = byId.get(id);
    return contact ? fullName(contact) : s.unknownPerson;
  };
  const organisationName = (id: string) => organisations.get(id)?.name ?? s.unknownOrganisation;
  const { visit } = data;
  const destination = [
    visit.destinationCity,
    visit.destinationCountry && format.countryName(visit.destinationCountry),
  ]
    .filter(Boolean)
    .join(', ');
  const cover: Field[] = [
    [s.cover.dates, format.dateRange(visit.startDate, visit.endDate)],
    ...(destination ? [[s.cover.destination, destination] as const] : []),
    [s.cover.kind, `${s.visitKinds[visit.kind]} (${s.directions[visit.direction]})`],
    [s.cover.status, s.visitStatuses[visit.status]],
    ...(visit.leadContactId ? [[s.cover.lead, personName(visit.leadContactId)] as const] : []),
  ];
  const logistics: Field[] = [
    [s.logistics.travel, visit.logistics?.travel],
    [s.logistics.hotel, visit.logistics?.hotel],
    [s.logistics.transport, visit.logistics?.transport],
    [s.logistics.risks, visit.risks],
  ].flatMap(([label, value]) => (value?.trim() ? [[label as string, value.trim()] as const] : []));
  const number = emergencyNumber(visit.destinationCountry);

  return {
    language: options.language,
    strings: s,
    format,
    title: visit.title.trim() || s.untitled,
    venueTimeZone: visit.venueTimeZone,
    classification: options.includeSensitive ? s.classificationSensitive : s.classification,
    sensitive: options.includeSensitive,
    generated: fill(s.generated, { date: format.instant(data.generatedAt) }),
    cover,
    sections: BRIEFING_SECTIONS.filter((section) => options.sections.includes(section)),
    objectives: lines(visit.objectives),
    keyMessages: lines(visit.keyMessages),
    linesToTake: lines(visit.linesToTake),
    zoneNote: zoneNote(data, s),
    programme: programmeDays(data, s, format, { personName, organisationName }),
    venues: venueList(data, s, format),
    people: penPortraits(data, contacts, options.language, s, format, organisationName),
    organisations: organisationProfiles(data, s, format, organisationName),
    ...(data.partnership ? { partnership: partnershipProfile(data.partnership, s) } : {}),
    followUps: data.followUps.map((followUp) => ({
      title: followUp.title,
      details: [
        `${s.followUpKinds[followUp.kind]}, ${s.followUpStatuses[followUp.status]}`,
        fill(s.followUps.due, { date: format.date(followUp.dueDate) }),
        fill(s.followUps.owner, { owner: followUp.owner }),
        ...(followUp.contactId || followUp.organisationId
          ? [
              fill(s.followUps.about, {
                names: [
                  followUp.contactId && personName(followUp.contactId),
                  followUp.organisationId && organisationName(followUp.organisationId),
                ]
                  .filter(Boolean)
                  .join(', '),
              }),
            ]
          : []),
      ],
    })),
    logistics,
    emergency: {
      contacts: emergencyContacts(data, contacts, s),
      ...(number
        ? {
            number: fill(s.logistics.emergencyNumber, {
              country: format.countryName(visit.destinationCountry ?? ''),
              number,
            }),
          }
        : {}),
    },
    ...(options.includeSensitive ? { needs: delegationNeeds(data, contacts, s) } : {}),
    ...(options.addendum
      ? {
          addendum: options.previousSnapshot
            ? compareSnapshots(options.previousSnapshot, snapshotOf(data))
            : null,
        }
      : {}),
  };
}
