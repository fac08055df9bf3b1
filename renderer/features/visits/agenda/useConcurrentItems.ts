import { useEffect, useMemo, useState } from 'react';
import type { AgendaItem } from '../../../../shared/domain/agendaItem';
import type { Visit } from '../../../../shared/domain/visit';
import { shiftIsoDate } from '../../../../shared/time/isoDate';
import { useLiveQuery } from '../../../data/useLiveQuery';

/** Items of other visits that may overlap this one, and those visits' titles. */
export interface ConcurrentItems {
  items: AgendaItem[];
  visitTitle: (visitId: string) => string;
}

/**
 * How long before a visit another visit's item may start and still be
 * looked at for clashes. The store's index is on the start, so an item that
 * overlaps the visit is found by a range of starts; without a lower bound
 * that range was every item before the visit's end (12,661 of 20,000 in the
 * bench's workspace, read to find 55). A programme slot longer than a month
 * is not one people are booked into.
 */
export const LONGEST_ITEM_DAYS = 31;

/**
 * Agenda items of other visits that fall within this visit's dates, so that
 * a person booked here and on another visit at the same time is flagged. The
 * window is the visit's dates widened by a day each side, which covers every
 * zone's offset from UTC; the clash check itself compares exact instants.
 */
export function useConcurrentItems(visit: Visit, programmeShown = true): ConcurrentItems {
  const from = `${shiftIsoDate(visit.startDate, -1)}T00:00:00.000Z`;
  const to = `${shiftIsoDate(visit.endDate, 2)}T00:00:00.000Z`;
  const earliest = `${shiftIsoDate(visit.startDate, -1 - LONGEST_ITEM_DAYS)}T00:00:00.000Z`;
  // Read after the programme has been shown: these only add warnings, and
  // reading them (hundreds of items around the visit's dates) would hold up
  // the programme itself.
  const [shown, setShown] = useState(false);
  useEffect(() => {
    if (!programmeShown) return;
    const frame = requestAnimationFrame(() => setShown(true));
    return () => cancelAnimationFrame(frame);
  }, [programmeShown]);
  const found = useLiveQuery(
    'agendaItems',
    shown
      ? {
          selector: {
            startUtc: { $gte: earliest, $lt: to },
            endUtc: { $gt: from },
            visitId: { $ne: visit.id },
          },
        }
      : { selector: { id: { $in: [] } } },
  );
  const visitIds = [...new Set(found.documents.map((document) => document.visitId))].sort();
  const visits = useLiveQuery('visits', { selector: { id: { $in: visitIds } } });
  return useMemo(() => {
    const titles = new Map(visits.documents.map((document) => [document.id, document.title]));
    return {
      // Held back until the other visits' titles are there to name them.
      items: visits.loading
        ? []
        : found.documents.map((document) => document.toJSON() as AgendaItem),
      visitTitle: (visitId: string) => titles.get(visitId) ?? '',
    };
  }, [found.documents, visits.documents, visits.loading]);
}
