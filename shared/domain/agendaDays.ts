import { Temporal } from 'temporal-polyfill';
import { daysBetween } from '../time/isoDate';
import type { AgendaItem } from './agendaItem';

/** The fields day grouping reads; whole agenda items qualify. */
export type DayGroupableItem = Pick<AgendaItem, 'id' | 'start' | 'startUtc'>;

/** One day of a visit's programme. */
export interface AgendaDay<T> {
  /** ISO date (`YYYY-MM-DD`) at the venue. */
  date: string;
  /** That day's items, in start order. */
  items: T[];
}

/** A visit's programme split into its days, plus what falls outside them. */
export interface AgendaByDay<T> {
  /** One entry per day from the first to the last day of the visit, empty days included. */
  days: AgendaDay<T>[];
  /** Items whose local start date lies outside the visit's dates, in start order. */
  outside: T[];
}

/** Number of days from `startDate` to `endDate`, both included (1 for a one-day visit). */
export function visitDayCount(startDate: string, endDate: string): number {
  return daysBetween(startDate, endDate) + 1;
}

/**
 * The ISO dates of every day of a visit. At most `maxDays` (an end before the
 * start gives none), so a mistyped year cannot produce thousands of sections.
 */
export function visitDates(startDate: string, endDate: string, maxDays = 366): string[] {
  const first = Temporal.PlainDate.from(startDate);
  const count = Math.min(visitDayCount(startDate, endDate), maxDays);
  return Array.from({ length: Math.max(count, 0) }, (_, i) => first.add({ days: i }).toString());
}

/**
 * Programme order: by the real instant (items of one trip may sit in
 * different zones), then local time, then id so that ties keep a fixed order.
 */
export function compareAgendaItems(a: DayGroupableItem, b: DayGroupableItem): number {
  return (
    a.startUtc.localeCompare(b.startUtc) ||
    a.start.localeCompare(b.start) ||
    a.id.localeCompare(b.id)
  );
}

/**
 * Groups items by the venue-local date of their start: the date printed on
 * the host's programme, whatever the reader's own zone.
 */
export function groupAgendaByDay<T extends DayGroupableItem>(
  items: readonly T[],
  startDate: string,
  endDate: string,
): AgendaByDay<T> {
  const days = visitDates(startDate, endDate).map((date): AgendaDay<T> => ({ date, items: [] }));
  const byDate = new Map(days.map((day) => [day.date, day]));
  const outside: T[] = [];
  for (const item of [...items].sort(compareAgendaItems)) {
    const day = byDate.get(item.start.slice(0, 10));
    if (day) day.items.push(item);
    else outside.push(item);
  }
  return { days, outside };
}
