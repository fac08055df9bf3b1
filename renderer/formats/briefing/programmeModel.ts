import { groupAgendaByDay } from '../../../shared/domain/agendaDays';
import type { AgendaItem } from '../../../shared/domain/agendaItem';
import type { BriefingData } from './briefingData';
import type { PackFormat } from './packFormat';
import { fill, type PackStrings } from './packStrings';

/** A label and its text, one line of details in the pack. */
export type Field = readonly [label: string, value: string];

/** One programme slot as printed. */
export interface ProgrammeEntry {
  id: string;
  /** Venue-local "14:00–15:30". */
  time: string;
  /** The reader's home time ("15:00–16:30 home") when its clock differs. */
  homeTime?: string;
  /** "Local time zone: America/New_York", for a slot outside the visit's zone. */
  zone?: string;
  title: string;
  kind: string;
  /** "CANCELLED" / "CHANGED" for slots the reader must notice. */
  mark?: string;
  cancelled: boolean;
  details: Field[];
}

/** One day of the programme, or the slots outside the visit's dates. */
export interface ProgrammeDay {
  heading: string;
  entries: ProgrammeEntry[];
}

/** A venue and the slots held there. */
export interface VenueEntry {
  name: string;
  address: string;
  usedFor: string[];
}

/** Lookups the programme needs: names of people and organisations. */
export interface NameLookups {
  personName: (contactId: string) => string;
  organisationName: (organisationId: string) => string;
}

function nonEmpty(label: string, value: string | undefined): Field[] {
  const text = value?.trim();
  return text ? [[label, text]] : [];
}

function entry(
  item: AgendaItem,
  data: BriefingData,
  s: PackStrings,
  format: PackFormat,
  names: NameLookups,
): ProgrammeEntry {
  const p = s.programme;
  const home = format.homeTimes(item);
  const venue = [item.venueName, item.venueAddress].filter((part) => part?.trim()).join(', ');
  const attendees = item.attendeeIds.map(names.personName).join(', ');
  return {
    id: item.id,
    time: `${format.time(item.start)}–${format.time(item.end)}`,
    ...(home ? { homeTime: fill(p.homeTime, { time: home }) } : {}),
    ...(item.timeZone !== data.visit.venueTimeZone
      ? { zone: fill(p.otherZone, { zone: item.timeZone }) }
      : {}),
    title: item.title.trim() || s.untitled,
    kind: s.itemKinds[item.kind],
    ...(item.status === 'cancelled' ? { mark: p.cancelled } : {}),
    ...(item.status === 'changed' ? { mark: p.changed } : {}),
    cancelled: item.status === 'cancelled',
    details: [
      ...nonEmpty(p.venue, venue),
      ...nonEmpty(
        p.host,
        item.hostOrganisationId ? names.organisationName(item.hostOrganisationId) : undefined,
      ),
      ...nonEmpty(p.chair, item.chairContactId ? names.personName(item.chairContactId) : undefined),
      ...nonEmpty(p.purpose, item.purpose),
      ...nonEmpty(p.dressCode, item.dressCode),
      ...nonEmpty(p.transport, item.transport),
      ...nonEmpty(p.attendees, attendees),
      ...nonEmpty(p.notes, item.briefingNotes),
    ],
  };
}

/** The programme day by day, in the venue's local dates, plus anything outside them. */
export function programmeDays(
  data: BriefingData,
  s: PackStrings,
  format: PackFormat,
  names: NameLookups,
): ProgrammeDay[] {
  const { days, outside } = groupAgendaByDay(
    data.agendaItems,
    data.visit.startDate,
    data.visit.endDate,
  );
  const result = days.map((day) => ({
    heading: format.longDate(day.date),
    entries: day.items.map((item) => entry(item, data, s, format, names)),
  }));
  if (outside.length > 0) {
    result.push({
      heading: s.programme.outside,
      entries: outside.map((item) => entry(item, data, s, format, names)),
    });
  }
  return result;
}

/** The note above the programme saying which zone its times are in. */
export function zoneNote(data: BriefingData, s: PackStrings): string {
  const zone = data.visit.venueTimeZone;
  return zone === data.homeTimeZone
    ? fill(s.programme.zoneNoteSame, { zone })
    : fill(s.programme.zoneNote, { zone, home: data.homeTimeZone });
}

/** Every venue in the programme once, in the order first used. */
export function venueList(data: BriefingData, s: PackStrings, format: PackFormat): VenueEntry[] {
  const venues = new Map<string, VenueEntry>();
  for (const item of data.agendaItems) {
    const name = item.venueName?.trim();
    const address = item.venueAddress?.trim();
    if (!name && !address) continue;
    const key = `${name ?? ''}\n${address ?? ''}`.toLowerCase();
    let venue = venues.get(key);
    if (!venue) {
      venue = {
        name: name || (address ?? ''),
        address: address ?? s.venues.noAddress,
        usedFor: [],
      };
      venues.set(key, venue);
    }
    venue.usedFor.push(
      `${format.date(item.start.slice(0, 10))} ${format.time(item.start)}: ${item.title}`,
    );
  }
  return [...venues.values()];
}
