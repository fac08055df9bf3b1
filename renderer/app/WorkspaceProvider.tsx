import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { RxDatabaseProvider } from 'rxdb/plugins/react';
import { createDatabase, type DatabaseOptions, type LiaisonDatabase } from '../data/database';

export interface WorkspaceProviderProps {
  workspaceId: string;
  options?: DatabaseOptions;
  children: ReactNode;
}

type OpenResult =
  | { workspaceId: string; status: 'open'; database: LiaisonDatabase }
  | { workspaceId: string; status: 'failed'; message: string };

/**
 * Opening and closing run one after another. A workspace has eight collections
 * and RxDB's open-source edition allows 13 per page, so the previous database
 * must be closed before the next opens (StrictMode mounts twice; a user may
 * switch workspaces).
 */
let queue: Promise<unknown> = Promise.resolve();
function inTurn<T>(task: () => Promise<T>): Promise<T> {
  const run = queue.then(task, task);
  queue = run.catch(() => undefined);
  return run;
}

/** Opens the workspace's local store and hands it to everything below. */
export function WorkspaceProvider({ workspaceId, options, children }: WorkspaceProviderProps) {
  const { t } = useTranslation();
  const [result, setResult] = useState<OpenResult | null>(null);

  useEffect(() => {
    let current = true;
    const opening = inTurn(() => createDatabase(workspaceId, options));
    opening.then(
      (database) => current && setResult({ workspaceId, status: 'open', database }),
      (error: unknown) =>
        current &&
        setResult({
          workspaceId,
          status: 'failed',
          message: error instanceof Error ? error.message : String(error),
        }),
    );
    return () => {
      current = false;
      void inTurn(async () => {
        const database = await opening.catch(() => undefined);
        await database?.close();
      });
    };
  }, [workspaceId, options]);

  // A result for another workspace is stale: the new one is still opening.
  if (result?.workspaceId !== workspaceId) {
    return <p className="app-status">{t('app.loading')}</p>;
  }
  if (result.status === 'failed') {
    return (
      <p className="app-status" role="alert">
        {t('app.storeError', { message: result.message })}
      </p>
    );
  }
  return <RxDatabaseProvider database={result.database}>{children}</RxDatabaseProvider>;
}
