import { defineMessages } from '../../../i18n/defineMessages';

/** Strings of the "Sync server" section of Settings: sign in, choose a workspace, sign out. */
export const signInMessages = defineMessages({
  en: {
    title: 'Sync server',
    intro:
      'Sign in to your team’s Liaison server to share this organiser with colleagues. You keep working offline; changes sync when you are back online.',
    serverUrl: 'Server address',
    serverUrlHint: 'As your administrator gave it, e.g. https://liaison.birmingham.gov.uk',
    email: 'Email',
    password: 'Password',
    signIn: 'Sign in',
    signingIn: 'Signing in…',
    fields: {
      serverRequired: 'Enter the server’s address.',
      serverInvalid: 'This is not a web address. Enter it like https://liaison.example.org',
      emailRequired: 'Enter your email address.',
      emailInvalid: 'This does not look like an email address.',
      passwordRequired: 'Enter your password.',
    },
    errors: {
      unreachable:
        'The server at {{server}} cannot be reached. Check the address and your internet connection, then try again.',
      unauthorized: 'The email or password is not right.',
      rateLimited:
        'Too many sign-in attempts for this account. Wait a few minutes, then try again.',
      tooOld: 'This version of Liaison is too old for the server. Update the app, then sign in.',
      forbidden: 'This account may not sign in to this server.',
      notFound: 'No Liaison server answers at {{server}}. Check the address.',
      server: 'The server has a problem right now. Try again later.',
      other: 'Could not sign in: {{message}}',
      notEncrypted:
        'Liaison keeps your sign-in only in this computer’s keychain, and none is available (on Linux, start GNOME Keyring or KWallet). You stay in the local workspace.',
      storeFailed: 'Your sign-in could not be stored on this computer: {{message}}',
      noAccess: 'This account has no access to “{{workspace}}” any more.',
    },
    choose: {
      legend: 'Workspace',
      hint: 'Signed in as {{name}} ({{email}}). Choose the workspace to open on this computer.',
      none: 'Your account has no workspace on this server yet. Ask an administrator of your team for an invitation.',
      upload_one:
        'Upload the {{count}} record of this computer’s local workspace into {{workspace}}',
      upload_other:
        'Upload the {{count}} records of this computer’s local workspace into {{workspace}}',
      uploadHint:
        'Records already in the workspace are not copied twice. The local workspace keeps its own copy.',
      viewerNoUpload:
        'You can read this workspace but not add to it, so the records of this computer’s local workspace stay there.',
      open: 'Open workspace',
      cancel: 'Cancel',
      opening: 'Opening the workspace…',
    },
    roles: {
      viewer: 'viewer, read only',
      editor: 'editor',
      admin: 'administrator',
    },
    signedIn: {
      server: 'Server',
      user: 'Signed in as',
      workspace: 'Workspace',
      role: 'Role',
      expires: 'Session valid until',
      signOut: 'Sign out',
      signingOut: 'Signing out…',
      signOutHint:
        'Liaison returns to this computer’s local workspace. The workspace’s copy stays on this computer for your next sign-in; changes not yet synced are sent then.',
    },
    again: {
      title: 'Sign in again',
      explanation:
        'Your session on the server has ended, so syncing has stopped. Sign in again to carry on; your changes on this computer are kept and will be sent.',
      submit: 'Sign in again',
      done: 'Signed in again. Syncing carries on.',
    },
    upload: {
      waiting_one: 'Uploading {{count}} record into {{workspace}}…',
      waiting_other: 'Uploading {{count}} records into {{workspace}}…',
      done: 'Local records added to {{workspace}}: {{inserted}} new, {{alreadyThere}} already there. They are sent to the server as it syncs.',
      failed:
        'Some local records could not be added to {{workspace}} ({{failed}} of {{total}}). {{message}}',
      retry: 'Try again',
      dismiss: 'Dismiss',
    },
  },
  de: {
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
      storeFailed:
        'Ihre Anmeldung konnte auf diesem Computer nicht gespeichert werden: {{message}}',
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
  },
});
