// The briefing-pack benchmark's input: a 4-day visit with 40 people and 60
// agenda items, as `gatherBriefingData` would return it, plus the snapshot of
// an earlier pack so the addendum has changes to list. Deterministic (seeded).
import type { BriefingData } from '../../renderer/formats/briefing/briefingData';
import type { BriefingOptions } from '../../renderer/formats/briefing/briefingOptions';
import { BRIEFING_SECTIONS } from '../../renderer/formats/briefing/briefingOptions';
import {
  snapshotOf,
  type BriefingSnapshot,
} from '../../renderer/formats/briefing/briefingSnapshot';
import { deriveAgendaUtc } from '../../shared/domain/agenda';
import type { AgendaItem, AgendaItemKind } from '../../shared/domain/agendaItem';
import type { Contact } from '../../shared/domain/contact';
import type { Note } from '../../shared/domain/note';
import type { Organisation } from '../../shared/domain/organisation';
import { createRandom } from './generate';
import { AGENDA_TITLES, CULTURES, ROLES } from './names';

/** What the benchmark builds. */
export const BRIEFING_BENCH_SIZE = { days: 4, people: 40, agendaItems: 60 } as const;

const NOW = '2025-06-05T09:00:00.000Z';
const base = (id: string) => ({
  id,
  createdAt: NOW,
  updatedAt: NOW,
  updatedBy: 'bench',
  tags: [],
});
const uuid = (kind: number, n: number) =>
  `b7e0c0de-${String(kind).padStart(4, '0')}-4000-8000-${String(n).padStart(12, '0')}`;

/** The pack's data and options: every section, sensitive data and the addendum on. */
export function briefingBenchInput(): { data: BriefingData; options: BriefingOptions } {
  const random = createRandom(20_250_610);
  const organisations: Organisation[] = Array.from({ length: 12 }, (_, i) => {
    const culture = random.weighted(CULTURES);
    const city = random.pick(culture.cities);
    return {
      ...base(uuid(1, i)),
      name: `${city} ${random.pick(culture.orgWords)} ${i + 1}`,
      kind: random.pick(['city-council', 'university', 'company', 'festival'] as const),
      city,
      country: culture.country,
      address: culture.address(random.int(1, 200), random.pick(culture.streets), city),
      sectors: ['creative industries', 'higher education'].slice(0, random.int(1, 2)),
      description: 'A partner of the twinning since the 2010s, active in culture and research.',
    };
  });
  const contacts: Contact[] = Array.from({ length: BRIEFING_BENCH_SIZE.people }, (_, i) => {
    const culture = random.weighted(CULTURES);
    const female = random.chance(0.5);
    const [male, feminine] = random.pick(culture.families);
    return {
      ...base(uuid(2, i)),
      givenNames: random.pick(female ? culture.givenFemale : culture.givenMale),
      familyName: female ? feminine : male,
      nameOrder: culture.nameOrder,
      ...(culture.honorifics
        ? { honorific: female ? culture.honorifics.female : culture.honorifics.male }
        : {}),
      ...(random.chance(0.3) ? { titlesBefore: random.pick(culture.titles) } : {}),
      languages: culture.languages,
      affiliations: [{ organisationId: random.pick(organisations).id, role: random.pick(ROLES) }],
      emails: [],
      phones: [{ label: 'mobile', number: `+44 7700 9${String(i).padStart(5, '0')}` }],
      ...(random.chance(0.2) ? { dietaryNeeds: 'Vegetarian' } : {}),
      ...(random.chance(0.1) ? { accessibilityNeeds: 'Step-free access' } : {}),
      lawfulBasis: 'public-task',
    };
  });
  const kinds = Object.keys(AGENDA_TITLES) as AgendaItemKind[];
  const perDay = BRIEFING_BENCH_SIZE.agendaItems / BRIEFING_BENCH_SIZE.days;
  const agendaItems: AgendaItem[] = Array.from(
    { length: BRIEFING_BENCH_SIZE.agendaItems },
    (_, i) => {
      const day = 10 + Math.floor(i / perDay);
      const minutes = 8 * 60 + (i % perDay) * 45;
      const time = (m: number) =>
        `2025-06-${day}T${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
      const kind = random.pick(kinds);
      const host = random.pick(organisations);
      const local = { start: time(minutes), end: time(minutes + 40), timeZone: 'Europe/London' };
      return {
        ...base(uuid(3, i)),
        visitId: uuid(4, 0),
        ...local,
        ...deriveAgendaUtc(local),
        title: `${random.pick(AGENDA_TITLES[kind])} ${i + 1}`,
        kind,
        venueName: host.name,
        ...(host.address ? { venueAddress: host.address } : {}),
        hostOrganisationId: host.id,
        chairContactId: random.pick(contacts).id,
        attendeeIds: Array.from({ length: 8 }, () => random.pick(contacts).id),
        purpose: 'Explore joint projects and Horizon Europe funding.',
        briefingNotes: 'Arrive ten minutes early; the host will meet the delegation at reception.',
        dressCode: 'Business',
        status: random.chance(0.05) ? 'cancelled' : 'confirmed',
      };
    },
  );
  const notesByContact: Record<string, Note[]> = {};
  for (const contact of contacts) {
    notesByContact[contact.id] = [2, 1].map((n) => ({
      ...base(uuid(5, contacts.indexOf(contact) * 2 + n)),
      date: `2025-0${n + 2}-15T10:00:00.000Z`,
      author: 'International Affairs team',
      body: 'Met at the round table; keen on a joint bid and on student exchanges next year.',
      links: { contactIds: [contact.id], organisationIds: [], visitIds: [], agendaItemIds: [] },
    }));
  }
  const data: BriefingData = {
    visit: {
      ...base(uuid(4, 0)),
      title: 'Leipzig delegation to Birmingham (benchmark)',
      kind: 'civic-delegation',
      direction: 'inbound',
      destinationCity: 'Birmingham',
      destinationCountry: 'GB',
      venueTimeZone: 'Europe/London',
      startDate: '2025-06-10',
      endDate: '2025-06-13',
      status: 'confirmed',
      leadContactId: contacts[0]!.id,
      members: contacts.slice(0, 12).map((contact, i) => ({
        contactId: contact.id,
        role: i === 1 ? 'organiser' : 'delegate',
      })),
      partnerOrganisationIds: organisations.slice(0, 4).map((o) => o.id),
      objectives: 'Identify Horizon Europe projects.\nAcademic knowledge exchange.',
      keyMessages: 'The partnership is enduring and strong.',
      linesToTake: 'On funding: no commitments before the council decides.',
      logistics: { hotel: 'Hyatt Regency Birmingham', travel: 'Flights LEJ–BHX via FRA' },
      risks: 'Rail strike possible.',
    },
    agendaItems,
    contacts,
    organisations,
    followUpOrganisations: [],
    followUps: [],
    notesByContact,
    homeTimeZone: 'Europe/Berlin',
    generatedAt: NOW,
  };
  // The earlier pack: five slots have moved venue since, and two were not yet planned.
  const previous: BriefingSnapshot = snapshotOf(data);
  previous.items = previous.items
    .slice(2)
    .map((item, i) => (i % 12 === 0 ? { ...item, venue: 'Council House, Victoria Square' } : item));
  return {
    data,
    options: {
      language: 'en',
      includeSensitive: true,
      sections: [...BRIEFING_SECTIONS],
      addendum: true,
      previousSnapshot: { ...previous, madeAt: '2025-06-01T09:00:00.000Z' },
    },
  };
}
