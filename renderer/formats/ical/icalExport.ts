import ICAL from 'ical.js';
import type { AgendaItem, AgendaItemStatus } from '../../../shared/domain/agendaItem';
import type { Visit } from '../../../shared/domain/visit';
import { buildVTimezone } from './vtimezone';

/** The domain of our UIDs: `<agenda item id>@liaison`. */
export const UID_DOMAIN = 'liaison';

/** PRODID of the calendars we write (RFC 5545 3.7.3). */
export const PRODID = '-//Liaison//Liaison agenda export//EN';

/** Names the export needs but does not store on the agenda item. */
export interface CalendarLookups {
  contactName: (contactId: string) => string | undefined;
  organisationName: (organisationId: string) => string | undefined;
}

/** The headings inside DESCRIPTION, in the user's language. */
export interface DescriptionLabels {
  purpose: string;
  host: string;
  chair: string;
  dressCode: string;
  transport: string;
}

const ENGLISH_LABELS: DescriptionLabels = {
  purpose: 'Purpose',
  host: 'Host',
  chair: 'Chair',
  dressCode: 'Dress code',
  transport: 'Transport',
};

/** One agenda item and the visit it belongs to. */
export interface CalendarEntry {
  item: AgendaItem;
  visit: Visit;
}

/** What every export takes. */
export interface CalendarInput {
  /** X-WR-CALNAME: how calendar programs title the imported calendar. */
  calendarName: string;
  entries: readonly CalendarEntry[];
  lookups: CalendarLookups;
  labels?: DescriptionLabels;
  /** DTSTAMP, an ISO instant: when this file was made. */
  now: string;
}

/** The UID of an agenda item's event: stable, so a re-export updates the same event. */
export function agendaItemUid(itemId: string): string {
  return `${itemId}@${UID_DOMAIN}`;
}

/** The agenda item id inside one of our UIDs, or undefined for anyone else's UID. */
export function agendaItemIdOfUid(uid: string): string | undefined {
  const suffix = `@${UID_DOMAIN}`;
  return uid.endsWith(suffix) && uid.length > suffix.length
    ? uid.slice(0, -suffix.length)
    : undefined;
}

/** Our LOCATION text: the venue's name, then its address. Import splits it at the first comma. */
export function locationText(item: Pick<AgendaItem, 'venueName' | 'venueAddress'>): string {
  return [item.venueName, item.venueAddress]
    .map((part) => part?.trim())
    .filter(Boolean)
    .join(', ');
}

function utcTime(iso: string): ICAL.Time {
  return ICAL.Time.fromJSDate(new Date(iso), true);
}

/** A venue-local `YYYY-MM-DDTHH:mm` as a date-time without zone; the TZID parameter gives it one. */
function localTime(local: string): ICAL.Time {
  return ICAL.Time.fromData({
    year: Number(local.slice(0, 4)),
    month: Number(local.slice(5, 7)),
    day: Number(local.slice(8, 10)),
    hour: Number(local.slice(11, 13)),
    minute: Number(local.slice(14, 16)),
    second: 0,
    isDate: false,
  });
}

const STATUS: Record<AgendaItemStatus, string> = {
  planned: 'TENTATIVE',
  confirmed: 'CONFIRMED',
  changed: 'CONFIRMED',
  cancelled: 'CANCELLED',
};

/**
 * Grows with every edit, so calendar programs take a re-export as an update.
 * Agenda items keep no edit counter, so this counts the seconds from creation
 * to the last edit: it only grows while the editors' clocks do.
 */
export function sequenceOf(item: Pick<AgendaItem, 'createdAt' | 'updatedAt'>): number {
  const seconds = Math.floor((Date.parse(item.updatedAt) - Date.parse(item.createdAt)) / 1000);
  return Number.isFinite(seconds) && seconds > 0 ? Math.min(seconds, 2 ** 31 - 1) : 0;
}

/**
 * The event's notes: purpose, host, chair, dress code and transport. Briefing
 * notes stay out: a calendar file ends up on phones and shared calendars.
 */
function descriptionOf(item: AgendaItem, lookups: CalendarLookups, labels: DescriptionLabels) {
  const lines: [string, string | undefined][] = [
    [labels.purpose, item.purpose],
    [labels.host, item.hostOrganisationId && lookups.organisationName(item.hostOrganisationId)],
    [labels.chair, item.chairContactId && lookups.contactName(item.chairContactId)],
    [labels.dressCode, item.dressCode],
    [labels.transport, item.transport],
  ];
  return lines
    .filter(([, value]) => value && value.trim() !== '')
    .map(([label, value]) => `${label}: ${value?.trim()}`)
    .join('\n');
}

function eventOf(
  { item, visit }: CalendarEntry,
  input: CalendarInput,
  labels: DescriptionLabels,
): ICAL.Component {
  const event = new ICAL.Component('vevent');
  event.addPropertyWithValue('uid', agendaItemUid(item.id));
  event.addPropertyWithValue('dtstamp', utcTime(input.now));
  event.addPropertyWithValue('created', utcTime(item.createdAt));
  event.addPropertyWithValue('last-modified', utcTime(item.updatedAt));
  event.addPropertyWithValue('sequence', sequenceOf(item));
  for (const [name, local] of [
    ['dtstart', item.start],
    ['dtend', item.end],
  ] as const) {
    const property = event.addPropertyWithValue(name, localTime(local));
    property.setParameter('tzid', item.timeZone);
  }
  event.addPropertyWithValue('summary', item.title);
  const location = locationText(item);
  if (location) event.addPropertyWithValue('location', location);
  const description = descriptionOf(item, input.lookups, labels);
  if (description) event.addPropertyWithValue('description', description);
  if (visit.title.trim()) event.addPropertyWithValue('categories', visit.title);
  event.addPropertyWithValue('status', STATUS[item.status]);
  return event;
}

/** The years (local, in each zone) that the entries span, per zone. */
function yearsByZone(entries: readonly CalendarEntry[]): Map<string, [number, number]> {
  const years = new Map<string, [number, number]>();
  for (const { item } of entries) {
    const first = Number(item.start.slice(0, 4));
    const last = Number(item.end.slice(0, 4));
    const known = years.get(item.timeZone);
    years.set(
      item.timeZone,
      known ? [Math.min(known[0], first, last), Math.max(known[1], first, last)] : [first, last],
    );
  }
  return years;
}

/**
 * An RFC 5545 calendar (METHOD:PUBLISH) with one VEVENT per agenda item, times
 * as venue-local date-times with TZID, and a VTIMEZONE for every TZID used.
 * Lines end in CRLF and are folded at 75 octets (ical.js does both).
 */
export function buildCalendar(input: CalendarInput): string {
  const labels = input.labels ?? ENGLISH_LABELS;
  const calendar = new ICAL.Component('vcalendar');
  calendar.addPropertyWithValue('prodid', PRODID);
  calendar.addPropertyWithValue('version', '2.0');
  calendar.addPropertyWithValue('calscale', 'GREGORIAN');
  calendar.addPropertyWithValue('method', 'PUBLISH');
  calendar.addPropertyWithValue('x-wr-calname', input.calendarName);
  const zones = [...yearsByZone(input.entries)].sort(([a], [b]) => a.localeCompare(b));
  for (const [zone, [fromYear, toYear]] of zones) {
    calendar.addSubcomponent(buildVTimezone(zone, fromYear, toYear));
  }
  const entries = [...input.entries].sort(
    (a, b) => a.item.startUtc.localeCompare(b.item.startUtc) || a.item.id.localeCompare(b.item.id),
  );
  for (const entry of entries) calendar.addSubcomponent(eventOf(entry, input, labels));
  // ical.js joins lines with CRLF but leaves the last one bare; RFC 5545 ends every line.
  return `${calendar.toString()}\r\n`;
}

/** A visit's whole programme, cancelled items included (as STATUS:CANCELLED). */
export function buildVisitCalendar(
  visit: Visit,
  items: readonly AgendaItem[],
  options: Omit<CalendarInput, 'entries' | 'calendarName'> & { calendarName?: string },
): string {
  return buildCalendar({
    ...options,
    calendarName: options.calendarName ?? visit.title,
    entries: items.filter((item) => item.visitId === visit.id).map((item) => ({ item, visit })),
  });
}

/**
 * One person's itinerary: items they attend or chair, and items of visits
 * they are a delegation member of when the item lists no attendees (an item
 * without attendees is for the whole delegation). Items of unknown visits are
 * left out.
 */
export function itineraryEntries(
  contactId: string,
  visits: readonly Visit[],
  items: readonly AgendaItem[],
): CalendarEntry[] {
  const visitsById = new Map(visits.map((visit) => [visit.id, visit]));
  return items.flatMap((item) => {
    const visit = visitsById.get(item.visitId);
    if (!visit) return [];
    const booked = item.attendeeIds.includes(contactId) || item.chairContactId === contactId;
    const withDelegation =
      item.attendeeIds.length === 0 &&
      visit.members.some((member) => member.contactId === contactId);
    return booked || withDelegation ? [{ item, visit }] : [];
  });
}
