import type { Translation } from '../i18n/translation';
import type { appMessagesEn } from './appMessages.en';

/** `appMessagesEn` in German. */
export const appMessagesDe: Translation<typeof appMessagesEn> = {
  app: {
    name: 'Liaison',
    loading: 'Arbeitsbereich wird geöffnet …',
    storeError: 'Liaison konnte den lokalen Speicher nicht öffnen: {{message}}',
    mainNavigation: 'Hauptnavigation',
    language: 'Sprache',
    undo: 'Rückgängig',
    undoFailed: 'Rückgängig machen fehlgeschlagen: {{message}}',
    deleteFailed:
      'Es wurde nichts gelöscht: Der Eintrag hat sich beim Löschen geändert und konnte nicht gelöscht werden ({{message}}). Bitte versuchen Sie es erneut.',
    dismiss: 'Schließen',
    cancel: 'Abbrechen',
    save: 'Speichern',
    edit: 'Bearbeiten',
    delete: 'Löschen',
    close: 'Schließen',
    notFound: 'Diesen Eintrag gibt es nicht mehr.',
    saveFailed: 'Speichern fehlgeschlagen: {{message}}',
    fixErrors_one: 'Bitte korrigieren Sie {{count}} Feld vor dem Speichern.',
    fixErrors_other: 'Bitte korrigieren Sie {{count}} Felder vor dem Speichern.',
    required: 'Dieses Feld ist erforderlich.',
    sensitive: 'Sensibel (besondere Kategorie personenbezogener Daten)',
    updateReady: 'Eine neue Version von Liaison ist bereit.',
    updateReload: 'Neu laden',
  },
  nav: {
    today: 'Heute',
    visits: 'Besuche',
    contacts: 'Kontakte',
    organisations: 'Organisationen',
    partnerships: 'Partnerschaften',
    followUps: 'Nachverfolgung',
    settings: 'Einstellungen',
    search: 'Suche',
  },
  settings: {
    title: 'Einstellungen',
    language: 'Sprache',
    homeTimeZone: 'Heimatzeitzone',
    homeTimeZoneHint:
      'Termine im Ausland zeigen daneben Ihre Heimatzeit, z. B. für Anrufe im Büro.',
    sample: 'Beispieldaten',
    sampleHint:
      'Fügt diesem Arbeitsbereich die Partnerschaft Birmingham–Leipzig, ihre Personen, die Delegation vom Juni 2025 und die Wirtschaftsreise der Kreativen hinzu. Ihre eigenen Einträge bleiben unverändert.',
    about: 'Über Liaison',
    version: 'Version {{version}}',
  },
};
