import type { Visit, VisitDirection, VisitStatus } from './visit';

/** The fields the visit list filters and sorts by. */
export type ListableVisit = Pick<
  Visit,
  'id' | 'title' | 'startDate' | 'endDate' | 'status' | 'direction'
>;

/** What the visit list is narrowed to; a missing field means "any". */
export interface VisitFilter {
  status?: VisitStatus;
  direction?: VisitDirection;
  /** A visit belongs to every year it touches (a New Year's trip to both). */
  year?: number;
}

function yearOf(isoDate: string): number {
  return Number(isoDate.slice(0, 4));
}

/** The visits that match every given filter field. */
export function filterVisits<T extends ListableVisit>(
  visits: readonly T[],
  filter: VisitFilter,
): T[] {
  return visits.filter(
    (visit) =>
      (filter.status === undefined || visit.status === filter.status) &&
      (filter.direction === undefined || visit.direction === filter.direction) &&
      (filter.year === undefined ||
        (yearOf(visit.startDate) <= filter.year && filter.year <= yearOf(visit.endDate))),
  );
}

/** Every year some visit touches, latest first, for the year filter. */
export function visitYears(visits: readonly ListableVisit[]): number[] {
  const years = new Set<number>();
  for (const visit of visits) {
    const last = Math.max(yearOf(visit.endDate), yearOf(visit.startDate));
    for (let year = yearOf(visit.startDate); year <= last; year += 1) years.add(year);
  }
  return [...years].sort((a, b) => b - a);
}

/**
 * Upcoming first: visits not yet over (ending today or later) soonest first,
 * then past visits, the most recent first. What the team works on next is at
 * the top; last year's trips stay close for reference.
 */
export function sortVisitsUpcomingFirst<T extends ListableVisit>(
  visits: readonly T[],
  today: string,
): T[] {
  const byStart = (a: T, b: T) =>
    a.startDate.localeCompare(b.startDate) ||
    a.title.localeCompare(b.title) ||
    a.id.localeCompare(b.id);
  const upcoming = visits.filter((visit) => visit.endDate >= today).sort(byStart);
  const past = visits.filter((visit) => visit.endDate < today).sort((a, b) => byStart(b, a));
  return [...upcoming, ...past];
}
