import { createContext, useCallback, useContext, useEffect, type ReactNode } from 'react';
import { useAuthor } from '../data/author';
import { useDatabase } from '../data/useLiveQuery';
import type { Stamp } from '../data/writes';
import { eraseContact, followErasures, type ForgetOnDevice } from './eraseContact';

const ForgettersContext = createContext<readonly ForgetOnDevice[] | null>(null);

export interface ErasureProviderProps {
  /**
   * What the features keep on this device outside the store, forgotten with
   * the person (the briefing feature's pack snapshots). The app's root gives
   * them; keep the array stable (a module constant).
   */
  forgetOnDevice: readonly ForgetOnDevice[];
  children: ReactNode;
}

/**
 * Erasure, wired where the workspace is assembled: while mounted, every
 * erasure stored in the workspace (made here or brought by sync from another
 * device) is completed on this device: links, conflicts and what the
 * features keep elsewhere (`followErasures`).
 */
export function ErasureProvider({ forgetOnDevice, children }: ErasureProviderProps) {
  const database = useDatabase();
  const author = useAuthor();
  useEffect(() => {
    if (!database.collections.contacts) return undefined;
    const subscription = followErasures(database, { author, forgetOnDevice });
    return () => subscription.unsubscribe();
  }, [database, author, forgetOnDevice]);
  return <ForgettersContext.Provider value={forgetOnDevice}>{children}</ForgettersContext.Provider>;
}

/** Erases a person from the workspace (see `eraseContact`), forgetting what the features keep too. */
export function useEraseContact(): (
  contactId: string,
  stamp: Stamp,
) => ReturnType<typeof eraseContact> {
  const database = useDatabase();
  const forgetOnDevice = useContext(ForgettersContext);
  if (!forgetOnDevice) throw new Error('useEraseContact needs an <ErasureProvider> above it.');
  return useCallback(
    (contactId, stamp) => eraseContact(database, contactId, stamp, forgetOnDevice),
    [database, forgetOnDevice],
  );
}
