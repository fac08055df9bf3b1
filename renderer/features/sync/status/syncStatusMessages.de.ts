import type { Translation } from '../../../i18n/translation';
import type { syncStatusMessagesEn } from './syncStatusMessages.en';

/** `syncStatusMessagesEn` in German. */
export const syncStatusMessagesDe: Translation<typeof syncStatusMessagesEn> = {
  label: 'Synchronisierungsstatus',
  headline: {
    local: 'Lokaler Arbeitsbereich — nicht synchronisiert',
    synced: 'Synchronisiert',
    syncing: 'Wird synchronisiert …',
    waiting: 'Änderungen warten auf die Übertragung',
    setAside: 'Eine Änderung konnte nicht übertragen werden — siehe Konflikte',
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
  setAside_one: '{{n}} Änderung vom Server abgelehnt',
  setAside_other: '{{n}} Änderungen vom Server abgelehnt',
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
};
