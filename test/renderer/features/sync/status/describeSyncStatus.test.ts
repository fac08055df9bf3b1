import { describe, expect, it } from 'vitest';
import { describeSyncStatus } from '../../../../../renderer/features/sync/status/describeSyncStatus';
import type { SyncErrorCode } from '../../../../../renderer/replication/syncError';
import type { SyncStatus } from '../../../../../renderer/replication/syncStatus';

const now = new Date('2025-06-12T10:00:00Z');
const minutesBefore = (minutes: number) => new Date(now.getTime() - minutes * 60_000).toISOString();

const status = (change: Partial<SyncStatus> = {}): SyncStatus => ({
  connection: 'online',
  phase: 'idle',
  pending: 0,
  setAside: 0,
  received: 0,
  lastSyncedAt: minutesBefore(0.2),
  ...change,
});

const keysOf = (change: Partial<SyncStatus>) =>
  describeSyncStatus(status(change), now).details.map((detail) => detail.key);

describe('describeSyncStatus', () => {
  it('says the local-only workspace is not synced, with no connection and no Sync now', () => {
    const description = describeSyncStatus(null, now);
    expect(description).toEqual({
      tone: 'local',
      headline: { key: 'headline.local' },
      connection: null,
      details: [],
    });
  });

  it('says synced when idle with nothing waiting and no failure', () => {
    const description = describeSyncStatus(status(), now);
    expect(description.tone).toBe('ok');
    expect(description.headline.key).toBe('headline.synced');
    expect(description.connection).toEqual({ key: 'connection.online' });
    expect(description.details).toEqual([{ key: 'lastSync.justNow' }]);
    expect(description.syncNow).toEqual({ enabled: true });
    expect(description.action).toBeUndefined();
  });

  it('does not say synced while changes wait, and counts them', () => {
    const description = describeSyncStatus(status({ pending: 3 }), now);
    expect(description.headline.key).toBe('headline.waiting');
    expect(description.tone).toBe('attention');
    expect(description.details).toContainEqual({ key: 'pending', numbers: { count: 3 } });
  });

  it('shows the progress of the first pull when the server said how many documents come', () => {
    const description = describeSyncStatus(
      status({ phase: 'syncing', lastSyncedAt: undefined, received: 12_400, expected: 31_000 }),
      now,
    );
    expect(description.headline.key).toBe('headline.syncing');
    expect(description.tone).toBe('busy');
    expect(description.details).toEqual([
      { key: 'progress', numbers: { received: 12_400, expected: 31_000 } },
      { key: 'lastSync.never' },
    ]);
    expect(description.progress).toEqual({ value: 12_400, max: 31_000 });
  });

  it('never shows more received than expected', () => {
    const description = describeSyncStatus(
      status({ phase: 'syncing', lastSyncedAt: undefined, received: 31_002, expected: 31_000 }),
      now,
    );
    expect(description.progress).toEqual({ value: 31_000, max: 31_000 });
  });

  it('counts what the first pull received when the total is not known', () => {
    expect(keysOf({ phase: 'syncing', lastSyncedAt: undefined, received: 12_400 })).toEqual([
      'received',
      'lastSync.never',
    ]);
    expect(
      describeSyncStatus(status({ phase: 'syncing', lastSyncedAt: undefined, received: 5 }), now)
        .details[0],
    ).toEqual({ key: 'received', numbers: { received: 5 } });
    // Nothing received yet: nothing to count.
    expect(keysOf({ phase: 'syncing', lastSyncedAt: undefined, received: 0 })).toEqual([
      'lastSync.never',
    ]);
  });

  it('shows no pull progress once the workspace has been in sync', () => {
    expect(keysOf({ phase: 'syncing', received: 40, lastSyncedAt: minutesBefore(5) })).toEqual([
      'lastSync.minutesAgo',
    ]);
  });

  it('says offline, keeps counting pending changes and disables Sync now with the reason', () => {
    const description = describeSyncStatus(
      status({ phase: 'paused', connection: 'offline', pending: 2 }),
      now,
    );
    expect(description.headline.key).toBe('headline.offline');
    expect(description.tone).toBe('attention');
    expect(description.connection).toEqual({ key: 'connection.offline' });
    expect(description.details[0]).toEqual({ key: 'pending', numbers: { count: 2 } });
    expect(description.syncNow).toEqual({ enabled: false, reason: { key: 'syncNow.offline' } });
  });

  it('says signed out (or session expired), points to Settings and disables Sync now', () => {
    for (const change of [
      { phase: 'signedOut', connection: 'offline' },
      {
        phase: 'signedOut',
        connection: 'offline',
        error: { code: 'unauthorized', message: 'Token expired' },
      },
      // The moment between the failure and the pause.
      { phase: 'syncing', error: { code: 'unauthorized', message: 'Token expired' } },
    ] satisfies Partial<SyncStatus>[]) {
      const description = describeSyncStatus(status(change), now);
      expect(description.headline.key).toBe('headline.signedOut');
      expect(description.tone).toBe('problem');
      expect(description.action).toBe('signIn');
      expect(description.syncNow).toEqual({
        enabled: false,
        reason: { key: 'syncNow.signedOut' },
      });
    }
    expect(
      describeSyncStatus(status({ phase: 'signedOut', connection: 'offline' }), now).connection,
    ).toEqual({ key: 'connection.stopped' });
  });

  const headlines: Record<SyncErrorCode, string> = {
    unreachable: 'headline.unreachable',
    unauthorized: 'headline.signedOut',
    forbidden: 'headline.forbidden',
    notFound: 'headline.notFound',
    tooOld: 'headline.tooOld',
    rejected: 'headline.rejected',
    rateLimited: 'headline.rateLimited',
    server: 'headline.server',
  };

  it.each(Object.entries(headlines))('puts the %s error in plain words', (code, headline) => {
    const description = describeSyncStatus(
      status({ phase: 'error', error: { code: code as SyncErrorCode, message: 'Details' } }),
      now,
    );
    expect(description.headline.key).toBe(headline);
    expect(description.tone).toBe('problem');
  });

  it('passes on the server’s words only where they add something', () => {
    const said = (code: SyncErrorCode) =>
      describeSyncStatus(
        status({ phase: 'error', error: { code, message: 'Field too long: notes' } }),
        now,
      ).serverMessage;
    expect(said('rejected')).toBe('Field too long: notes');
    expect(said('server')).toBe('Field too long: notes');
    expect(said('unreachable')).toBeUndefined();
    expect(said('tooOld')).toBeUndefined();
  });

  it('shows a stop that needs the user as not connected, not as offline, and lets them retry', () => {
    for (const code of ['forbidden', 'notFound', 'tooOld'] as const) {
      const description = describeSyncStatus(
        status({ phase: 'error', connection: 'offline', error: { code, message: '' } }),
        now,
      );
      expect(description.connection).toEqual({ key: 'connection.stopped' });
      expect(description.syncNow).toEqual({ enabled: true });
    }
  });

  it('keeps the network’s word for a passing failure', () => {
    const description = describeSyncStatus(
      status({
        phase: 'error',
        connection: 'connecting',
        error: { code: 'unreachable', message: '' },
      }),
      now,
    );
    expect(description.connection).toEqual({ key: 'connection.connecting' });
    expect(description.syncNow).toEqual({ enabled: true });
    // The last good sync stays visible beside the failure.
    expect(description.details).toEqual([{ key: 'lastSync.justNow' }]);
  });

  it('names a failure without a code as a sync problem', () => {
    expect(describeSyncStatus(status({ phase: 'error' }), now).headline.key).toBe(
      'headline.failed',
    );
  });

  it('says synced only when idle, with nothing waiting and no failure', () => {
    const phases: SyncStatus['phase'][] = ['syncing', 'idle', 'paused', 'error', 'signedOut'];
    const errors: SyncStatus['error'][] = [
      undefined,
      ...Object.keys(headlines).map((code) => ({ code: code as SyncErrorCode, message: '' })),
    ];
    for (const phase of phases) {
      for (const pending of [0, 1]) {
        for (const error of errors) {
          for (const connection of ['online', 'connecting', 'offline'] as const) {
            const description = describeSyncStatus(
              status({ phase, pending, error, connection }),
              now,
            );
            const expected = phase === 'idle' && pending === 0 && !error;
            expect(
              description.headline.key === 'headline.synced',
              JSON.stringify(description),
            ).toBe(expected);
          }
        }
      }
    }
  });

  it('says when the last successful sync was, in words while recent', () => {
    const last = (lastSyncedAt: string | undefined) =>
      describeSyncStatus(status({ lastSyncedAt }), now).details.at(-1);
    expect(last(minutesBefore(0.5))).toEqual({ key: 'lastSync.justNow' });
    // A clock a few seconds behind the replication's is still "just now".
    expect(last(minutesBefore(-0.2))).toEqual({ key: 'lastSync.justNow' });
    expect(last(minutesBefore(1))).toEqual({ key: 'lastSync.minutesAgo', numbers: { count: 1 } });
    expect(last(minutesBefore(59.9))).toEqual({
      key: 'lastSync.minutesAgo',
      numbers: { count: 59 },
    });
    expect(last(minutesBefore(60))).toEqual({ key: 'lastSync.at', time: minutesBefore(60) });
    expect(last(minutesBefore(-120))).toEqual({ key: 'lastSync.at', time: minutesBefore(-120) });
    expect(last(undefined)).toEqual({ key: 'lastSync.never' });
  });
});
