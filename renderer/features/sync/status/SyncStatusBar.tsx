import { useEffect, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { useClock } from '../../../services/clock';
import { useFormat } from '../../../format/useFormat';
import { useSync } from '../../../replication/SyncProvider';
import type { SyncStatus } from '../../../replication/syncStatus';
import { describeSyncStatus, type SyncMessageKey, type SyncPhrase } from './describeSyncStatus';
import './syncStatus.css';

/** How often "2 minutes ago" is brought up to date. */
const TICK_MS = 30_000;

export interface SyncStatusViewProps {
  /** The replication's status; null in the local-only workspace. */
  status: SyncStatus | null;
  /** Runs "Sync now"; failures show up in the status itself. */
  onSyncNow?: () => unknown;
  /** "Now", for "2 minutes ago". */
  now: Date;
}

/**
 * The sync status as words: the headline in a polite live region (it changes
 * only when the state does), counters and times beside it, outside the live
 * region so that screen readers are not told every document received.
 */
export function SyncStatusView({ status, onSyncNow, now }: SyncStatusViewProps) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const reasonId = useId();
  const description = describeSyncStatus(status, now);
  // Made when a number is first written: building one costs 30 ms as the app starts.
  const numberFormat = useMemo(() => {
    let made: Intl.NumberFormat | undefined;
    return () => (made ??= new Intl.NumberFormat(i18n.language === 'de' ? 'de-DE' : 'en-GB'));
  }, [i18n.language]);

  /** Message values: numbers written for the language, `count` kept as a number for plurals. */
  const values = (phrase: SyncPhrase) => {
    const written: Record<string, string | number> = {};
    for (const [name, value] of Object.entries(phrase.numbers ?? {})) {
      written[name === 'count' ? 'n' : name] = numberFormat().format(value);
      if (name === 'count') written.count = value;
    }
    if (phrase.time) written.time = format.instant(phrase.time);
    return written;
  };
  const say = (phrase: SyncPhrase<SyncMessageKey>): string =>
    t(`syncStatus.${phrase.key}`, values(phrase));

  const { connection, syncNow } = description;
  return (
    <div
      className={`sync-status sync-status-${description.tone}`}
      role="group"
      aria-label={t('syncStatus.label')}
    >
      {connection ? (
        <span className={`sync-connection ${connection.key.replace('.', '-')}`}>
          {say(connection)}
        </span>
      ) : null}
      {/* A live region without role="status": pages keep that role for their own messages. */}
      <span className="sync-headline" aria-live="polite" aria-atomic="true">
        {say(description.headline)}
      </span>
      {description.action === 'signIn' ? (
        <Link href="~/settings" className="sync-sign-in">
          {t('syncStatus.signIn')}
        </Link>
      ) : null}
      {description.serverMessage ? (
        <span className="sync-detail sync-server-message">
          {t('syncStatus.serverMessage', { message: description.serverMessage })}
        </span>
      ) : null}
      {description.details.map((detail) => (
        <span key={detail.key} className={`sync-detail sync-${detail.key.replace('.', '-')}`}>
          {say(detail)}
        </span>
      ))}
      {description.progress ? (
        <progress
          className="sync-progress"
          value={description.progress.value}
          max={description.progress.max}
          aria-label={t('syncStatus.progressLabel')}
        />
      ) : null}
      {syncNow ? (
        <>
          <button
            type="button"
            className="button sync-now"
            disabled={!syncNow.enabled}
            aria-describedby={syncNow.enabled ? undefined : reasonId}
            // Ignored: "Sync now" only starts the collections' loops, and what fails in
            // them (offline, server errors, a signed-out session) is the status shown here.
            onClick={() => void Promise.resolve(onSyncNow?.()).catch(() => undefined)}
          >
            {t('syncStatus.syncNow.label')}
          </button>
          {syncNow.enabled ? null : (
            <span id={reasonId} className="sync-detail sync-now-reason">
              {say(syncNow.reason)}
            </span>
          )}
        </>
      ) : null}
    </div>
  );
}

/** "Now", read on every render and at least every `intervalMs` while mounted. */
function useTickingNow(intervalMs: number): Date {
  const clock = useClock();
  const [, setTicks] = useState(0);
  useEffect(() => {
    const timer = setInterval(() => setTicks((ticks) => ticks + 1), intervalMs);
    return () => clearInterval(timer);
  }, [intervalMs]);
  // Read afresh, so a status that has just changed is never older than "now".
  return clock();
}

/** The open workspace's sync status, always in the app header. */
export function SyncStatusBar() {
  const { replication, status } = useSync();
  const now = useTickingNow(TICK_MS);
  return (
    <SyncStatusView
      status={status}
      now={now}
      onSyncNow={replication ? () => replication.syncNow() : undefined}
    />
  );
}
