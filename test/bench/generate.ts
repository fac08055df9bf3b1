import { AGENDA_ITEM_KINDS, type AgendaItem } from '../../shared/domain/agendaItem';
import type { BaseDocument } from '../../shared/domain/common';
import type { Contact } from '../../shared/domain/contact';
import { localToUtc } from '../../shared/time/zonedTime';
import { ORGANISATION_KINDS, type Organisation } from '../../shared/domain/organisation';
import {
  VISIT_KINDS,
  VISIT_MEMBER_ROLES,
  VISIT_STATUSES,
  type Visit,
} from '../../shared/domain/visit';
import { AGENDA_TITLES, CULTURES, ROLES, type Culture } from './names';

/** How much the benchmark workspace holds. */
export const BENCH_COUNTS = {
  contacts: 10_000,
  organisations: 1_000,
  visits: 1_000,
  agendaItems: 20_000,
} as const;

export type BenchCounts = { readonly [K in keyof typeof BENCH_COUNTS]: number };

/** The seed of the default data set: the same numbers give the same documents. */
export const BENCH_SEED = 20_250_610;

/** The visit whose programme has exactly `BENCH_LARGE_AGENDA_SIZE` items. */
export const BENCH_VISIT_WITH_40_ITEMS_ID = 'b3e0c0de-4040-4040-8040-000000000040';

/** Items on the programme of `BENCH_VISIT_WITH_40_ITEMS_ID`. */
export const BENCH_LARGE_AGENDA_SIZE = 40;

/** The documents of the benchmark workspace. */
export interface BenchData {
  organisations: Organisation[];
  contacts: Contact[];
  visits: Visit[];
  agendaItems: AgendaItem[];
}

/** A seeded PRNG (mulberry32): tiny, fast and good enough to pick names. */
export function createRandom(seed: number) {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  const chance = (probability: number) => next() < probability;
  const weighted = <T>(entries: readonly (readonly [T, number])[]): T => {
    const total = entries.reduce((sum, [, weight]) => sum + weight, 0);
    let roll = next() * total;
    for (const [item, weight] of entries) {
      roll -= weight;
      if (roll < 0) return item;
    }
    return entries[entries.length - 1]![0];
  };
  /** A v4-shaped UUID from the PRNG, so ids repeat with the seed. */
  const uuid = () => {
    const hex = Array.from({ length: 32 }, () => int(0, 15).toString(16));
    hex[12] = '4';
    hex[16] = ((int(0, 3) & 0x3) | 0x8).toString(16);
    const s = hex.join('');
    return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
  };
  return { next, int, pick, chance, weighted, uuid };
}

type Random = ReturnType<typeof createRandom>;

/** ASCII for e-mail local parts: "Jörg Groß" → "jorg.gross". */
function asciiSlug(text: string): string {
  return text
    .replace(/ß/g, 'ss')
    .replace(/[łŁ]/g, 'l')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '');
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

/** `YYYY-MM-DD` of a day counted from 1 January 2023 (UTC calendar arithmetic). */
function dayFrom2023(offset: number): string {
  return new Date(Date.UTC(2023, 0, 1 + offset)).toISOString().slice(0, 10);
}

function organisation(random: Random, base: BaseDocument, index: number): Organisation {
  const culture = random.weighted(CULTURES);
  const city = random.pick(culture.cities);
  const [family] = random.pick(culture.families);
  const name =
    index % 3 === 0
      ? `${random.pick(culture.orgWords)} ${city}`
      : `${random.pick(culture.orgWords)} ${family} ${index}`;
  return {
    ...base,
    name,
    kind: random.pick(ORGANISATION_KINDS),
    city,
    country: culture.country,
    address: culture.address(random.int(1, 180), random.pick(culture.streets), city),
    sectors: [random.pick(['creative industries', 'higher education', 'public health', 'trade'])],
  };
}

function contact(random: Random, base: BaseDocument, organisations: Organisation[]): Contact {
  const culture: Culture = random.weighted(CULTURES);
  const female = random.chance(0.5);
  const given = random.pick(female ? culture.givenFemale : culture.givenMale);
  const [male, feminine] = random.pick(culture.families);
  const familyName = female ? feminine : male;
  const employer = random.pick(organisations);
  // Under example.org (RFC 2606): looks real, reaches no one.
  const domain = `${culture.country.toLowerCase()}.example.org`;
  const result: Contact = {
    ...base,
    givenNames: random.chance(0.08) ? `${given} ${random.pick(culture.givenMale)}` : given,
    familyName,
    nameOrder: culture.nameOrder,
    languages: culture.languages,
    affiliations: [{ organisationId: employer.id, role: random.pick(ROLES) }],
    emails: [{ label: 'work', address: `${asciiSlug(given)}.${asciiSlug(familyName)}@${domain}` }],
    phones: [],
    lawfulBasis: random.chance(0.9) ? 'public-task' : 'consent',
    reviewDate: dayFrom2023(random.int(900, 1800)),
  };
  // The forms (and the sync server) ask for a note of the consent given.
  if (result.lawfulBasis === 'consent') {
    result.consentNote = 'Agreed at the partnership forum to be kept on file.';
  }
  if (culture.honorifics) result.honorific = culture.honorifics[female ? 'female' : 'male'];
  if (random.chance(0.2)) result.titlesBefore = random.pick(culture.titles);
  if (culture.country === 'GB' && random.chance(0.1))
    result.titlesAfter = random.pick(['OBE', 'MBE', 'PhD']);
  // Ofcom's range for drama (0121 496 0000–0999): plausible and never anyone's number.
  if (culture.country === 'GB')
    result.phones = [{ label: 'work', number: `+44 121 496 0${random.int(100, 999)}` }];
  if (random.chance(0.1))
    result.dietaryNeeds = random.pick(['vegetarian', 'vegan', 'halal', 'no nuts']);
  return result;
}

function visit(
  random: Random,
  base: BaseDocument,
  contacts: Contact[],
  organisations: Organisation[],
): Visit {
  const culture = random.weighted(CULTURES);
  const city = random.pick(culture.cities);
  const startOffset = random.int(0, 1400);
  const days = random.int(1, 5);
  // Each person and organisation once (the forms and the sync server refuse duplicates).
  const members = uniqueBy(
    Array.from({ length: random.int(2, 8) }, () => ({
      contactId: random.pick(contacts).id,
      role: random.pick(VISIT_MEMBER_ROLES),
    })),
    (member) => member.contactId,
  );
  return {
    ...base,
    title: `${random.pick(['Delegation to', 'Trade mission to', 'Study visit to', 'Conference in'])} ${city}`,
    kind: random.pick(VISIT_KINDS),
    direction: culture.country === 'GB' ? 'inbound' : 'outbound',
    destinationCity: city,
    destinationCountry: culture.country,
    venueTimeZone: culture.timeZone,
    startDate: dayFrom2023(startOffset),
    endDate: dayFrom2023(startOffset + days - 1),
    status: random.pick(VISIT_STATUSES),
    leadContactId: members[0]?.contactId,
    members,
    partnerOrganisationIds: [
      ...new Set(Array.from({ length: random.int(1, 4) }, () => random.pick(organisations).id)),
    ],
    objectives: 'Build links in the creative industries.\nExplore Horizon Europe funding.',
  };
}

/**
 * The same instants as `deriveAgendaUtc`, but with one time-zone lookup per
 * zone and day instead of per time: the polyfilled Temporal takes seconds for
 * 40,000 conversions. Exact for 08:00–22:00, where no DST change falls.
 */
function createUtcDeriver() {
  const offsets = new Map<string, number>();
  const toUtc = (local: string, timeZone: string) => {
    const day = local.slice(0, 10);
    const key = `${timeZone} ${day}`;
    let offset = offsets.get(key);
    if (offset === undefined) {
      const noon = `${day}T12:00`;
      offset = Date.parse(`${noon}:00Z`) - Date.parse(localToUtc(noon, timeZone));
      offsets.set(key, offset);
    }
    return new Date(Date.parse(`${local}:00Z`) - offset).toISOString().replace('.000Z', 'Z');
  };
  return (item: { start: string; end: string; timeZone: string }) => ({
    startUtc: toUtc(item.start, item.timeZone),
    endUtc: toUtc(item.end, item.timeZone),
  });
}

/** What every programme is made with. */
interface AgendaContext {
  random: Random;
  stamp: (id: string) => BaseDocument;
  organisations: Organisation[];
  deriveUtc: ReturnType<typeof createUtcDeriver>;
}

/**
 * A visit's programme of `count` items, spread evenly over its days between
 * 08:00 and 22:00 local time (clear of DST changes at night), one after the
 * other so that they do not overlap.
 */
function agenda(context: AgendaContext, visit: Visit, count: number): AgendaItem[] {
  const { random, stamp, organisations, deriveUtc } = context;
  const days = (Date.parse(visit.endDate) - Date.parse(visit.startDate)) / 86_400_000 + 1;
  const perDay = Math.ceil(count / days);
  const slot = Math.floor((14 * 60) / perDay);
  const attendees = visit.members.map((member) => member.contactId);
  return Array.from({ length: count }, (_, position) => {
    const day = dayFrom2023(
      (Date.parse(visit.startDate) - Date.UTC(2023, 0, 1)) / 86_400_000 +
        Math.floor(position / perDay),
    );
    const startMinute = 8 * 60 + (position % perDay) * slot;
    const endMinute = startMinute + slot - random.int(0, Math.min(15, slot - 5));
    const time = (minute: number) => `${day}T${pad(Math.floor(minute / 60))}:${pad(minute % 60)}`;
    const kind = random.pick(AGENDA_ITEM_KINDS);
    const host = random.pick(organisations);
    const times = { start: time(startMinute), end: time(endMinute), timeZone: visit.venueTimeZone };
    return {
      ...stamp(random.uuid()),
      visitId: visit.id,
      ...times,
      ...deriveUtc(times),
      title: `${random.pick(AGENDA_TITLES[kind])}: ${host.name}`,
      kind,
      venueName: host.name,
      venueAddress: host.address,
      hostOrganisationId: host.id,
      attendeeIds: attendees.filter(() => random.chance(0.5)),
      status: random.chance(0.9) ? 'confirmed' : 'planned',
    };
  });
}

/**
 * The benchmark workspace: deterministic for a seed, valid against the
 * schemas, with one visit (`BENCH_VISIT_WITH_40_ITEMS_ID`) of exactly 40
 * agenda items and the rest of the 20,000 spread evenly over the others.
 */
export function generateBenchData(
  seed: number = BENCH_SEED,
  now = '2025-06-01T08:00:00.000Z',
  /** Fewer documents, for tests of the generator's properties that do not need all of them. */
  counts: BenchCounts = BENCH_COUNTS,
): BenchData {
  const random = createRandom(seed);
  const stamp = (id: string): BaseDocument => ({
    id,
    createdAt: now,
    updatedAt: now,
    updatedBy: 'bench',
    tags: [],
  });

  const organisations = Array.from({ length: counts.organisations }, (_, i) =>
    organisation(random, stamp(random.uuid()), i),
  );
  const contacts = Array.from({ length: counts.contacts }, () =>
    contact(random, stamp(random.uuid()), organisations),
  );
  const visits = Array.from({ length: counts.visits }, (_, i) =>
    visit(
      random,
      stamp(i === 0 ? BENCH_VISIT_WITH_40_ITEMS_ID : random.uuid()),
      contacts,
      organisations,
    ),
  );
  // Four days for the large programme: ten items a day, as a real delegation has.
  const large = visits[0]!;
  large.startDate = '2025-06-10';
  large.endDate = '2025-06-13';
  large.title = 'Delegation to Birmingham (40-item programme)';
  large.venueTimeZone = 'Europe/London';
  large.destinationCity = 'Birmingham';
  large.destinationCountry = 'GB';
  large.direction = 'inbound';

  const context = { random, stamp, organisations, deriveUtc: createUtcDeriver() };
  const rest = counts.agendaItems - BENCH_LARGE_AGENDA_SIZE;
  const others = visits.length - 1;
  const agendaItems = visits.flatMap((v, i) => {
    if (i === 0) return agenda(context, v, BENCH_LARGE_AGENDA_SIZE);
    // Spread the remainder so the totals are exact: the first (rest % others) get one more.
    const count = Math.floor(rest / others) + (i - 1 < rest % others ? 1 : 0);
    return agenda(context, v, count);
  });
  return { organisations, contacts, visits, agendaItems };
}

/** The first of each key, in order. */
function uniqueBy<T>(items: T[], key: (item: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((item) => !seen.has(key(item)) && seen.add(key(item)));
}
