import ICAL from 'ical.js';
import { Temporal } from 'temporal-polyfill';
import { isValidTimeZone, localToUtc, utcToLocal } from '../../../shared/time/zonedTime';

/** How an event's time reached the venue's clock; shown beside the row. */
export type TimeSource = 'iana' | 'utc' | 'floating' | 'converted' | 'unknownZone';

/** A time read from the file: the instant, and local time in an IANA zone. */
export interface ResolvedTime {
  /** `YYYY-MM-DDTHH:mm` in `timeZone`. */
  local: string;
  timeZone: string;
  /** ISO instant. */
  instant: string;
  source: TimeSource;
  /** The TZID as the file gave it, when there was one. */
  tzid?: string;
}

/**
 * The IANA name inside a TZID, if any: `Europe/Berlin` itself, or the tail of
 * a prefixed form some programs write (`/mozilla.org/20050126_1/Europe/Berlin`,
 * `/freeassociation.sourceforge.net/Tzfile/Europe/Berlin`).
 */
export function ianaZoneOf(tzid: string): string | undefined {
  const segments = tzid.split('/').filter(Boolean);
  for (let i = 0; i < segments.length; i++) {
    const candidate = segments.slice(i).join('/');
    // Single words such as "Berlin" are not zones; "UTC" is.
    if ((candidate.includes('/') || candidate === 'UTC') && isValidTimeZone(candidate)) {
      return candidate;
    }
  }
  return undefined;
}

function wallClock(time: ICAL.Time): string {
  const pad = (value: number, length = 2) => String(value).padStart(length, '0');
  return `${pad(time.year, 4)}-${pad(time.month)}-${pad(time.day)}T${pad(time.hour)}:${pad(time.minute)}`;
}

function instantOfUnix(seconds: number): string {
  return Temporal.Instant.fromEpochMilliseconds(seconds * 1000).toString({
    smallestUnit: 'second',
  });
}

/**
 * Where a DTSTART or DTEND lies. An IANA TZID keeps its local time; a TZID
 * defined by a VTIMEZONE in the file (Outlook's "W. Europe Standard Time") is
 * turned into its instant by ical.js from that definition and shown in the
 * venue's zone, as are UTC (`Z`) times; floating times, and TZIDs nobody
 * defines, are read as the venue's clock.
 */
export function resolveEventTime(property: ICAL.Property, venueZone: string): ResolvedTime {
  const time = property.getFirstValue() as ICAL.Time;
  const tzid = property.getParameter('tzid');
  const tzidText = typeof tzid === 'string' ? tzid : undefined;
  const local = wallClock(time);
  const asVenue = (instant: string, source: TimeSource): ResolvedTime => ({
    local: utcToLocal(instant, venueZone),
    timeZone: venueZone,
    instant,
    source,
    ...(tzidText ? { tzid: tzidText } : {}),
  });

  if (time.zone === ICAL.Timezone.utcTimezone)
    return asVenue(instantOfUnix(time.toUnixTime()), 'utc');
  if (tzidText) {
    const iana = ianaZoneOf(tzidText);
    if (iana) {
      return {
        local,
        timeZone: iana,
        instant: localToUtc(local, iana),
        source: 'iana',
        tzid: tzidText,
      };
    }
    const defined = time.zone && time.zone !== ICAL.Timezone.localTimezone && time.zone.component;
    if (defined) return asVenue(instantOfUnix(time.toUnixTime()), 'converted');
    return { ...asVenue(localToUtc(local, venueZone), 'unknownZone'), local };
  }
  return { local, timeZone: venueZone, instant: localToUtc(local, venueZone), source: 'floating' };
}

/**
 * DTSTART plus a DURATION, in the start's zone: days and weeks are calendar
 * days (same clock time across a DST change), hours and less are exact, as
 * RFC 5545 3.3.6 says.
 */
export function addDuration(start: ResolvedTime, duration: ICAL.Duration): ResolvedTime {
  const sign = duration.isNegative ? -1 : 1;
  const zoned = Temporal.PlainDateTime.from(start.local)
    .toZonedDateTime(start.timeZone)
    .add({ days: sign * (duration.weeks * 7 + duration.days) })
    .add({
      hours: sign * duration.hours,
      minutes: sign * duration.minutes,
      seconds: sign * duration.seconds,
    });
  return {
    ...start,
    local: zoned.toPlainDateTime().toString({ smallestUnit: 'minute' }),
    instant: zoned.toInstant().toString({ smallestUnit: 'second' }),
  };
}

/** `time` shown in `timeZone`: the end of an event whose DTEND has another zone than its start. */
export function inZone(time: ResolvedTime, timeZone: string): ResolvedTime {
  if (time.timeZone === timeZone) return time;
  return { ...time, local: utcToLocal(time.instant, timeZone), timeZone };
}
