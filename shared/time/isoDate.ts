import { Temporal } from 'temporal-polyfill';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Days of each month of a common year. */
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

/**
 * Whether `value` is an ISO calendar date (`YYYY-MM-DD`) that exists:
 * `2025-02-29` is refused. The schema checks only the shape; forms call this.
 */
export function isValidIsoDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  // By arithmetic, not Temporal.PlainDate.from: the sync server checks every
  // date of every pushed document, and this is many times faster. Years
  // 0000–9999 (all the pattern allows), proleptic Gregorian as Temporal's ISO
  // calendar; a test holds the two to the same answers.
  const year = Number(value.slice(0, 4));
  const month = Number(value.slice(5, 7));
  const day = Number(value.slice(8, 10));
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const days = month === 2 ? (leap ? 29 : 28) : DAYS_IN_MONTH[month - 1];
  return day <= (days ?? 0);
}

/** Compares two valid ISO dates (`-1`, `0`, `1`), for sorting and range checks. */
export function compareIsoDates(a: string, b: string): number {
  return Temporal.PlainDate.compare(a, b);
}

/** A `YYYY-MM-DD` date moved by whole days (negative: earlier). */
export function shiftIsoDate(date: string, days: number): string {
  return Temporal.PlainDate.from(date).add({ days }).toString();
}

/** Whole days from one ISO date to another (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Temporal.PlainDate.from(from).until(to, { largestUnit: 'days' }).days;
}
