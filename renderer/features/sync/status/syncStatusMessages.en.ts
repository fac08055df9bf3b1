/**
 * Strings of the sync status bar in the app header. English says "synced"
 * only in the headline that means it (and in "not synced"); every other
 * string avoids the word, so a failure never reads as success.
 */
export const syncStatusMessagesEn = {
  label: 'Sync status',
  headline: {
    local: 'Local workspace — not synced',
    synced: 'Synced',
    syncing: 'Syncing…',
    waiting: 'Changes waiting to be sent',
    setAside: 'A change could not be sent — see Conflicts',
    offline: 'Offline — your changes are kept on this device',
    signedOut: 'Signed out or session expired',
    unreachable: 'Server unreachable — trying again',
    forbidden: 'No access to this workspace — ask its administrator',
    notFound: 'This workspace was not found on the server',
    tooOld: 'This Liaison is too old for the server — please update Liaison',
    rejected: 'The server rejected a change',
    rateLimited: 'The server is busy — trying again shortly',
    server: 'Server error — trying again',
    failed: 'Sync problem — trying again',
  },
  connection: {
    online: 'Online',
    connecting: 'Connecting…',
    offline: 'Offline',
    stopped: 'Not connected',
  },
  pending_one: '{{n}} change not yet on the server',
  pending_other: '{{n}} changes not yet on the server',
  setAside_one: '{{n}} change refused by the server',
  setAside_other: '{{n}} changes refused by the server',
  progress: 'Receiving {{received}} of {{expected}}',
  received: '{{received}} received',
  lastSync: {
    justNow: 'Last successful sync: just now',
    minutesAgo_one: 'Last successful sync: {{count}} minute ago',
    minutesAgo_other: 'Last successful sync: {{count}} minutes ago',
    at: 'Last successful sync: {{time}}',
    never: 'No successful sync yet',
  },
  syncNow: {
    label: 'Sync now',
    offline: 'Available when this device is back online.',
    signedOut: 'Sign in again in Settings to sync.',
  },
  signIn: 'Sign in again in Settings',
  serverMessage: 'The server said: {{message}}',
  progressLabel: 'Received from the server',
};
