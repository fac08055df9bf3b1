import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { databaseNameFor } from '../data/database';
import { useDatabase } from '../data/useLiveQuery';
import { usePlatform } from '../platform';
import { ServerClient } from './serverClient';
import { useSession } from './SessionProvider';
import type { SyncStatus } from './syncStatus';
import { WorkspaceReplication } from './workspaceReplication';

interface SyncContextValue {
  /** The running replication, or null in the local-only workspace. */
  replication: WorkspaceReplication | null;
  status: SyncStatus | null;
}

const SyncContext = createContext<SyncContextValue>({ replication: null, status: null });

/**
 * Runs the workspace's replication while a session is open: started when the
 * workspace database is, stopped when the user signs out or switches.
 */
export function SyncProvider({ children }: { children: ReactNode }) {
  const database = useDatabase();
  const { session } = useSession();
  const platform = usePlatform();
  const [value, setValue] = useState<SyncContextValue>({ replication: null, status: null });

  useEffect(() => {
    // Only once the open database is the session's workspace (it opens after sign-in).
    if (!session || database.name !== databaseNameFor(session.workspace.id)) return;
    const replication = new WorkspaceReplication(database, {
      client: new ServerClient({ serverUrl: session.serverUrl, token: session.token }),
      workspaceId: session.workspace.id,
    });
    const subscription = replication.status$.subscribe((status) =>
      setValue({ replication, status }),
    );
    replication.start().catch((error: unknown) => {
      console.error('Sync could not start', error);
    });
    // File → Sync Now in the desktop app's menu.
    const stopListening = platform.onMenuCommand('syncNow', () => void replication.syncNow());
    return () => {
      stopListening();
      subscription.unsubscribe();
      setValue({ replication: null, status: null });
      void replication.stop();
    };
  }, [database, session, platform]);

  return <SyncContext.Provider value={value}>{children}</SyncContext.Provider>;
}

/** The sync status and controls of the open workspace. */
export function useSync(): SyncContextValue {
  return useContext(SyncContext);
}
