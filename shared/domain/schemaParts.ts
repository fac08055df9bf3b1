/**
 * Building blocks for the RxDB JSON schemas in shared/domain. They return plain
 * JSON-schema objects, so a schema stays data (hashable, sendable to the
 * server) while the limits live in one place that validation also reads.
 *
 * Only keywords z-schema understands are used, and no `format`: RxDB runs
 * z-schema in the renderer because it works without `unsafe-eval`.
 */

/** Length limits shared by the schemas and the form validation. */
export const LIMITS = {
  /** UUIDs are 36 characters; the primary key needs a finite maxLength. */
  id: 36,
  /** ISO instants such as `2025-06-12T17:30:00.123Z` (with room for offsets). */
  instant: 32,
  /** ISO calendar dates: `2025-06-12`. */
  date: 10,
  /** Local date-times: `2025-06-12T17:30`. */
  localDateTime: 16,
  /** IANA zone names; the longest real one is about 32 characters. */
  timeZone: 64,
  /** Names, titles, labels, one-line fields. */
  shortText: 200,
  /** Addresses, URLs, one paragraph. */
  mediumText: 2000,
  /** Notes, briefing text. */
  longText: 50_000,
  /** Tags, sectors, themes. */
  tag: 64,
  /** BCP-47 tags are short in practice; 35 is the RFC 5646 minimum support. */
  languageTag: 35,
  /**
   * A data URL photo. The UI should downscale before storing: every byte here
   * is synced to every device and carried in exports.
   */
  photo: 500_000,
} as const;

/** `YYYY-MM-DD`; whether the day exists is checked by validation, not the schema. */
export const ISO_DATE_PATTERN = '^[0-9]{4}-[0-9]{2}-[0-9]{2}$';
/** `YYYY-MM-DDTHH:mm`, the wall-clock time at a venue. */
export const LOCAL_DATE_TIME_PATTERN = '^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}$';
/**
 * An ISO instant with `Z` or an offset, as produced by `Temporal.Instant#toString`.
 * Written with alternation instead of nested optional groups: z-schema refuses
 * patterns with nested quantifiers as a ReDoS risk.
 */
export const ISO_INSTANT_PATTERN =
  '^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}(|:[0-9]{2}|:[0-9]{2}\\.[0-9]{1,9})(Z|[+-][0-9]{2}:[0-9]{2})$';
/** ISO 3166-1 alpha-2, upper case (`GB`, `DE`). */
export const COUNTRY_CODE_PATTERN = '^[A-Z]{2}$';

/** A one-line string. */
export function shortText(maxLength: number = LIMITS.shortText) {
  return { type: 'string', maxLength } as const;
}

/**
 * Whether text of up to `maxLength` characters may hold line breaks and tabs:
 * addresses, notes, objectives… (a field of `mediumText` or more). The sync
 * server's checks, the importers and the forms all read it from here.
 */
export function isMultiLineLimit(maxLength: number): boolean {
  return maxLength >= LIMITS.mediumText;
}

/** Free text of up to `LIMITS.longText` characters. */
export function longText() {
  return { type: 'string', maxLength: LIMITS.longText } as const;
}

/** The id of another document. */
export function idRef() {
  return { type: 'string', maxLength: LIMITS.id } as const;
}

/** An ISO calendar date (`YYYY-MM-DD`). */
export function isoDate() {
  return { type: 'string', maxLength: LIMITS.date, pattern: ISO_DATE_PATTERN } as const;
}

/** An ISO instant (`...Z`). */
export function isoInstant() {
  return { type: 'string', maxLength: LIMITS.instant, pattern: ISO_INSTANT_PATTERN } as const;
}

/** A local wall-clock date-time (`YYYY-MM-DDTHH:mm`). */
export function localDateTime() {
  return {
    type: 'string',
    maxLength: LIMITS.localDateTime,
    pattern: LOCAL_DATE_TIME_PATTERN,
  } as const;
}

/** An ISO 3166-1 alpha-2 country code. */
export function countryCode() {
  return { type: 'string', maxLength: 2, pattern: COUNTRY_CODE_PATTERN } as const;
}

/** One of a fixed list of string values. */
export function enumOf<T extends string>(values: readonly T[]) {
  const maxLength = Math.max(...values.map((value) => value.length));
  return { type: 'string', enum: values, maxLength } as const;
}

/** An array of short strings (tags, sectors, language codes). */
export function stringArray(maxLength: number = LIMITS.tag) {
  return { type: 'array', items: { type: 'string', maxLength } } as const;
}

/** An array of document ids. */
export function idArray() {
  return { type: 'array', items: idRef() } as const;
}
