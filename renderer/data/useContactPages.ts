import { useEffect, useMemo, useState } from 'react';
import type { ContactOrderEntry } from '../../shared/domain/contactOrder';
import { errorMessage } from '../../shared/text/errorMessage';
import { contactOrderOf, type ContactOrder } from './contactOrder';
import { useDatabase } from './useLiveQuery';

/** Rows read at a time: a screenful and the rows around it. */
export const CONTACT_PAGE_SIZE = 50;

export interface ContactPages {
  /** True until the count and the first pages asked for have been read. */
  loading: boolean;
  error: string | null;
  /** How many contacts the list holds. */
  count: number;
  /** The row at a position of the list, once its page has been read. */
  rowAt: (index: number) => ContactOrderEntry | undefined;
}

interface Loaded {
  /** Whose rows these are. */
  order: ContactOrder;
  count: number;
  pages: ReadonlyMap<number, readonly ContactOrderEntry[]>;
  error: string | null;
}

/** Page numbers holding the rows `first` to `last`. */
function pagesFor(first: number, last: number): number[] {
  const from = Math.floor(Math.max(0, first) / CONTACT_PAGE_SIZE);
  const to = Math.floor(Math.max(first, last) / CONTACT_PAGE_SIZE);
  return Array.from({ length: to - from + 1 }, (_, offset) => from + offset);
}

/**
 * The Contacts list, live, a page at a time: the count and the pages holding
 * rows `first` to `last` (the rows in view), read in German collation order
 * through the list order's index (renderer/data/contactOrder.ts). Both are
 * read again whenever the order changes: a save here, an import, a change
 * that sync brought from another device.
 */
export function useContactPages(first: number, last: number): ContactPages {
  const database = useDatabase();
  const order = useMemo(() => contactOrderOf(database), [database]);
  const wanted = pagesFor(first, last);
  const key = wanted.join(',');
  const [loaded, setLoaded] = useState<Loaded | null>(null);

  useEffect(() => {
    let current = true;
    let generation = 0;
    const pages = key.split(',').map(Number);
    const read = async () => {
      const mine = ++generation;
      try {
        const [count, ...rows] = await Promise.all([
          order.count(),
          ...pages.map((page) => order.page(page * CONTACT_PAGE_SIZE, CONTACT_PAGE_SIZE)),
        ]);
        if (!current || mine !== generation) return;
        setLoaded({
          order,
          count: count as number,
          pages: new Map(pages.map((page, at) => [page, (rows[at] ?? []) as ContactOrderEntry[]])),
          error: null,
        });
      } catch (error) {
        if (!current || mine !== generation) return;
        const message = errorMessage(error);
        setLoaded({ order, count: 0, pages: new Map(), error: message });
      }
    };
    void read();
    const subscription = order.changed$.subscribe(() => void read());
    return () => {
      current = false;
      subscription.unsubscribe();
    };
  }, [order, key]);

  // While other pages are read (after a scroll), the rows already read stay.
  const current = loaded?.order === order ? loaded : null;
  return {
    loading: current === null,
    error: current?.error ?? null,
    count: current?.count ?? 0,
    rowAt: (index) =>
      current?.pages.get(Math.floor(index / CONTACT_PAGE_SIZE))?.[index % CONTACT_PAGE_SIZE],
  };
}
