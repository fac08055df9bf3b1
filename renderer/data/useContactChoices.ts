import { useEffect, useMemo, useState } from 'react';
import type { ContactOrderEntry } from '../../shared/domain/contactOrder';
import { contactOrderOf } from './contactOrder';
import { useDatabase } from './useLiveQuery';

/**
 * Every contact in list order (German collation) with the name its row
 * shows, live, for a select of people: read from the Contacts list order
 * (renderer/data/contactOrder.ts), so nothing is sorted here. Reads nothing
 * until `enabled`: a page shows first, its choices come after.
 */
export function useContactChoices(enabled: boolean): {
  choices: readonly ContactOrderEntry[];
  loading: boolean;
} {
  const database = useDatabase();
  const order = useMemo(() => (enabled ? contactOrderOf(database) : null), [database, enabled]);
  const [loaded, setLoaded] = useState<{
    from: unknown;
    choices: readonly ContactOrderEntry[];
  } | null>(null);

  useEffect(() => {
    if (!order) return;
    let current = true;
    const read = () =>
      order.page(0).then(
        (choices) => current && setLoaded({ from: order, choices }),
        () => current && setLoaded({ from: order, choices: [] }),
      );
    void read();
    const subscription = order.changed$.subscribe(() => void read());
    return () => {
      current = false;
      subscription.unsubscribe();
    };
  }, [order]);

  const current = order && loaded?.from === order ? loaded : null;
  return { choices: current?.choices ?? [], loading: current === null };
}
