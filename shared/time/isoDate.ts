import { Temporal } from 'temporal-polyfill';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Whether `value` is an ISO calendar date (`YYYY-MM-DD`) that exists:
 * `2025-02-29` is refused. The schema checks only the shape; forms call this.
 */
export function isValidIsoDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  try {
    Temporal.PlainDate.from(value, { overflow: 'reject' });
    return true;
  } catch {
    return false;
  }
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
