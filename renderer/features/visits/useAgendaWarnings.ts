import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { RxDocument } from 'rxdb';
import { findDoubleBookings, findOverlaps } from '../../../shared/domain/agenda';
import type { AgendaItem } from '../../../shared/domain/agendaItem';
import type { VisitLookups } from './useVisitLookups';

/** Clash sentences keyed by the id of the earlier item, and every item named in one. */
export interface AgendaWarningIndex {
  /** Warnings to show near the earlier of the two items (under its day). */
  byFirstItem: Map<string, string[]>;
  clashingIds: Set<string>;
}

/**
 * Overlapping items and people booked in two places at once, as sentences.
 * Cancelled items are ignored by the shared checks, so cancelling one of two
 * clashing items clears the warning.
 */
export function useAgendaWarnings(
  items: readonly RxDocument<AgendaItem>[],
  lookups: VisitLookups,
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
    for (const { contactId, itemIds } of findDoubleBookings(plain)) {
      const [first, second] = itemIds.map((id) => titles.get(id));
      const name = lookups.contactName(contactId);
      add(itemIds, t('visits.agenda.doubleBooking', { name, first, second }));
    }
    return { byFirstItem, clashingIds };
  }, [items, lookups, t]);
}
