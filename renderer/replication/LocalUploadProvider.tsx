import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import { errorMessage } from '../../shared/text/errorMessage';
import { databaseNameFor } from '../data/database';
import { useDatabase } from '../data/useLiveQuery';
import type { WorkspaceDocuments } from '../../shared/domain/schemas';
import { documentTotal, writeUploaded, type UploadCounts } from './uploadLocalWorkspace';
import { useAuthor } from '../data/author';

/** The local workspace's documents on their way into a server workspace. */
export interface UploadRequest {
  workspaceId: string;
  workspaceName: string;
  documents: WorkspaceDocuments;
}

/** Where an upload stands; the documents themselves stay out of React state. */
export type UploadState = {
  workspaceId: string;
  workspaceName: string;
  total: number;
} & (
  | { step: 'waiting' | 'writing' }
  | { step: 'done'; counts: UploadCounts }
  | { step: 'failed'; counts?: UploadCounts; message?: string }
);

interface LocalUploadContextValue {
  upload: UploadState | null;
  /**
   * Keeps the documents in memory until the workspace's database is open
   * (after the switch), where `<PendingUploadWriter>` inserts them.
   */
  queue(request: UploadRequest): void;
  /** Tries the documents that failed once more. */
  retry(): void;
  /** Forgets the upload (and any documents still held). */
  dismiss(): void;
}

interface LocalUploadInternals extends LocalUploadContextValue {
  /** Hands the documents over once, to the writer of the right database. */
  claim(databaseName: string): UploadRequest | null;
  finish(request: UploadRequest, counts: UploadCounts): void;
  fail(request: UploadRequest, message: string): void;
}

const LocalUploadContext = createContext<LocalUploadInternals | null>(null);

/**
 * Carries an upload of the local-only workspace across the switch to a
 * server workspace: the local database closes before the workspace's opens
 * (RxDB's 13-collection limit), so its documents wait here, in memory.
 */
export function LocalUploadProvider({ children }: { children: ReactNode }) {
  const [upload, setUpload] = useState<UploadState | null>(null);
  const pending = useRef<{ request: UploadRequest; claimed: boolean } | null>(null);

  const queue = useCallback((request: UploadRequest) => {
    pending.current = { request, claimed: false };
    setUpload({
      workspaceId: request.workspaceId,
      workspaceName: request.workspaceName,
      total: documentTotal(request.documents),
      step: 'waiting',
    });
  }, []);

  const dismiss = useCallback(() => {
    pending.current = null;
    setUpload(null);
  }, []);

  const retry = useCallback(() => {
    if (!pending.current) return;
    pending.current.claimed = false;
    setUpload((current) => current && { ...current, step: 'waiting' });
  }, []);

  const claim = useCallback((databaseName: string) => {
    const held = pending.current;
    if (!held || held.claimed || databaseNameFor(held.request.workspaceId) !== databaseName) {
      return null;
    }
    held.claimed = true;
    setUpload((current) => current && { ...current, step: 'writing' });
    return held.request;
  }, []);

  const finish = useCallback((request: UploadRequest, counts: UploadCounts) => {
    // Done: the documents leave memory, unless some failed and may be tried again.
    if (counts.failed === 0 && pending.current?.request === request) pending.current = null;
    setUpload((current) =>
      current?.workspaceId === request.workspaceId
        ? { ...current, step: counts.failed === 0 ? 'done' : 'failed', counts }
        : current,
    );
  }, []);

  const fail = useCallback((request: UploadRequest, message: string) => {
    setUpload((current) =>
      current?.workspaceId === request.workspaceId
        ? { ...current, step: 'failed', message }
        : current,
    );
  }, []);

  const value = useMemo(
    () => ({ upload, queue, retry, dismiss, claim, finish, fail }),
    [upload, queue, retry, dismiss, claim, finish, fail],
  );
  return <LocalUploadContext.Provider value={value}>{children}</LocalUploadContext.Provider>;
}

function useInternals(): LocalUploadInternals {
  const value = useContext(LocalUploadContext);
  if (!value) throw new Error('useLocalUpload needs a <LocalUploadProvider> above it.');
  return value;
}

/** The upload of the local workspace, if one was asked for. */
export function useLocalUpload(): LocalUploadContextValue {
  const { upload, queue, retry, dismiss } = useInternals();
  return { upload, queue, retry, dismiss };
}

/**
 * Placed inside the open workspace: once the database an upload waits for is
 * open, inserts the held documents into it (replication then pushes them).
 */
export function PendingUploadWriter() {
  const database = useDatabase();
  const author = useAuthor();
  const { upload, claim, finish, fail } = useInternals();
  const step = upload?.step;

  useEffect(() => {
    if (step !== 'waiting') return;
    const request = claim(database.name);
    if (!request) return;
    writeUploaded(database, request.documents, author).then(
      (counts) => finish(request, counts),
      (error: unknown) => fail(request, errorMessage(error)),
    );
  }, [database, author, step, claim, finish, fail]);

  return null;
}
