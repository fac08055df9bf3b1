import { localToUtc, type Disambiguation } from '../time/zonedTime';
import type { AgendaItem } from './agendaItem';

/** The fields the overlap checks read; whole agenda items qualify. */
export type SchedulableItem = Pick<
  AgendaItem,
  'id' | 'visitId' | 'startUtc' | 'endUtc' | 'status' | 'attendeeIds'
> &
  Partial<Pick<AgendaItem, 'chairContactId'>>;

/** Two items of one visit whose times overlap. */
export interface AgendaOverlap {
  visitId: string;
  /** The two item ids, the earlier-starting first. */
  itemIds: [string, string];
}

/** One person booked into two items at overlapping times. */
export interface DoubleBooking {
  contactId: string;
  /** The two item ids, the earlier-starting first. */
  itemIds: [string, string];
}

/**
 * The UTC instants of an item's local start and end, to store beside them.
 * Call it whenever `start`, `end` or `timeZone` change.
 * @throws {ZonedTimeError} for malformed times or zones.
 */
export function deriveAgendaUtc(
  item: Pick<AgendaItem, 'start' | 'end' | 'timeZone'>,
  disambiguation: Disambiguation = 'compatible',
): Pick<AgendaItem, 'startUtc' | 'endUtc'> {
  return {
    startUtc: localToUtc(item.start, item.timeZone, disambiguation),
    endUtc: localToUtc(item.end, item.timeZone, disambiguation),
  };
}

interface Interval {
  id: string;
  start: number;
  end: number;
}

/**
 * All overlapping pairs among intervals, in start order. Sort, then sweep:
 * keep the intervals still running; each new one overlaps exactly those.
 * O(n log n + pairs), so 20,000 items cost milliseconds rather than the 200
 * million comparisons of checking every pair.
 */
function overlappingPairs(intervals: Interval[]): [Interval, Interval][] {
  const sorted = [...intervals].sort((a, b) => a.start - b.start || a.end - b.end);
  const pairs: [Interval, Interval][] = [];
  let running: Interval[] = [];
  for (const current of sorted) {
    // Half-open [start, end): an item ending at 10:00 does not clash with one starting then.
    running = running.filter((other) => other.end > current.start);
    for (const other of running) pairs.push([other, current]);
    running.push(current);
  }
  return pairs;
}

/** Parses the UTC fields; items with unreadable or empty times cannot clash. */
function toInterval(item: SchedulableItem): Interval | undefined {
  const start = Date.parse(item.startUtc);
  const end = Date.parse(item.endUtc);
  if (Number.isNaN(start) || Number.isNaN(end) || end <= start) return undefined;
  return { id: item.id, start, end };
}

function groupBy<T>(items: Iterable<T>, keys: (item: T) => Iterable<string>): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    for (const key of keys(item)) {
      const group = groups.get(key);
      if (group) group.push(item);
      else groups.set(key, [item]);
    }
  }
  return groups;
}

/**
 * Pairs of items in the same visit whose [startUtc, endUtc) intervals overlap.
 * Cancelled items are ignored. Ordered by visit, then by start.
 */
export function findOverlaps(items: readonly SchedulableItem[]): AgendaOverlap[] {
  const active = items.filter((item) => item.status !== 'cancelled');
  const byVisit = groupBy(active, (item) => [item.visitId]);
  const result: AgendaOverlap[] = [];
  for (const visitId of [...byVisit.keys()].sort()) {
    const intervals = (byVisit.get(visitId) ?? []).map(toInterval).filter((i) => i !== undefined);
    for (const [a, b] of overlappingPairs(intervals)) {
      result.push({ visitId, itemIds: [a.id, b.id] });
    }
  }
  return result;
}

/** Everyone an item books: its attendees and its chair, each once. */
function bookedContacts(item: SchedulableItem): Set<string> {
  const ids = new Set(item.attendeeIds);
  if (item.chairContactId) ids.add(item.chairContactId);
  return ids;
}

/**
 * People booked (as attendee or chair) into two non-cancelled items at
 * overlapping times, across all visits given: one entry per person and pair
 * of items. Ordered by contact id, then by start.
 */
export function findDoubleBookings(items: readonly SchedulableItem[]): DoubleBooking[] {
  const active = items.filter((item) => item.status !== 'cancelled');
  const byContact = groupBy(active, bookedContacts);
  const result: DoubleBooking[] = [];
  for (const contactId of [...byContact.keys()].sort()) {
    const group = byContact.get(contactId) ?? [];
    if (group.length < 2) continue;
    const intervals = group.map(toInterval).filter((i) => i !== undefined);
    for (const [a, b] of overlappingPairs(intervals)) {
      result.push({ contactId, itemIds: [a.id, b.id] });
    }
  }
  return result;
}
