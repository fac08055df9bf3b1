import ICAL from 'ical.js';
import { deriveAgendaUtc } from '../../../shared/domain/agenda';
import type { AgendaItem, AgendaItemStatus } from '../../../shared/domain/agendaItem';
import type { Visit } from '../../../shared/domain/visit';
import { errorMessage } from '../../../shared/text/errorMessage';
import { foldForSearch } from '../../../shared/text/searchFold';
import type { EntityFields } from '../../data/writes';
import { CalendarImportError } from './calendarImportError';
import { agendaItemIdOfUid, locationText } from './icalExport';
import {
  addDuration,
  inZone,
  resolveEventTime,
  type ResolvedTime,
  type TimeSource,
} from './resolveEventTime';
import { scanCalendar, type ScannedEvent } from './scanCalendar';

/** What importing does with one event. */
export type CalendarImportAction = 'new' | 'update' | 'skip' | 'duplicate';

/** Why an event is skipped or flagged; the UI words each code. */
export type CalendarImportReason =
  | 'allDay'
  | 'recurring'
  | 'outsideVisit'
  | 'cancelled'
  | 'unchanged'
  | 'noStart'
  | 'sameTitleAndStart'
  | 'repeatedInFile'
  | 'noEnd'
  | TimeSource;

/** The fields an update changes on an existing agenda item. */
export type AgendaItemChanges = Partial<
  Pick<AgendaItem, 'title' | 'start' | 'end' | 'timeZone' | 'venueName' | 'venueAddress' | 'status'>
>;

/** One VEVENT as the preview shows it. */
export interface CalendarImportRow {
  /** Line of its BEGIN:VEVENT. */
  line: number;
  uid?: string;
  title: string;
  /** Venue-local start and end, when the event has them. */
  start?: string;
  end?: string;
  timeZone?: string;
  action: CalendarImportAction;
  /** Why it is skipped or flagged, and how its times were read; may be empty. */
  reasons: CalendarImportReason[];
  /** For `update` and `duplicate`: the agenda item it matches. */
  existingId?: string;
  /** For `new`: the agenda item to insert. */
  fields?: EntityFields<AgendaItem>;
  /** For `update`: what changes. */
  changes?: AgendaItemChanges;
}

/** What importing a file would do. */
export interface CalendarImportPreview {
  rows: CalendarImportRow[];
  /** How many rows would be written (new and updates). */
  writeCount: number;
}

export interface CalendarImportOptions {
  /** The visit imported into, and its current agenda. */
  visit: Visit;
  existingItems: readonly AgendaItem[];
  /** The title given to an event without SUMMARY. */
  untitled?: string;
}

const ONE_HOUR = ICAL.Duration.fromData({ hours: 1 });

/** The venue name and address in a LOCATION: split at the first comma, as our export joins them. */
function venueOf(location: string | undefined): Pick<AgendaItem, 'venueName' | 'venueAddress'> {
  const text = location?.trim() ?? '';
  if (text === '') return {};
  const comma = text.indexOf(',');
  if (comma === -1) return { venueName: text };
  const venueName = text.slice(0, comma).trim();
  const venueAddress = text.slice(comma + 1).trim();
  return { ...(venueName ? { venueName } : {}), ...(venueAddress ? { venueAddress } : {}) };
}

/** STATUS mapped onto ours; an item keeps a finer status ("changed") that the file cannot say. */
function statusOf(value: unknown, existing?: AgendaItemStatus): AgendaItemStatus {
  const status = typeof value === 'string' ? value.toUpperCase() : '';
  if (status === 'CANCELLED') return 'cancelled';
  if (status === 'TENTATIVE') return 'planned';
  if (status === 'CONFIRMED') {
    return existing === 'changed' || existing === 'confirmed' ? existing : 'confirmed';
  }
  return existing && existing !== 'cancelled' ? existing : 'planned';
}

function text(event: ICAL.Component, name: string): string | undefined {
  const value = event.getFirstPropertyValue(name);
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

/** The changes an event brings to the item it updates; empty when it matches. */
function changesTo(item: AgendaItem, incoming: EntityFields<AgendaItem>, location?: string) {
  const changes: AgendaItemChanges = {};
  for (const key of ['title', 'start', 'end', 'timeZone', 'status'] as const) {
    if (incoming[key] !== item[key]) Object.assign(changes, { [key]: incoming[key] });
  }
  if ((location ?? '') !== locationText(item)) {
    changes.venueName = incoming.venueName;
    changes.venueAddress = incoming.venueAddress;
  }
  return changes;
}

interface EventTimes {
  start: ResolvedTime;
  end: ResolvedTime;
  noEnd: boolean;
}

function timesOf(event: ICAL.Component, venueZone: string): EventTimes {
  const start = resolveEventTime(event.getFirstProperty('dtstart') as ICAL.Property, venueZone);
  const dtend = event.getFirstProperty('dtend');
  const duration = event.getFirstPropertyValue('duration');
  if (dtend)
    return { start, end: inZone(resolveEventTime(dtend, venueZone), start.timeZone), noEnd: false };
  if (duration instanceof ICAL.Duration)
    return { start, end: addDuration(start, duration), noEnd: false };
  // RFC 5545 makes such an event last no time at all; an agenda slot needs an end.
  return { start, end: addDuration(start, ONE_HOUR), noEnd: true };
}

function readRow(
  event: ICAL.Component,
  scanned: ScannedEvent,
  options: CalendarImportOptions,
  seenUids: Set<string>,
): CalendarImportRow {
  const { visit, existingItems } = options;
  const uid = text(event, 'uid');
  const title = text(event, 'summary') ?? options.untitled ?? 'Untitled event';
  const row = (action: CalendarImportAction, reasons: CalendarImportReason[], extra = {}) => ({
    line: scanned.line,
    ...(uid ? { uid } : {}),
    title,
    action,
    reasons,
    ...extra,
  });
  const dtstart = event.getFirstProperty('dtstart');
  if (!dtstart) return row('skip', ['noStart']);
  if ((dtstart.getFirstValue() as ICAL.Time).isDate) return row('skip', ['allDay']);
  const { start, end, noEnd } = timesOf(event, visit.venueTimeZone);
  const when = { start: start.local, end: end.local, timeZone: start.timeZone };
  const notes: CalendarImportReason[] = [
    ...(start.source === 'iana' ? [] : [start.source]),
    ...(noEnd ? (['noEnd'] as const) : []),
  ];
  if (['rrule', 'rdate', 'recurrence-id'].some((name) => event.hasProperty(name))) {
    return row('skip', ['recurring', ...notes], when);
  }
  if (uid && seenUids.has(uid)) return row('skip', ['repeatedInFile', ...notes], when);
  if (uid) seenUids.add(uid);
  const day = inZone(start, visit.venueTimeZone).local.slice(0, 10);
  if (day < visit.startDate || day > visit.endDate)
    return row('skip', ['outsideVisit', ...notes], when);

  const ownId = uid ? agendaItemIdOfUid(uid) : undefined;
  const existing = ownId ? existingItems.find((item) => item.id === ownId) : undefined;
  const location = text(event, 'location');
  const fields: EntityFields<AgendaItem> = {
    tags: [],
    visitId: visit.id,
    ...when,
    ...deriveAgendaUtc(when),
    title,
    kind: 'meeting',
    ...venueOf(location),
    attendeeIds: [],
    status: statusOf(event.getFirstPropertyValue('status'), existing?.status),
  };
  if (existing) {
    const changes = changesTo(existing, fields, location);
    if (Object.keys(changes).length === 0) {
      return row('skip', ['unchanged', ...notes], { ...when, existingId: existing.id });
    }
    return row('update', notes, { ...when, existingId: existing.id, changes });
  }
  if (fields.status === 'cancelled') return row('skip', ['cancelled', ...notes], when);
  const folded = foldForSearch(title);
  const twin = existingItems.find(
    (item) => item.startUtc === fields.startUtc && foldForSearch(item.title) === folded,
  );
  if (twin)
    return row('duplicate', ['sameTitleAndStart', ...notes], { ...when, existingId: twin.id });
  const purpose = text(event, 'description');
  return row('new', notes, { ...when, fields: purpose ? { ...fields, purpose } : fields });
}

/**
 * Reads an .ics file into a preview of what it would do to one visit's
 * agenda: every VEVENT becomes a row, new, an update (its UID is one of ours
 * for an item of this visit), a likely duplicate (same title and start as an
 * item already there) or skipped with its reasons. Nothing is written here.
 *
 * Skipped: all-day events (an agenda item is a timed slot; a day-long banner
 * is usually the visit itself), recurring events (a slot happens once, and
 * importing one occurrence of a series would silently drop the rest), events
 * starting outside the visit's dates (a shared calendar holds other weeks
 * too; widen the visit's dates to take them), new events already cancelled,
 * and updates that change nothing.
 * @throws {CalendarImportError} when the file is not readable iCalendar.
 */
export function parseCalendarImport(
  text: string,
  options: CalendarImportOptions,
): CalendarImportPreview {
  const scanned = scanCalendar(text);
  let roots: ICAL.Component[];
  try {
    const parsed = ICAL.parse(text.replace(/^\uFEFF/, '')) as unknown[];
    // One calendar parses to its jCal array, several to an array of them.
    const jcals = typeof parsed[0] === 'string' ? [parsed] : parsed;
    roots = jcals.map((jcal) => new ICAL.Component(jcal as unknown[]));
  } catch (error) {
    throw new CalendarImportError(
      'unreadable',
      `The file could not be read as iCalendar: ${errorMessage(error)}`,
    );
  }
  const events = roots.flatMap((root) => root.getAllSubcomponents('vevent'));
  const seenUids = new Set<string>();
  const rows = events.map((event, index) => {
    const where = scanned[index] ?? { line: 0, properties: new Map<string, number>() };
    try {
      return readRow(event, where, options, seenUids);
    } catch (error) {
      if (error instanceof CalendarImportError) throw error;
      throw new CalendarImportError(
        'unreadable',
        `The event could not be read: ${errorMessage(error)}`,
        { line: where.line },
      );
    }
  });
  return {
    rows,
    writeCount: rows.filter((row) => row.action === 'new' || row.action === 'update').length,
  };
}
