import type { Translation } from '../../../i18n/translation';
import type { signInMessagesEn } from './signInMessages.en';

/** `signInMessagesEn` in German. */
export const signInMessagesDe: Translation<typeof signInMessagesEn> = {
  title: 'Synchronisationsserver',
  intro:
    'Melden Sie sich beim Liaison-Server Ihres Teams an, um diesen Organizer mit Kolleginnen und Kollegen zu teilen. Sie arbeiten weiter offline; Änderungen werden synchronisiert, sobald Sie wieder online sind.',
  serverUrl: 'Serveradresse',
  serverUrlHint: 'Wie von Ihrer Administration mitgeteilt, z. B. https://liaison.leipzig.de',
  email: 'E-Mail',
  password: 'Passwort',
  signIn: 'Anmelden',
  signingIn: 'Anmeldung läuft …',
  fields: {
    serverRequired: 'Geben Sie die Adresse des Servers ein.',
    serverInvalid: 'Das ist keine Webadresse. Geben Sie sie wie https://liaison.example.org ein',
    emailRequired: 'Geben Sie Ihre E-Mail-Adresse ein.',
    emailInvalid: 'Das sieht nicht wie eine E-Mail-Adresse aus.',
    passwordRequired: 'Geben Sie Ihr Passwort ein.',
  },
  errors: {
    unreachable:
      'Der Server unter {{server}} ist nicht erreichbar. Prüfen Sie die Adresse und Ihre Internetverbindung und versuchen Sie es erneut.',
    unauthorized: 'E-Mail-Adresse oder Passwort stimmen nicht.',
    rateLimited:
      'Zu viele Anmeldeversuche für dieses Konto. Warten Sie einige Minuten und versuchen Sie es dann erneut.',
    tooOld:
      'Diese Version von Liaison ist für den Server zu alt. Aktualisieren Sie die App und melden Sie sich dann an.',
    forbidden: 'Dieses Konto darf sich bei diesem Server nicht anmelden.',
    notFound: 'Unter {{server}} antwortet kein Liaison-Server. Prüfen Sie die Adresse.',
    server: 'Der Server hat gerade ein Problem. Versuchen Sie es später erneut.',
    other: 'Anmeldung fehlgeschlagen: {{message}}',
    notEncrypted:
      'Liaison bewahrt Ihre Anmeldung nur im Schlüsselbund dieses Computers auf, und hier ist keiner verfügbar (unter Linux: GNOME Keyring oder KWallet starten). Sie bleiben im lokalen Arbeitsbereich.',
    storeFailed: 'Ihre Anmeldung konnte auf diesem Computer nicht gespeichert werden: {{message}}',
    noAccess: 'Dieses Konto hat keinen Zugriff mehr auf „{{workspace}}“.',
  },
  choose: {
    legend: 'Arbeitsbereich',
    hint: 'Angemeldet als {{name}} ({{email}}). Wählen Sie den Arbeitsbereich, der auf diesem Computer geöffnet wird.',
    none: 'Ihr Konto hat auf diesem Server noch keinen Arbeitsbereich. Bitten Sie die Administration Ihres Teams um eine Einladung.',
    upload_one:
      'Den {{count}} Eintrag des lokalen Arbeitsbereichs dieses Computers in {{workspace}} hochladen',
    upload_other:
      'Die {{count}} Einträge des lokalen Arbeitsbereichs dieses Computers in {{workspace}} hochladen',
    uploadHint:
      'Einträge, die schon im Arbeitsbereich sind, werden nicht doppelt angelegt. Der lokale Arbeitsbereich behält seine eigene Kopie.',
    viewerNoUpload:
      'Sie können diesen Arbeitsbereich lesen, aber nichts hinzufügen; die Einträge des lokalen Arbeitsbereichs dieses Computers bleiben deshalb dort.',
    open: 'Arbeitsbereich öffnen',
    cancel: 'Abbrechen',
    opening: 'Arbeitsbereich wird geöffnet …',
  },
  roles: {
    viewer: 'Lesezugriff',
    editor: 'Bearbeitung',
    admin: 'Administration',
  },
  signedIn: {
    server: 'Server',
    user: 'Angemeldet als',
    workspace: 'Arbeitsbereich',
    role: 'Rolle',
    expires: 'Sitzung gültig bis',
    signOut: 'Abmelden',
    signingOut: 'Abmeldung läuft …',
    signOutHint:
      'Liaison kehrt zum lokalen Arbeitsbereich dieses Computers zurück. Die Kopie des Arbeitsbereichs bleibt für die nächste Anmeldung auf diesem Computer; noch nicht synchronisierte Änderungen werden dann gesendet.',
  },
  again: {
    title: 'Erneut anmelden',
    explanation:
      'Ihre Sitzung auf dem Server ist abgelaufen, daher ist die Synchronisation angehalten. Melden Sie sich erneut an, um fortzufahren; Ihre Änderungen auf diesem Computer bleiben erhalten und werden gesendet.',
    submit: 'Erneut anmelden',
    done: 'Erneut angemeldet. Die Synchronisation läuft weiter.',
  },
  upload: {
    waiting_one: '{{count}} Eintrag wird in {{workspace}} hochgeladen …',
    waiting_other: '{{count}} Einträge werden in {{workspace}} hochgeladen …',
    done: 'Lokale Einträge zu {{workspace}} hinzugefügt: {{inserted}} neu, {{alreadyThere}} bereits vorhanden. Sie werden beim Synchronisieren an den Server gesendet.',
    failed:
      'Einige lokale Einträge konnten nicht zu {{workspace}} hinzugefügt werden ({{failed}} von {{total}}). {{message}}',
    retry: 'Erneut versuchen',
    dismiss: 'Schließen',
  },
};
