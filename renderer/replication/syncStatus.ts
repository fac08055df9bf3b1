import type { SyncErrorCode } from './syncError';

/**
 * What the status bar shows. It never claims "synced" after a failure: a
 * failure sets `error` and only a later successful round clears it.
 */
export interface SyncStatus {
  /** Is this device online, and is the live stream to the server open? */
  connection: 'offline' | 'connecting' | 'online';
  /** `paused`: the user or the network stopped it; `signedOut`: the session ended. */
  phase: 'syncing' | 'idle' | 'paused' | 'error' | 'signedOut';
  /** Documents changed here and not yet on the server. */
  pending: number;
  /** Documents the server refused: set aside until the user fixes or discards them. */
  setAside: number;
  /** ISO instant of the last round that ended with nothing left to send or fetch. */
  lastSyncedAt?: string;
  /** Documents received so far in this session, for "12,400 of 31,000". */
  received: number;
  /** How many documents the first pull brings, when the server said. */
  expected?: number;
  error?: { code: SyncErrorCode; message: string };
}

export const initialSyncStatus: SyncStatus = {
  connection: 'connecting',
  phase: 'syncing',
  pending: 0,
  setAside: 0,
  received: 0,
};
