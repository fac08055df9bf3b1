import { Temporal } from 'temporal-polyfill';

/**
 * What to do with a local time that a DST change makes ambiguous or
 * impossible: Temporal's options. `compatible` (the default) takes the
 * earlier of two times and moves a time in a gap forward, as calendars do.
 */
export type Disambiguation = 'compatible' | 'earlier' | 'later' | 'reject';

/** Why a time conversion failed; the UI turns the code into a message. */
export type ZonedTimeErrorCode =
  'invalidLocalDateTime' | 'invalidInstant' | 'invalidTimeZone' | 'nonexistentOrAmbiguousLocalTime';

/** A failed time conversion, with a code the UI can act on. */
export class ZonedTimeError extends Error {
  readonly code: ZonedTimeErrorCode;

  constructor(code: ZonedTimeErrorCode, message: string) {
    super(message);
    this.name = 'ZonedTimeError';
    this.code = code;
  }
}

const LOCAL_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/;

function parseLocal(local: string): Temporal.PlainDateTime {
  if (!LOCAL_DATE_TIME.test(local)) {
    throw new ZonedTimeError('invalidLocalDateTime', `"${local}" is not a YYYY-MM-DDTHH:mm time`);
  }
  try {
    return Temporal.PlainDateTime.from(local, { overflow: 'reject' });
  } catch {
    throw new ZonedTimeError(
      'invalidLocalDateTime',
      `"${local}" is not a date and time that exists`,
    );
  }
}

function requireZone(timeZone: string): void {
  if (!isValidTimeZone(timeZone)) {
    throw new ZonedTimeError('invalidTimeZone', `"${timeZone}" is not an IANA time zone`);
  }
}

/** `isValidTimeZone`'s answers so far. */
const knownZones = new Map<string, boolean>();

/**
 * Whether `zone` is an IANA time-zone name this runtime knows
 * (`Europe/London`, `UTC`). Fixed offsets such as `+01:00` are refused: a
 * venue's zone must follow its DST rules.
 */
export function isValidTimeZone(zone: string): boolean {
  if (zone.trim() === '' || /^[+-]/.test(zone)) return false;
  let known = knownZones.get(zone);
  if (known === undefined) {
    // Intl knows the same zones Temporal does (the polyfill asks it), and
    // asking it does not start Temporal's time-zone machinery: the app checks
    // the stored home zone as it starts (20-90 ms before the first screen).
    try {
      new Intl.DateTimeFormat('en', { timeZone: zone });
      known = true;
    } catch {
      known = false;
    }
    // Answers for at most 1,000 names: checking what a push or an import holds cannot grow it.
    if (knownZones.size >= 1000) knownZones.clear();
    knownZones.set(zone, known);
  }
  return known;
}

/**
 * The instant (`2025-06-12T17:00:00Z`) of a venue's wall-clock time. Always
 * whole seconds and `Z`, so stored instants also sort as strings.
 * @throws {ZonedTimeError} on a malformed time or zone, or with `reject` in a DST change.
 */
export function localToUtc(
  localDateTime: string,
  timeZone: string,
  disambiguation: Disambiguation = 'compatible',
): string {
  const local = parseLocal(localDateTime);
  requireZone(timeZone);
  try {
    return local
      .toZonedDateTime(timeZone, { disambiguation })
      .toInstant()
      .toString({ smallestUnit: 'second' });
  } catch {
    throw new ZonedTimeError(
      'nonexistentOrAmbiguousLocalTime',
      `${localDateTime} is skipped or repeated by a clock change in ${timeZone}`,
    );
  }
}

/**
 * The wall-clock time (`YYYY-MM-DDTHH:mm`) in `timeZone` at an instant.
 * @throws {ZonedTimeError} on a malformed instant or zone.
 */
export function utcToLocal(instant: string, timeZone: string): string {
  requireZone(timeZone);
  let parsed: Temporal.Instant;
  try {
    parsed = Temporal.Instant.from(instant);
  } catch {
    throw new ZonedTimeError('invalidInstant', `"${instant}" is not an ISO instant`);
  }
  return parsed.toZonedDateTimeISO(timeZone).toPlainDateTime().toString({ smallestUnit: 'minute' });
}

/**
 * The calendar day (`YYYY-MM-DD`) in `timeZone` at an instant: the day a
 * person there would write down. `2025-06-30T23:30:00Z` is 2025-07-01 in
 * Berlin, while its first ten characters name the UTC day.
 * @throws {ZonedTimeError} on a malformed instant or zone.
 */
export function isoDateOf(instant: string, timeZone: string): string {
  return utcToLocal(instant, timeZone).slice(0, 10);
}

/**
 * Whether a local time falls in a spring-forward gap (01:30 on the morning
 * British clocks go forward does not exist).
 */
export function isNonexistentLocalTime(localDateTime: string, timeZone: string): boolean {
  const local = parseLocal(localDateTime);
  requireZone(timeZone);
  const resolved = local.toZonedDateTime(timeZone, { disambiguation: 'compatible' });
  return !resolved.toPlainDateTime().equals(local);
}

/**
 * Whether a local time happens twice because clocks go back (01:30 on the
 * morning British clocks go back), so the user must pick earlier or later.
 */
export function isAmbiguousLocalTime(localDateTime: string, timeZone: string): boolean {
  const local = parseLocal(localDateTime);
  requireZone(timeZone);
  const earlier = local.toZonedDateTime(timeZone, { disambiguation: 'earlier' });
  const later = local.toZonedDateTime(timeZone, { disambiguation: 'later' });
  return (
    earlier.epochNanoseconds !== later.epochNanoseconds &&
    !isNonexistentLocalTime(localDateTime, timeZone)
  );
}

/** The UTC offset (`+01:00`) of `timeZone` at an instant, for "venue time (UTC+1)" labels. */
export function offsetAt(instant: string, timeZone: string): string {
  requireZone(timeZone);
  return Temporal.Instant.from(instant).toZonedDateTimeISO(timeZone).offset;
}
