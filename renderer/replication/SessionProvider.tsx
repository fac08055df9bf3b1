import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useState,
  type ReactNode,
} from 'react';
import { AuthorProvider } from '../data/author';
import { LOCAL_AUTHOR } from '../data/writes';
import type { SessionStore, StoredSession } from '../platform/session';

interface SessionContextValue {
  /** undefined while the stored session is being read. */
  session: StoredSession | null | undefined;
  setSession(session: StoredSession | null): Promise<void>;
}

const SessionContext = createContext<SessionContextValue | null>(null);

export interface SessionProviderProps {
  store: SessionStore;
  children: ReactNode;
}

/**
 * Reads the stored session once and keeps it, saving each change to the store;
 * provides the author edits are stamped with (data/author.tsx).
 */
export function SessionProvider({ store, children }: SessionProviderProps) {
  const [session, setCurrent] = useState<StoredSession | null | undefined>(undefined);

  useEffect(() => {
    let current = true;
    store.load().then(
      (loaded) => current && setCurrent(loaded),
      () => current && setCurrent(null),
    );
    return () => {
      current = false;
    };
  }, [store]);

  const setSession = useCallback(
    async (next: StoredSession | null) => {
      if (next) await store.save(next);
      else await store.clear();
      setCurrent(next);
    },
    [store],
  );

  const value = useMemo(() => ({ session, setSession }), [session, setSession]);
  return (
    <SessionContext.Provider value={value}>
      <AuthorProvider author={session?.user.id ?? LOCAL_AUTHOR}>{children}</AuthorProvider>
    </SessionContext.Provider>
  );
}

/** The signed-in user's id where a session is open; undefined before sign-in or outside a SessionProvider. */
export function useSignedInUserId(): string | undefined {
  return useContext(SessionContext)?.session?.user.id;
}

export function useSession(): SessionContextValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession needs a <SessionProvider> above it.');
  return value;
}
