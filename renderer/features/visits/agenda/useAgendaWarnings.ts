import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { RxDocument } from 'rxdb';
import { findDoubleBookings, findOverlaps } from '../../../../shared/domain/agenda';
import type { AgendaItem } from '../../../../shared/domain/agendaItem';
import type { ConcurrentItems } from './useConcurrentItems';
import type { VisitLookups } from '../useVisitLookups';

/** Clash sentences keyed by the id of the earlier item, and every item named in one. */
export interface AgendaWarningIndex {
  /** Warnings to show near the earlier of the two items (under its day). */
  byFirstItem: Map<string, string[]>;
  clashingIds: Set<string>;
}

/**
 * Overlapping items and people booked in two places at once, as sentences:
 * within this visit, and against the items of other visits at the same time
 * (`elsewhere`). Cancelled items are ignored by the shared checks, so
 * cancelling one of two clashing items clears the warning.
 */
export function useAgendaWarnings(
  items: readonly RxDocument<AgendaItem>[],
  lookups: VisitLookups,
  elsewhere: ConcurrentItems = { items: [], visitTitle: () => '' },
): AgendaWarningIndex {
  const { t } = useTranslation();
  return useMemo(() => {
    const plain = items.map((item) => item.toJSON() as AgendaItem);
    const titles = new Map(plain.map((item) => [item.id, item.title]));
    const byFirstItem = new Map<string, string[]>();
    const clashingIds = new Set<string>();
    const add = (itemIds: [string, string], sentence: string) => {
      const [first] = itemIds;
      byFirstItem.set(first, [...(byFirstItem.get(first) ?? []), sentence]);
      itemIds.forEach((id) => clashingIds.add(id));
    };
    for (const { itemIds } of findOverlaps(plain)) {
      const [first, second] = itemIds.map((id) => titles.get(id));
      add(itemIds, t('visits.agenda.overlap', { first, second }));
    }
    const others = new Map(elsewhere.items.map((item) => [item.id, item]));
    for (const { contactId, itemIds } of findDoubleBookings([...plain, ...others.values()])) {
      const name = lookups.contactName(contactId);
      const [first, second] = itemIds;
      const other = others.get(first) ?? others.get(second);
      if (!other) {
        add(
          itemIds,
          t('visits.agenda.doubleBooking', {
            name,
            first: titles.get(first),
            second: titles.get(second),
          }),
        );
        continue;
      }
      // A clash with another visit is shown under this visit's item only.
      const here = first === other.id ? second : first;
      if (others.has(here)) continue;
      byFirstItem.set(here, [
        ...(byFirstItem.get(here) ?? []),
        t('visits.agenda.doubleBookingElsewhere', {
          name,
          item: titles.get(here),
          other: other.title,
          visit: elsewhere.visitTitle(other.visitId),
        }),
      ]);
      clashingIds.add(here);
    }
    return { byFirstItem, clashingIds };
  }, [items, lookups, elsewhere, t]);
}
