import { Temporal } from 'temporal-polyfill';
import { shiftIsoDate } from '../time/isoDate';
import { isoDateOf } from '../time/zonedTime';
import type { AgendaItem } from './agendaItem';
import type { FollowUp } from './followUp';
import { ACTIVE_FOLLOW_UP_STATUSES } from './followUpList';
import type { Visit } from './visit';

/** How far ahead the Today screen looks for visits and follow-ups. */
export const UPCOMING_VISIT_DAYS = 60;
export const FOLLOW_UP_HORIZON_DAYS = 14;

/** Visits under way today and those starting within `UPCOMING_VISIT_DAYS`, soonest first. */
export function visitsForToday(
  visits: readonly Visit[],
  today: string,
): { underWay: Visit[]; upcoming: Visit[] } {
  const live = visits.filter((visit) => visit.status !== 'cancelled' && visit.status !== 'done');
  const byStart = (a: Visit, b: Visit) => a.startDate.localeCompare(b.startDate);
  const horizon = shiftIsoDate(today, UPCOMING_VISIT_DAYS);
  return {
    underWay: live
      .filter((visit) => visit.startDate <= today && today <= visit.endDate)
      .sort(byStart),
    upcoming: live
      .filter((visit) => visit.startDate > today && visit.startDate <= horizon)
      .sort(byStart),
  };
}

/**
 * The items happening today where they happen: an item is today's when its
 * local date in its own zone is that zone's date now (a dinner in Leipzig at
 * 23:30 is today's there, even when it is already tomorrow in Tokyo).
 */
export function agendaForToday(items: readonly AgendaItem[], nowIso: string): AgendaItem[] {
  return items
    .filter(
      (item) =>
        item.status !== 'cancelled' && item.start.slice(0, 10) === isoDateOf(nowIso, item.timeZone),
    )
    .sort((a, b) => a.startUtc.localeCompare(b.startUtc));
}

/** The UTC window that can hold anyone's "today": a day and a half either side of now. */
export function todayWindowUtc(nowIso: string): { from: string; to: string } {
  const now = Temporal.Instant.from(nowIso);
  return {
    from: now.subtract({ hours: 36 }).toString(),
    to: now.add({ hours: 36 }).toString(),
  };
}

/** Open follow-ups due within `FOLLOW_UP_HORIZON_DAYS` (overdue ones too), most urgent first. */
export function followUpsDueSoon(
  followUps: readonly FollowUp[],
  today: string,
): (FollowUp & { overdue: boolean })[] {
  const horizon = shiftIsoDate(today, FOLLOW_UP_HORIZON_DAYS);
  return followUps
    .filter(
      (followUp) =>
        ACTIVE_FOLLOW_UP_STATUSES.includes(followUp.status) && followUp.dueDate <= horizon,
    )
    .sort((a, b) => a.dueDate.localeCompare(b.dueDate))
    .map((followUp) => ({ ...followUp, overdue: followUp.dueDate < today }));
}
