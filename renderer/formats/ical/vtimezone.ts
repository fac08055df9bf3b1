import ICAL from 'ical.js';
import { Temporal } from 'temporal-polyfill';

/**
 * Observances before 1970 are left out: no agenda item is that old, and early
 * local-mean-time offsets (`+00:53:28`) only confuse calendar programs.
 */
const EARLIEST = Temporal.Instant.from('1970-01-01T00:00:00Z');

/** `+01:00` → an ical.js UTC offset (`+0100`, seconds kept when a zone has them). */
function utcOffset(offset: string): ICAL.UtcOffset {
  const [, sign, hours, minutes, seconds] =
    /^([+-])(\d{2}):(\d{2})(?::(\d{2}))?/.exec(offset) ?? [];
  return new ICAL.UtcOffset({
    factor: sign === '-' ? -1 : 1,
    hours: Number(hours ?? 0),
    minutes: Number(minutes ?? 0) + Math.round(Number(seconds ?? 0) / 60),
  });
}

/** A wall-clock time as an ical.js floating date-time (the form VTIMEZONE's DTSTART takes). */
function floating(dateTime: Temporal.PlainDateTime): ICAL.Time {
  return ICAL.Time.fromData({
    year: dateTime.year,
    month: dateTime.month,
    day: dateTime.day,
    hour: dateTime.hour,
    minute: dateTime.minute,
    second: dateTime.second,
    isDate: false,
  });
}

/**
 * One observance: from `instant` on, clocks show `offsetTo`. Its DTSTART is
 * the wall-clock time in the offset in force just before (RFC 5545 3.6.5).
 */
function observance(
  instant: Temporal.Instant,
  offsetFrom: string,
  offsetTo: string,
): ICAL.Component {
  const from = utcOffset(offsetFrom);
  const to = utcOffset(offsetTo);
  // Which offset is "daylight" is only a label for calendar programs; the
  // offsets carry the meaning. Clocks going forward start daylight time.
  const kind = to.toSeconds() > from.toSeconds() ? 'daylight' : 'standard';
  const component = new ICAL.Component(kind);
  component.addPropertyWithValue(
    'dtstart',
    floating(instant.toZonedDateTimeISO(offsetFrom).toPlainDateTime()),
  );
  component.addPropertyWithValue('tzoffsetfrom', from);
  component.addPropertyWithValue('tzoffsetto', to);
  return component;
}

/**
 * A VTIMEZONE for an IANA zone, written from the zone's real transitions
 * (Temporal's `getTimeZoneTransition`, the same tzdata the app converts
 * times with) between 1 January of `fromYear` and the end of `toYear`. Each
 * transition becomes its own observance with an explicit DTSTART instead of
 * an RRULE: exact for zones whose rules changed, and only two or three
 * observances a year.
 * @throws {RangeError} when `timeZone` is not a zone the runtime knows.
 */
export function buildVTimezone(timeZone: string, fromYear: number, toYear: number): ICAL.Component {
  const vtimezone = new ICAL.Component('vtimezone');
  vtimezone.addPropertyWithValue('tzid', timeZone);
  const rangeStart = Temporal.PlainDateTime.from({ year: fromYear, month: 1, day: 1 })
    .toZonedDateTime(timeZone)
    .toInstant();
  const rangeEnd = Temporal.PlainDateTime.from({ year: toYear + 1, month: 1, day: 1 })
    .toZonedDateTime(timeZone)
    .toInstant();

  // The offset in force when the range opens: the last transition before it,
  // or, for a zone without one since 1970 (UTC, Asia/Tokyo), the range start
  // itself with an unchanging offset.
  const opening = rangeStart.toZonedDateTimeISO(timeZone);
  const previous = opening.getTimeZoneTransition('previous');
  if (previous && Temporal.Instant.compare(previous.toInstant(), EARLIEST) >= 0) {
    const before = previous.toInstant().subtract({ nanoseconds: 1 }).toZonedDateTimeISO(timeZone);
    vtimezone.addSubcomponent(observance(previous.toInstant(), before.offset, previous.offset));
  } else {
    vtimezone.addSubcomponent(observance(rangeStart, opening.offset, opening.offset));
  }

  let cursor = opening;
  for (;;) {
    const next = cursor.getTimeZoneTransition('next');
    if (!next || Temporal.Instant.compare(next.toInstant(), rangeEnd) >= 0) break;
    vtimezone.addSubcomponent(observance(next.toInstant(), cursor.offset, next.offset));
    cursor = next;
  }
  return vtimezone;
}
