import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { RxDatabaseProvider } from 'rxdb/plugins/react';
import { errorMessage } from '../../shared/text/errorMessage';
import { contactOrderOf } from '../data/contactOrder';
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

/**
 * Resolves once every store opened or closed so far has finished opening or
 * closing (tests wait for this before opening a store of the same name: RxDB's
 * Dexie storage shares an open database by its name).
 */
export function workspacesSettled(): Promise<void> {
  return queue.then(() => undefined);
}

/** A store opened before the app first rendered, waiting for its WorkspaceProvider. */
let early: { workspaceId: string; opening: Promise<LiaisonDatabase> } | null = null;
/** Whether a WorkspaceProvider has opened a store: then it is too late to open one early. */
let providerStarted = false;

/**
 * Starts opening the store of the workspace the app will show, before React
 * has rendered anything (main.tsx): opening takes about 100 ms of waiting on
 * IndexedDB, which the first render can overlap. The first WorkspaceProvider
 * for that workspace (with the app's default options) takes it over; one for
 * another workspace closes it.
 */
export function openWorkspaceEarly(workspaceId: string): void {
  if (providerStarted || early) return;
  early = { workspaceId, opening: inTurn(() => createDatabase(workspaceId)) };
}

/** The early store if it is this one's, else null (and an early store for another workspace is closed). */
function claimEarly(workspaceId: string, options: DatabaseOptions | undefined) {
  providerStarted = true;
  const waiting = early;
  early = null;
  if (!waiting) return null;
  if (waiting.workspaceId === workspaceId && options === undefined) return waiting.opening;
  void inTurn(async () => {
    const database = await waiting.opening.catch(() => undefined);
    await database?.close();
  });
  return null;
}

/** Opens the workspace's local store and hands it to everything below. */
export function WorkspaceProvider({ workspaceId, options, children }: WorkspaceProviderProps) {
  const { t } = useTranslation();
  const [result, setResult] = useState<OpenResult | null>(null);

  useEffect(() => {
    let current = true;
    const opening =
      claimEarly(workspaceId, options) ?? inTurn(() => createDatabase(workspaceId, options));
    opening.then(
      (database) => {
        if (!current) return;
        // The Contacts list's order starts following the contacts now (and
        // catching up on what changed since it last ran), whichever screen shows first.
        contactOrderOf(database);
        setResult({ workspaceId, status: 'open', database });
      },
      (error: unknown) =>
        current &&
        setResult({
          workspaceId,
          status: 'failed',
          message: errorMessage(error),
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
