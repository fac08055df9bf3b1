import { compareNames } from '../text/collation';
import { shiftIsoDate } from '../time/isoDate';
import type { FollowUp, FollowUpStatus } from './followUp';

/** Statuses of follow-ups that still need someone to act. */
export const ACTIVE_FOLLOW_UP_STATUSES: readonly FollowUpStatus[] = ['open', 'in-progress'];

/** Which statuses a list shows: still to do, everything, or one status. */
export type FollowUpStatusFilter = 'active' | 'all' | FollowUpStatus;

/** Which due dates a list shows: any, past due, or due within the next seven days. */
export const FOLLOW_UP_DUE_FILTERS = ['any', 'overdue', 'week'] as const;

/** One of `FOLLOW_UP_DUE_FILTERS`. */
export type FollowUpDueFilter = (typeof FOLLOW_UP_DUE_FILTERS)[number];

/** A follow-up list's filter; `owner` absent means everyone. */
export interface FollowUpFilter {
  status: FollowUpStatusFilter;
  owner?: string;
  due: FollowUpDueFilter;
}

type Listed = Pick<FollowUp, 'id' | 'title' | 'owner' | 'dueDate' | 'status'>;

/** Whether a follow-up is still to do and its due date (ISO) is before `today` (ISO). */
export function isOverdue(followUp: Pick<FollowUp, 'dueDate' | 'status'>, today: string): boolean {
  // ISO dates compare correctly as strings.
  return ACTIVE_FOLLOW_UP_STATUSES.includes(followUp.status) && followUp.dueDate < today;
}

/** Earliest due first; the same day by title (German collation), then id for stability. */
export function compareByDueDate(a: Listed, b: Listed): number {
  if (a.dueDate !== b.dueDate) return a.dueDate < b.dueDate ? -1 : 1;
  return compareNames(a.title, b.title) || a.id.localeCompare(b.id);
}

/** The follow-ups that pass `filter` on `today` (ISO date), sorted by due date. */
export function filterFollowUps<T extends Listed>(
  followUps: readonly T[],
  filter: FollowUpFilter,
  today: string,
): T[] {
  const weekEnd = shiftIsoDate(today, 7);
  return followUps
    .filter((followUp) => {
      if (filter.status === 'active' && !ACTIVE_FOLLOW_UP_STATUSES.includes(followUp.status)) {
        return false;
      }
      if (
        filter.status !== 'active' &&
        filter.status !== 'all' &&
        followUp.status !== filter.status
      ) {
        return false;
      }
      if (filter.owner !== undefined && followUp.owner !== filter.owner) return false;
      if (filter.due === 'overdue') return isOverdue(followUp, today);
      if (filter.due === 'week') {
        return ACTIVE_FOLLOW_UP_STATUSES.includes(followUp.status) && followUp.dueDate <= weekEnd;
      }
      return true;
    })
    .sort(compareByDueDate);
}

/** Everyone who owns a follow-up, once each, in German collation order. */
export function followUpOwners(followUps: readonly Pick<FollowUp, 'owner'>[]): string[] {
  return [...new Set(followUps.map((followUp) => followUp.owner))].sort((a, b) =>
    compareNames(a, b),
  );
}
