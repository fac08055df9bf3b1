import { defineMessages } from '../../../i18n/defineMessages';

/**
 * Strings of the sync status bar in the app header. English says "synced"
 * only in the headline that means it (and in "not synced"); every other
 * string avoids the word, so a failure never reads as success.
 */
export const syncStatusMessages = defineMessages({
  en: {
    label: 'Sync status',
    headline: {
      local: 'Local workspace — not synced',
      synced: 'Synced',
      syncing: 'Syncing…',
      waiting: 'Changes waiting to be sent',
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
  },
  de: {
    label: 'Synchronisierungsstatus',
    headline: {
      local: 'Lokaler Arbeitsbereich — nicht synchronisiert',
      synced: 'Synchronisiert',
      syncing: 'Wird synchronisiert …',
      waiting: 'Änderungen warten auf die Übertragung',
      offline: 'Offline — Ihre Änderungen bleiben auf diesem Gerät',
      signedOut: 'Abgemeldet oder Sitzung abgelaufen',
      unreachable: 'Server nicht erreichbar — neuer Versuch folgt',
      forbidden: 'Kein Zugriff auf diesen Arbeitsbereich — bitte an die Administration wenden',
      notFound: 'Dieser Arbeitsbereich wurde auf dem Server nicht gefunden',
      tooOld: 'Diese Liaison-Version ist zu alt für den Server — bitte Liaison aktualisieren',
      rejected: 'Der Server hat eine Änderung abgelehnt',
      rateLimited: 'Der Server ist ausgelastet — neuer Versuch in Kürze',
      server: 'Serverfehler — neuer Versuch folgt',
      failed: 'Problem bei der Synchronisierung — neuer Versuch folgt',
    },
    connection: {
      online: 'Verbunden',
      connecting: 'Verbindung wird aufgebaut …',
      offline: 'Keine Verbindung',
      stopped: 'Getrennt',
    },
    pending_one: '{{n}} Änderung noch nicht auf dem Server',
    pending_other: '{{n}} Änderungen noch nicht auf dem Server',
    progress: 'Empfange {{received}} von {{expected}}',
    received: '{{received}} empfangen',
    lastSync: {
      justNow: 'Letzte erfolgreiche Synchronisierung: gerade eben',
      minutesAgo_one: 'Letzte erfolgreiche Synchronisierung: vor {{count}} Minute',
      minutesAgo_other: 'Letzte erfolgreiche Synchronisierung: vor {{count}} Minuten',
      at: 'Letzte erfolgreiche Synchronisierung: {{time}}',
      never: 'Noch keine erfolgreiche Synchronisierung',
    },
    syncNow: {
      label: 'Jetzt synchronisieren',
      offline: 'Möglich, sobald dieses Gerät wieder online ist.',
      signedOut: 'Melden Sie sich in den Einstellungen erneut an, um zu synchronisieren.',
    },
    signIn: 'In den Einstellungen erneut anmelden',
    serverMessage: 'Meldung des Servers: {{message}}',
    progressLabel: 'Vom Server empfangen',
  },
});
