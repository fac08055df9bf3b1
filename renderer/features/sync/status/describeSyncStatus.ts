import { codeNeedsUser, type SyncErrorCode } from '../../../replication/syncError';
import type { SyncStatus } from '../../../replication/syncStatus';

/**
 * What the status bar says, as message keys (under `syncStatus.`) and the
 * values they need. Pure: the component only translates and lays it out.
 *
 * It says "Synced" only when the last round ended well, no failure is
 * outstanding and nothing is waiting to be sent.
 */

/** The headline: the state of sync in a few words. Announced (politely) when it changes. */
export type SyncHeadlineKey =
  | 'headline.local'
  | 'headline.synced'
  | 'headline.syncing'
  | 'headline.waiting'
  | 'headline.setAside'
  | 'headline.offline'
  | 'headline.signedOut'
  | 'headline.unreachable'
  | 'headline.forbidden'
  | 'headline.notFound'
  | 'headline.tooOld'
  | 'headline.rejected'
  | 'headline.rateLimited'
  | 'headline.server'
  | 'headline.failed';

/** Counters and times beside the headline: shown, never announced, as they change often. */
export type SyncDetailKey =
  | 'pending'
  | 'setAside'
  | 'progress'
  | 'received'
  | 'lastSync.justNow'
  | 'lastSync.minutesAgo'
  | 'lastSync.at'
  | 'lastSync.never';

export type SyncConnectionKey =
  'connection.online' | 'connection.connecting' | 'connection.offline' | 'connection.stopped';

export type SyncNowReasonKey = 'syncNow.offline' | 'syncNow.signedOut';

/** Every key a description uses, under `syncStatus.`. */
export type SyncMessageKey = SyncHeadlineKey | SyncDetailKey | SyncConnectionKey | SyncNowReasonKey;

export interface SyncPhrase<Key extends string = string> {
  key: Key;
  /** Numbers to put into the message; `count` also picks the plural form. */
  numbers?: Record<string, number>;
  /** An ISO instant for the message's `{{time}}`, formatted by the view. */
  time?: string;
}

/** How the bar looks: calm, busy, or asking for attention. */
export type SyncTone = 'local' | 'ok' | 'busy' | 'attention' | 'problem';

export interface SyncStatusDescription {
  tone: SyncTone;
  headline: SyncPhrase<SyncHeadlineKey>;
  /** null in the local-only workspace, which has no server to be connected to. */
  connection: SyncPhrase<SyncConnectionKey> | null;
  details: SyncPhrase<SyncDetailKey>[];
  /** For a progress bar during the first pull, when the total is known. */
  progress?: { value: number; max: number };
  /** The server's own words, for failures where they help (a refused change, a server error). */
  serverMessage?: string;
  /** What the user can do about it: sign in again in Settings. */
  action?: 'signIn';
  /** The "Sync now" button: absent in the local-only workspace; with the reason when disabled. */
  syncNow?: { enabled: true } | { enabled: false; reason: SyncPhrase<SyncNowReasonKey> };
}

const errorHeadlines: Record<SyncErrorCode, SyncHeadlineKey> = {
  unreachable: 'headline.unreachable',
  unauthorized: 'headline.signedOut',
  forbidden: 'headline.forbidden',
  notFound: 'headline.notFound',
  tooOld: 'headline.tooOld',
  rejected: 'headline.rejected',
  rateLimited: 'headline.rateLimited',
  server: 'headline.server',
};

/** Failures where the server's message adds something the headline does not say. */
const TELL_SERVER_MESSAGE = new Set<SyncErrorCode>(['rejected', 'server']);

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

function lastSync(lastSyncedAt: string | undefined, now: Date): SyncPhrase<SyncDetailKey> {
  if (!lastSyncedAt) return { key: 'lastSync.never' };
  const ago = now.getTime() - new Date(lastSyncedAt).getTime();
  // A little ahead of "now" is clock jitter; far ahead (a clock set back) shows the time itself.
  if (ago > -MINUTE && ago < MINUTE) return { key: 'lastSync.justNow' };
  if (ago >= MINUTE && ago < HOUR) {
    return { key: 'lastSync.minutesAgo', numbers: { count: Math.floor(ago / MINUTE) } };
  }
  return { key: 'lastSync.at', time: lastSyncedAt };
}

/** The headline, tone and action of a status; failures come first, "synced" last. */
function headlineOf(
  status: SyncStatus,
): Pick<SyncStatusDescription, 'tone' | 'headline' | 'action' | 'serverMessage'> {
  const { error, phase } = status;
  if (phase === 'signedOut' || error?.code === 'unauthorized') {
    return { tone: 'problem', headline: { key: 'headline.signedOut' }, action: 'signIn' };
  }
  if (error) {
    return {
      tone: 'problem',
      headline: { key: errorHeadlines[error.code] },
      ...(TELL_SERVER_MESSAGE.has(error.code) && error.message
        ? { serverMessage: error.message }
        : {}),
    };
  }
  switch (phase) {
    case 'error':
      return { tone: 'problem', headline: { key: 'headline.failed' } };
    case 'paused':
      return { tone: 'attention', headline: { key: 'headline.offline' } };
    case 'syncing':
      return { tone: 'busy', headline: { key: 'headline.syncing' } };
    case 'idle':
      // A change the server refused waits on this device: never "synced" while it does.
      if (status.setAside > 0) return { tone: 'attention', headline: { key: 'headline.setAside' } };
      return status.pending > 0
        ? { tone: 'attention', headline: { key: 'headline.waiting' } }
        : { tone: 'ok', headline: { key: 'headline.synced' } };
  }
}

function connectionOf(status: SyncStatus): SyncPhrase<SyncConnectionKey> {
  // A stop that needs the user (signed out, no access, too old) is not the network's doing.
  if (
    status.phase === 'signedOut' ||
    (status.error && codeNeedsUser(status.error.code) && status.connection !== 'online')
  ) {
    return { key: 'connection.stopped' };
  }
  return { key: `connection.${status.connection}` };
}

function syncNowOf(status: SyncStatus): NonNullable<SyncStatusDescription['syncNow']> {
  if (status.phase === 'signedOut' || status.error?.code === 'unauthorized') {
    return { enabled: false, reason: { key: 'syncNow.signedOut' } };
  }
  if (status.phase === 'paused' && status.connection === 'offline') {
    return { enabled: false, reason: { key: 'syncNow.offline' } };
  }
  return { enabled: true };
}

/**
 * Everything the status bar says about `status` at `now`; `null` is the
 * local-only workspace, which does not sync.
 */
export function describeSyncStatus(status: SyncStatus | null, now: Date): SyncStatusDescription {
  if (!status) {
    return { tone: 'local', headline: { key: 'headline.local' }, connection: null, details: [] };
  }
  const details: SyncPhrase<SyncDetailKey>[] = [];
  let progress: SyncStatusDescription['progress'];
  if (status.pending > 0) details.push({ key: 'pending', numbers: { count: status.pending } });
  if (status.setAside > 0) {
    details.push({ key: 'setAside', numbers: { count: status.setAside } });
  }
  // The first pull of this session: nothing has been in sync yet.
  if (status.phase === 'syncing' && !status.lastSyncedAt && !status.error) {
    if (status.expected !== undefined && status.expected > 0) {
      const received = Math.min(status.received, status.expected);
      details.push({ key: 'progress', numbers: { received, expected: status.expected } });
      progress = { value: received, max: status.expected };
    } else if (status.received > 0) {
      details.push({ key: 'received', numbers: { received: status.received } });
    }
  }
  details.push(lastSync(status.lastSyncedAt, now));
  return {
    ...headlineOf(status),
    connection: connectionOf(status),
    details,
    ...(progress ? { progress } : {}),
    syncNow: syncNowOf(status),
  };
}
